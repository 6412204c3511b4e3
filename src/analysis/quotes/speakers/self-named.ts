// “Hi everyone, it’s Callum. I’m on the ship.”: a voice note, a video or a call that opens by
// naming who speaks.
import type { Entity } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import type { Rule } from './types.ts';

/** "Hi everyone, it's Callum", "This is Maëlle", "My name is Jo Reyes": the opening words, after a greeting. */
const SELF_NAMED =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood\s+(?:morning|afternoon|evening))\b[^.!?]{0,30}?[,.!]\s*)?(?:[Ii]t['’]s|[Tt]his\s+is|I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=[\s,.!]|$)/u;

export const selfNamed: Rule = (ctx, site) => {
  const m = SELF_NAMED.exec(ctx.text.slice(site.span.start, site.span.start + 80));
  const entity = m ? person(ctx, m[1]) : undefined;
  return entity ? { speaker: { name: entity.name, entity, org: false }, rule: 'self-named' } : null;
};

/** A person of the story's cast by name, or by a first name only one of them has ("It's Monday", "I'm Sorry" name nobody). */
function person(ctx: ArticleContext, name: string): Entity | undefined {
  const named = ctx.table.resolveName(name);
  if (named) return named.kind === 'person' ? named : undefined;
  const first = ctx.table.entities().filter((e) => e.kind === 'person' && e.name.startsWith(`${name} `));
  return first.length === 1 ? first[0] : undefined;
}
