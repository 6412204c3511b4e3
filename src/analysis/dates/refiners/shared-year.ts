// "between April and June 2024", "from April to June 2024", "April–June 2024": a month written
// without a year shares the year written after the month it is paired with (the year before when
// it comes later in the calendar: "from November to February 2024" starts in November 2023).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** What may stand between the two months of a pair. */
const JOIN = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/i;

export const sharedYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    results.forEach((r, i) => {
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('year')) return;
      let pair = r.end && r.end.isCertain('month') && r.end.isCertain('year') ? r.end : null;
      const next = results[i + 1];
      if (!pair && next && next.start.isCertain('month') && next.start.isCertain('year') && JOIN.test(context.text.slice(r.index + r.text.length, next.index))) pair = next.start;
      if (!pair) return;
      const year = pair.get('year')!;
      s.assign('year', s.get('month')! > pair.get('month')! ? year - 1 : year);
    });
    return results;
  },
};
