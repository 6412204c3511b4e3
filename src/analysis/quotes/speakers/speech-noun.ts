// "amid warnings from X that …“…”", "in a statement by X: “…”", "X’s latest warning that …“…”",
// "X’s message was simple: “…”".
import { SPEECH_NOUNS } from '../lexicon.ts';
import { speechVerbsBefore } from './before-verb.ts';
import { SUBJECT_FORM, pronounMention } from '../mentions.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

const OF_FORM = /\b([a-z]+)\s+(?:from|by)\s+$/i;
// "X’s message was simple:", "X’s reaction?", "X’s reply – “…”", "X’s follow-up, that …": the noun,
// then perhaps "was" and a word, then the quote's cue.
// ("Ebright's own answer is the most useful line in the document:": up to seven words after "is".)
const POSSESSIVE_FORM = /^[’']?s?\s+(?:[a-z-]+\s+){0,2}?([a-z]+(?:-[a-z]+)?)\s*(?:(?:was|is|had been|has been)\s+(?:[a-z-]+\s*){0,7})?(?:,?\s*that\b|:|\?|[–—]\s*$)/i;

export const speechNoun: Rule = (ctx, site) => {
  const lead = ctx.masked.slice(site.from, site.span.open);
  // The cue must be the last thing introducing the quote: no speech verb after it.
  const verbs = speechVerbsBefore(ctx, site);
  const lastVerb = verbs.length ? verbs[verbs.length - 1].start : -1;
  for (let i = site.before.length - 1; i >= 0; i--) {
    const m = site.before[i];
    if (m.start < lastVerb) break;
    const ahead = lead.slice(0, m.start - site.from).replace(/\s*(the|a|an)\s*$/i, ' ');
    const of = OF_FORM.exec(ahead);
    const poss = m.possessive ? POSSESSIVE_FORM.exec(ctx.masked.slice(m.end, site.span.open)) : null;
    const noun = of?.[1] ?? poss?.[1];
    if (noun && SPEECH_NOUNS.has(noun.toLowerCase())) {
      const speaker = resolveMention(ctx, m, site.sentence);
      if (speaker) return { speaker, rule: 'speech-noun' };
    }
  }
  // ("In July, she said, Deverill sent Marsh a text message reading: “…”": the message's sender, not
  // the one relaying that it was sent.)
  const sent = SENT_DOCUMENT.exec(lead);
  if (sent) {
    const at = site.from + sent.index;
    const sender = [...site.before].reverse().find((m) => m.end <= at);
    if (sender && sender.kind !== 'pronoun' && !sender.possessive && /^\s+(?:had\s+|then\s+|later\s+)?$/.test(ctx.masked.slice(sender.end, at))) {
      const speaker = resolveMention(ctx, sender, site.sentence);
      if (speaker) return { speaker, rule: 'speech-noun' };
    }
  }
  // ("His remark that Moss … is “going to go down”": whose remark, by a possessive pronoun, which
  // mentions leave out.)
  let owned: RegExpExecArray | null = null;
  for (const m of lead.matchAll(PRONOUN_FORM)) if (SPEECH_NOUNS.has(m[2].toLowerCase()) && site.from + m.index! > lastVerb) owned = m;
  // ("His Facebook post on Monday night, written after …, ended:": whose document, then its verb and
  // the colon; not "In his statement, Mr Ó Briain said:", where someone named speaks.)
  const doc = owned ? null : OWNED_DOCUMENT.exec(lead);
  if (doc && !site.before.some((m) => m.kind !== 'pronoun' && m.start > site.from + doc.index + doc[0].indexOf(doc[2]))) owned = doc;
  if (!owned || site.before.some((m) => m.start > site.from + owned!.index! && m.possessive)) return null;
  const at = site.from + owned.index! + owned[0].indexOf(owned[1]);
  const speaker = resolveMention(ctx, pronounMention(at, owned[1], SUBJECT_FORM[owned[1].toLowerCase()], true), site.sentence);
  return speaker ? { speaker, rule: 'speech-noun' } : null;
};

/** "sent Marsh a text message reading:", "left a note that read:": a document sent, then its words. */
const SENT_DOCUMENT = /\b(?:sent|wrote|left|texted|emailed|posted|messaged)\b[^.;:“”"]{0,60}?\b(?:text(?:\s+message)?|message|letter|note|e-?mail|card|voicemail)\s+(?:reading|(?:that|which)\s+read|saying)\s*:?\s*$/i;

/** "His Facebook post …, ended:", "Her statement said:": a document a possessive pronoun owns, then what it says. */
const OWNED_DOCUMENT = /\b(his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|letter|message|e-?mail|note|tweet)\b([^.;:“”"]{0,90}?)\b(?:said|read|reads|ended|began|concluded|stated)\s*:\s*$/i;

/** "His remark that", "her message was simple:", "their warning:": a possessive pronoun's speech noun, then the quote's cue. */
const PRONOUN_FORM = /\b(his|her|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s*(?:(?:was|is)\s+(?:[a-z-]+\s*){0,4})?(?:,?\s*that\b|:)/gi;
