// A quoted exchange: "“Did you know …?” the Champion asked him." / "“Of course I knew …,” he
// replied." / "“So why not rent somewhere else?”" / "“Honestly? …”". Once a question with its asker
// and an answer with its answerer are told, quote paragraphs standing alone take turns: a question
// is the asker's, and the paragraph right after a question is the answerer's.
import type { ArticleContext, Resolved } from '../context.ts';
import type { QuoteSite } from './cues.ts';
import type { Rule, SieveState } from './types.ts';

/** "” the Champion asked him", "” she asked": the quote's own asking verb after it. */
const ASKED_AFTER = /^[\s”"’']*[^.!?”"’'\n]{0,40}?\basked\b/;

export const exchange: Rule = (ctx, site, state) => {
  if (!standsAlone(ctx, site)) return null;
  const turns = lastExchange(ctx, state);
  if (!turns) return null;
  if (isQuestion(ctx, site)) return { speaker: turns.asker, rule: 'exchange' };
  const before = state.previous[state.previous.length - 1];
  const prevParagraph = ctx.sentences[site.sentence].paragraph - 1;
  if (before && ctx.sentences[before.site.sentence].paragraph === prevParagraph && standsAlone(ctx, before.site) && isQuestion(ctx, before.site)) return { speaker: turns.answerer, rule: 'exchange' };
  return null;
};

/** The quote is its paragraph, all of it. */
function standsAlone(ctx: ArticleContext, site: QuoteSite): boolean {
  const p = ctx.paragraphs[site.span.paragraph];
  return !/\S/.test(ctx.text.slice(p.start, site.span.open)) && !/[^\s”"’'.]/.test(ctx.text.slice(site.span.end, p.end));
}

function isQuestion(ctx: ArticleContext, site: QuoteSite): boolean {
  return /\?\s*$/.test(ctx.text.slice(site.span.start, site.span.end));
}

/** The last question told with "asked" whose next quote, in the next paragraph, another person answered. */
function lastExchange(ctx: ArticleContext, state: SieveState): { asker: Resolved; answerer: Resolved } | null {
  for (let i = state.previous.length - 2; i >= 0; i--) {
    const q = state.previous[i];
    const a = state.previous[i + 1];
    if (!q.attribution || !a.attribution || q.attribution.weak || a.attribution.weak || !isQuestion(ctx, q.site)) continue;
    if (!ASKED_AFTER.test(ctx.masked.slice(q.site.span.close, q.site.to))) continue;
    if (a.site.span.paragraph !== q.site.span.paragraph + 1 || a.attribution.speaker.name === q.attribution.speaker.name) continue;
    return { asker: q.attribution.speaker, answerer: a.attribution.speaker };
  }
  return null;
}
