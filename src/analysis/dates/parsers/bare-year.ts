// Bare years, which chrono-node leaves alone: "in 1987", "since 2009", "the city's 2009 merger",
// "the 2020 election". A four-digit number is a year only after a word that introduces a time
// (a preposition, an article, a possessive) and not before a count noun ("2000 people") or a time
// zone ("0930 GMT").
// A refiner, not a parser: chrono-node's format filter drops results that are only digits, so the
// years are added after it, wherever no other result already covers them.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TIME_ZONES } from '../time-zones.ts';

const PATTERN = /(?<![\w$£€¥.,/:-])(1\d\d\d|20\d\d)(?![\w%/:-]|[.,]\d)/g;
/**
 * "consecrated in 1246", "no beavers since 1526, the parish accounts show": a year before 1800 only
 * right after a word of time, and not as the start of a range of figures ("from 1200 to 1500") nor
 * a clock time ("SUMMARY OF 1000 AM CDT").
 */
const OLD_INTRODUCER = /\b(?:in|since|until|till|from|of|circa|c\.)\s+$/i;
const RANGE_AFTER = /^\s*(?:to|-|–|and|or)\s*\d|^\s*[ap]\.?m\b/i;
const INTRODUCERS = new Set(
  'in since by until till from to during of before after around circa through throughout between and or early late mid end start beginning the its his her their our season fiscal spring summer autumn fall winter year'.split(
    ' ',
  ),
);
const COUNT_NOUN =
  /^\s*(people|persons|residents|workers|employees|staff|members|votes|voters|troops|soldiers|police|officers|cases|deaths|units|vehicles|cars|scooters|homes|houses|jobs|km|kilometres|kilometers|miles|metres|meters|feet|kg|tonnes|tons|dollars|euros|pounds|times|hours|minutes|seconds|percent|per cent|calories|words|pages|points|runs|goals|%)\b/i;

/**
 * "bids for the 2046 Winter Games", "qualified for the 2042 and 2046 World Cups": the year names an
 * edition someone aims at, not a time anything happened.
 */
const EDITION = /\bfor\s+the\s+(?:(?:1[89]|20)\d\d\s+(?:and|or)\s+)?$/i;

/** "0930 GMT", "2100 hours": a 24-hour clock time. */
const CLOCK = new RegExp(`^\\s*(?:${TIME_ZONES.join('|')}|Z|hrs|hours|h|local time)\\b`);

export const bareYearRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    const added: ParsingResult[] = [];
    const refYear = context.reference.instant.getUTCFullYear();
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(context.text); m; m = PATTERN.exec(context.text)) {
      const index = m.index;
      const end = index + m[0].length;
      if (results.some((r) => r.index < end && index < r.index + r.text.length)) continue;
      const year = Number(m[1]);
      if (year > refYear + 10) continue;
      if (COUNT_NOUN.test(context.text.slice(end, end + 20))) continue;
      if (CLOCK.test(context.text.slice(end, end + 12))) continue;
      if (!introduced(context.text.slice(Math.max(0, index - 30), index))) continue;
      if (year < 1800 && (!OLD_INTRODUCER.test(context.text.slice(Math.max(0, index - 8), index)) || RANGE_AFTER.test(context.text.slice(end, end + 8)))) continue;
      if (EDITION.test(context.text.slice(Math.max(0, index - 30), index)) && /^(?:\s+(?:and|or)\s+(?:1[89]|20)\d\d)?\s+\p{Lu}/u.test(context.text.slice(end, end + 30))) continue;
      const components = context.createParsingComponents().assign('year', year).imply('month', 1).imply('day', 1).addTag('newsdesk/year');
      added.push(context.createParsingResult(index, m[0], components));
    }
    // Stable sort of an already ordered list changes nothing: skip it when nothing was added and
    // the results arrive in order (as they do from chrono).
    if (!added.length && inOrder(results)) return results;
    return [...results, ...added].sort((a, b) => a.index - b.index);
  },
};

function inOrder(results: ParsingResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i - 1].index > results[i].index) return false;
  return true;
}

function introduced(before: string): boolean {
  if (/^\s*$/.test(before) || /[(\[—–]\s*$/.test(before)) return true; // starts the sentence or an aside
  if (/\bmid-$/i.test(before)) return true;
  if (/\w['’]s?\s+$/.test(before) || /s['’]\s+$/.test(before)) return true; // possessive
  const word = /(\w+)\s+$/.exec(before)?.[1];
  return !!word && INTRODUCERS.has(word.toLowerCase());
}
