// The engine's analysed view of a story: per article, then across the story.
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';

export type QuoteKind = 'direct' | 'partial';

export interface Quote {
  /** Stable within a story: `<file>#<start>`. */
  id: string;
  file: string;
  start: number;
  end: number;
  /** Exactly the characters between the marks. */
  text: string;
  kind: QuoteKind;
  /** Canonical speaker name, or null when the article never says who spoke. */
  speaker: string | null;
  /** The rules that decided the speaker, in order. */
  rules: string[];
  /** Every rule the sieve tried, in order, with its outcome (for `extract --explain`). */
  trace?: string[];
  /** An outlet or account the article says it took the quote from ("as per X", an embedded post). */
  relay?: string;
  /** Speaker taken from another article carrying the same words. */
  inferredFrom?: string;
  /** Quotes a headline or a nested quote: debatable status. */
  minor?: boolean;
  paragraph: number;
  /** The sentence (or paragraph) the quote stands in, for display. */
  context: string;
  cluster?: string;
  /** Day the words were said, when the article says (YYYY-MM-DD). */
  saidOn?: string;
}

export type Precision = 'day' | 'month' | 'year';
export type EventKind = 'happened' | 'scheduled' | 'proposed';

export interface DatedEvent {
  file: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  precision: Precision;
  kind: EventKind;
  summary: string;
  /** The sentence the date came from. */
  evidence: string;
  /** The words that gave the date ("on Thursday", "tomorrow"). */
  expression: string;
  actors: string[];
  start: number;
  end: number;
}

export interface Entity {
  /** Canonical name: the fullest form the story introduces, titles stripped. */
  name: string;
  kind: 'person' | 'organisation';
  /** Every surface form seen (surnames, titled forms). */
  aliases: string[];
  /** Role descriptions linked to it ("press secretary", "ministry spokesman"). */
  roles: string[];
  mentions: number;
}

export interface ArticleAnalysis {
  article: Article;
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  publishedInferred: boolean;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  events: DatedEvent[];
}

export interface VariantWording {
  quoteId: string;
  file: string;
  text: string;
  speaker: string | null;
}

export interface QuoteCluster {
  id: string;
  /** The wording most sources print (or the longest when tied). */
  canonical: string;
  speaker: string | null;
  /** Different speakers credited with the same words in different places. */
  conflictingSpeakers: string[];
  quoteIds: string[];
  files: string[];
  saidOn?: string;
}

export interface TimelineSource {
  file: string;
  evidence: string;
  date: string;
}

export interface TimelineEntry {
  id: string;
  date: string;
  precision: Precision;
  kind: EventKind;
  summary: string;
  actors: string[];
  sources: TimelineSource[];
  /** Sources that put the same happening on another date. */
  conflict?: { date: string; files: string[] }[];
}

export interface StoryAnalysis {
  story: string;
  articles: ArticleAnalysis[];
  entities: Entity[];
  clusters: QuoteCluster[];
  timeline: TimelineEntry[];
}
