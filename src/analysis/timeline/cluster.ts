// Merging one day's events into happenings: the most similar pair of reports from different
// articles joins first, and two groups join only if no article is in both (an article tells a
// happening once). Deterministic, and independent of the order the articles were read in.
import { type Comparable, sameHappening, similarity } from './same-happening.ts';

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
  for (const [i, j] of candidatePairs(items)) {
    if (!sameHappening(items[i], items[j])) continue;
    pairs.push({ i, j, score: similarity(items[i], items[j]) });
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const { i, j } of pairs) {
    const a = find(i);
    const b = find(j);
    if (a === b || [...files[b]].some((f) => files[a].has(f))) continue;
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

function* candidatePairs(items: Comparable[]): Generator<[number, number]> {
  const postings = new Map<string, number[]>();
  items.forEach((c, i) => {
    for (const w of c.words) {
      if (!postings.has(w)) postings.set(w, []);
      postings.get(w)!.push(i);
    }
  });
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > COMMON_DF) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a] * items.length + list[b];
        if (seen.has(key)) continue;
        seen.add(key);
        yield [list[a], list[b]];
      }
  }
}
