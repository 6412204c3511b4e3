// Candidate pairs for comparing reports: only items that share a word are paired, and a word that
// very many items use ("said", a protagonist's name) makes no pairs on its own.

/** Index pairs [i, j] (i < j, in order) of items sharing a word used by at most `maxDf` items. */
export function pairsSharingRareWord(words: Iterable<string>[], maxDf: number): [number, number][] {
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      const list = postings.get(w);
      if (!list) postings.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    if (list.length > maxDf) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a] * words.length + list[b];
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[a], list[b]]);
      }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
