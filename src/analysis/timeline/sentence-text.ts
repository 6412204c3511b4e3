// Views of a sentence's text that keep file offsets: the evidence shown for an event, where the
// sentence's own words start after a dateline, and the text with quotations (or all but them)
// blanked out, so each part is read against its own reference day.
import type { Sentence } from '../../corpus/types.ts';
import type { QuotedSpan } from './quoted.ts';

/**
 * The sentence, grown to hold the whole of any quotation it is part of: a sentence splitter cuts
 * inside quotes, and “The offer is fair. Anything beyond it …,” she said on Wednesday needs both.
 */
export function evidenceText(text: string, s: Sentence, quotes: QuotedSpan[]): string {
  let start = s.start;
  let end = s.end;
  for (const q of quotes) {
    if (q.start < start) start = Math.max(0, q.start - 1);
    if (q.end > end) end = Math.min(text.length, q.end + 1);
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Where a sentence's own text starts when the article's dateline opens it. */
export function statedEnd(stated: { start: number; end: number } | null, s: Sentence): number {
  return stated && stated.start >= s.start && stated.end > s.start && stated.end < s.end ? stated.end - s.start : 0;
}

/**
 * The sentence's text with spans blanked (spaces keep every offset): 'inside' blanks the words
 * inside the given spans, 'outside' everything but them.
 */
export function blank(s: Sentence, spans: { start: number; end: number }[], which: 'inside' | 'outside'): string {
  const inside = new Uint8Array(s.text.length);
  for (const q of spans) for (let i = Math.max(q.start, s.start); i < Math.min(q.end, s.end); i++) inside[i - s.start] = 1;
  const hide = which === 'inside' ? 1 : 0;
  let out = '';
  let from = 0;
  for (let i = 0; i <= s.text.length; i++) {
    if (i < s.text.length && inside[i] !== hide) continue;
    out += s.text.slice(from, i);
    // A hidden run: letters become spaces, white space stays (offsets are kept either way).
    let j = i;
    while (j < s.text.length && inside[j] === hide) j++;
    out += s.text.slice(i, j).replace(/\S/g, ' ');
    from = j;
    i = j - 1;
    if (j >= s.text.length) break;
  }
  return out;
}
