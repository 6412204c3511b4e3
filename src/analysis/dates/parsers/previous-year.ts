// "the previous year", "the year before", "previous year": the year before the reference, which
// chrono-node does not read ("last year" it does).
import type { Parser, ParsingContext } from 'chrono-node';
import { NEVER } from '../parser-gates.ts';

const PATTERN = /(?<![\w-])(?:(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before)(?![\w-])/i;

/** A text without the word cannot match (gates below). */
const YEAR_WORD = /year/i;

export const previousYearParser: Parser = {
  // Every form holds "year" (in any case): a text without it is not scanned.
  pattern: (context: ParsingContext) => (YEAR_WORD.test(context.text) ? PATTERN : NEVER),
  extract(context: ParsingContext) {
    const year = context.reference.instant.getUTCFullYear() - 1;
    return context.createParsingComponents().assign('year', year).imply('month', 1).imply('day', 1).addTag('newsdesk/previous-year');
  },
};
