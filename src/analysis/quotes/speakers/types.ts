import type { ArticleContext, Resolved } from '../context.ts';
import type { Mention } from '../mentions.ts';
import type { QuoteSite } from './cues.ts';

export interface Attribution {
  speaker: Resolved;
  rule: string;
  /** Weak attributions (carried over from a neighbour) yield to what other articles say. */
  weak?: boolean;
}

/** What earlier quotes of the article settled, for rules that carry a speaker on. */
export interface SieveState {
  previous: { site: QuoteSite; attribution: Attribution | null }[];
}

export type Rule = (ctx: ArticleContext, site: QuoteSite, state: SieveState) => Attribution | null;

export type MentionAt = { mention: Mention; sentence: number };
