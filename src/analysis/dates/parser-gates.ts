// Gates on chrono-node's English parsers, shared by both chrono configurations newsdesk builds (the
// news reader in chrono.ts, the full-date reader in full-date.ts).
import type { Parser } from 'chrono-node';

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
/** A pattern that fails at once: what a gated parser offers a text it cannot match. */
export const NEVER = /^(?!)/;

/** The parser, skipped (its pattern never tried) on a text that lacks what its pattern needs. */
export function gated(parser: Parser): Parser {
  const needs = PARSER_NEEDS[parser.constructor.name];
  if (!needs) return parser;
  return { pattern: (context) => (needs.test(context.text) ? parser.pattern(context) : NEVER), extract: (context, match) => parser.extract(context, match) };
}

