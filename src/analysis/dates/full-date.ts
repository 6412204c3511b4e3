// A full date (day, month and year all written out) in a short string: "4 June 2023",
// "4th June, 2023", "June 4, 2023", "2023-06-04", "Thursday, June 3, 2023".
// Only the English parsers: the full package loads every locale (about a second per process).
import * as chrono from 'chrono-node/en';
import { memoByText } from '../memo.ts';
import { type Day, componentsDay } from './calendar.ts';
import { PARSER_NEEDS, UNGATED_PARSERS, gated } from './parser-gates.ts';

export { PARSER_NEEDS, UNGATED_PARSERS };

// The reference is irrelevant when the year is written; a fixed one keeps results reproducible.
const FIXED = { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };

export interface FoundDate {
  date: Day;
  index: number;
  text: string;
}

export interface FullDateOptions {
  /** Read an ambiguous slashed date ("03/04/2021") day first, as most of the world writes it. */
  dayFirst?: boolean;
}

/** "04.03.2021", "03/04/2021": all figures; group 1 and 3 are the first two numbers, 2 the separator. */
const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})/;

/** Every full date in `text`, in order. */
export function fullDates(text: string, options: FullDateOptions = {}): FoundDate[] {
  const out: FoundDate[] = [];
  // chrono is costly on long text: only lines that write a year, and a month in words or figures, can hold a full date.
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!YEAR.test(line[0]) || !(MONTH_NAME.test(line[0]) || FIGURES.test(line[0]))) continue;
    for (const r of lineDates(line[0])) {
      out.push({ date: numericDay(r.text, options) ?? r.day, index: line.index! + r.index, text: r.text });
    }
  }
  return out;
}

/** chrono's full dates in one line, with their day as chrono reads it (a story repeats lines: read each once). */
const lineDates = memoByText((line: string): readonly { index: number; text: string; day: Day }[] => {
  const out: { index: number; text: string; day: Day }[] = [];
  // Only clock times could be found: none is a day.
  if (EVERY_PARSER_GATED && !DATE_PARSERS.some((needs) => needs.test(line))) return out;
  for (const r of casual.parse(line, FIXED)) {
    // The year must be written: chrono marks "today" and "now" as certain too.
    if (!r.start.isCertain('day') || !r.start.isCertain('month') || !YEAR.test(r.text)) continue;
    out.push({ index: r.index, text: r.text, day: componentsDay(r.start) });
  }
  return out;
});

/** chrono's casual English configuration, each parser skipped when its pattern cannot match. */
const casual = chrono.casual.clone();
casual.parsers = casual.parsers.map(gated);
/** A parser the gates do not know (a newer chrono-node) may find anything: every line is then read. */
const EVERY_PARSER_GATED = chrono.casual.parsers.every((p) => p.constructor.name in PARSER_NEEDS || UNGATED_PARSERS.includes(p.constructor.name));
const DATE_PARSERS = Object.values(PARSER_NEEDS);

const YEAR = /(?<!\d)(1[89]|20)\d\d(?!\d)/;
/** A full date names its month, or writes day, month and year in figures ("04.06.2023", "2023 06 04"). */
const MONTH_NAME = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const FIGURES = /\d{1,4}[-./\s]\d{1,2}[-./\s]\d{1,4}/;

/**
 * A date written in figures only. Dots separate day, month and year in that order wherever they are
 * used ("04.03.2021" is 4 March); a slash is read month first, unless the first number cannot be a
 * month or the caller knows the writer puts the day first.
 */
function numericDay(text: string, options: FullDateOptions): Day | null {
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const dayFirst = m[2] === '.' || a > 12 || (options.dayFirst === true && b <= 12);
  const [day, month] = dayFirst ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Does `text` write its dates day first ("4 June", "4th of June") rather than month first
 * ("June 4")? Null when it writes neither.
 */
export function writesDayFirst(text: string): boolean | null {
  const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?';
  const dm = text.match(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, 'g'))?.length ?? 0;
  const md = text.match(new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*[:.]\\d)`, 'g'))?.length ?? 0;
  if (!dm && !md) return null;
  return dm >= md;
}

/** A month and day without a year ("June 4"), as [month, day]. */
export function monthDay(text: string): [number, number] | null {
  const r = casual.parse(text, FIXED).find((x) => x.start.isCertain('day') && x.start.isCertain('month'));
  return r ? [r.start.get('month')!, r.start.get('day')!] : null;
}
