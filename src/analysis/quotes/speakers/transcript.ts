// A transcript's answer ("TOBIAS ROOK: … I sat in the car park and I said, “We're not opening the
// gates.”", "TR: …"): words its speaker says they said are the speaker's, the one its label names.
import { findMentions } from '../mentions.ts';
import type { ArticleContext, Resolved } from '../context.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

/** "TOBIAS ROOK: ", "FIRE CHIEF ANNA LIND: ", "TR: ": a label in capitals opening a paragraph. */
const LABEL = /^([\p{Lu}][\p{Lu} .’'-]{0,40}?)\s*:\s/u;
/** "Kettering: ", "Farah Ahmed: " right before a quote's opening mark: a name, one to four capitalised words. */
const NAME_LABEL = /^\s*([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s*:\s*[“"‘']?$/u;
/** "… and I said, ", "I told him: ", "I wrote back, ": the label's speaker reporting their own words. */
const FIRST_PERSON_SPEECH = /\bI\s+(?:\p{Ll}+\s+){0,2}(?:said|say|told|tell|asked|ask|wrote|write|replied|reply|shouted|texted|emailed)\b[^.!?”"’]{0,40}$/u;

export const transcriptAnswer: Rule = (ctx, site) => {
  const para = ctx.paragraphs[ctx.sentences[site.sentence].paragraph];
  // "Kettering: “Hartsmere has been managed for decline …”": a person of the story, then a colon,
  // then the quote, opening the paragraph (a live blog's or a debate report's label).
  const lead = NAME_LABEL.exec(ctx.text.slice(para.start, site.span.open));
  if (lead) {
    const name = findMentions(lead[1], 0, lead[1].length, new Set()).find((m) => m.kind === 'name');
    const r = name && name.start === 0 && name.end === lead[1].length ? resolveMention(ctx, name, site.sentence) : null;
    if (r?.entity && !r.org) return { speaker: r, rule: 'transcript' };
  }
  const label = LABEL.exec(para.text);
  if (!label || !FIRST_PERSON_SPEECH.test(ctx.masked.slice(Math.max(site.from, site.span.open - 60), site.span.open))) return null;
  const speaker = labelled(ctx, label[1].trim());
  return speaker ? { speaker, rule: 'transcript' } : null;
};

/** Whom a label names: a name in capitals ("TOBIAS ROOK"), or a person of the story by initials ("TR"). */
function labelled(ctx: ArticleContext, label: string): Resolved | null {
  const words = label.split(/\s+/);
  if (words.length === 1 && /^\p{Lu}{2,3}$/u.test(label)) {
    const people = ctx.table.entities().filter((e) => e.kind === 'person' && initials(e.name) === label);
    return people.length === 1 ? { name: titleCase(people[0].name), entity: people[0], org: false } : null;
  }
  const cased = titleCase(label);
  const name = findMentions(cased, 0, cased.length, new Set()).find((m) => m.kind === 'name');
  const r = name ? resolveMention(ctx, name, 0) : null;
  return r ? { ...r, name: titleCase(r.name) } : null;
}

/** "TOBIAS ROOK" → "Tobias Rook" (a name only ever written in a label's capitals); other names as they are. */
function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()) : name;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('');
}
