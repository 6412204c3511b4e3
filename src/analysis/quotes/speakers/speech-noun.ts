// "amid warnings from X that …“…”", "in a statement by X: “…”".
import { SPEECH_NOUNS } from '../lexicon.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

export const speechNoun: Rule = (ctx, site) => {
  const lead = ctx.masked.slice(site.from, site.span.open);
  const re = /\b([a-z]+)\s+(?:from|by|of)\s+$/i;
  for (let i = site.before.length - 1; i >= 0; i--) {
    const m = site.before[i];
    const ahead = lead.slice(0, m.start - site.from);
    const cue = re.exec(ahead.replace(/\s*(the|a|an)\s*$/i, ' '));
    if (cue && SPEECH_NOUNS.has(cue[1].toLowerCase())) {
      const speaker = resolveMention(ctx, m, site.sentence);
      if (speaker) return { speaker, rule: 'speech-noun' };
    }
  }
  return null;
};
