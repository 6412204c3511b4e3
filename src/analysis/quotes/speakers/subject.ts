// The subject of a sentence: its first actor-like mention, after any introductory clause
// ("While announcing the decision, X blamed …"; "Following his comments, the president said …").
import { inAddress, isSubjectLike, type ArticleContext } from '../context.ts';
import type { Mention } from '../mentions.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

const INTRO = /^(while|when|after|before|following|despite|although|though|as|in|on|at|during|since|speaking|commenting|asked|answering|responding|warning|announcing|meanwhile|however|later|earlier|then|also|but|and|yet|still|now|today|yesterday|separately|elsewhere|instead|indeed)\b/i;

/** "And from @railgrumbler, who …: “…”": whose words the sentence brings, fronted. */
const FRONTED_FROM = /^\W*(?:(?:and|but)\s+)?from\s+$/i;

export function sentenceSubject(ctx: ArticleContext, sentence: number, before = Infinity): Mention | undefined {
  const s = ctx.sentences[sentence];
  const list = ctx.mentions[sentence].filter((m) => m.start < before);
  let from = s.start;
  const head = ctx.masked.slice(s.start, Math.min(s.end, before));
  if (INTRO.test(head.trimStart())) {
    const comma = head.indexOf(',');
    if (comma > 0 && list.some((m) => m.start > s.start + comma)) from = s.start + comma + 1;
  }
  if (list[0] && FRONTED_FROM.test(ctx.masked.slice(s.start, list[0].start))) return list[0];
  return list.find((m) => m.start >= from && isSubjectLike(m) && !inAddress(ctx.masked, m));
}

/** A partial quote in a sentence without a speech verb: the sentence's subject said it. */
export const subjectRule: Rule = (ctx, site) => {
  const subject = sentenceSubject(ctx, site.sentence, site.span.open);
  if (!subject) return null;
  const speaker = resolveMention(ctx, subject, site.sentence);
  return speaker ? { speaker, rule: 'sentence-subject' } : null;
};
