// The passage index behind /compare's topic search ranks exactly as MiniSearch, which it replaced
// for speed, ranked with the same options: the same passages, scores and order (ties included), on
// real reports and on a long generated story whose outlets repeat each other's sentences.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { longStory } from '../src/bench/generate.ts';
import { loadArticles } from '../src/corpus/load.ts';
import { splitSentences } from '../src/corpus/sentences.ts';
import { PassageIndex } from '../src/index/passages.ts';
import { PASSAGE_SEARCH } from '../src/index/search.ts';

function miniSearchOver(texts: string[]): MiniSearch<{ id: number; text: string }> {
  const words = new Set<string>();
  const o = PASSAGE_SEARCH;
  const ms = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: [],
    tokenize: o.tokenize,
    processTerm: (t) => {
      const term = o.processTerm(t);
      if (term) words.add(term);
      return term;
    },
    searchOptions: { processTerm: o.processTerm, prefix: o.prefix, fuzzy: (t) => o.fuzzy(t, (w) => words.has(w)) },
  });
  ms.addAll(texts.map((text, id) => ({ id, text })));
  return ms;
}

/** Queries of every kind: words the texts use, common words, several words, a word twice, prefixes, typos, nothing. */
function queriesFor(texts: string[]): string[] {
  const vocab = [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}[\p{L}’']*/gu) ?? []))];
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([w]) => w);
  const some = vocab.filter((_, i) => i % 13 === 0);
  const typos = some.filter((w) => w.length > 6).map((w) => w.slice(0, 2) + w.slice(3));
  const prefixes = some.filter((w) => w.length > 6).map((w) => w.slice(0, 4));
  const several = some.map((w, i) => `${w} ${common[i % common.length]} ${some[(i * 7) % some.length]}`);
  return [...common, ...some, ...typos, ...prefixes, ...several, `${common[0]} ${common[1]} ${common[0]}`, common[0].toUpperCase(), '', '  ', '’s'];
}

function expectSameRanking(texts: string[], limit: number, ours = new PassageIndex(texts, PASSAGE_SEARCH)): number {
  const theirs = miniSearchOver(texts);
  const queries = queriesFor(texts);
  for (const q of queries) {
    const want = theirs.search(q).slice(0, limit).map((r) => [r.id, r.score]);
    const got = ours.search(q, limit).map((r) => [r.doc, r.score]);
    expect(got, `query ${JSON.stringify(q)}`).toEqual(want);
  }
  return queries.length;
}

describe('passage index', () => {
  it('ranks the sentences of real reports exactly as MiniSearch does', () => {
    const texts: string[] = [];
    for (const set of ['fixtures', 'holdout']) {
      const root = join(import.meta.dirname, set, 'stories');
      for (const story of readdirSync(root)) {
        for (const a of loadArticles([join(root, story)]).articles) texts.push(...splitSentences(a.text, 0, a.text.length, 0).map((s) => s.text));
      }
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(expectSameRanking(texts, 40)).toBeGreaterThan(100);
  });

  it('ranks a long story of repeated sentences exactly as MiniSearch does, ties in its order', () => {
    const texts = longStory(150, 11).flatMap((a) => splitSentences(a.text, 0, a.text.length, 0).map((s) => s.text));
    // Outlets carry the same sentences: equal scores whose order only the tie rule decides.
    expect(new Set(texts).size).toBeLessThan(texts.length);
    expectSameRanking(texts, 40);
    expectSameRanking(texts, 3);
  });

  it('built in slices, pausing between them, ranks as MiniSearch does', async () => {
    const texts = longStory(150, 11).flatMap((a) => splitSentences(a.text, 0, a.text.length, 0).map((s) => s.text));
    let pauses = 0;
    const sliced = await PassageIndex.build(texts, PASSAGE_SEARCH, async () => pauses++);
    expect(pauses).toBeGreaterThan(0); // thousands of passages take longer than one slice
    expect(sliced.size).toBe(texts.length);
    expectSameRanking(texts, 40, sliced);
  });

  it('answers nothing for a query with no words and keeps no state between searches', () => {
    const index = new PassageIndex(['The union voted.', 'The strike ended.', 'Unions met.'], PASSAGE_SEARCH);
    expect(index.search('', 10)).toEqual([]);
    expect(index.search('?!', 10)).toEqual([]);
    const first = index.search('union strike', 10);
    index.search('the', 10);
    expect(index.search('union strike', 10)).toEqual(first);
    expect(first.map((h) => h.doc).sort()).toEqual([0, 1, 2]);
    expect(index.search('union', 0)).toEqual([]);
  });
});
