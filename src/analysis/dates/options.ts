// What newsdesk's parsers read besides chrono-node's own options.
import type { ParsingContext, ParsingOption } from 'chrono-node';
import type { SlashOrder } from './parsers/slash-date.ts';
import { type TemporalContext, temporalContext } from './tense.ts';

export interface NewsOption extends ParsingOption {
  /**
   * Days the true "now" may lie after the reference. An inferred publication date is only the
   * latest date the article mentions, a lower bound: a past-tense "on Sunday" may be the day after it.
   */
  pastSlackDays?: number;
  /**
   * The reference is such a lower bound. A past month and day written without a year ("on May 26")
   * may then lie a while after it: see INFERRED_PAST_DAYS in month-year.ts.
   */
  inferred?: boolean;
  /** See TenseOptions: set for captions. */
  presentIsPast?: boolean;
  /** How the article orders the day and month of its slash dates (see slash-date.ts). */
  slashOrder?: SlashOrder;
}

export function pastSlack(context: ParsingContext): number {
  return (context.option as NewsOption).pastSlackDays ?? 0;
}

/** The tense of the expression at [start, end) of the text being parsed, with the parse's options. */
export function contextTense(context: ParsingContext, start: number, end: number): TemporalContext {
  return temporalContext(context.text, start, end, { presentIsPast: (context.option as NewsOption).presentIsPast });
}
