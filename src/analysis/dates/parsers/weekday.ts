// Weekday names, replacing chrono-node's own parser, which picks the nearest such day in either
// direction. News narration needs tense: "the minister said on Thursday" is the last Thursday on or before
// the reference day, "the envoy is set to travel on Saturday" the next one; "last Tuesday" is
// strictly before, "next Tuesday" strictly after. Each name in "Friday or Monday" is its own match.
import type { Parser, ParsingContext } from 'chrono-node';
import { WEEKDAYS, addDays, daysBetween, formatDay, weekdayFrom } from '../calendar.ts';
import { contextTense, pastSlack } from '../options.ts';
import { NEVER } from '../parser-gates.ts';

// Names must be capitalised: "sat down" and "sun" are not days. Plurals ("on Mondays") are habits;
// possessives ("Thursday's vote") are days. After "every" or "each" it is no particular day.
const PATTERN =
  /(?<![\w-])(?:((?:[Tt]his\s+)?[Cc]oming|[Ll]ast|[Pp]ast|[Pp]revious|[Tt]his|[Nn]ext)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])(?!['’](?!s\b))/;

const INDEFINITE = /\b(?:any|every|each)\s+$/i;
/** "UPDATE, 4.45pm " before the name: a page's update label. */
const UPDATE_LABEL = /^\s*UPDATED?\b[^:;]{0,24}$/;
const A_WEEK_ON = /\ba\s+week\s+(?:on|from|next)\s+$/i;
/** A capitalised word after the name that is no month: "the Sunday Courier". */
const TITLE_AFTER = /^\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}/u;

export const weekdayParser: Parser = {
  // Every weekday name ends in "day" (the pattern is case-sensitive): a text without it is not scanned.
  pattern: (context: ParsingContext) => (context.text.includes('day') ? PATTERN : NEVER),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // "every Sunday", "each Monday": a habit, not a date.
    if (INDEFINITE.test(context.text.slice(0, match.index ?? 0))) return null;
    // "the Sunday Courier", "the Sunday Times": a title.
    const end = (match.index ?? 0) + match[0].length;
    if (!match[1] && /\bthe\s+$/i.test(context.text.slice(0, match.index ?? 0)) && TITLE_AFTER.test(context.text.slice(end, end + 20))) return null;
    const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const target = WEEKDAYS.indexOf(match[2].toLowerCase() as (typeof WEEKDAYS)[number]);
    const reference = formatDay(context.reference.instant);
    let day: string;
    if (['last', 'past', 'previous'].includes(modifier)) day = weekdayFrom(reference, target, 'past', false);
    else if (modifier === 'next') day = weekdayFrom(reference, target, 'future', false);
    else if (modifier.endsWith('coming')) day = weekdayFrom(reference, target, 'future', true);
    else {
      const index = match.index ?? 0;
      // ("UPDATE, 4.45pm Monday: …": a page's update comes on or after the day it was published.)
      const update = UPDATE_LABEL.test(context.text.slice(0, index));
      const { direction } = contextTense(context, index, index + match[0].length);
      day = direction === 'past' && !update ? weekdayFrom(addDays(reference, pastSlack(context)), target, 'past', true) : weekdayFrom(reference, target, 'future', true);
      // ("at 11:35 p.m. (0435 GMT Monday)": the time told, in another zone, is on a day next to the story's.)
      if (CONVERTED_TIME.test(context.text.slice(Math.max(0, index - 24), index))) day = nearest(reference, target);
    }
    // "the next round a week on Sunday": the Sunday after that one.
    if (!modifier && A_WEEK_ON.test(context.text.slice(Math.max(0, (match.index ?? 0) - 16), match.index ?? 0))) day = weekdayFrom(addDays(reference, 7), target, 'future', true);
    return weekdayComponents(context, day, target).addTag('newsdesk/weekday');
  },
};

/** "(0435 GMT ", "(04:35 GMT on ": a clock time in a named zone, in brackets, before the day's name. */
const CONVERTED_TIME = /\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|CEST|[A-Z]{1,3}T)\s+(?:on\s+)?$/;

/** The `target` weekday closest to `reference`, before or after it. */
function nearest(reference: string, target: number): string {
  const before = weekdayFrom(reference, target, 'past', true);
  const after = weekdayFrom(reference, target, 'future', true);
  return daysBetween(before, reference) <= daysBetween(reference, after) ? before : after;
}

export function weekdayComponents(context: ParsingContext, day: string, weekday: number) {
  const [y, m, d] = dayParts(day);
  return context.createParsingComponents().assign('weekday', weekday).imply('year', y).imply('month', m).imply('day', d);
}

/** day.split('-').map(Number) for a day with exactly two dashes, read without the two arrays. */
function dayParts(day: string): number[] {
  const a = day.indexOf('-');
  const b = a < 0 ? -1 : day.indexOf('-', a + 1);
  if (b < 0 || day.indexOf('-', b + 1) >= 0) return day.split('-').map(Number);
  return [Number(day.slice(0, a)), Number(day.slice(a + 1, b)), Number(day.slice(b + 1))];
}
