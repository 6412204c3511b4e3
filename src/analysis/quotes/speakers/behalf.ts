// Words read out for someone: "His attorney read a short statement on his behalf: “…”", "Kimmer’s
// lawyer read an apology on his behalf. “I am sorry,” it began." The reader only carries them; they
// are the words of the one they were read for.
import type { ArticleContext, Resolved } from '../context.ts';
import { SUBJECT_FORM, pronounMention } from '../mentions.ts';
import type { QuoteSite } from './cues.ts';
import { resolveMention } from './resolve.ts';

const READ_FOR = /\bread\b[^.!?“”"]{0,80}?\b(?:on\s+(?:(his|her|their)\s+behalf|behalf\s+of\s+)|(?:statement|letter|apology|message|words)\s+(?:from|by|of)\s+)/i;

/** Whom the words were read for, when the quote's sentence or the one before in its paragraph says they were read for someone. */
export function readOnBehalf(ctx: ArticleContext, site: QuoteSite): Resolved | null {
  const paragraph = ctx.sentences[site.sentence].paragraph;
  // ("… read a statement on behalf of her husband Tom …. It said in full:" ending the paragraph
  // before: the statement is the next paragraphs.)
  const prev = ctx.sentences[site.sentence - 1];
  const introduced = !!prev && prev.paragraph !== paragraph && ctx.masked.slice(prev.start, prev.end).trimEnd().endsWith(':');
  // The sentence read and the one before it in its paragraph.
  const home = introduced ? site.sentence - 1 : site.sentence;
  for (const s of [home, home - 1]) {
    if (s < 0 || ctx.sentences[s].paragraph !== ctx.sentences[home].paragraph) continue;
    const from = ctx.sentences[s].start;
    const m = READ_FOR.exec(ctx.masked.slice(from, ctx.sentences[s].end));
    if (!m) continue;
    const at = from + m.index + m[0].length;
    if (m[1]) {
      // "Kimmer’s lawyer read …": the reader's client; "His attorney, …, read …": whom the sentence
      // before is about (not the reader, whom "his" cannot be).
      const client = ctx.mentions[s].find((c) => c.possessive && c.kind === 'name' && c.start < from + m.index);
      if (client) return resolveMention(ctx, client, s);
      return resolveMention(ctx, pronounMention(from, m[1], SUBJECT_FORM[m[1].toLowerCase()], true), s);
    }
    // ("a statement from Mateo’s mother, Ingrid Lindqvist, who …": past the owner, to the name.)
    const named = ctx.mentions[s].find((c) => c.start >= at && !c.possessive && (c.kind !== 'role' || c.start <= at + 4));
    return named ? resolveMention(ctx, named, s) : null;
  }
  return null;
}
