// One utterance interrupted by its attribution: “We are,” she said, “deeply sorry.” The two pieces
// are one quotation: the first opens its sentence, the second opens in lower case right after a
// short attribution between commas. (A word quoted inside a sentence, “calling him a ‘killer’, the
// president said, ‘it takes one …’”, is no first piece.)
import type { ArticleAnalysis, Quote } from '../types.ts';

/** From the first piece's closing mark to the second's opening mark: ", she said, " and nothing else. */
const BETWEEN = /^["”’']?\s*,?\s*[^"“”‘’'.!?;:]{1,60},\s*["“‘']$/;
/** Before the first piece's opening mark: the paragraph's start, or the end of a sentence or a colon. */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’']?\s+)$/;

/** `q` goes on the quotation `before` opened, past the attribution that interrupts it. */
export function continues(a: ArticleAnalysis, before: Quote, q: Quote): boolean {
  if (before.paragraph !== q.paragraph || !/^\p{Ll}/u.test(q.text) || !/[,\p{L}]$/u.test(before.text.trimEnd())) return false;
  const text = a.article.text;
  const para = a.paragraphs[before.paragraph];
  const lead = para ? text.slice(para.start, Math.max(para.start, before.start - 1)) : '';
  return OPENS_SENTENCE.test(lead) && BETWEEN.test(text.slice(before.end, q.start));
}
