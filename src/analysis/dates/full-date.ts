// A full date (day, month and year all written out) in a short string: "4 June 2023",
// "4th June, 2023", "June 4, 2023", "2023-06-04", "Thursday, June 3, 2023".
import * as chrono from 'chrono-node';
import { type Day, componentsDay } from './calendar.ts';

// The reference is irrelevant when the year is written; a fixed one keeps results reproducible.
const FIXED = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };

export interface FoundDate {
  date: Day;
  index: number;
  text: string;
}

/** Every full date in `text`, in order. */
export function fullDates(text: string): FoundDate[] {
  return chrono.casual
    .parse(text, FIXED)
    // The year must be written: chrono marks "today" and "now" as certain too.
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && /(?<!\d)(1[89]|20)\d\d(?!\d)/.test(r.text))
    .map((r) => ({ date: componentsDay(r.start), index: r.index, text: r.text }));
}

/** A month and day without a year ("June 4"), as [month, day]. */
export function monthDay(text: string): [number, number] | null {
  const r = chrono.casual.parse(text, FIXED).find((x) => x.start.isCertain('day') && x.start.isCertain('month'));
  return r ? [r.start.get('month')!, r.start.get('day')!] : null;
}
