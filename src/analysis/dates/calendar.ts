// Calendar days as `YYYY-MM-DD` strings. All arithmetic is in UTC so results never depend on the
// machine's timezone; chrono-node gets the same day as `{ instant, timezone }` (see DESIGN.md).
import type { ParsingReference } from 'chrono-node';

export type Day = string;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** A month or weekday name written in full, in any case ("Monday", "MARCH"). */
/** The months as a text writes them ("July"). */
export const MONTH_WORDS = MONTH_NAMES.map((m) => m[0].toUpperCase() + m.slice(1));
export const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAYS].join('|')})$`, 'i');

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(s: string): boolean {
  return DAY.test(s);
}

/** Noon UTC of the day: far from midnight, so no offset can move it to another day. */
export function dayInstant(day: Day): Date {
  // Read the figures directly (a date string parse is slow in a loop); anything else as before.
  if (day.length === 10 && day[4] === '-' && day[7] === '-') {
    const y = Number(day.slice(0, 4));
    const m = Number(day.slice(5, 7));
    const d = Number(day.slice(8, 10));
    if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)) return new Date(Date.UTC(y, m - 1, d, 12));
  }
  return new Date(`${day}T12:00:00Z`);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  // Counted for an ordinary year and month (the proleptic Gregorian calendar, as Date has it):
  // no Date made per day read. Anything else as before.
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(d: Date): Day {
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Whole days between two days, either way round. */
export function daysBetween(a: Day, b: Day): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function addDays(day: Day, n: number): Day {
  const d = dayInstant(day);
  d.setUTCDate(d.getUTCDate() + n);
  return formatDay(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return dayInstant(day).getUTCDay();
}

/** The chrono-node reference for a day: an instant plus an explicit timezone, never a bare Date. */
export function chronoReference(day: Day): ParsingReference {
  return { instant: dayInstant(day), timezone: 0 };
}

/** The weekday `target` nearest to `day` in the given direction; `inclusive` lets `day` itself count. */
export function weekdayFrom(day: Day, target: number, direction: 'past' | 'future', inclusive: boolean): Day {
  const from = weekdayOf(day);
  let delta = direction === 'past' ? (from - target + 7) % 7 : (target - from + 7) % 7;
  if (delta === 0 && !inclusive) delta = 7;
  return addDays(day, direction === 'past' ? -delta : delta);
}

/** Normalises a front-matter or ISO-like date ("2023-06-04T10:00:00Z", "2023-6-4") to a day. */
export function toDay(value: string | Date | undefined | null): Day | null {
  if (!value) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatDay(value);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return null;
}

/** The calendar day chrono-node's components name, whatever time or zone came with them. */
export function componentsDay(c: { get(component: 'year' | 'month' | 'day'): number | null }): Day {
  return `${padded(c.get('year'), 4)}-${padded(c.get('month'), 2)}-${padded(c.get('day'), 2)}`;
}

// At module level: a function declared inside componentsDay was a new closure per call, and under
// tsx (esbuild keepNames) each one was also named through Object.defineProperty.
function padded(n: number | null, w: number): string {
  return String(n ?? 0).padStart(w, '0');
}
