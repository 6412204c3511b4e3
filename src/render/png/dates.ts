// Turns the loose date strings of timeline entries into ordered axis columns.

const DAY_MS = 86_400_000;
/** Distinct days this close together are drawn as a continuous run of days, empty ones included. */
const MAX_CONTIGUOUS_DAYS = 31;

export type DatePrecision = 'year' | 'month' | 'day' | 'none';

export interface ParsedDate {
  /** Normalised "YYYY", "YYYY-MM", "YYYY-MM-DD", or "undated". Also the axis label. */
  key: string;
  precision: DatePrecision;
  /** Days since 1970-01-01 of the period's first day; Infinity when undated, so it sorts last. */
  start: number;
}

export interface AxisColumn {
  key: string;
  label: string;
  /** A filler day in a continuous run: drawn as a tick, not labelled. */
  filler: boolean;
}

const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, none: 3 };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Days since the epoch; unlike Date.UTC, years 0–99 are not mapped to 1900–1999. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime() / DAY_MS;
}

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after, like a time, is ignored). An invalid
 * day falls back to the month, an invalid month to the year; no year at all means undated.
 */
export function parseDate(input: string): ParsedDate {
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(String(input ?? ''));
  if (!m) return { key: 'undated', precision: 'none', start: Infinity };
  const year = Number(m[1]);
  const month = m[2] === undefined ? 0 : Number(m[2]);
  const day = m[3] === undefined ? 0 : Number(m[3]);
  if (month < 1 || month > 12) return { key: m[1], precision: 'year', start: utcDay(year, 0, 1) };
  const monthKey = `${m[1]}-${pad(month)}`;
  const dayStart = utcDay(year, month - 1, day);
  // The Date arithmetic rolls 2023-02-31 over into March; a real day survives the round trip.
  if (day < 1 || new Date(dayStart * DAY_MS).getUTCDate() !== day) {
    return { key: monthKey, precision: 'month', start: utcDay(year, month - 1, 1) };
  }
  return { key: `${monthKey}-${pad(day)}`, precision: 'day', start: dayStart };
}

/** Chronological order; at the same start a coarser date ("2009") comes before a finer one. */
export function compareDates(a: ParsedDate, b: ParsedDate): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
}

function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One column per distinct date, in order. When every date is a day and they all fall within a
 * month, the empty days in between get filler columns too, so gaps in the story stay visible.
 */
export function axisColumns(dates: ParsedDate[]): AxisColumn[] {
  const distinct = new Map<string, ParsedDate>();
  for (const d of dates) distinct.set(d.key, d);
  const sorted = [...distinct.values()].sort(compareDates);
  const columns = sorted.map((d) => ({ key: d.key, label: d.key, filler: false }));
  if (sorted.length < 2 || sorted.some((d) => d.precision !== 'day')) return columns;
  const first = sorted[0].start;
  const span = sorted[sorted.length - 1].start - first + 1;
  if (span > MAX_CONTIGUOUS_DAYS) return columns;
  return Array.from({ length: span }, (_, i) => {
    const key = dayKey(first + i);
    return { key, label: key, filler: !distinct.has(key) };
  });
}
