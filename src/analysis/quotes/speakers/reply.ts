// "“They’ll do six laps. Trust it,” came the reply." A reply is the other side of the exchange just
// quoted: the one named after "from", else whoever spoke before the last speaker.
import { resolveMention } from './resolve.ts';
import type { Rule } from './types.ts';

const CAME_THE_REPLY = /^[\s”"’',]*came\s+(?:the|a|his|her|their)\s+(?:\p{Ll}+\s+)?(?:reply|response|answer|retort)\b(\s+from\s+)?/u;

export const cameTheReply: Rule = (ctx, site, state) => {
  const close = site.span.close + 1;
  const cue = CAME_THE_REPLY.exec(ctx.masked.slice(close, close + 60));
  if (!cue) return null;
  if (cue[1]) {
    // "came the reply from his race engineer, Giacomo Ferri": a name in apposition speaks for the role.
    const from = close + cue[0].length;
    const after = site.after.filter((m) => m.start >= from && m.start < from + 80);
    const named = after.find((m) => m.kind === 'name' && !m.org);
    const who = named ?? after[0];
    const speaker = who ? resolveMention(ctx, who, site.sentence) : null;
    return speaker ? { speaker, rule: 'reply' } : null;
  }
  // The last speaker, then the one before them who is someone else.
  const spoken = state.previous.map((p) => p.attribution?.speaker).filter((s) => !!s);
  const last = spoken[spoken.length - 1];
  if (!last) return null;
  for (let i = spoken.length - 2; i >= 0; i--) if (spoken[i]!.name !== last.name) return { speaker: spoken[i]!, rule: 'reply' };
  return null;
};
