// "according to X" / "as per X": X is the speaker when it is a person or body, and a relay when it
// is an outlet (a news organisation or an account), which passes the words on.
import type { ArticleContext } from '../context.ts';
import { OUTLET_HINTS } from '../lexicon.ts';
import type { QuoteSite } from './cues.ts';
import { resolveMention } from './resolve.ts';
import type { Attribution } from './types.ts';

// ("was, in the phrase of one exasperated reviewer, “…”": whose phrase it is.)
const CUE = /\b(according to|as per|as reported by|citing|quoted by|reported by|via|in\s+the\s+(?:words|phrase)\s+of)\s+$/i;
const QUOTED_BY = /\b(?:was|were|is|are|been)\s+quoted\s+by\s+$/i;
const IN_WORDS_OF = /\bin\s+the\s+(?:words|phrase)\s+of\s+$/i;
const FRONTED = /^\W*according\s+to\s+(?:the\s+)?$/i;
const TRAILING = /^[\s”"’'»,]*according\s+to\s+(?:the\s+)?$/i;

export interface Sourcing {
  attribution: Attribution | null;
  relay?: string;
  /** "According to the State Protection Office, X passed documents “on at least six occasions”": the source opens the sentence, which is all its account. */
  fronted?: boolean;
  /** "the department was “running on adrenaline,” according to Haugland", "in the words of X, “…”": the source right beside the quote, whose words they are. */
  trailing?: boolean;
}

export function accordingTo(ctx: ArticleContext, site: QuoteSite): Sourcing {
  const out: Sourcing = { attribution: null };
  for (const m of [...site.after, ...site.before]) {
    const lead = ctx.masked.slice(Math.max(site.from, m.start - 30), m.start).replace(/\b(the)\s*$/i, '');
    if (!CUE.test(lead)) continue;
    // ("X was quoted by KorTA as saying": the agency passes X's words on.)
    if ((m.kind === 'name' && isOutlet(ctx, m.name)) || QUOTED_BY.test(lead)) {
      out.relay ??= m.name;
      continue;
    }
    const speaker = resolveMention(ctx, m, site.sentence);
    if (speaker && !out.attribution) {
      out.attribution = { speaker, rule: 'according-to' };
      out.fronted = FRONTED.test(ctx.masked.slice(ctx.sentences[site.sentence].start, m.start));
      // ("in the phrase of one exasperated reviewer, “…”": the phrase right after is the source's own.)
      out.trailing = (m.start > site.span.close && TRAILING.test(ctx.masked.slice(site.span.close + 1, m.start))) || (IN_WORDS_OF.test(lead) && /^\W{0,3}$/.test(ctx.masked.slice(m.end, site.span.open)));
    }
  }
  return out;
}

export function isOutlet(ctx: ArticleContext, name: string): boolean {
  const low = name.toLowerCase();
  if (ctx.outlets.has(low)) return true;
  if (low.split(/\s+/).some((w) => OUTLET_HINTS.has(w)) || /^@\w+/.test(name)) return true;
  // "AFP", "AP": letters alone are an agency's, unless the story spells them out as another body's
  // ("the State Protection Office (SPO)").
  if (!/^[A-Z]{2,5}$/.test(name)) return false;
  const body = ctx.table.resolveName(name, true);
  return !body || body.name === name || isOutlet(ctx, body.name);
}
