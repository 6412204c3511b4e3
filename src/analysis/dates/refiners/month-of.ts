// "in January of last year", "in March next year", "found guilty in January of 14 counts": chrono-node
// reads "of" plus a number as a year ("January of 14" is 2014) and leaves the month apart from the
// relative year after it. A year after "of" is written in full; "last year" or "next year" right
// after a month gives it its year, and the two are one expression.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { formatDay } from '../calendar.ts';

/** " of", or " of" and at most a two-figure number (no year), ending a month's expression. */
const OF_TAIL = /\s+of(?:\s+\d{1,2})?\s*$/i;
const RELATIVE_YEAR = /^(?:last|this|next)\s+year$/i;

export const monthOfRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      const s = r.start;
      const tail = s.isCertain('month') ? OF_TAIL.exec(r.text) : null;
      if (!s.isCertain('month') || (!tail && s.isCertain('year'))) {
        out.push(r);
        continue;
      }
      const core = tail ? r.text.slice(0, tail.index) : r.text;
      const next = results[i + 1];
      const year = next && /^\s+(?:of\s+)?$/.test(context.text.slice(r.index + core.length, next.index)) && RELATIVE_YEAR.test(next.text.trim()) ? next.start.get('year') : null;
      if (!tail && year === null) {
        out.push(r);
        continue;
      }
      const components = context.createParsingComponents();
      components.assign('month', s.get('month')!);
      if (s.isCertain('day')) components.assign('day', s.get('day')!);
      else components.imply('day', 1);
      if (year !== null) {
        components.assign('year', year);
        out.push(context.createParsingResult(r.index, context.text.slice(r.index, next.index + next.text.trimEnd().length), components));
        i++;
      } else {
        // The month alone: its year is judged later, as for any month written without one.
        components.imply('year', Number(formatDay(context.reference.instant).slice(0, 4)));
        out.push(context.createParsingResult(r.index, core, components));
      }
    }
    return out;
  },
};
