// "Warning of “…” with …, the ministry said …": the quote sits in an opening clause and the
// speaker and verb come later in the sentence.
import { verbsIn } from './cues.ts';
import { onlyAdverbsBetween } from './after-verb.ts';
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

export const laterVerb: Rule = (ctx, site) => {
  const verbs = verbsIn(ctx, site.span.close, site.to);
  for (const m of site.after) {
    if (m.possessive) continue;
    const verb = verbs.find((v) => v.start >= m.end && onlyAdverbsBetween(ctx, m.end, v.start));
    if (!verb) continue;
    const speaker = resolveMention(ctx, m, site.sentence);
    if (speaker) return { speaker, rule: 'speech-verb-later' };
  }
  return null;
};
