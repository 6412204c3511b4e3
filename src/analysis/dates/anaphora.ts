// Expressions dated by what the article just told, not by the article's day: "the same day",
// "later that day", "that night", "the next day", "two days later", "the day before", and for
// years "that year", "in June of that year", "that March", "the following year", "two years
// later". chrono-node reads none of them (or reads "next day" as tomorrow); the caller resolves
// them against the last dated event.
import { MONTH_NAMES } from './calendar.ts';
import { IRREGULAR_PAST } from './tense.ts';

export interface AnaphoricMention {
  start: number;
  end: number;
  text: string;
  unit: 'day' | 'year';
  /** Days (or years) from the anchor. */
  offset: number;
  /** "June of that year": the month named, 1-12. */
  month?: number;
  /** "the same day the petition was filed": words saying which earlier event is meant. */
  restriction?: string;
}

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const MONTHS: readonly string[] = MONTH_NAMES;
const MONTH = `(?:${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;

type Rule = { re: RegExp; unit: 'day' | 'year'; offset: (m: RegExpExecArray) => number | null };

const RULES: Rule[] = [
  {
    re: /\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)|(?:that|the)\s+same\s+(?:day|night|morning|afternoon|evening)|that\s+(?:day|night|morning|afternoon|evening))\b/gi,
    unit: 'day',
    offset: () => 0,
  },
  { re: /\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after(?!\s+(?:tomorrow|[A-Z0-9])))\b/gi, unit: 'day', offset: () => 1 },
  { re: /\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before(?!\s+(?:yesterday|[A-Z0-9])))\b/gi, unit: 'day', offset: () => -1 },
  {
    // Days only: "two weeks later" is a round figure, no particular day. "over four days" is a
    // duration, not a step from the last event; "two days later than planned" a comparison.
    re: /(?<!\b(?:over|for|within|during|than|in)\s+)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?)\s+(later|earlier|afterwards?|before)\b(?!\s+than\b)/gi,
    unit: 'day',
    offset: (m) => {
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      if (!Number.isFinite(n)) return null;
      return /later|after/i.test(m[3]) ? n : -n;
    },
  },
  {
    // "that March" ends a clause: "signed an agreement that March." ("that May would …" names someone).
    re: new RegExp(`\\b(?:(?:in\\s+)?(?:early|late|mid-)?\\s*(${MONTH})\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year|(?:later|earlier)\\s+that\\s+year|(?:that|the\\s+same)\\s+year|(?:that|the\\s+same)\\s+(${MONTH})(?=\\s*(?:[.,;:!?)]|$)))\\b`, 'g'),
    unit: 'year',
    offset: () => 0,
  },
  { re: /\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later)\b/gi, unit: 'year', offset: () => 1 },
  {
    // "two years later", "three years earlier": counted from the year just told ("four years later
    // than first promised" compares, it counts from nothing).
    re: /(?<!\b(?:over|for|within|during|than|in)\s+)\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(later|earlier|afterwards?|before)\b(?!\s+than\b)/gi,
    unit: 'year',
    offset: (m) => {
      const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      return /later|after/i.test(m[2]) ? n : -n;
    },
  },
];

/** "the same day the petition was filed" / "that day, when …": the clause naming the earlier event. */
const CLAUSE_VERB = new RegExp(`\\b(?:was|were|is|are|had|has|\\w+ed|${IRREGULAR_PAST.join('|')})\\b`);
const RESTRICTION = /^\s+(?:that\s+|when\s+|on\s+which\s+)?((?:the|a|an|his|her|its|their|[A-Z])\b[^,.;:]{3,80})/;

/** Every rule needs one of these words: most sentences are turned away by this one cheap test. */
const CUE = /\b(?:same|that|next|following|previous|preceding|later|earlier|after|before|afterwards?)\b/i;

/** A clause with a verb of its own right after: "before the storm made landfall". */
function afterClause(rest: string): boolean {
  const r = RESTRICTION.exec(rest);
  return !!r && CLAUSE_VERB.test(r[1]);
}

export function findAnaphora(text: string): AnaphoricMention[] {
  if (!CUE.test(text)) return [];
  const out: AnaphoricMention[] = [];
  for (const { re, unit, offset } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const o = offset(m);
      if (o === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "on Monday night, a day before the storm made landfall": counted from the event its clause
      // tells, not from the one just told.
      if (/(?:before|after)$/i.test(m[0]) && o !== 0 && afterClause(text.slice(end))) continue;
      if (out.some((x) => x.start < end && start < x.end)) continue;
      const mention: AnaphoricMention = { start, end, text: m[0], unit, offset: o };
      const month = unit === 'year' ? (m[1] ?? m[2]) : undefined;
      if (month) mention.month = MONTHS.indexOf(month.toLowerCase()) + 1;
      if (unit === 'day' && o === 0 && /^(?:the\s+same|that)\s+day$/i.test(m[0])) {
        const r = RESTRICTION.exec(text.slice(end));
        // Only a clause with a verb restricts ("the same day the petition was filed").
        if (r && CLAUSE_VERB.test(r[1])) mention.restriction = r[1];
      }
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
