// Where quotations stand in an article, so that a date inside one is read from the day the words
// were said. The quotes module's spans are used when it found any; until then (or for an article it
// found none in) a small scanner pairs quotation marks within each paragraph.
import type { ArticleAnalysis } from '../types.ts';

export interface QuotedSpan {
  /** Offsets in the file of the words between the marks. */
  start: number;
  end: number;
  speaker: string | null;
  saidOn?: string;
  cluster?: string;
}

export function quotedSpans(a: ArticleAnalysis): QuotedSpan[] {
  if (a.quotes.length) {
    return a.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, saidOn: q.saidOn, cluster: q.cluster })).sort((x, y) => x.start - y.start);
  }
  return a.paragraphs.flatMap((p) => scanQuotes(a.article.text, p.start, p.end));
}

const OPEN_BEFORE = /[\s([{—–\-:;,]/;
const CLOSE_AFTER = /[\s)\]}.,;:!?—–\-…]/;

/** Pairs “…”, "…", ‘…’ and '…' marks; an apostrophe inside a word ("nation’s") never closes a quote. */
export function scanQuotes(text: string, start: number, end: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const prev = i > start ? text[i - 1] : ' ';
    const next = i + 1 < end ? text[i + 1] : ' ';
    if (!open) {
      if (c === '“' || ((c === '"' || c === '‘' || c === "'") && OPEN_BEFORE.test(prev) && /\S/.test(next))) open = { at: i, mark: c };
      continue;
    }
    const single = open.mark === '‘' || open.mark === "'";
    // A closing single mark after an "s" is more often a plural possessive ("countries’ ties").
    const closes = single
      ? (c === '’' || c === "'") && CLOSE_AFTER.test(next) && prev !== 's'
      : (open.mark === '“' && c === '”') || (open.mark === '"' && c === '"');
    if (closes) {
      out.push({ start: open.at + 1, end: i, speaker: null });
      open = null;
    }
  }
  return out;
}
