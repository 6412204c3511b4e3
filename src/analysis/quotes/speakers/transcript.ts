// A transcript's answer ("TOBIAS ROOK: … I sat in the car park and I said, “We're not opening the
// gates.”", "TR: …"): words its speaker says they said are the speaker's, the one its label names.
import { ROLE_NOUNS } from '../lexicon.ts';
import { findMentions, type Mention } from '../mentions.ts';
import type { ArticleContext, Resolved } from '../context.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

/** "TOBIAS ROOK: ", "FIRE CHIEF ANNA LIND: ", "TR: ": a label in capitals opening a paragraph. */
const LABEL = /^([\p{Lu}][\p{Lu} .’'-]{0,40}?)\s*:\s/u;
/** "Kettering: ", "Farah Ahmed: " right before a quote's opening mark: a name, one to four capitalised words. */
const NAME_LABEL = /^\s*([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s*:\s*[“"‘']?$/u;
const QUESTION_LABEL = /^(?:Q|Question)$/;
/** "… and I said, ", "I told him: ", "I wrote back, ": the label's speaker reporting their own words. */
const FIRST_PERSON_SPEECH = /\bI\s+(?:\p{Ll}+\s+){0,2}(?:said|say|told|tell|asked|ask|wrote|write|replied|reply|shouted|texted|emailed)\b[^.!?”"’]{0,40}$/u;

export const transcriptAnswer: Rule = (ctx, site) => {
  const para = ctx.paragraphs[ctx.sentences[site.sentence].paragraph];
  // "Kettering: “Hartsmere has been managed for decline …”": a person of the story, then a colon,
  // then the quote, opening the paragraph or a line of it (a live blog's, a debate report's or a
  // team radio's label).
  const line = Math.max(para.start, ctx.text.lastIndexOf('\n', site.span.open - 1) + 1);
  const lead = NAME_LABEL.exec(ctx.text.slice(line, site.span.open));
  // ("Q: “Nikhil, when did you see 28.Nf6?”": a reporter's question, not the one it names.)
  if (lead && QUESTION_LABEL.test(lead[1])) return { speaker: { name: 'Reporter', org: false }, rule: 'transcript' };
  if (lead) {
    const name = findMentions(lead[1], 0, lead[1].length, new Set()).find((m) => m.kind === 'name');
    const r = name && name.start === 0 && name.end === lead[1].length ? resolveMention(ctx, name, site.sentence) : null;
    if (r?.entity && !r.org) return { speaker: r, rule: 'transcript' };
    const role = roleLabel(ctx, lead[1], line, site.sentence);
    if (role?.entity && !role.org) return { speaker: role, rule: 'transcript' };
  }
  const label = LABEL.exec(para.text);
  if (!label || !FIRST_PERSON_SPEECH.test(ctx.masked.slice(Math.max(site.from, site.span.open - 60), site.span.open))) return null;
  const speaker = labelled(ctx, label[1].trim());
  return speaker ? { speaker, rule: 'transcript' } : null;
};

/** "Engineer: “Stay out.”": a role for a label, the one of the story with that role (the latest named). */
function roleLabel(ctx: ArticleContext, label: string, at: number, sentence: number): Resolved | null {
  const head = label.toLowerCase();
  if (!ROLE_NOUNS.has(head)) return null;
  const role: Mention = { start: at, end: at + label.length, text: `the ${head}`, kind: 'role', name: `the ${head}`, titles: [], org: false, possessive: false, before: '', head, modifiers: [] };
  return resolveMention(ctx, role, sentence);
}

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
