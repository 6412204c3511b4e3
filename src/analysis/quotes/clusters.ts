// Groups the passages that carry the same utterance, in any article: trimmed, re-punctuated,
// re-spelled (normalise/normalize) or differently translated versions, where the overlap of their
// content words supports it.
import { memoByText } from '../memo.ts';
import type { Quote } from '../types.ts';

const STOP = new Set('a an the of to in on and or but is are was were be been it its this that at as by for with from i you he she we they him her them us our your my me his their so do does did not no will would can could should has have had there here what which who'.split(' '));

/**
 * Content tokens, with spelling variants folded (-ise/-ize, -our/-or, US/U.S./USA). Memoised: the
 * same words are quoted in article after article. The array returned is shared: read it only.
 */
export const contentTokens = memoByText(readContentTokens);

function readContentTokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      // Country abbreviations in capitals only: "US" is the country, "us" the pronoun.
      .replace(/\bU\.S\.(A\.)?|\bUSA?\b|\bUnited States\b/g, 'usa')
      .replace(/\bU\.K\.|\bUK\b|\bUnited Kingdom\b/g, 'uk')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  )
    .map(fold)
    .filter((t) => t && !STOP.has(t));
}

/** One token folded: "n't" and "'s" dropped, then -is(e|ed|es|ing|ation) → -iz…, -our → -or. */
function fold(t: string): string {
  if (t.endsWith("n't")) t = t.slice(0, -3);
  if (t.endsWith("'s")) t = t.slice(0, -2);
  if (t.includes('is')) t = t.replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (t.endsWith('our')) t = t.slice(0, -3) + 'or';
  return t;
}

export function similarity(a: string[], b: string[]): { dice: number; containment: number; shared: number } {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  const dice = a.length + b.length ? (2 * shared) / (a.length + b.length) : 0;
  const containment = Math.min(a.length, b.length) ? shared / Math.min(a.length, b.length) : 0;
  return { dice, containment, shared };
}

/** Same utterance: near-identical wording, or one version containing most of a substantial other. */
export function sameUtterance(a: Quote, b: Quote, ta: string[], tb: string[]): boolean {
  if (!ta.length || !tb.length) return false;
  const { dice, containment, shared } = similarity(ta, tb);
  if (dice >= 0.6) return true;
  if (containment >= 0.75 && Math.min(ta.length, tb.length) >= 3 && shared >= 3) return true;
  // A translation variant: fewer shared words, but the same speaker, and not merely a fragment of
  // the other (a two-word partial inside a long quote is a quote of its own).
  const ratio = Math.max(ta.length, tb.length) / Math.min(ta.length, tb.length);
  return !!a.speaker && a.speaker === b.speaker && dice >= 0.45 && shared >= 2 && (containment < 1 || ratio <= 1.5);
}

/** Assigns `cluster` ids (c1, c2, … in order of first appearance) to every quote; `same` pairs are one utterance whatever their words. */
export function clusterQuotes(quotes: Quote[], same: [Quote, Quote][] = []): Map<string, Quote[]> {
  const tokens = quotes.map((q) => contentTokens(q.text));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // The same wording (after folding) is one utterance at once; only one of each is compared further.
  const firstOfKey = new Map<string, number>();
  const representatives: number[] = [];
  tokens.forEach((ts, i) => {
    const key = ts.join(' ');
    const first = firstOfKey.get(key);
    if (first === undefined || !ts.length) {
      firstOfKey.set(key, i);
      representatives.push(i);
    } else parent[find(i)] = find(first);
  });
  // Index by token so only quotes sharing a word are compared (fast on large stories).
  const byToken = new Map<string, number[]>();
  for (const i of representatives) {
    for (const t of new Set(tokens[i])) {
      const list = byToken.get(t);
      if (list) list.push(i);
      else byToken.set(t, [i]);
    }
  }
  for (const i of representatives) {
    const seen = new Set<number>();
    for (const t of new Set(tokens[i])) {
      const list = byToken.get(t)!;
      if (list.length > 200) continue; // too common a word to pair on
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (find(i) !== find(j) && sameUtterance(quotes[i], quotes[j], tokens[i], tokens[j])) parent[find(j)] = find(i);
      }
    }
  }
  joinFragments(quotes, tokens, byToken, find, parent);
  if (same.length) {
    const index = new Map(quotes.map((q, i) => [q, i]));
    for (const [a, b] of same) {
      const i = find(index.get(a)!);
      const j = find(index.get(b)!);
      if (i !== j) parent[Math.max(i, j)] = Math.min(i, j);
    }
  }
  const groups = new Map<number, Quote[]>();
  quotes.forEach((q, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(q);
    else groups.set(root, [q]);
  });
  const out = new Map<string, Quote[]>();
  for (const members of groups.values()) {
    const id = `c${out.size + 1}`;
    for (const q of members) q.cluster = id;
    out.set(id, members);
  }
  return out;
}

const FRAGMENT_MAX = 3;

/**
 * A short fragment ("fair and affordable") belongs with the longer quote of the same speaker that
 * contains its words, unless the same fragment recurs in several articles: then it is a phrase the
 * coverage repeats on its own ("quite busy"), a cluster of its own.
 */
function joinFragments(quotes: Quote[], tokens: string[][], byToken: Map<string, number[]>, find: (i: number) => number, parent: number[]): void {
  const key = (i: number) => tokens[i].join(' ');
  const filesByFragment = new Map<string, Set<string>>();
  quotes.forEach((q, i) => {
    if (tokens[i].length && tokens[i].length <= FRAGMENT_MAX) filesByFragment.set(key(i), (filesByFragment.get(key(i)) ?? new Set()).add(q.file));
  });
  quotes.forEach((q, i) => {
    const n = tokens[i].length;
    if (!n || n > FRAGMENT_MAX || !q.speaker || filesByFragment.get(key(i))!.size > 1) return;
    // Only quotes sharing the fragment's rarest word can contain it.
    const rarest = [...tokens[i]].sort((a, b) => byToken.get(a)!.length - byToken.get(b)!.length)[0];
    const host = byToken.get(rarest)!.find((j) => j !== i && quotes[j].speaker === q.speaker && tokens[j].length > n && similarity(tokens[i], tokens[j]).containment === 1);
    if (host !== undefined && find(i) !== find(host)) parent[find(i)] = find(host);
  });
}
