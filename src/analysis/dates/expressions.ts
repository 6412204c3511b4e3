// Temporal expressions of one piece of text, resolved against a reference day. The caller decides
// the reference (the article's day, or the day a quote was said) and blanks out text that belongs
// to another reference (quotation contents, or everything but them), keeping offsets.
import type { ParsedResult } from 'chrono-node';
import type { Precision } from '../types.ts';
import { type Day, MONTH_WORDS, chronoReference, componentsDay } from './calendar.ts';
import { backdrop } from './backdrop.ts';
import { newsChrono } from './chrono.ts';
import { hasDateCue } from './cues.ts';
import type { NewsOption } from './options.ts';
import type { SlashOrder } from './parsers/slash-date.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, at `precision`. */
  date: string;
  precision: Precision;
  /** True when the text gives the date outright (a year is stated); false for "on Thursday". */
  explicit: boolean;
}

export interface ParseOptions {
  /** The reference is a lower bound (an inferred publication date): see NewsOption. */
  inferred?: boolean;
  /** A caption: present tense narrates the past. */
  caption?: boolean;
  /** See NewsOption. */
  slashOrder?: SlashOrder;
}

const INFERRED_SLACK_DAYS = 2;

export function parseDates(text: string, reference: Day, options: ParseOptions = {}): DateMention[] {
  return hasDateCue(text) ? parseCuedDates(text, reference, options) : [];
}

/** parseDates for a text the caller already knows hasDateCue() holds for (it is not tested again). */
export function parseCuedDates(text: string, reference: Day, options: ParseOptions = {}): DateMention[] {
  const out: DateMention[] = [];
  const option: NewsOption = { forwardDate: false, pastSlackDays: slackDays(options), presentIsPast: options.caption, inferred: options.inferred, slashOrder: options.slashOrder };
  // ("closed on 3 June, 91.4% of members": a figure after the comma is no year; same length, same offsets.)
  const read = text.includes(',') ? text.replace(FIGURE_AFTER_COMMA, ';') : text;
  for (const r of newsChrono.parse(read, chronoReference(reference), option)) {
    const mention = toMention(r, text);
    if (mention && !habitual(text, mention) && !backdrop(text, mention) && !agoToday(text, mention) && !weekdayOfDate(text, mention)) out.push(mention);
  }
  return plannedYear(agoThisMonth(withoutSomeWeekday(out, text), text), reference);
}

/**
 * "on a Friday two years ago", "on June 14, 2024, a Friday": beside another date, "a Friday" is
 * some Friday of that time, or that date's own, not the last Friday. (Alone, "at four on a
 * Thursday morning" sets a reporter's scene on the day it was written; "a Wednesday attempt" is
 * an occasion on that day.)
 */
function withoutSomeWeekday(out: DateMention[], text: string): DateMention[] {
  if (out.length < 2) return out;
  return out.filter((m) => !(WEEKDAY_ONLY.test(m.text) && /\ba\s+$/i.test(text.slice(Math.max(0, m.start - 3), m.start)) && !NOUN_AFTER.test(text.slice(m.end, m.end + 16))));
}
/** "a Wednesday attempt", "a Monday meeting": the day names the occasion after it, which is one. */
const NOUN_AFTER = /^\s+(?!(?:morning|afternoon|evening|night|two|three|four|five|six|seven|eight|nine|ten|in|of|at|and|or)\b)\p{Ll}/u;

/**
 * "from 20 July to 5 August 2040, with the Paralympic Games following from 28 August": a day
 * written without its year, weeks after a day in a later year than the story's, is of that year too.
 */
function plannedYear(out: DateMention[], reference: Day): DateMention[] {
  const now = Number(reference.slice(0, 4));
  let from = '';
  for (const m of out) {
    if (m.explicit) from = m.precision === 'day' && Number(m.date.slice(0, 4)) > now ? m.date : '';
    // (Within weeks of it, as a programme runs; not "a trial date of 5 June 2023 and a plea hearing
    // for 22 November", months apart, which is this year's.)
    else if (from && m.precision === 'day' && DAY_AND_MONTH.test(m.text) && withinWeeks(from, inYear(from, m.date))) m.date = inYear(from, m.date);
    // ("… until March 2028, after she raised it in June last year and again on 4 June": a date told
    // from the story's own day in between breaks the run.)
    else from = '';
  }
  return out;
}
/** `day`'s month and day in `from`'s year. */
const inYear = (from: Day, day: Day) => from.slice(0, 4) + day.slice(4);
const withinWeeks = (from: Day, day: Day) => {
  const days = (Date.parse(day) - Date.parse(from)) / 86_400_000;
  return days >= 0 && days <= 60;
};
/** "28 August", "from August 28th": a day and a month, nothing relative ("June last year" is not). */
const DAY_AND_MONTH = new RegExp(`^(?:(?:on|from|until|by|to)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORDS.join('|')})|(?:${MONTH_WORDS.join('|')})\\s+\\d{1,2}(?:st|nd|rd|th)?)$`, 'i');

/** "five years ago this month": that month, so many years back (one date, not a year and this month). */
function agoThisMonth(out: DateMention[], text: string): DateMention[] {
  for (let i = out.length - 2; i >= 0; i--) {
    const [ago, month] = [out[i], out[i + 1]];
    if (ago.precision !== 'year' || !/\byears?\s+ago$/i.test(ago.text) || !/^this\s+month$/i.test(month.text) || !/^\s+$/.test(text.slice(ago.end, month.start))) continue;
    out.splice(i, 2, { ...ago, end: month.end, text: text.slice(ago.start, month.end), date: `${ago.date}${month.date.slice(4)}`, precision: 'month' });
  }
  return out;
}

const FIGURE_AFTER_COMMA = new RegExp(`(?<=\\b(?:${MONTH_WORDS.join('|')}|\\d{1,2})),(?=\\s+\\d{1,3}(?:[.,]\\d|\\s*%|\\s*per\\s*cent))`, 'g');

/** "on 15 March 2026 (Sunday)": the weekday in brackets after a date is that date's, no day of its own. */
function weekdayOfDate(text: string, m: DateMention): boolean {
  return WEEKDAY_ONLY.test(m.text) && /\d\s*\(\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3));
}
const WEEKDAY_ONLY = /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** A month's name, whole or cut short ("June", "Sept."). */
export const MONTH_NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b/;

/** "a week ago today": the "today" only says from when the week is counted. */
function agoToday(text: string, m: DateMention): boolean {
  return /^(?:today|tonight)$/i.test(m.text) && /\bago\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start));
}

/**
 * "the ski season, which usually opens in December": a date in a clause that tells what happens
 * as a rule names no particular occasion (unless its year is written).
 */
const HABIT = /\b(?:usually|typically|normally|generally|traditionally|customarily|often|always|annually|(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter))\b/i;
const CLAUSE_START = /.*(?:[,;:—–(]|\b(?:and|but|while|whereas)\b)/s;

function habitual(text: string, m: DateMention): boolean {
  if (m.explicit) return false;
  const before = text.slice(0, m.start);
  // The clause is the end of `before`, and a habit word in it is one in `before` too (a clause
  // starts after a non-word character or after a whole conjunction): most texts have none.
  if (!HABIT.test(before)) return false;
  const clause = before.replace(CLAUSE_START, '');
  return HABIT.test(clause);
}

export function slackDays(options: ParseOptions): number {
  return options.inferred ? INFERRED_SLACK_DAYS : 0;
}

/** A year written out, 1000–2099: what makes a mention explicit. */
export const WRITTEN_YEAR = /(?<!\d)(?:1\d|20)\d\d(?!\d)/;

function toMention(r: ParsedResult, text: string): DateMention | null {
  const precision = precisionOf(r);
  if (!precision) return null;
  // From the components, not the instant: "00:01 BST" is still that day, not the evening before.
  const day = componentsDay(r.start);
  const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
  let start = r.index;
  // chrono keeps a comma after a month name ("in February, in stages"): not part of the expression.
  const end = r.index + r.text.replace(/[\s,;:]+$/, '').length;
  // "earlier this year", "late last month": keep the qualifier in the expression shown.
  const qualifier = /\b(earlier|later|early|late|mid-?|the (?:start|end|beginning|middle) of)\s*$/i.exec(text.slice(Math.max(0, start - 24), start));
  if (qualifier && precision !== 'day') start -= qualifier[0].length;
  // Explicit means the year is written: "today" and "last year" depend on the reference.
  const explicit = WRITTEN_YEAR.test(r.text);
  return { start, end, text: text.slice(start, end).trim(), date, precision, explicit };
}

function precisionOf(r: ParsedResult): Precision | null {
  const t = r.text;
  if (/\byears?\s+(ago|earlier|before)\b/i.test(t)) return 'year';
  if (/\bmonths?\s+(ago|earlier|before)\b/i.test(t)) return 'month';
  const s = r.start;
  // "the end of March": chrono picks the 31st, the text only says March.
  // r.tags() is the start's tags joined with the end's (each tags() call copies a set): one copy of
  // the start's, read twice, and the end's only when needed.
  const tags = s.tags();
  if (tags.has('refiner/ENEndOfPeriodRefiner') || r.end?.tags().has('refiner/ENEndOfPeriodRefiner')) return s.isCertain('month') ? 'month' : 'year';
  if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
  // "this evening": a part of the reference day ("by noon" alone names no day).
  if (tags.has('parser/ENCasualTimeParser')) return /^this\b/i.test(t.trim()) ? 'day' : null;
  if (s.isCertain('month')) return 'month';
  if (s.isCertain('year')) return 'year';
  return null;
}
