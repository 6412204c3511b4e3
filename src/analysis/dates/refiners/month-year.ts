// The year of a date written without one ("in February", "on Jan. 19", "at the end of March").
// chrono-node picks the year that puts the date closest to the reference, so in an October article
// "the agreement expired in March" lands next March. Tense decides instead: past narration means
// the latest such date on or before the reference, a plan the first one on or after it; with no
// cue at all, chrono-node's nearest year is kept.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, formatDay, weekdayOf } from '../calendar.ts';
import { type NewsOption, contextTense, pastSlack } from '../options.ts';

export const monthYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    const reference = formatDay(context.reference.instant);
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday') && !s.isCertain('day')) continue;
      // r.tags() would copy the start's tags and the end's into a new set: the parts are asked directly.
      if (s.tags().has('result/relativeDate') || r.end?.tags().has('result/relativeDate')) continue;
      const month = s.get('month')!;
      const day = s.isCertain('day') ? s.get('day')! : null;
      // "Monday, October 10": the year in which that day is a Monday settles it.
      if (day && s.isCertain('weekday')) {
        const base = Number(reference.slice(0, 4));
        const fit = [base, base + 1, base - 1].find((y) => weekdayOf(`${y}-${pad(month)}-${pad(day)}`) === s.get('weekday'));
        if (fit) {
          s.imply('year', fit);
          continue;
        }
      }
      // ("no plan to roll back the Jan. 1 increase": a date naming an occasion is dated by no verb.)
      if (ATTRIBUTIVE_BEFORE.test(context.text.slice(Math.max(0, r.index - 5), r.index)) && ATTRIBUTIVE_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 24))) continue;
      const { direction, cued, timetable } = contextTense(context, r.index, r.index + r.text.length);
      // With no verb to go by ("goes ahead on 11 October"), chrono's nearest year stands.
      if (!cued) continue;
      let year = Number(reference.slice(0, 4));
      if (direction === 'past') {
        const limit = addDays(reference, day && (context.option as NewsOption).inferred ? INFERRED_PAST_DAYS : pastSlack(context));
        while (key(year, month, day) > (day ? limit : limit.slice(0, 7))) year--;
        // ("had already signed up for a memorial ride on 14 June", told on 3 June): a day a year back
        // would have its year written; one due within days is the one meant.
        if (day && key(year + 1, month, day) <= addDays(reference, SOON_AHEAD_DAYS) && key(year, month, day) < addDays(reference, -YEAR_BACK_DAYS)) year++;
      } else {
        // (A month told so is this month or ahead: "takes effect in February", told in March, is next February.)
        const from = timetable && day ? addDays(reference, -TIMETABLE_BACK_DAYS) : reference;
        while (key(year, month, day) < (day ? from : from.slice(0, 7))) year++;
      }
      s.imply('year', year);
      r.end?.imply('year', year);
    }
    return results;
  },
};

/** "the Jan. 1 increase", "the March 3 vote": the date before a noun, after "the". */
const ATTRIBUTIVE_BEFORE = /\bthe\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:and|or|to|at|in|on|of|for|by|with|from|until|when|while|after|before|is|was|were|are|will|would)\b)\p{Ll}+\b/u;

/**
 * How far after an inferred reference (a lower bound: an undated article borrows the story's
 * earliest day) a past month and day may lie: "the meeting on May 26", in a weekly that reports it,
 * is this May's, not last year's.
 */
const INFERRED_PAST_DAYS = 92;

/** A past-tense day without its year is not read this far back when it also falls within SOON_AHEAD_DAYS ahead. */
const YEAR_BACK_DAYS = 300;
const SOON_AHEAD_DAYS = 14;

/** How far back a day told in a timetable's present tense may lie (see TemporalContext). */
const TIMETABLE_BACK_DAYS = 31;

/**
 * The date in year `y` as text, to compare with a day or month. At module level: a closure made per
 * result was also named through Object.defineProperty under tsx (esbuild keepNames).
 */
function key(y: number, month: number, day: number | null): string {
  return `${y}-${pad(month)}${day ? `-${pad(day)}` : ''}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
