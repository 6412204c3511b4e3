// Shared reading of the words around a quote: the speech verbs and mentions of its sentence,
// split into what stands before the opening mark and what follows the closing one.
import { sentenceAt, type ArticleContext } from '../context.ts';
import { ROLE_NOUNS, SPEECH_VERBS } from '../lexicon.ts';
import { tokenize, type Mention } from '../mentions.ts';
import type { Span } from '../spans.ts';

/** Words in the first person singular: one person speaks them. */
export const FIRST_PERSON = /\b(?:I|[Mm]y|me)\b/;

export interface QuoteSite {
  span: Span;
  sentence: number;
  /** Sentence bounds, widened to the whole quote when it spans sentences. */
  from: number;
  to: number;
  before: Mention[];
  after: Mention[];
}

export interface Verb {
  start: number;
  end: number;
  word: string;
}

export function siteOf(ctx: ArticleContext, span: Span): QuoteSite {
  const first = sentenceAt(ctx, span.open);
  const last = sentenceAt(ctx, Math.max(span.open, span.close));
  const from = ctx.sentences[first].start;
  let to = ctx.sentences[last].end;
  // The attribution after a quote that ends its sentence sits in the next "sentence" ("….” she said.).
  const next = ctx.sentences[last + 1];
  // ("“With what money?” Kettering interjected.": after a question or an exclamation, a name and a
  // speech verb opening the next sentence are the attribution too.)
  if (next && next.paragraph === ctx.sentences[last].paragraph && span.close + 2 >= ctx.sentences[last].end && (/^[a-z]/.test(next.text) || (/[?!]/.test(ctx.text.charAt(span.close - 1)) && nameThenVerb(ctx, next.start, next.end)))) to = next.end;
  const mentions = [];
  for (let s = first; s <= last + 1 && s < ctx.sentences.length; s++) if (ctx.sentences[s].start < to) mentions.push(...ctx.mentions[s]);
  return {
    span,
    sentence: first,
    from,
    to,
    before: mentions.filter((m) => m.end <= span.open && m.start >= from),
    after: mentions.filter((m) => m.start > span.close && m.end <= to),
  };
}

const DETERMINER = /^(?:the|a|an|one)$/;
/** A sentence opening with a capitalised name, or a role ("a reporter"), and then a speech verb: "Kettering asked", "The minister replied". */
function nameThenVerb(ctx: ArticleContext, from: number, to: number): boolean {
  const words = tokenize(ctx.masked, from, Math.min(to, from + 60)).slice(0, 5);
  const verb = words.findIndex((t) => speaks(ctx, t));
  return verb > 0 && words.slice(0, verb).every((t, i) => /^\p{Lu}/u.test(t.text) || (i === 0 && DETERMINER.test(t.low)) || (i > 0 && ROLE_NOUNS.has(t.low)));
}

export function verbsIn(ctx: ArticleContext, from: number, to: number): Verb[] {
  return tokenize(ctx.masked, from, to)
    .filter((t) => speaks(ctx, t))
    .map((t) => ({ start: t.start, end: t.end, word: t.low }));
}

/**
 * A speech verb; "put it" speaks too ("as she put it", "he put it to me"), and so do "shot back",
 * "hit back", "fired back" and "cut in" ("put", "shot" or "cut" alone does not), and "spoke to".
 */
function speaks(ctx: ArticleContext, t: { low: string; end: number }): boolean {
  if (SPEECH_VERBS.has(t.low)) return true;
  if (t.low === 'put' || t.low === 'puts') return /^\s+it\b/.test(ctx.masked.slice(t.end, t.end + 5));
  if ((t.low === 'shot' || t.low === 'hit' || t.low === 'hits' || t.low === 'fired') && /^\s+back\b/.test(ctx.masked.slice(t.end, t.end + 6))) return true;
  // ("X spoke to the Gazette after the hearing." and the quotation after it; not "spoke from Drevna".)
  if (t.low === 'spoke') return /^\s+(?:to|with)\b/.test(ctx.masked.slice(t.end, t.end + 6));
  // "“It was your research,” Castellano cut in.": an interruption.
  return t.low === 'cut' && /^\s+in\b/.test(ctx.masked.slice(t.end, t.end + 4));
}

/** Only spaces and light punctuation between two offsets (the quote's own closing comma, a dash). */
export function adjacent(ctx: ArticleContext, from: number, to: number, allowWords = 0): boolean {
  const gap = ctx.masked.slice(from, to);
  if (/[.!?;]/.test(gap.replace(/^\s*[”"’'»]?[.,!?]?/, '').replace(/^[\s,]+/, ''))) return false;
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length <= allowWords;
}

/**
 * "stood at her side but did not speak": the one the sentence is about says nothing. ("X declined to
 * comment on the dissent. “…,” he said." is no such sentence: he spoke of something else.)
 */
export const SILENT = /\b(?:did\s+not|didn[’']t|does\s+not|doesn[’']t)\s+(?:speak|talk|say\s+anything)\b/i;
/** "X did not respond to requests for comment.", "declined to comment": no words of X's follow (though X may speak of something else). */
export const NO_COMMENT =
  /\b(?:(?:did\s+not|didn[’']t|has\s+not|hasn[’']t)\s+(?:immediately\s+)?(?:comment|respond\s+to\s+(?:a\s+|several\s+|repeated\s+)?requests?\s+for\s+comment|return\s+(?:calls|messages|emails|requests))|declined\s+to\s+comment|could\s+not\s+be\s+reached)\b/i;

export const ADVERBS = new Set(['also', 'then', 'later', 'simply', 'again', 'quickly', 'further', 'had', 'has', 'have', 'was', 'later', 'earlier', 'previously', 'once', 'recently', 'reportedly', 'had', 'would', 'will', 'flatly', 'firmly', 'bluntly', 'curtly', 'sharply', 'publicly', 'privately', 'now', 'still']);
