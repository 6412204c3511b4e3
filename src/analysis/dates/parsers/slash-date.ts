// "01/24/2025", "24/01/2025": a day written with slashes and a four-digit year, as dockets and forms
// write them. chrono-node's own slash parser is dropped (it reads "24/7", "9/11" and fractions);
// this one reads only whole dates, month first or day first as the article shows where a number
// above 12 settles it (an article that never shows it gives its ambiguous ones no date).
import type { Parser, ParsingContext } from 'chrono-node';
import type { NewsOption } from '../options.ts';
import { NEVER } from '../parser-gates.ts';

export type SlashOrder = 'mdy' | 'dmy';

const PATTERN = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/;
const EVERY_DATE = new RegExp(PATTERN.source, 'g');

export const slashDateParser: Parser = {
  pattern: (context: ParsingContext) => (context.text.includes('/') ? PATTERN : NEVER),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const order = orderOf(a, b) ?? (context.option as NewsOption).slashOrder;
    if (!order) return null;
    const [month, day] = order === 'mdy' ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return context.createParsingComponents().assign('year', year).assign('month', month).assign('day', day).addTag('newsdesk/slash-date');
  },
};

/** The order one date shows by itself: a first number above 12 is a day, a second one too. */
function orderOf(a: number, b: number): SlashOrder | undefined {
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return undefined;
}

/** The order of the slash dates of a whole text, where its unambiguous ones agree on one. */
export function slashOrder(text: string): SlashOrder | undefined {
  if (!text.includes('/')) return undefined;
  const seen = new Set<SlashOrder>();
  for (const m of text.matchAll(EVERY_DATE)) {
    const order = orderOf(Number(m[1]), Number(m[2]));
    if (order) seen.add(order);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
