// What the corpus layer hands to analysis: articles as read, split into typed paragraphs.

export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
  story?: string;
  author?: string;
}

export interface Article {
  /** The file's base name, as reported. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** The story (subfolder) this article belongs to. */
  story: string;
  /** The whole file as read; every offset in the engine points into this string. */
  text: string;
  /** Where the body starts (after any front matter). */
  bodyStart: number;
  meta: FrontMatter;
}

/**
 * story: the article's own reporting. caption: a photo caption (story content, dated).
 * embed: a relayed social-media post (its quotes still count; its author relays them).
 * crosshead: a heading between paragraphs ("BATTLED ON"), no sentence of the story.
 * The rest is not the story's own text and feeds nothing downstream but metadata.
 */
export type ParagraphKind =
  | 'story'
  | 'caption'
  | 'embed'
  | 'embed-signature'
  | 'title'
  | 'standfirst'
  | 'headline-repeat'
  | 'crosshead'
  | 'dateline'
  | 'ad'
  | 'credit'
  | 'teaser'
  | 'offtopic';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: ParagraphKind;
  /** For embeds: the account that posted it (a relay), e.g. "Agency News (@agency)". */
  relay?: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export interface Warning {
  file: string;
  reason: string;
}

/** Paragraph kinds whose text is the story's own (quotes, events, facts may come from them). */
export const STORY_KINDS: ReadonlySet<ParagraphKind> = new Set(['story', 'caption', 'embed', 'standfirst']);
/** Kinds whose quotes still count (headlines carry quote fragments too). */
export const QUOTE_KINDS: ReadonlySet<ParagraphKind> = new Set(['story', 'caption', 'embed', 'standfirst', 'title', 'headline-repeat']);
