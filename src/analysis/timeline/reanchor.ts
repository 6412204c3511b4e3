// A quote whose article never says when it was said took the article's day as its reference (a
// "said-default" anchor). When another article carries the same words with a known day, its date
// for the same expression is the better one: a spokesperson's "tomorrow", reprinted without a day, is still
// the day after the briefing the other reports date.
import type { TimelineEvent } from './events.ts';
import { contentWords, overlap } from './words.ts';

const SAME_WORDS = 0.6;

/** Copies of the events with default-anchored quote dates replaced where another source knows better. */
export function reanchorQuotes(events: TimelineEvent[]): TimelineEvent[] {
  // Known readings by expression, each with its quote's words computed once.
  const known = new Map<string, { event: TimelineEvent; words: ReadonlySet<string> }[]>();
  for (const e of events) {
    if (!e.quote || e.anchor !== 'said') continue;
    const key = e.expression.toLowerCase();
    if (!known.has(key)) known.set(key, []);
    known.get(key)!.push({ event: e, words: contentWords(e.quote) });
  }
  return events.map((e) => {
    if (e.anchor !== 'said-default' || !e.quote) return e;
    const words = contentWords(e.quote);
    let best: { event: TimelineEvent; score: number } | null = null;
    for (const { event: k, words: kw } of known.get(e.expression.toLowerCase()) ?? []) {
      if (k.file === e.file) continue;
      const score = e.quoteCluster && e.quoteCluster === k.quoteCluster ? 1 : overlap(words, kw);
      if (score >= SAME_WORDS && (!best || score > best.score)) best = { event: k, score };
    }
    return best ? { ...e, date: best.event.date, precision: best.event.precision, anchor: 'said' } : e;
  });
}
