// What an anaphoric date refers back to (see dates/anaphora.ts): the day of the last dated
// happening, or of the one its clause names; for "that year", the year of the last date read.
import type { AnaphoricMention } from '../dates/anaphora.ts';
import { addDays } from '../dates/calendar.ts';
import type { Precision } from '../types.ts';
import type { PastDay } from './said-day.ts';
import { contentWords, overlap } from './words.ts';

/** Share of the clause's words an earlier sentence must hold to be the event it names. */
const NAMES_EVENT = 0.5;

/**
 * "the same day" is the day of the last dated happening before it, or of the one its clause names
 * ("the same day the petition was filed"); "June of that year" the year of the last date read.
 */
export function resolveAnaphora(a: AnaphoricMention, at: number, history: PastDay[], mentioned: { date: string; at: number }[]): { date: string; precision: Precision } | null {
  if (a.unit === 'year') {
    const last = mentioned.filter((m) => m.at < at).at(-1);
    if (!last) return null;
    const year = Number(last.date.slice(0, 4)) + a.offset;
    return a.month ? { date: `${year}-${String(a.month).padStart(2, '0')}`, precision: 'month' } : { date: String(year), precision: 'year' };
  }
  const before = history.filter((h) => h.at < at);
  let anchor = before.at(-1);
  if (a.restriction) {
    const words = contentWords(a.restriction);
    const named = before.filter((h) => h.words && overlap(words, h.words) >= NAMES_EVENT).at(-1);
    if (named) anchor = named;
  }
  return anchor ? { date: addDays(anchor.date, a.offset), precision: 'day' } : null;
}
