// "in our trading update on 8 January, 31 stores will close": chrono-node reads a one- or
// two-figure number after a comma as the date's year (2031). A number followed by a word counts
// something: the date has no year written, and takes the nearest one, as chrono-node reads such a
// date (the tense of the clause around it may be the counted thing's: "31 stores will close").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { formatDay } from '../calendar.ts';

const SHORT_YEAR_AFTER_COMMA = /,\s*\d{1,2}$/;
/** What follows a counted number: a word ("31 stores", "12 of them"), not punctuation or the end. */
const WORD_AFTER = /^\s+\p{L}/u;

export const countedNumberRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.map((r) => {
      if (!r.start.isCertain('year') || !SHORT_YEAR_AFTER_COMMA.test(r.text)) return r;
      if (!WORD_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 3))) return r;
      const components = context.createParsingComponents();
      for (const c of ['month', 'day', 'weekday'] as const) {
        const v = r.start.get(c);
        if (v !== null && r.start.isCertain(c)) components.assign(c, v);
      }
      components.assign('year', nearestYear(formatDay(context.reference.instant), r.start.get('month')!, r.start.get('day') ?? 1));
      return context.createParsingResult(r.index, r.text.replace(SHORT_YEAR_AFTER_COMMA, ''), components);
    });
  },
};

/** The year, of the reference's and the ones either side, that puts the month and day nearest to it. */
function nearestYear(reference: string, month: number, day: number): number {
  const base = Number(reference.slice(0, 4));
  const at = Date.UTC(base, Number(reference.slice(5, 7)) - 1, Number(reference.slice(8, 10)));
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - at);
  return [base - 1, base + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best), base);
}
