// "…,” she said. / “…,” said the minister. / “…” Ortiz told a conference call.
import { ADVERBS, adjacent, verbsIn, type QuoteSite } from './cues.ts';
import { APPOSITION_GAP, ROLE_FOR, resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';
import type { ArticleContext } from '../context.ts';
import { isRoleBySuffix, type Mention } from '../mentions.ts';
import { BODY_NOUNS, BUSINESS_NOUNS, DESCRIBED_NOUNS, FUNCTION_WORDS, PEOPLE_NOUNS, SPEECH_VERBS } from '../lexicon.ts';

/**
 * The quote is named in a relative clause ("in what X called “…”") or is what someone told another
 * to do ("He told her to “stay in your lane,” she said"): whoever else the sentence has speak is
 * not its speaker.
 */
export function saidInClause(ctx: ArticleContext, site: QuoteSite): boolean {
  const before = ctx.masked.slice(Math.max(site.from, site.span.open - 90), site.span.open);
  return WHAT_CALLED.test(before) || TOLD_TO.test(before);
}
/** "He told her to ", "she asked them to ": an order or a request, in the words of the one making it. */
const TOLD_TO = /\b(?:he|she|they|\p{Lu}\p{Ll}+)\s+(?:told|asked|ordered|urged)\s+(?:her|him|me|us|them|\p{Lu}\p{Ll}+)\s+to\s+$/u;
/** "in what X called ", "what the minister described as ": a relative clause naming who chose the words. */
const WHAT_CALLED = /\bwhat\s+[^,;:.!?]{2,70}?\s+(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|dubs)\s+$/u;
/** "T.R. replied ", "she wrote ", "Renwick texted him ": a speaker and a speech verb right before the opening mark. */
const SAID_JUST_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}.'’-]*|\b(?:he|she|they))\s+(?:${[...SPEECH_VERBS].join('|')})(?:\s+(?:him|her|them|me|us))?\s+$`, 'u');
const OBJECT_VERBS = /^(?:accused|accuses|blamed|blames|praised|praises|criticised|criticized|criticises|criticizes|thanked|thanks)$/;
const BODY_WORD_BEFORE = /^[\s”"’'»,]*(?:the\s+)?(\p{Ll}+)\s+$/u;

export const afterVerb: Rule = (ctx, site) => {
  // ("in what Farida Haskell called “a day late”, Kellaway said …": the words are the one's who called them so.)
  if (saidInClause(ctx, site)) return null;
  const close = site.span.close + 1;
  // ("When T.R. replied “lol why,” G.M. wrote back: “…”", "after Renwick texted him “…,” the SMC
  // said": words right after their speaker's verb are that speaker's, whoever tells of the saying.)
  if (SAID_JUST_BEFORE.test(ctx.masked.slice(Math.max(0, site.span.open - 40), site.span.open))) return null;
  const verbs = verbsIn(ctx, close, site.to);
  const first = site.after[0];
  // Speaker then verb: the mention right after the quote, then (an adverb and) a speech verb;
  // "“…,” Jane Doe, an analyst at X, said" and "“…,” as she put it" too.
  const lead = first ? ctx.masked.slice(close, first.start) : '';
  // "“…,” Mr Okoro’s lawyer, Funmi Adeyemi, said": the role the possessive owns is the speaker.
  const owned = first?.possessive && site.after[1]?.kind === 'role' && /^\s*$/.test(ctx.masked.slice(first.end, site.after[1].start)) ? site.after[1] : undefined;
  // "“…,” the agency’s emergency coordinator, Ida Brønnum, said": the name in apposition to what the possessive owns.
  const named = first?.possessive && site.after[1]?.kind === 'name' && OWNED_THEN_NAME.test(ctx.masked.slice(first.end, site.after[1].start)) ? site.after[1] : undefined;
  const head = owned ?? named ?? first;
  // ("“…,” the Rev. Lyle Hadden told the crowd": a titled name may keep its "the".)
  const titledThe = first?.kind === 'name' && first.titles.length > 0 && /^[\s”"’'»,]*the\s+$/i.test(lead);
  // ("“…,” ministry spokesman Lt Gen Arkady Volynets was quoted as saying": a body's word before the title.)
  const bodyWord = first?.kind === 'name' && first.titles.length > 0 && BODY_WORD_BEFORE.exec(lead);
  const ofBody = !!bodyWord && (BODY_NOUNS.has(bodyWord[1]) || BUSINESS_NOUNS.has(bodyWord[1]));
  if (first && head && (adjacent(ctx, close, first.start) || titledThe || ofBody || /^[\s”"’',]*as\s+$/i.test(lead)) && !head.possessive) {
    // ("“…,” Foreign Minister X was quoted by KorTA as saying.": the one quoted, not the agency.)
    if (QUOTED_AS_SAYING.test(ctx.masked.slice(head.end, head.end + 100))) {
      const speaker = resolveMention(ctx, head, site.sentence);
      if (speaker) return { speaker, rule: 'speech-verb-after' };
    }
    const verb = verbs.find((v) => v.start >= head.end) ?? putIt(ctx, head.end, site.to);
    // (After the name in apposition, only the comma that closes the apposition.)
    // ("“…,” Crowe's attorney, Nadia Ferrante of Ferrante Gould LLP, said": whom she is with, too.)
    const closesApposition = head === named && !!verb && APPOSITION_GAP.test(ctx.masked.slice(head.end, verb.start));
    // ("“…,” Dr Lyle Hadden of Renwick Hospital said": whom the person is with, then the verb.)
    const withBody = !!verb && head.kind === 'name' && !head.org && WITH_BODY.test(ctx.masked.slice(head.end, verb.start));
    // ("“…,” a member of the public said", "a resident of the town told reporters": whose one it is.)
    // (Not "the press service of the Ministry said": the body's office speaks for the body, read below.)
    const ofGroup = !!verb && head.kind === 'role' && !head.org && OF_GROUP.test(ctx.masked.slice(head.end, verb.start));
    const reads = !!verb && (closesApposition || withBody || (ofGroup && PEOPLE_NOUNS.has(head.head ?? '')) || onlyAdverbsBetween(ctx, head.end, verb.start) || appositive(ctx, head.end, verb.start));
    if (reads || ofGroup) {
      const speaker = resolveMention(ctx, head, site.sentence);
      // ("“…,” the 54-year-old master of the Corrin Star told": the role's holder, when the story
      // names one; not "the Greek leader of the IOC", whom it does not describe so.)
      if (speaker && (reads || speaker.entity)) return { speaker, rule: 'speech-verb-after' };
    }
  }
  // Verb then speaker: ", said Ortiz" / ", said the company's spokesman". Not "told X": X is
  // whom the words were told to.
  const verb = verbs[0];
  // ("“Is this the end?” asked one protester": after a question, whoever is asked is the one asking.)
  const asking = /^(asked|asks)$/.test(verb?.word ?? '') && /\?\s*[”"’']?\s*$/.test(ctx.text.slice(Math.max(0, close - 3), close + 1));
  // (Nor "accused X": whom one accuses, praises or blames is the object, never the one speaking.)
  if (verb && adjacent(ctx, close, verb.start) && !verb.word.endsWith('ing') && (asking || !/^(told|tells|tell|asked|asks)$/.test(verb.word)) && !OBJECT_VERBS.test(verb.word)) {
    // "said Jane Doe." / "said Jane Doe, who …": a name or role, then the clause ends; never "says it came".
    // "said one resident, Maria Kowalski, 54": a short description, then the name in apposition.
    // "beamed Olympic champion Sara Moe": a place or body and a noun describing the name.
    // "said county archaeologist Dr Priya Lankester": words the name's own titles account for.
    // ("said Tidewater equity analyst Nadia Essop": not the body, whose clause goes on, but the name.)
    const ends = (m: Mention) => CLAUSE_ENDS.test(ctx.masked.slice(m.end, m.end + 16));
    // ("says Atlas meteorologist Hannah Oakes": a profession by its ending describes the name too.)
    const near = (m: Mention) => m.start >= verb.end && (adjacent(ctx, verb.end, m.start, DESCRIBED_NOUNS.has(m.before) || (m.kind === 'name' && isRoleBySuffix(m.before)) || titlesBetween(ctx, verb.end, m) ? 4 : 1) || (m.kind === 'name' && describedBefore(ctx.masked.slice(verb.end, m.start))));
    const subject = site.after.find((m) => near(m) && ends(m)) ?? site.after.find(near);
    if (subject && subject.kind !== 'pronoun' && ends(subject)) {
      const speaker = resolveMention(ctx, subject, site.sentence);
      if (speaker) return { speaker, rule: 'speech-verb-after' };
    }
  }
  // A post or caption signed with a dash: "“…” – Dr Jane Doe on @radio".
  const dash = /^\s*[”"’']?[.,]?\s*[—–-]{1,2}\s*$/;
  if (first && first.kind === 'name' && dash.test(ctx.masked.slice(close, first.start))) {
    // ("‘…’ - City legend Stainsby's bombshell book": the titled name, not the affiliation inside its titles.)
    const titled = site.after[1];
    const signer = titled && titled.kind === 'name' && titled.start <= first.start && titled.end > first.end ? titled : first;
    const speaker = resolveMention(ctx, signer, site.sentence);
    if (speaker) return { speaker, rule: 'dash-signature' };
  }
  return null;
};

/**
 * After the speaker, the clause ends, or says whom they speak for, to whom, or where or how ("said
 * Tom Reyes on Facebook", "said Tara Singh of Northbank", "said a spokesperson for the ministry",
 * "said Pieter Dijkgraaf (port and economy) to this newspaper"), or who they are ("says one supplier
 * who has worked with them for years").
 */
// ("declared the mayor straight away", "said the minister yesterday": then when or how.)
const CLAUSE_ENDS = /^\s*(?:[,.;:!?()—–-]|$|(?:of|for|with|on|in|at|to|from|via|during|after|before|outside|inside|who)\s|(?:yesterday|today|tonight|later|afterwards|again|straight\s+away|\p{Ll}+ly)\b)/u;
/** " emergency coordinator, ": lower-case words of a role, then the comma before its holder's name. */
const OWNED_THEN_NAME = /^\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u;
/** "one resident,", "a neighbour,", "the 19-year-old,": up to four lower-case words and a comma. */
const DESCRIPTION_THEN_COMMA = /^\s+(?:[\p{Ll}\d’'-]+\s+){0,3}[\p{Ll}\d’'-]+,\s*$/u;
/** " Zhenlan’s vice-premier,": a capitalised owner, then lower-case words and a comma. */
const OWNER_THEN_DESCRIPTION = /^\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}[’']s?\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+,\s*$/u;
const describedBefore = (gap: string) => DESCRIPTION_THEN_COMMA.test(gap) || OWNER_THEN_DESCRIPTION.test(gap);

/**
 * Between `from` and a titled name, only its titles and up to three words of who it works for
 * ("county archaeologist Dr Priya Lankester", "Tidewater equity analyst Nadia Essop").
 */
function titlesBetween(ctx: ArticleContext, from: number, m: Mention): boolean {
  if (m.kind !== 'name' || !m.titles.length) return false;
  const words = ctx.masked.slice(from, m.start).toLowerCase().match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  const others = words.filter((w) => !m.titles.includes(w));
  return others.length <= 3 && others.every((w) => !FUNCTION_WORDS.has(w) && !SPEECH_VERBS.has(w));
}

/** " of the public ", " of the Sanhwa delegation ": the group a role's holder is one of. */
const OF_GROUP = /^\s+of\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}\s+$/u;

/** " of Renwick Hospital ": whom a named person is with, between the name and the verb. */
const WITH_BODY = /^\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;:.!?]{1,50}?\s+$/u;

/** "as she put it": "put" speaks only in this turn of phrase. */
function putIt(ctx: ArticleContext, from: number, to: number) {
  const m = /^\s+put\s+it\b/.exec(ctx.masked.slice(from, to));
  return m ? { start: from + m[0].indexOf('put'), end: from + m[0].length, word: 'put' } : undefined;
}

// Auxiliaries and adverbs may follow the apposition ("X, an engineer who …, had said"), and what a
// role is for may come before it ("a lawyer for the company, Priya Shah, said"). Built once: this
// is asked for every candidate speaker.
const AFTER_APPOSITION = String.raw`\s*(?:(?:also|then|had|has|have|later|earlier|previously|once|again)\s+)*$`;
// (Up to 160 characters: "the head of the International Air Transport Association and a former
// British Airways chief executive".)
// ("The Gulf Community (GSEC), the regional bloc, said": a bracketed short name may come first.)
const SHORT_NAME = String.raw`(?:\s*\([^()]{1,40}\))?`;
// (A full stop inside is an abbreviation's, the gap being within one sentence: "who has worked in St. Alban".)
const ONE_APPOSITION = new RegExp(`^${SHORT_NAME}${ROLE_FOR},[^,;:!?]{2,160},${AFTER_APPOSITION}`);
const TWO_APPOSITIONS = new RegExp(`^${SHORT_NAME}${ROLE_FOR},[^,;:!?]{2,160},[^,;:!?]{2,60},${AFTER_APPOSITION}`);
// ("Hugo Stanmore, Chairman, Stainforth & Lisle Europe, who conducted the sale, said": a press release's title, body and clause.)
const THREE_APPOSITIONS = new RegExp(`^${SHORT_NAME}${ROLE_FOR},[^,;:!?]{2,60},[^,;:!?]{2,60},\\s*(?:who|which)\\s[^,;:!?]{2,80},${AFTER_APPOSITION}`);

const QUOTED_AS_SAYING = /^\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:quoted|cited)\b[^.;:]{0,70}?\bas\s+(?:saying|telling)\b/i;

// (" - Calderbrook's Pro-Vice-Chancellor (Education) - ": between dashes, spaced.)
const DASH_APPOSITION = new RegExp(`^\\s+[-–—]\\s[^–—;:!?]{2,160}?\\s[-–—]${AFTER_APPOSITION}`);

/** ", an analyst at Fairmount Research," (or between dashes) between a speaker and the verb. */
export function appositive(ctx: ArticleContext, from: number, to: number): boolean {
  const gap = ctx.masked.slice(from, to);
  return ONE_APPOSITION.test(gap) || TWO_APPOSITIONS.test(gap) || THREE_APPOSITIONS.test(gap) || DASH_APPOSITION.test(gap);
}

/** Only a description between dashes between a speaker and the verb. */
export function dashApposed(ctx: ArticleContext, from: number, to: number): boolean {
  return DASH_APPOSITION.test(ctx.masked.slice(from, to));
}

export function onlyAdverbsBetween(ctx: ArticleContext, from: number, to: number): boolean {
  const words = ctx.masked.slice(from, to).match(/[\p{L}]+/gu) ?? [];
  return !/[,;:.]/.test(ctx.masked.slice(from, to)) && words.length <= 2 && words.every((w) => ADVERBS.has(w.toLowerCase()));
}

export type { QuoteSite };
