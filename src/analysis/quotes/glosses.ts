// A quotation given again in another language: in brackets right after it (“Mi casa” (“My home”);
// “Kami tidak …,” he told the crowd. (“We will not …”)), or as the next quote of the same speaker
// in a paragraph that says it is translated ("…,” he said, in remarks translated by the Tribune).
// The two are the same utterance, whatever their words share. The first must read as another
// language than English, so that two quotes of one translated paragraph stay apart.
import type { ArticleAnalysis, Quote } from '../types.ts';

/** Opening mark right after "(" : the bracket opens with the quotation. */
const OPENS_BRACKET = /\(\s*$/;
/** Closing mark, then at most punctuation, then ")": the quotation is all the bracket holds. */
const CLOSES_BRACKET = /^[.,!?;:]?\s*\)/;
const TRANSLATED = /\btranslat(?:ed|ion|ing)\b/i;
/** English words nearly every English sentence has one of (not the clusters' stop list: "no" and "me" are Spanish too). */
const ENGLISH = new Set('the a an of to in on and or but is are was were be been it this that at as by for with from i you he she we they not will would have has had do did our my your their his her there what which who'.split(' '));

/** Fewer than one word in seven is a common English word: another language. */
export function foreign(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.filter((w) => ENGLISH.has(w)).length / words.length < 1 / 7;
}

/** `q` translates `before`, the quote just before it in the article. */
export function translates(a: ArticleAnalysis, before: Quote, q: Quote): boolean {
  const given = bracketed(a.article.text, q) ? before.paragraph === q.paragraph : saidTranslated(a, q, before);
  return given && foreign(before.text) && !foreign(q.text);
}

/** The quotation is all a bracket holds (q.start and q.end bound the words, one mark either side). */
function bracketed(text: string, q: Quote): boolean {
  return OPENS_BRACKET.test(text.slice(Math.max(0, q.start - 4), q.start - 1)) && CLOSES_BRACKET.test(text.slice(q.end + 1, q.end + 5));
}

/** The paragraph around `q` says it is a translation, and `before` is the same speaker's, in the paragraph just before. */
function saidTranslated(a: ArticleAnalysis, q: Quote, before: Quote): boolean {
  if (!q.speaker || before.speaker !== q.speaker || q.paragraph - before.paragraph !== 1) return false;
  const para = a.paragraphs[q.paragraph];
  if (!para) return false;
  const outside = a.article.text.slice(para.start, q.start) + a.article.text.slice(q.end, para.end);
  return TRANSLATED.test(outside);
}
