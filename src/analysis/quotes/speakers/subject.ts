// The subject of a sentence: its first actor-like mention, after any introductory clause
// ("While announcing the decision, X blamed …"; "Following his comments, the president said …").
import { describesPeople, inAddress, isSubjectLike, namesWork, type ArticleContext } from '../context.ts';
import type { Mention } from '../mentions.ts';
import { FUNCTION_WORDS, SPEECH_VERBS } from '../lexicon.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

const INTRO = /^(while|when|after|before|following|despite|although|though|as|in|on|at|during|since|under|speaking|commenting|asked|answering|responding|warning|announcing|meanwhile|however|later|earlier|then|also|but|and|yet|still|now|today|yesterday|separately|elsewhere|instead|indeed)\b/i;

const SUBJECT_PRONOUN = /^(?:he|she|they|we)$/i;

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
  // ("The Salt Orchard won the prize; at the ceremony she accepted it “…”": the clause of the quote.)
  const semicolon = head.lastIndexOf(';');
  if (semicolon > 0 && list.some((m) => m.start > s.start + semicolon && isSubjectLike(m))) from = s.start + semicolon + 1;
  if (list[0] && FRONTED_FROM.test(ctx.masked.slice(s.start, list[0].start))) return list[0];
  // ("In a letter to the water company's chief executive, Philip Arkwright, sent on Wednesday, she
  // wrote:": a subject pronoun right before the verb is its subject, whatever the clauses before it name.)
  const last = list[list.length - 1];
  if (before < Infinity && last?.kind === 'pronoun' && SUBJECT_PRONOUN.test(last.text) && /^\s+$/.test(ctx.masked.slice(last.end, before))) return last;
  // ("In an email to staff, seen by the Chronicle, he wrote:": a body that did a passive's deed is
  // no subject; a person may be the one speaking: "Cross-examined by Gideon Fairlie KC, she was asked:".)
  // ("In a post on her newsletter, Sitting Pretty, …, Achterberg said": nor is a work or a vessel.)
  const i = list.findIndex((m) => m.start >= from && isSubjectLike(m) && !(m.before === 'by' && m.org) && !inAddress(ctx.masked, m) && !namesWork(ctx.masked, m) && !subordinate(ctx.masked, from, m) && !(m.kind === 'name' && ctx.table.isThing(m.name)));
  // ("Families paid tribute to three Hexford men, …": the men are no name's; nor is the subject.)
  if (i >= 0 && describesPeople(ctx.masked, list[i])) return undefined;
  // "Falcetti team principal Matteo Brandolini did not hide …": the body describes the titled name after it.
  const next = list[i + 1];
  if (i >= 0 && list[i].kind === 'name' && next?.kind === 'name' && !next.org && next.titles.length && describes(ctx.masked.slice(list[i].end, next.start))) return next;
  return list[i];
}

/**
 * "Plenty of people were repeating one line as they filed out: “…”": a pronoun opening a clause
 * after the main one is that clause's subject, not the sentence's.
 */
function subordinate(masked: string, from: number, m: Mention): boolean {
  return m.kind === 'pronoun' && m.start - from > 12 && SUBORDINATOR_BEFORE.test(masked.slice(Math.max(from, m.start - 10), m.start));
}
const SUBORDINATOR_BEFORE = /\b(?:as|when|while|because|although|though|since|until|once)\s+$/i;

/** Between a body's name and the title of the person it describes: a space, or nouns ("team", "founder and"), no verb. */
function describes(gap: string): boolean {
  const words = /^ ((?:\p{Ll}+ ){0,3})$/u.exec(gap)?.[1].split(' ').filter(Boolean);
  return !!words && words.every((w, i) => (w === 'and' && i > 0) || (!FUNCTION_WORDS.has(w) && !SPEECH_VERBS.has(w) && !/(?:ed|ing)$/.test(w)));
}

/** A partial quote in a sentence without a speech verb: the sentence's subject said it. */
export const subjectRule: Rule = (ctx, site) => {
  const subject = sentenceSubject(ctx, site.sentence, site.span.open);
  if (!subject) return null;
  const speaker = resolveMention(ctx, subject, site.sentence);
  return speaker ? { speaker, rule: 'sentence-subject' } : null;
};
