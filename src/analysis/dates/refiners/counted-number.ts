// "in our trading update on 8 January, 31 stores will close": chrono-node reads a one- or
// two-figure number after a comma as the date's year (2031). A number followed by a word counts
// something: the date has no year written, and takes the nearest one, as chrono-node reads such a
// date (the tense of the clause around it may be the counted thing's: "31 stores will close").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

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
      const month = r.start.get('month')!;
      const day = r.start.get('day') ?? 1;
      const ref = context.reference.instant;
      const years = [ref.getFullYear() - 1, ref.getFullYear(), ref.getFullYear() + 1];
      const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate()));
      components.assign('year', years.reduce((a, b) => (distance(b) < distance(a) ? b : a)));
      return context.createParsingResult(r.index, r.text.replace(SHORT_YEAR_AFTER_COMMA, ''), components);
    });
  },
};
