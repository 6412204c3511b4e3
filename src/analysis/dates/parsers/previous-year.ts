// "the previous year", "the year before", "previous year": the year before the reference, which
// chrono-node does not read ("last year" it does).
import type { Parser, ParsingContext } from 'chrono-node';

const PATTERN = /(?<![\w-])(?:(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before)(?![\w-])/i;

export const previousYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext) {
    const year = context.reference.instant.getUTCFullYear() - 1;
    return context.createParsingComponents().assign('year', year).imply('month', 1).imply('day', 1).addTag('newsdesk/previous-year');
  },
};
