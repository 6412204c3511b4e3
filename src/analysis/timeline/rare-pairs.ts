// Candidate pairs for comparing reports: only items that share a word are paired, and a word that
// very many items use ("said", a protagonist's name) makes no pairs on its own.

/**
 * Index pairs [i, j] (i < j, in order) of items sharing a word used by at most `maxDf` items.
 * Built item by item (each item's later partners through its rare words, deduplicated by a stamp
 * per partner and sorted), so the pairs come out in order without a set of every pair seen.
 */
export function pairsSharingRareWord(words: Iterable<string>[], maxDf: number): [number, number][] {
  const n = words.length;
  const postings = new Map<string, number[]>();
  // The posting lists each item is in (one per distinct word), read again below.
  const lists: number[][][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const mine: number[][] = [];
    for (const w of words[i]) {
      const list = postings.get(w);
      if (!list) {
        const fresh = [i];
        postings.set(w, fresh);
        mine.push(fresh);
      } else if (list[list.length - 1] !== i) {
        list.push(i);
        mine.push(list);
      }
    }
    lists[i] = mine;
  }
  const stamp = new Int32Array(n);
  const pairs: [number, number][] = [];
  const partners: number[] = [];
  for (let i = 0; i < n; i++) {
    const mine = lists[i];
    partners.length = 0;
    for (let l = 0; l < mine.length; l++) {
      const list = mine[l];
      if (list.length > maxDf) continue;
      // Lists are in item order: the partners after i follow i's own place.
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k];
        if (j <= i) break;
        if (stamp[j] === i + 1) continue;
        stamp[j] = i + 1;
        partners.push(j);
      }
    }
    if (partners.length > 1) partners.sort(byNumber);
    for (let k = 0; k < partners.length; k++) pairs.push([i, partners[k]]);
  }
  return pairs;
}

function byNumber(a: number, b: number): number {
  return a - b;
}
