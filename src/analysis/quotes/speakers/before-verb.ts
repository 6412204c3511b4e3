// X said, “…” / X told a conference call: “…” / X said Y would “…” / …, adding that “…”.
// The subject of the last speech verb before the quote is the speaker; a participle ("saying",
// "adding") or a verb joined by "and" takes the sentence's subject.
import { describesPeople, isSubjectLike, nameGiven, type ArticleContext } from '../context.ts';
import { pronounMention, type Mention } from '../mentions.ts';
import { SPEECH_VERBS } from '../lexicon.ts';
import { FIRST_PERSON, verbsIn, type QuoteSite } from './cues.ts';
import { appositive, dashApposed } from './after-verb.ts';
import { DOCUMENT, isPluralRole, resolveMention } from './resolve.ts';
import { sentenceSubject } from './subject.ts';
import type { Rule } from './types.ts';

const isPlural = (m: Mention) => m.pronoun === 'they' || isPluralRole(m);
const COORDINATION = /\b(and|but|then|before|after|or)\s*$/i;
const MODAL_BEFORE = /\b(?:would|will|could|should|might|may|must|to)\s+(?:not\s+)?$/i;

export const beforeVerb: Rule = (ctx, site) => {
  const verbs = speechVerbsBefore(ctx, site);
  // "Foreign Minister Anja Korvel, who told the council last week that her country had asked
  // ‘for a corridor’, spoke …": the words are reported by the one the relative clause is about.
  // (Not when the relative clause closes before the quote: "X, who had criticised the cut, said …".)
  if (verbs.length && !CLAUSE_RESUMES.test(ctx.masked.slice(verbs[0].end, site.span.open))) {
    let teller = [...site.before].reverse().find((m) => m.end <= verbs[0].start && m.kind !== 'pronoun' && WHO_TOLD.test(ctx.masked.slice(m.end, verbs[0].start)));
    // ("Tomasz Rutkowski of Vistula Capital, who …", "Abena Osei-Whitlock, chief executive of Stourby
    // Royal Infirmary, who …": the person the body is a complement of.)
    const owner = teller && ['of', 'at', 'from'].includes(teller.before) ? site.before.find((m) => m.kind === 'name' && !m.org && OWNER_GAP.test(ctx.masked.slice(m.end, teller!.start))) : undefined;
    teller = owner ?? teller;
    const speaker = teller && resolveMention(ctx, teller, site.sentence);
    if (speaker) return { speaker, rule: 'speech-verb-before' };
  }
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v];
    const lead = ctx.masked.slice(site.from, verb.start);
    // "Demarmels said the government would tell Swiss Olympic “in writing, tomorrow”": a speech
    // only announced is told in the words of whoever said so.
    if (v > 0 && MODAL_BEFORE.test(lead)) continue;
    // (Whom the clause before made speak comes first: "…, prompting her to say:", "heard him reply:".)
    const subject = madeToSpeak(ctx, site, verb.start) ?? (v > 0 ? toldAside(ctx, site, verbs[v - 1], verb) : undefined) ?? subjectOf(ctx, site, verb, lead);
    if (!subject) continue;
    // ("Garside said … that the judges had now said “what I have said …”": people do not say "I".)
    if (isPlural(subject) && FIRST_PERSON.test(ctx.text.slice(site.span.open, site.span.close))) continue;
    const speaker = resolveMention(ctx, subject, site.sentence);
    if (speaker) return { speaker, rule: verb.word.endsWith('ing') ? 'speech-participle' : 'speech-verb-before' };
  }
  return null;
};

/**
 * "The Clarion had produced no evidence, he said, adding that …": a participle right after an aside
 * ("he said,") is the aside's speaker's, not the subject of the sentence the aside interrupts.
 */
function toldAside(ctx: ArticleContext, site: QuoteSite, aside: { word: string; start: number; end: number }, verb: { word: string; start: number }): Mention | undefined {
  if (!verb.word.endsWith('ing') || aside.word.endsWith('ing') || !/^\s*,\s*$/.test(ctx.masked.slice(aside.end, verb.start))) return undefined;
  const m = [...site.before].reverse().find((x) => x.end <= aside.start);
  return m && /^\s+$/.test(ctx.masked.slice(m.end, aside.start)) && /,\s*$/.test(ctx.masked.slice(Math.max(site.from, m.start - 3), m.start)) ? m : undefined;
}

/** The subject of a speech verb before the quote, by the verb's form (see beforeVerb). */
function subjectOf(ctx: ArticleContext, site: QuoteSite, verb: { word: string; start: number; end: number }, lead: string): Mention | undefined {
  // ("Dr. Petrosyan, he added, would take over “…”": whoever speaks in the parenthesis, someone
  // before the sentence, not the subject it interrupts.)
  if (ASIDE_BEFORE.test(lead) && /^\s*,/.test(ctx.masked.slice(verb.end, verb.end + 3))) {
    const aside = [...site.before].reverse().find((m) => m.end <= verb.start);
    if (aside?.kind === 'pronoun') return pronounMention(site.from, aside.text, aside.pronoun!, false);
  }
  if (!verb.word.endsWith('ing') && PASSIVE_BEFORE.test(lead)) {
    // "was accused by a senator of handing “…”": the agent speaks; with none named, nobody here does.
    return site.before.find((m) => m.start >= verb.end && m.before === 'by' && /^\s+by\s+(?:an?\s+|the\s+)?$/i.test(ctx.masked.slice(verb.end, m.start)));
  }
  // ("a producer whom she did not name responded … by telling her:": the one who responded.)
  const by = verb.word.endsWith('ing') ? BY_BEFORE.exec(lead) : null;
  if (by) return nearestSubjectBefore(ctx, site, site.from + by.index);
  if (verb.word.endsWith('ing') || COORDINATION.test(lead.trimEnd().replace(/\s+(also|then|later)$/i, ''))) {
    const participle = verb.word.endsWith('ing');
    return quotedPassive(ctx, site, verb.start) ?? quotedAs(ctx, site, verb.start) ?? participleSubject(ctx, site, verb.start) ?? (participle ? subordinateSubject(ctx, site, verb.start) : undefined) ?? sentenceSubject(ctx, site.sentence, verb.start);
  }
  return nearestSubjectBefore(ctx, site, verb.start);
}

const BY_BEFORE = /\bby\s+$/i;
const ASIDE_BEFORE = /,\s*(?:he|she|they)\s+$/i;
/**
 * A determiner and one lower-case noun right before the verb: "the opposition accused". (Not a
 * preposition's object: "one dealer in the room called", "an official close to the panel suggested".)
 */
const BARE_SUBJECT = /(?<!\b(?:in|on|at|to|of|from|with|by|for|near|inside|outside|about|over|under|into|across|behind|within|among)\s+)\b(?:the|a|an|its|their|his|her)\s+\p{Ll}[\p{L}-]*\s+$/u;
/** " of ", ", chief executive of the ": between a person and the body whose the person is. */
const OWNER_GAP = /^(?:\s*,\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,4})?\s*(?:of|at|from)\s+(?:the\s+)?$/iu;
const WHO_TOLD = /^\s*,\s+who\s+(?:had\s+|has\s+|then\s+)?$/i;
const CLAUSE_RESUMES = /,\s+(?:[\p{L}-]+\s+){0,2}?(?:said|says|told|tells|added|adds|wrote|writes|warned|argued|insisted)\b/iu;
const INTRO_CLAUSE = /^\s*(after|when|while|as|before|since|although|though|once|because|if|following)\b[^,]*,/i;
const AS_PUT_IT = /^\s*as\s+[^,]*\bput\s+it\b[^,]*,/i;
const DETERMINER_BEFORE = /(\b(the|a|an|his|her|its|their|our|my|your)|[’']s)\s+$/i;
const NOUN_BEFORE = /(\b(the|a|an|his|her|its|their|this|that|latest|new|first|recent)|[’']s)\s+$/i;
/** "will not be admitted", "was told", "had been warned": a passive, whose subject is spoken to or of, not speaking. */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were|am)\s+(?:(?:not|never|also|then|later|\p{L}+ly)\s+)?$/iu;

/**
 * Speech verbs before the quote in its sentence, leaving out those of an introductory clause
 * ("After X responded …, Y said …") and -ing forms used as nouns ("the mayor’s latest warning").
 */
export function speechVerbsBefore(ctx: ArticleContext, site: QuoteSite) {
  const lead = ctx.masked.slice(site.from, site.span.open);
  // ("As one archaeologist put it at the unveiling, it was ‘…’": that clause says who speaks.)
  const intro = AS_PUT_IT.test(lead) ? null : INTRO_CLAUSE.exec(lead);
  const mainFrom = intro && site.from + intro[0].length < site.span.open ? site.from + intro[0].length : site.from;
  return verbsIn(ctx, mainFrom, site.span.open).filter((v) => {
    const lead = ctx.masked.slice(Math.max(site.from, v.start - 25), v.start);
    // "the threatened strike", "the mayor’s latest warning": adjectives and nouns, not verbs.
    // (Not "heard her tell him": an object pronoun made to speak, no determiner.)
    return !((DETERMINER_BEFORE.test(lead) && !MADE_TO_SPEAK.test(lead)) || (v.word.endsWith('ing') && NOUN_BEFORE.test(lead)));
  });
}

/** A title as written before a name ("Minister of State"), not a description ("the family"). */
const TITLE_CASE = /^(?!(?:The|A|An|Its|His|Her|Their)\s)\p{Lu}/u;
const QUOTING = 'quoted|quotes|quoting|cited|cites|citing';
const QUOTED_PRONOUN = new RegExp(`\\b(?:${QUOTING})\\s+(him|her|them)\\s+as\\s+$`, 'i');
const QUOTED_BEFORE = new RegExp(`\\b(?:${QUOTING})\\s+$`, 'i');
const OBJECT_PRONOUNS: Record<string, 'he' | 'she' | 'they'> = { him: 'he', her: 'she', them: 'they' };

/** "state media quoted Ostrovan Kell as saying": the one quoted, not the outlet quoting. */
function quotedAs(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  // ("quoted her as saying": an object pronoun, which mentions leave out.)
  const object = QUOTED_PRONOUN.exec(ctx.masked.slice(site.from, verbStart));
  if (object) {
    const at = site.from + object.index + object[0].indexOf(object[1]);
    return pronounMention(at, object[1], OBJECT_PRONOUNS[object[1].toLowerCase()], false);
  }
  const m = [...site.before].reverse().find((x) => x.end <= verbStart);
  if (!m || (m.possessive && m.kind !== 'pronoun') || !/^\s+as\s+$/i.test(ctx.masked.slice(m.end, verbStart))) return undefined;
  return QUOTED_BEFORE.test(ctx.masked.slice(site.from, m.start)) ? m : undefined;
}

/** "…, prompting her to say:", "and then heard him reply:", "leading Pennock to say": the one made to speak. */
function madeToSpeak(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  const object = MADE_TO_SPEAK.exec(ctx.masked.slice(Math.max(site.from, verbStart - 40), verbStart));
  if (!object) return undefined;
  if (object[1]) return pronounMention(verbStart - object[0].length + object[0].indexOf(object[1]), object[1], OBJECT_PRONOUNS[object[1].toLowerCase()], false);
  const m = [...site.before].reverse().find((x) => x.end <= verbStart);
  return m && m.kind === 'name' && /^\s+(?:to\s+)?$/.test(ctx.masked.slice(m.end, verbStart)) && MADE_TO_SPEAK.test(ctx.masked.slice(Math.max(site.from, m.start - 30), m.start)) ? m : undefined;
}
const MADE_TO_SPEAK = /\b(?:prompting|prompted|causing|caused|leading|led|forcing|forced|heard|hear|hearing|making|made|urging|urged|inviting|invited)\s+(?:(him|her|them)\s+)?(?:to\s+)?$/i;

/** "X was quoted by the state news agency as saying": the one quoted, the passive's subject, not the agency. */
function quotedPassive(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  const lead = ctx.masked.slice(site.from, verbStart);
  const passive = PASSIVE_QUOTED.exec(lead);
  return passive ? nearestSubjectBefore(ctx, site, site.from + passive.index) : undefined;
}
const PASSIVE_QUOTED = new RegExp(`\\b(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:${QUOTING})\\b[^.;:]{0,80}?\\bas\\s+$`, 'i');

/** "with X saying": an absolute clause names its own subject right before the participle. */
function participleSubject(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  const m = [...site.before].reverse().find((x) => x.end <= verbStart);
  if (!m || !/^\s+$/.test(ctx.masked.slice(m.end, verbStart)) || m.possessive) return undefined;
  const lead = ctx.masked.slice(site.from, m.start).trimEnd();
  // ("…, the judge observing that she was “…”": a clause of its own after a comma, with its own subject.)
  return /\bwith$/i.test(lead) || (lead.endsWith(',') && m.kind !== 'pronoun') ? m : undefined;
}

/**
 * "The committee split 6-6 before its chair, Ruth Ellery, cast the deciding vote, calling it “…”":
 * a participle after a clause of its own (opened by "before", "after", "when" …, not at the
 * sentence's start) speaks with that clause's subject.
 */
function subordinateSubject(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  // (Not when another clause with its own subject stands between the participle and the quote.)
  if (/\b(?:before|after|when|while|until|because|since)\s+(?:the\s+)?\p{Lu}/u.test(ctx.masked.slice(verbStart, site.span.open))) return undefined;
  const from = ctx.sentences[site.sentence].start;
  const lead = ctx.masked.slice(from, verbStart);
  let at = -1;
  for (const m of lead.matchAll(SUBORDINATOR)) if (m.index! > 0) at = from + m.index! + m[0].length;
  if (at < 0) return undefined;
  const first = site.before.find((m) => m.start >= at && m.end <= verbStart);
  return first && first.kind !== 'pronoun' && /^\s*(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i.test(ctx.masked.slice(at, first.start)) ? first : undefined;
}

const SUBORDINATOR = /\b(?:before|after|when|while|until|because|since)\s+/gi;

/** ", who co-founded the company,", ", who traveled from Bristol, England, for the hearing,": a place's region may stand inside. */
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom|where)\b(?:[^,]|,\s*\p{Lu}[\p{L}.’'-]*(?=,))*,/giu;

/** ", 39, from " or ", from ": an apposition telling where the person before it is from. */
const ORIGIN = /,\s*(?:(?:aged\s+)?\d{1,3},\s*)?from\s+$/;

/**
 * The subject nearest before the verb, passing over relative clauses (", who co-founded the
 * company,") and objects of other verbs ("recalled the envoy").
 */
const NOT_AUTHOR_BY = /\b(?:seen|obtained|reviewed|viewed|commissioned|requested|shared)\s+by\s+(?:the\s+)?$/i;

function nearestSubjectBefore(ctx: ArticleContext, site: QuoteSite, verbStart: number): Mention | undefined {
  // ("A listener who called in from Abrimaso, who gave her name only as Maame Efua, said": the name she gave.)
  const given = site.before.find((m) => m.end <= verbStart && nameGiven(ctx.masked, m));
  if (given) return given;
  // "Dr Jane Doe, Medical Director of the General Hospital, Alton, said": the name before the appositions.
  const subject = sentenceSubject(ctx, site.sentence, verbStart);
  if (subject && appositive(ctx, subject.end, verbStart)) return subject;
  const lead = ctx.masked.slice(site.from, verbStart);
  const skipped: [number, number][] = [];
  for (const r of lead.matchAll(RELATIVE_CLAUSE)) skipped.push([site.from + r.index!, site.from + r.index! + r[0].length]);
  const candidates = site.before.filter((m) => m.end <= verbStart && !skipped.some(([a, b]) => m.start >= a && m.end <= b));
  // ("as the opposition accused the government of leaving families “…”": a subject no mention
  // reads, right before the verb, is still the subject; nobody named further back speaks.)
  const bare = BARE_SUBJECT.exec(lead);
  if (bare && !candidates.some((m) => m.end > site.from + bare.index)) return undefined;
  // ("in which Prof. Renjie Qiao - the university's Pro-Vice-Chancellor (Education) - asked": the name before the dashes.)
  const dashed = candidates.find((m) => m.kind === 'name' && isSubjectLike(m) && dashApposed(ctx, m.end, verbStart));
  if (dashed) return dashed;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const m = candidates[i];
    if (/^[a-z-]+ed$/.test(m.before) && !SPEECH_VERBS.has(m.before)) continue;
    // ("a producer whom she did not name responded": the subject of a relative clause, not of the verb.)
    if (m.before === 'whom') continue;
    // "Minister of State for Foreign Affairs Dr. Nabil Al-Khatani said": the title's portfolio runs into the name.
    const prev = candidates[i - 1];
    if (m.kind === 'name' && m.titles.length && prev?.kind === 'role' && TITLE_CASE.test(prev.text) && /^\s+(?:for|of)\s+$/i.test(ctx.masked.slice(prev.end, m.start)) && isSubjectLike(prev)) return m;
    // ("Sharon Tully, 39, from Kelbrook Fields, said": where she is from is no speaker.)
    if (m.before === 'from' && ORIGIN.test(ctx.masked.slice(Math.max(0, m.start - 16), m.start))) continue;
    // ("Health officials describe it as …": the officials speak, whom no name here names.)
    if (describesPeople(ctx.masked, m)) return undefined;
    // ("A report commissioned by the city and seen by this agency found": who ordered or read it did not write it.)
    if (m.before === 'by' && NOT_AUTHOR_BY.test(ctx.masked.slice(Math.max(0, m.start - 30), m.start))) continue;
    if (isSubjectLike(m) || m.before === 'by' || m.before === 'from') return m;
    // "Park’s letter said": a document speaks for whose it is.
    if (m.possessive && m.kind === 'name' && DOCUMENT.test(/^\s+([\p{L}-]+)\s+$/u.exec(ctx.masked.slice(m.end, verbStart))?.[1]?.toLowerCase() ?? '')) return m;
  }
  return undefined;
}
