// newsdesk's chrono-node: the casual English configuration minus the parsers that misread news
// (weekdays without tense, clock times, "within 3 days", "3 days later" which is relative to the
// event just told, not to the article's day), plus our own parsers and refiners.
// Only the English parsers: the full package loads every locale (about a second per process).
import * as chrono from 'chrono-node/en';
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { gated } from './parser-gates.ts';
import { bareYearRefiner } from './parsers/bare-year.ts';
import { previousYearParser } from './parsers/previous-year.ts';
import { countedNumberRefiner } from './refiners/counted-number.ts';
import { monthOfRefiner } from './refiners/month-of.ts';
import { monthYearRefiner } from './refiners/month-year.ts';
import { sharedYearRefiner } from './refiners/shared-year.ts';
import { slashDateParser } from './parsers/slash-date.ts';
import { weekdayParser } from './parsers/weekday.ts';
import { weekendParser } from './parsers/weekend.ts';

const DROPPED = new Set([
  'ENWeekdayParser',
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser',
  'SlashDateFormatParser',
]);

/** Results a timeline cannot use: "now", week spans, vague amounts, lowercase month words ("march"). */
const dropVague: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.filter((r) => {
      const t = r.text.trim();
      // "the following Tuesday", "the following March": counted from the event just told, not the article's day.
      if (FOLLOWING_BEFORE.test(context.text.slice(Math.max(0, r.index - 16), r.index))) return false;
      if (/^(right\s+)?now$/i.test(t)) return false;
      if (/\b(few|several|some|couple|many|recent)\b/i.test(t)) return false;
      // A week is no day, month or year ("next week", "this week").
      if (/^(this|next|last|past|previous|coming|the following)\s+week$/i.test(t)) return false;
      // "the next day" is relative to the event just told: see anaphora.ts.
      if (/\b(next|following|previous|preceding)\s+(day|morning|night|evening)\b/i.test(t)) return false;
      if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/.test(t)) return false;
      // "a month before it was due to close", "two years earlier": counted from another event,
      // not from the article's day (only "ago" is); see anaphora.ts for the ones it can anchor.
      if (/\b(?:before|after|earlier|later)$/i.test(t) && (r.start.tags().has('result/relativeDate') || !!r.end?.tags().has('result/relativeDate'))) return false;
      return true;
    });
  },
};

const FOLLOWING_BEFORE = /\bthe\s+following\s+$/i;

/** A weekend or weekday from chrono's own casual parsers loses to ours when they overlap. */
const preferOwn: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]) {
    if (results.length < 2) return results; // nothing to overlap
    // r.tags() is a copy of the start's tags joined with the end's: the parts are read directly.
    const own = results.filter((r) => ownTagged(r.start.tags()) || (!!r.end && ownTagged(r.end.tags())));
    if (!own.length) return results;
    return results.filter((r) => own.includes(r) || !own.some((o) => o.index < r.index + r.text.length && r.index < o.index + o.text.length));
  },
};

/** A tag of one of our parsers among these (a loop: no array per result). */
function ownTagged(tags: Set<string>): boolean {
  for (const t of tags) if (t.startsWith('newsdesk/')) return true;
  return false;
}

/**
 * "the evening of May 9": chrono-node merges the part of the day with the date and keeps only the
 * reference's day; the date after "of" is read on its own instead.
 */
const partOfDay: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.map((r) => {
      const m = /^((?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)(.+)$/i.exec(r.text);
      if (!m || r.start.isCertain('day')) return r;
      const inner = newsChrono.parse(m[2], context.reference, context.option)[0];
      if (!inner || inner.index !== 0) return r;
      const components = context.createParsingComponents();
      for (const c of ['year', 'month', 'day', 'weekday'] as const) {
        const v = inner.start.get(c);
        if (v === null) continue;
        if (inner.start.isCertain(c)) components.assign(c, v);
        else components.imply(c, v);
      }
      return context.createParsingResult(r.index, r.text, components);
    });
  },
};

function build(): chrono.Chrono {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !DROPPED.has(p.constructor.name)).map(gated);
  c.parsers.push(weekdayParser, weekendParser, previousYearParser, slashDateParser);
  c.refiners.unshift(preferOwn);
  c.refiners.push(partOfDay, dropVague, countedNumberRefiner, monthOfRefiner, sharedYearRefiner, monthYearRefiner, bareYearRefiner);
  return c;
}

export const newsChrono = build();

/** The names of chrono-node's parsers we drop, exported for a test that they still exist. */
export const droppedParsers = [...DROPPED];
