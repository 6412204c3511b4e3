// A full date (day, month and year all written out) in a short string: "4 June 2023",
// "4th June, 2023", "June 4, 2023", "2023-06-04", "Thursday, June 3, 2023".
// Only the English parsers: the full package loads every locale (about a second per process).
import * as chrono from 'chrono-node/en';
import type { Parser } from 'chrono-node';
import { memoByText } from '../memo.ts';
import { type Day, componentsDay } from './calendar.ts';

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

/**
 * For each of chrono's casual parsers, a test its pattern cannot match without (a superset, case as
 * the pattern has it). chrono runs every parser's long pattern over the whole line, and a line with
 * a year and a month word ("within a decade", "the mayor") mostly needs none of them: a parser
 * whose test fails is skipped, which changes nothing it finds. Each test looks only inside the
 * match and after it, as chrono also matches in the rest of the text after a failed attempt.
 */
const MONTH_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
const WEEKDAY_WORDS = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|thur|thurs|fri|sat|weekend|weekday';
/** One of `words` followed by no letter but those in `next` (the first letters of what the pattern lets follow it). */
function wordThen(words: string, next = ''): RegExp {
  const barred = [...'abcdefghijklmnopqrstuvwxyz'].filter((c) => !next.includes(c)).join('');
  return new RegExp(`(?:${words})(?![${barred}])`, 'i');
}
/** chrono's time units ("days", "yr", "d"). */
const UNITS = 'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
/** An amount of time ("3 days", "a few weeks", "two years") as chrono's pattern for it starts, then the end of a word or the next amount. */
const AMOUNT = `(?:(?:about|around)\\s{0,3})?(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)\\s{0,3}(?:${UNITS})(?:(?!\\w)|[\\s,0-9a]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|few|several|the|couple)`;
/** An amount's unit followed by one of `words` ("3 days ago", "a week later"). */
const unitThen = (words: string) => new RegExp(`(?:${UNITS})\\s{0,5}(?:${words})(?!\\w)`, 'i');
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  // "2023-06-04", "2023 June 4".
  ENYearMonthDayParser: new RegExp(`\\d{4}[-./\\s](?:\\d|${MONTH_WORDS})`, 'i'),
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENTimeUnitWithinFormatParser: new RegExp(`(?:in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${AMOUNT}`, 'i'),
  // "4 June 2023", "4th of June", "fourth June": a day (ending in a figure or "st", "nd", "rd",
  // "th") before the month, and nothing but the year or the end after it.
  ENMonthNameLittleEndianParser: new RegExp(`(?:[0-9]|st|nd|rd|th)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTH_WORDS})(?![a-z])`, 'i'),
  // "June 4", "June fourth": a day in one or two figures, or an ordinal word, after the month.
  ENMonthNameMiddleEndianParser: new RegExp(`(?:${MONTH_WORDS})\\.?(?:-|/|\\s*,?\\s*)(?:[0-9]{1,2}(?![0-9])|${ORDINAL_WORDS})`, 'i'),
  // "Friday", "Friday of next week", "Friday this week".
  ENWeekdayParser: wordThen(WEEKDAY_WORDS, 'olnpt'),
  ENSlashMonthFormatParser: /\d\/\d{4}/,
  ENTimeUnitAgoFormatParser: unitThen('ago|before|earlier'),
  ENTimeUnitLaterFormatParser: unitThen('later|after|from now|henceforth|forward|out'),
  // "2023 June", "2023 of June": a year (in figures, or with its era) before the month.
  ENYearMonthNameParser: new RegExp(`(?:[0-9]|BE|AD|BC|CE)(?:\\s*[-./,]?\\s*|\\s+of\\s+)(?:${MONTH_WORDS})(?![a-z])`, 'i'),
  ENCasualDateParser: /(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?!\w)/i,
  ENCasualTimeParser: /(?:morning|afternoon|evening|night|midday|noon)(?!\w)/i,
  ENEndOfCurrentMonthParser: /month(?!\w)/i,
  // "May of 2023", "May 2023", "May".
  ENMonthNameParser: wordThen(MONTH_WORDS, 'o'),
  ENRelativeDateFormatParser: new RegExp(`(?:this|last|past|next)\\s*(?:${UNITS})(?!\\w)`, 'i'),
  ENTimeUnitCasualRelativeFormatParser: new RegExp(`(?:this|last|past|next|after|\\+|-)\\s*${AMOUNT}`, 'i'),
};
/** Clock times ("at 10", "9.30pm") are in nearly every line with a figure, and are never a day by themselves. */
export const UNGATED_PARSERS: readonly string[] = ['ENTimeExpressionParser'];
const DATE_PARSERS = Object.values(PARSER_NEEDS);
const NEVER = /^(?!)/;

function gated(parser: Parser): Parser {
  const needs = PARSER_NEEDS[parser.constructor.name];
  if (!needs) return parser;
  return { pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NEVER), extract: (context, match) => parser.extract(context, match) };
}

/** chrono's casual English configuration, each parser skipped when its pattern cannot match. */
const casual = chrono.casual.clone();
casual.parsers = casual.parsers.map(gated);
/** A parser this module does not know (a newer chrono-node) may find anything: every line is then read. */
const EVERY_PARSER_GATED = chrono.casual.parsers.every((p) => p.constructor.name in PARSER_NEEDS || UNGATED_PARSERS.includes(p.constructor.name));

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
