// "…,” she said. / “…,” said the minister. / “…” Ortiz told a conference call.
import { ADVERBS, adjacent, verbsIn, type QuoteSite } from './cues.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';
import type { ArticleContext } from '../context.ts';

export const afterVerb: Rule = (ctx, site) => {
  const close = site.span.close + 1;
  const verbs = verbsIn(ctx, close, site.to);
  const first = site.after[0];
  // Speaker then verb: the mention right after the quote, then (an adverb and) a speech verb;
  // "“…,” Jane Doe, an analyst at X, said" and "“…,” as she put it" too.
  const lead = first ? ctx.masked.slice(close, first.start) : '';
  if (first && (adjacent(ctx, close, first.start) || /^[\s”"’',]*as\s+$/i.test(lead)) && !first.possessive) {
    const verb = verbs.find((v) => v.start >= first.end) ?? putIt(ctx, first.end, site.to);
    if (verb && (onlyAdverbsBetween(ctx, first.end, verb.start) || appositive(ctx, first.end, verb.start))) {
      const speaker = resolveMention(ctx, first, site.sentence);
      if (speaker) return { speaker, rule: 'speech-verb-after' };
    }
  }
  // Verb then speaker: ", said Ortiz" / ", said the company's spokesman". Not "told X": X is
  // whom the words were told to.
  const verb = verbs[0];
  if (verb && adjacent(ctx, close, verb.start) && !verb.word.endsWith('ing') && !/^(told|tells|tell|asked|asks)$/.test(verb.word)) {
    // "said Jane Doe." / "said Jane Doe, who …": a name or role, then the clause ends; never "says it came".
    const subject = site.after.find((m) => m.start >= verb.end && adjacent(ctx, verb.end, m.start, 1));
    if (subject && subject.kind !== 'pronoun' && /^\s*([,.;:!?)—–-]|$)/.test(ctx.masked.slice(subject.end, subject.end + 3))) {
      const speaker = resolveMention(ctx, subject, site.sentence);
      if (speaker) return { speaker, rule: 'speech-verb-after' };
    }
  }
  // A post or caption signed with a dash: "“…” – Dr Jane Doe on @radio".
  const dash = /^\s*[”"’']?[.,]?\s*[—–-]{1,2}\s*$/;
  if (first && first.kind === 'name' && dash.test(ctx.masked.slice(close, first.start))) {
    const speaker = resolveMention(ctx, first, site.sentence);
    if (speaker) return { speaker, rule: 'dash-signature' };
  }
  return null;
};

/** "as she put it": "put" speaks only in this turn of phrase. */
function putIt(ctx: ArticleContext, from: number, to: number) {
  const m = /^\s+put\s+it\b/.exec(ctx.masked.slice(from, to));
  return m ? { start: from + m[0].indexOf('put'), end: from + m[0].length, word: 'put' } : undefined;
}

/** ", an analyst at Fairmount Research," between a speaker and the verb. */
export function appositive(ctx: ArticleContext, from: number, to: number): boolean {
  const gap = ctx.masked.slice(from, to);
  // Auxiliaries and adverbs may follow the apposition: "X, an engineer who …, had said".
  const tail = '\\s*(?:(?:also|then|had|has|have|later|earlier|previously|once|again)\\s+)*$';
  return new RegExp(`^,[^,;:.!?]{2,100},${tail}`).test(gap) || new RegExp(`^,[^,;:.!?]{2,100},[^,;:.!?]{2,60},${tail}`).test(gap);
}

export function onlyAdverbsBetween(ctx: ArticleContext, from: number, to: number): boolean {
  const words = ctx.masked.slice(from, to).match(/[\p{L}]+/gu) ?? [];
  return !/[,;:.]/.test(ctx.masked.slice(from, to)) && words.length <= 2 && words.every((w) => ADVERBS.has(w.toLowerCase()));
}

export type { QuoteSite };
