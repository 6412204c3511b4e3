// Whether two events from different articles report the same happening: they share enough of
// their rarer words, or they carry the same quotation.
import type { TimelineEvent } from './events.ts';
import { contentWords, overlap, rarity, total } from './words.ts';

const SAME_WORDS = 0.35;
const SAME_QUOTE = 0.6;

export interface Comparable {
  event: TimelineEvent;
  words: ReadonlySet<string>;
  quoteWords: ReadonlySet<string>;
  weight: (w: string) => number;
  /** Sum of the weights of `words`. */
  mass: number;
}

/** Comparable views of a story's events, sharing one rarity table. */
export function comparables(events: TimelineEvent[]): Comparable[] {
  const words = events.map((e) => contentWords(e.evidence));
  const weight = rarity(words);
  return events.map((event, i) => ({ event, words: words[i], quoteWords: contentWords(event.quote ?? ''), weight, mass: total(words[i], weight) }));
}

/** 0 (unrelated) to 1. */
export function similarity(a: Comparable, b: Comparable): number {
  if (a.event.quoteCluster && a.event.quoteCluster === b.event.quoteCluster) return 1;
  const quotes = a.quoteWords.size >= 3 && b.quoteWords.size >= 3 ? overlap(a.quoteWords, b.quoteWords) : 0;
  if (quotes >= SAME_QUOTE) return Math.max(quotes, 0.9);
  return overlap(a.words, b.words, a.weight, [a.mass, b.mass]);
}

export function sameHappening(a: Comparable, b: Comparable): boolean {
  return happeningScore(a, b) !== null;
}

/** The similarity of two reports of the same happening from different articles; null when they are not. */
export function happeningScore(a: Comparable, b: Comparable): number | null {
  if (a.event.file === b.event.file) return null;
  const score = similarity(a, b);
  return score >= SAME_WORDS ? score : null;
}
