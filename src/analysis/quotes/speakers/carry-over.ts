// Quotes with no cue of their own: a quote standing alone after another in the same paragraph
// continues its speaker; a quote paragraph after a paragraph that names a speaker takes it (weakly,
// so that what other articles say wins).
import { OPENS_QUOTE } from '../../../corpus/paragraphs.ts';
import { FIRST_PERSON, NO_COMMENT, SILENT, verbsIn, type QuoteSite } from './cues.ts';
import { resolveMention } from './resolve.ts';
import { sentenceSubject } from './subject.ts';
import { isSubjectLike, type ArticleContext, type Resolved } from '../context.ts';
import { SPEECH_NOUNS } from '../lexicon.ts';
import { SUBJECT_FORM, pronounMention, type Mention } from '../mentions.ts';
import type { Attribution, Rule } from './types.ts';

export const samePargraphPrevious: Rule = (ctx, site, state) => {
  const para = ctx.sentences[site.sentence].paragraph;
  for (let i = state.previous.length - 1; i >= 0; i--) {
    const p = state.previous[i];
    if (ctx.sentences[p.site.sentence].paragraph !== para) break;
    if (p.attribution) return { speaker: p.attribution.speaker, rule: 'same-paragraph', weak: p.attribution.weak };
  }
  return null;
};

/** "X said he … . “…”": a quote opening its sentence after a sentence whose speaker spoke. */
export const previousSentence: Rule = (ctx, site) => {
  const prev = site.sentence - 1;
  if (prev < 0 || ctx.sentences[prev].paragraph !== ctx.sentences[site.sentence].paragraph) return null;
  if (site.span.open > ctx.sentences[site.sentence].start + 1) return null;
  const verbs = verbsIn(ctx, ctx.sentences[prev].start, ctx.sentences[prev].end);
  const subject = sentenceSubject(ctx, prev, verbs.length ? verbs[0].start : undefined);
  const speaker = subject && resolveMention(ctx, subject, prev);
  if (!speaker || (!verbs.length && speaker.org)) return null;
  // Without a speech verb (a caption, a scene) the person described is only a likely speaker.
  return { speaker, rule: 'previous-sentence', weak: !verbs.length };
};

/**
 * A quote paragraph with no cue of its own: the speaker the paragraph before ends on (its last
 * attributed quote, or the subject of its last speech verb). Weak: other articles may know better.
 */
/** An interviewer's question: a paragraph ending in "?" with no quotation in it. */
function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text) && !/[“"‘]/.test(text);
}

function isPrompt(text: string): boolean {
  return !/[“"‘]/.test(text) && text.split(/\s+/).length <= 30;
}

const INTERVIEW = /\b(spoke|spoken|talked|talking|speaking)\s+(to|with)\s+$|\binterview(ed)?\s+(with\s+)?$|\basked\s+$/i;

/**
 * In a question-and-answer piece the answers are the interviewee's: the person the article says
 * it spoke to ("We spoke to X by phone"), else whoever answered the previous question.
 */
function interviewee(ctx: ArticleContext, sentence: number): Attribution | null {
  for (let s = sentence - 1; s >= 0; s--) {
    for (const m of ctx.mentions[s]) {
      if (m.kind === 'pronoun') continue;
      const lead = ctx.masked.slice(Math.max(ctx.sentences[s].start, m.start - 30), m.start);
      if (!INTERVIEW.test(lead)) continue;
      const speaker = resolveMention(ctx, m, s);
      if (speaker) return { speaker, rule: 'interview' };
    }
  }
  return null;
}

export const previousParagraph: Rule = (ctx, site, state) => {
  const para = ctx.sentences[site.sentence].paragraph;
  let prev = para - 1;
  while (prev >= 0 && !['story', 'caption'].includes(ctx.paragraphs[prev].kind)) prev--;
  if (prev < 0) return null;
  if (isQuestion(ctx.paragraphs[prev].text)) return interviewee(ctx, site.sentence);
  // "…, sent to the studio on August 28:" — a paragraph ending in a colon introduces the quote: its
  // speaker is the last person it names.
  if (/:\s*$/.test(ctx.paragraphs[prev].text)) {
    const s = lastSentenceIn(ctx, prev, site.sentence);
    // "X, head of strategy at Y in London, wrote in a note:" — the subject of the speech verb;
    // "X put it to me at the tournament in Y:" — the sentence's subject; "His reply, by email:" —
    // the sentence before names him. Without a speech verb the attribution is weak.
    for (let k = s; k >= 0 && k >= s - 1 && ctx.sentences[k].paragraph === prev; k--) {
      const verbs = verbsIn(ctx, ctx.sentences[k].start, ctx.sentences[k].end);
      const subject = sentenceSubject(ctx, k, verbs.length ? verbs[0].start : undefined);
      // ("…, she said:": the pronoun's person, not the last name the sentence holds.)
      // ("In its update, RAIB sets out the sequence of events:": a body, when no person is named.)
      // ("The chief selector’s answer, which …, ran to three paragraphs:": whose answer it is.)
      const owner = ctx.mentions[k].find((m) => m.possessive && m.kind !== 'pronoun' && SPEECH_NOUNS.has(/^[’']?s?\s+(\p{Ll}+)/u.exec(ctx.masked.slice(m.end, m.end + 30))?.[1] ?? ''));
      // ("In a customer advisory, the carrier said:": a body right before its verb is the one speaking.)
      const bodySpeaks = !!subject?.org && !!verbs.length && subject === mentionRightBefore(ctx, k, verbs[0].start);
      const named = owner ?? (subject && (!subject.org || bodySpeaks) ? subject : [...ctx.mentions[k]].reverse().find((m) => !m.possessive && m.kind !== 'pronoun' && !m.org)) ?? subject;
      const speaker = named && resolveMention(ctx, named, k);
      // ("Leopold Danner of the Civic Union begins:", "he goes on:": speaking begun or carried on.)
      // (A body's "the club issued the following statement:" stays a guess: which body "the club" is may be.)
      const intro = ctx.masked.slice(ctx.sentences[k].start, ctx.sentences[k].end);
      if (speaker) return { speaker, rule: 'colon-introduction', weak: !verbs.length && !GOES_ON.test(intro) && !(STATEMENT_INTRO.test(intro) && !speaker.org) };
    }
  }
  // Once a piece reads as an interview, a short prompt without quotes also precedes an answer.
  const interviewing = state.previous.find((p) => p.attribution?.rule === 'interview');
  if (interviewing && isPrompt(ctx.paragraphs[prev].text)) return { ...interviewing.attribution!, rule: 'interview' };
  const last = state.previous[state.previous.length - 1];
  const lastQuoteAt = last?.attribution && ctx.sentences[last.site.sentence].paragraph === prev ? last.site.span.open : -1;
  for (let s = site.sentence - 1; s >= 0 && ctx.sentences[s].paragraph >= prev; s--) {
    if (ctx.sentences[s].paragraph !== prev) continue;
    if (lastQuoteAt >= ctx.sentences[s].start) break;
    // ("Chief executive X did not respond to requests for comment.": the next words are not X's.)
    if (NO_COMMENT.test(ctx.masked.slice(ctx.sentences[s].start, ctx.sentences[s].end))) return null;
    const verbs = verbsIn(ctx, ctx.sentences[s].start, ctx.sentences[s].end);
    if (!verbs.length) {
      const owner = speechOwner(ctx, s);
      if (owner) return { speaker: owner, rule: 'previous-paragraph', weak: true };
      // "The 37-year-old nurse … spoke to reporters for barely three minutes." then her words.
      const told = ctx.masked.slice(ctx.sentences[s].start, ctx.sentences[s].end);
      const spoke = SPOKE_TO.exec(told) ?? SPOKE_TO_OUTLET.exec(told) ?? GAVE_STATEMENT.exec(told);
      const subject = spoke && sentenceSubject(ctx, s, ctx.sentences[s].start + spoke.index);
      const speaker = subject && subject.kind !== 'pronoun' && resolveMention(ctx, subject, s);
      // (A rule of its own: an introduction, more than a guess from the paragraph before.)
      if (speaker && !speaker.org) return { speaker, rule: 'spoke-to', weak: true };
      continue;
    }
    // The last speech verb, unless an earlier one has its speaker right before it ("X said
    // students wanted answers from management": "answers" is a noun there).
    const named = [...verbs].reverse().find((v) => mentionRightBefore(ctx, s, v.start));
    const verb = (named ?? verbs[verbs.length - 1]).start;
    // "The line is the main link, and freight operators say …": the verb's own clause names its
    // subject, or nobody does (the line does not speak).
    const clause = lastClauseStart(ctx.masked, ctx.sentences[s].start, verb);
    // ("…, and said the state would pay": a verb with no subject of its own shares the sentence's.)
    const ownSubject = clause > ctx.sentences[s].start && /\S/.test(ctx.masked.slice(clause, verb));
    // "…, presiding judge Marta Lobato Reis said": the name right before the verb, first.
    const adjacent = mentionRightBefore(ctx, s, verb);
    const subject = adjacent ?? (ownSubject ? ctx.mentions[s].find((m) => m.start >= clause && m.start < verb && isSubjectLike(m)) : sentenceSubject(ctx, s, verb));
    const speaker = subject && resolveMention(ctx, subject, s);
    if (speaker) return { speaker, rule: 'previous-paragraph', weak: true };
  }
  if (lastQuoteAt >= 0) return { speaker: last.attribution!.speaker, rule: 'previous-paragraph', weak: true };
  return introduced(ctx, prev, site);
};

/** The last sentence of paragraph `paragraph` before sentence `before` (-1 if none). */
function lastSentenceIn(ctx: ArticleContext, paragraph: number, before: number): number {
  let s = before - 1;
  while (s >= 0 && ctx.sentences[s].paragraph !== paragraph) s--;
  return s;
}

/**
 * A feature's quote paragraphs with no cue, then "Hanne Overby, 67, a retired schoolteacher, has
 * lived on Aagade since …": the person the paragraph after the quotes introduces (weakly).
 */
export const nextParagraphIntroduction: Rule = (ctx, site) => {
  const para = ctx.sentences[site.sentence].paragraph;
  if (!/^\s*$/.test(ctx.text.slice(ctx.paragraphs[para].start, site.span.open))) return null;
  let next = para + 1;
  // Past the rest of the quote (paragraphs opening with a mark) and what is no story (an advert).
  while (next < ctx.paragraphs.length && next - para <= 4 && (OPENS_QUOTE.test(ctx.paragraphs[next].text) || !STORY.has(ctx.paragraphs[next].kind))) next++;
  if (next >= ctx.paragraphs.length || !STORY.has(ctx.paragraphs[next].kind)) return null;
  let s = site.sentence;
  while (s < ctx.sentences.length && ctx.sentences[s].paragraph < next) s++;
  const first = ctx.mentions[s]?.[0];
  // ("“… I don’t remember jumping,”¶said Shirin Akhtari, 23, …": the attribution set as a paragraph of its own.)
  if (first && first.kind !== 'pronoun' && SAID_FIRST.test(ctx.masked.slice(ctx.sentences[s].start, first.start)) && COMMA_CLOSE.test(ctx.paragraphs[next - 1].text)) {
    const speaker = resolveMention(ctx, first, s);
    if (speaker) return { speaker, rule: 'next-paragraph' };
  }
  if (!first || first.kind !== 'name' || first.org || first.possessive || /\S/.test(ctx.masked.slice(ctx.sentences[s].start, first.start))) return null;
  if (!INTRODUCED_AFTER.test(ctx.masked.slice(first.end, first.end + 40))) return null;
  const speaker = resolveMention(ctx, first, s);
  return speaker && !speaker.org ? { speaker, rule: 'next-paragraph', weak: true } : null;
};
const STORY = new Set(['story', 'caption']);
/** "said ", "added ": a paragraph opening with its verb of saying. */
const SAID_FIRST = /^\s*(?:said|says|added|adds|recalled|recalls|explained|explains)\s+$/;
/** A quote paragraph ending in a comma inside its closing mark: the sentence goes on. */
const COMMA_CLOSE = /,\s*[”"’']\s*$/;
/** ", 67, a retired schoolteacher,", ", a nurse at the clinic,": an age or a description in apposition. */
const INTRODUCED_AFTER = /^,\s*(?:\d{1,3},|(?:an?|the)\s)/;

/**
 * "At a press conference, Detective Inspector Ruth Calloway … set out what officers know." then a
 * quote paragraph: with no speech verb before it, a titled person the paragraph's last sentence is
 * about (weakly). "… She did not see it again until Friday afternoon." then "“They took me to a
 * room …": words in the first person after a paragraph ending on what "she" did are hers (weakly).
 */
function introduced(ctx: ArticleContext, prev: number, site: QuoteSite): Attribution | null {
  const s = lastSentenceIn(ctx, prev, site.sentence);
  if (s < 0) return null;
  const subject = sentenceSubject(ctx, s);
  if (subject?.kind === 'pronoun') {
    if ((subject.pronoun !== 'he' && subject.pronoun !== 'she') || subject.possessive || !FIRST_PERSON.test(ctx.text.slice(site.span.open, site.span.close))) return null;
    const speaker = resolveMention(ctx, subject, s);
    return speaker && !speaker.org && speaker.entity ? { speaker, rule: 'previous-paragraph', weak: true } : null;
  }
  // ("…, stood at her side but did not speak.": whoever else speaks, not this one.)
  const last = ctx.masked.slice(ctx.sentences[s].start, ctx.sentences[s].end);
  if (SILENT.test(last) || NO_COMMENT.test(last)) return null;
  // ("Tom, 61, a retired signalling engineer, was in the third carriage.": introduced by age or description.)
  // ("The presiding judge spent much of the summary on the massacre itself.": a role the cast knows by name.)
  const role = subject?.kind === 'role' && !subject.org;
  if (!role && (subject?.kind !== 'name' || !(subject.titles.length || INTRODUCED_AFTER.test(ctx.masked.slice(subject.end, subject.end + 40))))) return null;
  const speaker = resolveMention(ctx, subject!, s);
  return speaker && !speaker.org && (!role || speaker.entity) ? { speaker, rule: 'previous-paragraph', weak: true } : null;
}

// ("… met the written media late last night.", "faced the cameras", "briefed reporters", "took the microphone".)
const SPOKE_TO = /\b(?:(?:spoke|speaks|talked|talks)\s+(?:briefly\s+)?(?:to|with)|met|meets|addressed|addresses|faced|faces|briefed|briefs)\s+(?:the\s+)?(?:(?:written|waiting|assembled|gathered|travelling|local|national)\s+)?(?:reporters|journalists|press|media|crowd|cameras|waiting|assembled|gathered)\b|\btook\s+(?:to\s+)?the\s+(?:microphone|mic|podium|stage|floor|lectern|stand)\b/i;

/** "Lorna has been speaking to ORB Radio Orrenby.": a named outlet (capitalised, so no /i) heard her. */
const SPOKE_TO_OUTLET = /\b(?:spoke|speaks|talked|talks|(?:has|have|had)\s+been\s+(?:speaking|talking))\s+(?:briefly\s+)?(?:to|with)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s*[.!]?\s*$/;

/** "Rushworth opened with a prepared statement, reading from a sheet of paper": words of his own to come. */
const GAVE_STATEMENT = /\b(?:opened|opens|began|begins|started|starts)\s+with\s+(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|speech|address|remarks)\b/u;

const GOES_ON = /\b(?:begins|began|starts|started|opens|opened|continues|continued|goes\s+on|went\s+on|carries\s+on|carried\s+on)\s*:\s*$/i;
/** "Lundqvist issued this statement:": a person's statement introduced as such. */
const STATEMENT_INTRO = /\b(?:issued|released|put\s+out|published|sent\s+out)\s+(?:this|the\s+following|a|an|his|her|their)\s+(?:\p{L}+\s+)?(?:statement|message|response|reply)\s*:\s*$/iu;

/** Between a name and its verb: spaces, or an age or a description ("Brian Ashworth, 72, a retired postman, said"). */
const NAME_TO_VERB = /^(?:\s+|\s*,\s*(?=\d|(?:an?|the|his|her)\s)(?:\d{1,3},\s*)?(?:(?:an?|the|his|her)\s+[^,;.]{1,50},\s*)?)$/;

/** The name or role of sentence `s` that ends right before `at`, past nothing but spaces (a name past NAME_TO_VERB). */
function mentionRightBefore(ctx: ArticleContext, s: number, at: number): Mention | undefined {
  const m = [...ctx.mentions[s]].reverse().find((x) => x.end <= at);
  return m && m.kind !== 'pronoun' && (m.kind === 'name' ? NAME_TO_VERB : /^\s+$/).test(ctx.masked.slice(m.end, at)) ? m : undefined;
}

/** "Her speech, delivered partly in French, was brief but pointed.": a sentence opening with whose words these are. */
const OWNED_SPEECH = /^\W*(her|his|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b/i;

function speechOwner(ctx: ArticleContext, s: number): Resolved | null {
  const sentence = ctx.sentences[s];
  const m = OWNED_SPEECH.exec(ctx.masked.slice(sentence.start, sentence.end));
  if (!m || !(SPEECH_NOUNS.has(m[2].toLowerCase()) || SPOKEN.has(m[2].toLowerCase()))) return null;
  const at = sentence.start + m.index + m[0].indexOf(m[1]);
  const pronoun = SUBJECT_FORM[m[1].toLowerCase()];
  return resolveMention(ctx, pronounMention(at, m[1], pronoun!, true), s);
}

/** Occasions of speaking, besides SPEECH_NOUNS: "her speech", "his address". */
const SPOKEN = new Set(['speech', 'address', 'tribute', 'eulogy', 'testimony', 'interview']);

/** Where the clause holding `to` starts: after the last ", and", ", but", ", while" or ";" before it. */
function lastClauseStart(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(/(?:,\s+(?:and|but|while|whereas)|;)\s+/g)) at = from + m.index! + m[0].length;
  return at;
}
