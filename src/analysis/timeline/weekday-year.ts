// "Halvern shares closed at $22.55 on Friday June 21", in a story told in a year whose June 21 is a
// Sunday: a weekday written with a day and month but no year says which year is meant. (The parse
// itself tries the years next to the story's, in month-year.ts; this looks further back, to a year
// the article writes, which only the article can tell.)
import { WEEKDAYS, isDay, weekdayOf } from '../dates/calendar.ts';
import { MONTH_NAMED } from '../dates/expressions.ts';

const WEEKDAY_NAMED = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** Every pairing of a weekday with a day of the year comes round within six years (leap days aside). */
const YEARS_SEARCHED = 6;

/**
 * The day `date` (read from `expression`, which writes no year) moved to the nearest year in which
 * its weekday agrees, among the years `named` accepts (those the article speaks of: a weekday
 * that is merely a slip of the writer's stays on the story's year). Null when nothing is to move.
 */
export function yearOfWeekday(expression: string, date: string, named: (year: number) => boolean): string | null {
  const weekday = WEEKDAY_NAMED.exec(expression);
  if (!weekday || date.length !== 10 || !MONTH_NAMED.test(expression)) return null;
  const target = WEEKDAYS.indexOf(weekday[0].toLowerCase() as (typeof WEEKDAYS)[number]);
  if (weekdayOf(date) === target) return null;
  const year = Number(date.slice(0, 4));
  // Earlier years first at each distance: a past told without its year is the commoner case.
  for (let d = 1; d <= YEARS_SEARCHED; d++) {
    for (const y of [year - d, year + d]) {
      const moved = `${y}${date.slice(4)}`;
      if (isDay(moved) && weekdayOf(moved) === target && named(y)) return moved;
    }
  }
  return null;
}
