// One utterance interrupted by its attribution: “We are,” she said, “deeply sorry.” The two pieces
// are one quotation: the first opens its sentence, the second opens in lower case right after a
// short attribution between commas. (A word quoted inside a sentence, “calling him a ‘killer’, the
// president said, ‘it takes one …’”, is no first piece.)
import type { ArticleAnalysis, Quote } from '../types.ts';

/** From the first piece's closing mark to the second's opening mark: ", she said, " and nothing else. */
const BETWEEN = /^["”’']?\s*,?\s*[^"“”‘’'.!?;:]{1,60},\s*["“‘']$/;
/** Before the first piece's opening mark: the paragraph's start, or the end of a sentence or a colon. */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’']?\s+)$/;

/** Each pair of pieces the article prints as one interrupted quotation. */
export function interruptedPairs(a: ArticleAnalysis): [Quote, Quote][] {
  const out: [Quote, Quote][] = [];
  const text = a.article.text;
  for (let i = 1; i < a.quotes.length; i++) {
    const q = a.quotes[i];
    const before = a.quotes[i - 1];
    if (before.paragraph !== q.paragraph || !/^\p{Ll}/u.test(q.text) || !/[,\p{L}]$/u.test(before.text.trimEnd())) continue;
    const para = a.paragraphs[before.paragraph];
    const lead = para ? text.slice(para.start, Math.max(para.start, before.start - 1)) : '';
    if (OPENS_SENTENCE.test(lead) && BETWEEN.test(text.slice(before.end, q.start))) out.push([before, q]);
  }
  return out;
}
