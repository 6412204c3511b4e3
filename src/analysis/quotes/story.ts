// Across the story's articles: clusters of the same utterance, speakers inferred from other
// articles for quotes printed without one, and the same words credited to different speakers.
import { memoByText } from '../memo.ts';
import type { ArticleAnalysis, Entity, Quote, QuoteCluster } from '../types.ts';
import { clusterQuotes } from './clusters.ts';
import { foreign, translates } from './glosses.ts';
import { continues } from './interrupted.ts';

export function linkQuotes(articles: ArticleAnalysis[], entities: Entity[] = []): QuoteCluster[] {
  const quotes = articles.flatMap((a) => a.quotes);
  const groups = clusterQuotes(quotes, articles.flatMap(oneUtterance));
  const clusters: QuoteCluster[] = [];
  const people = new Map(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e]));
  for (const [id, members] of groups) {
    nameTheUnnamed(members, people);
    inferSpeakers(members);
    const strong = members.filter((q) => q.speaker && !q.inferredFrom && !q.rules.includes('weak'));
    const speakers = countBy(strong.map((q) => q.speaker!));
    const speaker = speakers[0]?.[0] ?? members.find((q) => q.speaker)?.speaker ?? null;
    clusters.push({
      id,
      canonical: canonicalWording(members),
      speaker,
      conflictingSpeakers: speakers.slice(1).map(([s]) => s),
      quoteIds: members.map((q) => q.id),
      files: [...new Set(members.map((q) => q.file))],
    });
  }
  // A quotation over several paragraphs whose first piece took its speaker from another article:
  // the pieces after it, which no other article carries, are the same speaker's.
  for (const a of articles) carryOnPieces(a);
  for (const a of articles) headlineEchoes(a);
  return clusters;
}

function carryOnPieces(a: ArticleAnalysis): void {
  const text = a.article.text;
  for (let i = 1; i < a.quotes.length; i++) {
    const [before, q] = [a.quotes[i - 1], a.quotes[i]];
    if (q.speaker || !before.speaker || !before.inferredFrom || q.paragraph !== before.paragraph + 1) continue;
    // The piece before runs to its paragraph's end with no closing mark; this one opens its paragraph.
    const lineEnd = text.indexOf('\n', before.end);
    const open = /^\s*$/.test(text.slice(before.end, lineEnd < 0 ? text.length : lineEnd));
    const opens = /(?:^|\n)\s*[“"‘']$/.test(text.slice(Math.max(0, q.start - 3), q.start));
    if (!open || !opens) continue;
    q.speaker = before.speaker;
    q.inferredFrom = before.inferredFrom;
    q.rules = [...q.rules, 'continued-quote'];
    q.trace = [...(q.trace ?? []), `continued-quote → ${before.speaker}`];
  }
}

/**
 * "‘Our holiday is ruined’: Fury as …" over a body that quotes the same words with their speaker:
 * the headline's words are that speaker's.
 */
function headlineEchoes(a: ArticleAnalysis): void {
  for (const q of a.quotes) {
    if (q.speaker || !q.minor) continue;
    const words = plainWords(q.text);
    if (words.split(' ').length < 2) continue;
    const echo = a.quotes.find((b) => b !== q && b.speaker && !b.minor && ` ${plainWords(b.text)} `.includes(` ${words} `));
    if (!echo) continue;
    q.speaker = echo.speaker;
    q.rules = [...q.rules, 'headline-echo'];
    q.trace = [...(q.trace ?? []), `headline-echo → ${echo.speaker} (the same words in the article's body)`];
  }
}

/** Lower-case words only ("We’ll rebuild," → "we ll rebuild"). */
const plainWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Quotes an article itself gives as one utterance, each with the quote just before it: a
 * translation beside its original, and the pieces of a quotation its attribution interrupts.
 */
function oneUtterance(a: ArticleAnalysis): [Quote, Quote][] {
  const out: [Quote, Quote][] = [];
  for (let i = 1; i < a.quotes.length; i++) {
    const [before, q] = [a.quotes[i - 1], a.quotes[i]];
    if (translates(a, before, q) || continues(a, before, q)) out.push([before, q]);
  }
  return out;
}

/**
 * "One Orsund skipper told local reporters: “It’s our whole season gone.”" when another article
 * gives the same words to skipper Jimmy Bain: the unnamed speaker is the named one whose role it
 * names, when exactly one of the cluster's named speakers has that role.
 */
function nameTheUnnamed(members: Quote[], people: Map<string, Entity>): void {
  const named = [...new Set(members.map((q) => q.speaker).filter((s): s is string => !!s && people.has(s)))];
  if (!named.length) return;
  for (const q of members) {
    if (!q.speaker || people.has(q.speaker)) continue;
    const head = /(\p{L}+)$/u.exec(q.speaker)?.[1].toLowerCase();
    if (!head || /^\p{Lu}/u.test(q.speaker.slice(q.speaker.length - head.length))) continue; // a name, not a role
    const holders = named.filter((n) => people.get(n)!.roles.includes(head));
    // ("A metal detectorist … said he “nearly fell over”" beside Dennis Fairlow's own words: the one
    // person named for them, when none has the role; not a body's voice, a family or a group.)
    // (Not a name only guessed from the previous paragraph: it is no better than the role.)
    const only = !holders.length && named.length === 1 && LONE_ROLE.test(q.speaker) && !VOICE_OF_OTHERS.test(head) && members.some((m) => m.speaker === named[0] && !m.rules.includes('previous-paragraph'));
    if (holders.length !== 1 && !only) continue;
    const who = only ? named[0] : holders[0];
    q.speaker = who;
    q.rules = [...q.rules, 'unnamed-is-named'];
    q.trace = [...(q.trace ?? []), `unnamed-is-named → ${who} (the same words, and ${only ? 'the one person named for them' : `the role "${head}"`})`];
  }
}

/** A role in words of its own, capitalised only at its start ("Metal detectorist", not "Calder Bank spokesperson"). */
const LONE_ROLE = /^\p{Lu}\P{Lu}*$/u;
/** Who speaks for others (a body, a family, a country), and groups. */
const VOICE_OF_OTHERS = /^(?:spokes(?:person|man|woman)|family|representative|delegate|envoy|\p{L}*[^\P{L}s]s)$/u;

/** A quote with no speaker, or only a weak one, takes the speaker the cluster's other articles give. */
function inferSpeakers(members: Quote[]): void {
  // (Not words quoted inside another quote: "When we write ‘even a single skier can trigger large
  // avalanches’, we mean that," the forecaster said of her service's bulletin.)
  const strong = members.filter((q) => q.speaker && !q.rules.includes('weak') && !q.rules.includes('nested'));
  if (!strong.length) return;
  for (const q of members) {
    if (q.speaker && !q.rules.includes('weak')) continue;
    // ("I met Janice. And she told me: ‘I love this job, Helena …’": words quoted inside the quote are
    // someone else's; whoever said them elsewhere is not the one quoting them. Nor, the other way
    // round, is one who quotes them: the bulletin's words are not the forecaster's.)
    const sources = strong.filter((s) => !quotedInside(q.text, s.text) && !sharesOnlyWhatItQuotes(s.text, q.text));
    const ranked = countBy(sources.map((s) => s.speaker!));
    if (!ranked.length) continue;
    const [best] = ranked[0];
    if (q.speaker === best) continue;
    const from = sources.find((s) => s.speaker === best && s.file !== q.file) ?? sources.find((s) => s.speaker === best)!;
    q.speaker = best;
    q.inferredFrom = from.file;
    q.rules = [...q.rules, 'cluster-inference'];
    q.trace = [...(q.trace ?? []), `cluster-inference → ${best} (as ${from.file} has it)`];
  }
}

/** Whether `inner` (its first words) stands in `outer` right after an opening quotation mark. */
function quotedInside(outer: string, inner: string): boolean {
  // (An apostrophe written either way: "you're" in one outlet, "you’re" in another. Each text is
  // asked of against every other of its cluster: read once.)
  const at = straightApostrophes(outer).indexOf(straightApostrophes(inner).slice(0, 24));
  return at > 0 && /[‘'“"]\s*$/.test(outer.slice(Math.max(0, at - 2), at));
}

const APOSTROPHE = /(?<=\p{L})’(?=\p{L})/gu;
const straightApostrophes = memoByText((text) => (text.includes('’') ? text.replace(APOSTROPHE, "'") : text));

/**
 * Whether `outer` has `words` in common with the other quote only inside the words it quotes itself
 * (“When we write ‘even a single skier can trigger …’, we mean that”): no four words in a row of the
 * other quote stand in `outer` outside its inner quotation marks.
 */
function sharesOnlyWhatItQuotes(outer: string, other: string): boolean {
  const outside = outer.replace(INNER_QUOTE, ' ');
  if (outside === outer) return false;
  const rest = ` ${norm(outside)} `;
  const words = norm(other).split(' ');
  for (let i = 0; i + 4 <= words.length; i++) if (rest.includes(` ${words.slice(i, i + 4).join(' ')} `)) return false;
  return true;
}
/** A quotation inside a quote: in single marks, or double ones within a quote in single marks. */
const INNER_QUOTE = /‘[^‘’]+’|(?<![\p{L}])'[^']+'(?![\p{L}])|“[^“”]+”|"[^"]+"/gu;

/** Wording compared without case and punctuation (memoised: the same quote recurs across articles). */
const norm = memoByText((s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());

/** The wording most sources print; ties go to one in English (not an original beside its translation), then to the longest. */
function canonicalWording(members: Quote[]): string {
  const counts = new Map<string, { n: number; text: string }>();
  for (const q of members) {
    const k = norm(q.text);
    const c = counts.get(k) ?? { n: 0, text: q.text };
    c.n++;
    counts.set(k, c);
  }
  let most = 0;
  for (const c of counts.values()) most = Math.max(most, c.n);
  const tied = [...counts.values()].filter((c) => c.n === most).sort((a, b) => b.text.length - a.text.length);
  // The language is read only when several wordings tie (most clusters have one).
  return (tied.length > 1 ? (tied.find((c) => !foreign(c.text)) ?? tied[0]) : tied[0]).text.replace(/[\s,;:]+$/, '');
}

function countBy(xs: string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}
