// Merging one day's events into happenings: the most similar pair of reports from different
// articles joins first, and two groups join only if no article is in both (an article tells a
// happening once). Deterministic, and independent of the order the articles were read in.
import { pairsSharingRareWord } from './rare-pairs.ts';
import { type Comparable, happeningScore } from './same-happening.ts';

/**
 * Only pairs that share a word are compared, and words shared by very many reports of one day
 * ("said", a protagonist's name) do not make pairs on their own: two reports of one happening
 * also share rarer words.
 */
const COMMON_DF = 50;

export function clusterDay(items: Comparable[]): Comparable[][] {
  const parent = items.map((_, i) => i);
  const files = items.map((c) => new Set([c.event.file]));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const pairs: { i: number; j: number; score: number }[] = [];
  for (const [i, j] of pairsSharingRareWord(items.map((c) => c.words), COMMON_DF)) {
    const score = happeningScore(items[i], items[j]);
    if (score !== null) pairs.push({ i, j, score });
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const { i, j } of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b || sharesFile(files[a], files[b])) continue;
    parent[b] = a;
    for (const f of files[b]) files[a].add(f);
  }
  const groups = new Map<number, Comparable[]>();
  items.forEach((c, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(c);
  });
  return [...groups.values()];
}


function sharesFile(a: Set<string>, b: Set<string>): boolean {
  for (const f of b) if (a.has(f)) return true;
  return false;
}
