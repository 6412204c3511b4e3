// "according to X" / "as per X": X is the speaker when it is a person or body, and a relay when it
// is an outlet (a news organisation or an account), which passes the words on.
import type { ArticleContext } from '../context.ts';
import { OUTLET_HINTS } from '../lexicon.ts';
import type { QuoteSite } from './cues.ts';
import { resolveMention } from './resolve.ts';
import type { Attribution } from './types.ts';

const CUE = /\b(according to|as per|as reported by|citing|quoted by|reported by|via)\s+$/i;

export interface Sourcing {
  attribution: Attribution | null;
  relay?: string;
}

export function accordingTo(ctx: ArticleContext, site: QuoteSite): Sourcing {
  const out: Sourcing = { attribution: null };
  for (const m of [...site.after, ...site.before]) {
    const lead = ctx.masked.slice(Math.max(site.from, m.start - 30), m.start).replace(/\b(the)\s*$/i, '');
    if (!CUE.test(lead)) continue;
    if (m.kind === 'name' && isOutlet(ctx, m.name)) {
      out.relay ??= m.name;
      continue;
    }
    const speaker = resolveMention(ctx, m, site.sentence);
    if (speaker && !out.attribution) out.attribution = { speaker, rule: 'according-to' };
  }
  return out;
}

export function isOutlet(ctx: ArticleContext, name: string): boolean {
  const low = name.toLowerCase();
  if (ctx.outlets.has(low)) return true;
  return low.split(/\s+/).some((w) => OUTLET_HINTS.has(w)) || /^@\w+/.test(name) || /^[A-Z]{2,5}$/.test(name);
}
