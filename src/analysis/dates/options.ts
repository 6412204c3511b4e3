// What newsdesk's parsers read besides chrono-node's own options.
import type { ParsingContext, ParsingOption } from 'chrono-node';

export interface NewsOption extends ParsingOption {
  /**
   * Days the true "now" may lie after the reference. An inferred publication date is only the
   * latest date the article mentions, a lower bound: a past-tense "on Sunday" may be the day after it.
   */
  pastSlackDays?: number;
}

export function pastSlack(context: ParsingContext): number {
  return (context.option as NewsOption).pastSlackDays ?? 0;
}
