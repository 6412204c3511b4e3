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
  const evidence = text.slice(start, end);
  // Most evidence has single plain spaces only: nothing to collapse.
  return (/[^\S ]| {2}/.test(evidence) ? evidence.replace(/\s+/g, ' ') : evidence).trim();
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
  // The spans' parts within the sentence, as sorted and merged runs of sentence offsets.
  const runs: [number, number][] = [];
  for (const q of spans) {
    const a = Math.max(q.start, s.start) - s.start;
    const b = Math.min(q.end, s.end) - s.start;
    if (a < b) runs.push([a, b]);
  }
  if (!runs.length) return which === 'inside' ? s.text : hide(s.text);
  runs.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of runs) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    out += which === 'inside' ? s.text.slice(at, from) + hide(s.text.slice(from, b)) : hide(s.text.slice(at, from)) + s.text.slice(from, b);
    at = b;
  }
  return out + (which === 'inside' ? s.text.slice(at) : hide(s.text.slice(at)));
}

/** Letters become spaces, white space stays: every offset is kept. */
function hide(text: string): string {
  // With no white space but plain spaces, every character becomes a space: no replace needed.
  return /[^\S ]/.test(text) ? text.replace(/\S/g, ' ') : ' '.repeat(text.length);
}
