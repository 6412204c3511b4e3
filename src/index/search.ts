// The story index: MiniSearch over quote clusters and story passages, plus the lists that
// autocomplete reads. Built once per story analysis, in memory. The cluster index and the lists are
// small and built at once; the passage index (every sentence of the story's own text, which only a
// /compare topic reads; see passages.ts) is built the first time it is searched.
import MiniSearch from 'minisearch';
import { STORY_KINDS } from '../corpus/types.ts';
import { stem, tokens } from '../analysis/compare/features.ts';
import type { Quote, QuoteCluster, StoryAnalysis } from '../analysis/types.ts';
import { PassageIndex, type PassageSearchOptions } from './passages.ts';
import { inSlices } from '../slices.ts';

interface ClusterDoc {
  id: string;
  text: string;
  speaker: string;
  context: string;
}

interface PassageDoc {
  file: string;
  text: string;
  start: number;
}

export interface Passage {
  file: string;
  text: string;
  start: number;
  score: number;
}

export interface ClusterHit {
  cluster: QuoteCluster;
  quotes: readonly Quote[];
  score: number;
}

/**
 * Passage indexes take more memory than the analysis they index: only the most recently searched
 * ones are kept (a dropped one is rebuilt when searched again).
 */
export const PASSAGE_INDEXES_KEPT = 48;
const passageLru = new Set<StoryIndex>();

function touchPassages(index: StoryIndex): void {
  passageLru.delete(index);
  passageLru.add(index);
  if (passageLru.size > PASSAGE_INDEXES_KEPT) {
    const oldest = passageLru.values().next().value as StoryIndex;
    passageLru.delete(oldest);
    oldest.dropPassages();
  }
}

const tokenize = (s: string) => MiniSearch.getDefault('tokenize')(s.replace(/[’‘]/g, "'"));
const processTerm = (t: string) => {
  const term = t.toLowerCase().replace(/^'+|'+$/g, '').replace(/'s$/, '');
  return term.length ? term : null;
};

/** processTerm that also remembers every term it indexes. */
function collecting(words: Set<string>): (t: string) => string | null {
  return (t) => {
    const term = processTerm(t);
    if (term) words.add(term);
    return term;
  };
}

/**
 * Fuzzy matching only where it helps: for a longer term the story never uses (a typo, another
 * spelling). A term the story has is matched exactly and as a prefix, which is faster and keeps
 * "price" from also matching "prince".
 */
function typoOnly(t: string, known: (t: string) => boolean): number | false {
  return t.length > 5 && !known(t) ? 0.2 : false;
}

/** Short terms match only themselves ("art" would also match "article", "arts", "artillery"). */
const longEnoughForPrefix = (t: string) => t.length > 3;

/** How passages are matched: as the cluster search matches (exported for the test that checks the ranking against MiniSearch's). */
export const PASSAGE_SEARCH: PassageSearchOptions = { tokenize, processTerm, prefix: longEnoughForPrefix, fuzzy: typoOnly };

export class StoryIndex {
  private readonly quotes = new Map<string, Quote>();
  private readonly clusters = new Map<string, QuoteCluster>();
  /** Each cluster's quotes, listed once (a search hands them out with every hit; read-only). */
  private readonly membersOf = new Map<string, readonly Quote[]>();
  private readonly quoteSearch: MiniSearch<ClusterDoc>;
  private passageSearch?: PassageIndex;
  private passages: PassageDoc[] = [];
  readonly speakers: string[];
  readonly actors: string[];

  /** `fill: false` leaves the cluster search empty, for `prepare` to fill a slice at a time. */
  constructor(
    readonly analysis: StoryAnalysis,
    fill = true,
  ) {
    for (const a of analysis.articles) for (const q of a.quotes) this.quotes.set(q.id, q);
    const words = new Set<string>();
    this.quoteSearch = new MiniSearch<ClusterDoc>({
      fields: ['text', 'speaker', 'context'],
      tokenize,
      processTerm: collecting(words),
      searchOptions: { boost: { text: 3, speaker: 2 }, processTerm, prefix: longEnoughForPrefix, fuzzy: (t) => typoOnly(t, (w) => words.has(w)), combineWith: 'OR' },
    });
    this.clusterDocs = analysis.clusters.map((c) => {
      this.clusters.set(c.id, c);
      const members = c.quoteIds.map((id) => this.quotes.get(id)!);
      this.membersOf.set(c.id, members);
      return {
        id: c.id,
        text: unique(members.map((q) => q.text)).join(' \n '),
        speaker: c.speaker ?? '',
        context: unique(members.map((q) => q.context)).join(' \n '),
      };
    });
    if (fill) this.quoteSearch.addAll(this.clusterDocs.splice(0));
    this.speakers = rankByCount(analysis.clusters.flatMap((c) => c.quoteIds.map((id) => this.quotes.get(id)!.speaker ?? '')));
    this.actors = rankByCount(analysis.timeline.flatMap((e) => e.actors));
  }

  /** Clusters still to add to the search (only while `prepare` fills it). */
  private readonly clusterDocs: ClusterDoc[];

  /**
   * The same index, built a slice at a time with `pause()` between slices, and with its passage
   * index when `passages` is set: a long story replaced while people use it is made ready this way
   * before it is shown (see Engine), rather than by the first question about it.
   */
  static async prepare(analysis: StoryAnalysis, passages: boolean, pause: () => Promise<unknown>): Promise<StoryIndex> {
    const index = new StoryIndex(analysis, false);
    await pause();
    await inSlices(index.clusterDocs.splice(0), (doc) => index.quoteSearch.add(doc), pause);
    await inSlices(analysis.clusters, (c) => (index.saidStems(c), index.clusterWords(c)), pause);
    if (passages) {
      const list = storyPassages(analysis);
      index.keepPassages(await PassageIndex.build(list.map((p) => p.text), PASSAGE_SEARCH, pause), list);
    }
    return index;
  }

  quote(id: string): Quote | undefined {
    return this.quotes.get(id);
  }

  cluster(id: string): QuoteCluster | undefined {
    return this.clusters.get(id);
  }

  /** Clusters matching the query, best first; an empty query lists the most widely carried. */
  searchClusters(query: string, filter: { speaker?: string; file?: string } = {}): ClusterHit[] {
    const keep = (c: QuoteCluster) =>
      (!filter.speaker || sameName(c.speaker, filter.speaker) || c.conflictingSpeakers.some((s) => sameName(s, filter.speaker!))) &&
      (!filter.file || c.files.includes(filter.file));
    const hits: ClusterHit[] = [];
    if (query.trim()) {
      for (const r of this.quoteSearch.search(query)) {
        const c = this.clusters.get(r.id as string)!;
        if (keep(c)) hits.push({ cluster: c, quotes: this.members(c), score: r.score * (1 + 0.15 * c.files.length) });
      }
      hits.sort((a, b) => b.score - a.score);
    } else {
      for (const c of this.clusters.values()) if (keep(c)) hits.push({ cluster: c, quotes: this.members(c), score: c.files.length * 10 + c.canonical.length / 100 });
      hits.sort((a, b) => b.score - a.score);
    }
    return hits;
  }

  searchPassages(query: string, limit = 20): Passage[] {
    const { index, passages } = this.passageIndex();
    return index.search(query, limit).map((r) => {
      const p = passages[r.doc];
      return { file: p.file, text: p.text, start: p.start, score: r.score };
    });
  }

  /**
   * The light stems of what a cluster's quotes say (each wording once): a quote a thousand sources
   * carry is a thousand quotes, mostly worded alike. Worked out once per cluster.
   */
  saidStems(c: QuoteCluster): ReadonlySet<string> {
    let words = this.said.get(c.id);
    if (!words) {
      const out = new Set<string>();
      for (const text of new Set(this.members(c).map((q) => q.text))) for (const t of tokens(text)) out.add(stem(t.lower));
      this.said.set(c.id, (words = out));
    }
    return words;
  }

  /** The light stems of a cluster's quotes, the sentences around them and their speakers, as a set and a list; once per cluster. */
  clusterWords(c: QuoteCluster): { set: ReadonlySet<string>; list: readonly string[] } {
    let words = this.carried.get(c.id);
    if (!words) {
      // Each distinct passage once (copies of a wire story repeat them): the same words, in the same order.
      const passages = new Set(this.members(c).map((q) => `${q.text} ${q.context} ${q.speaker ?? ''}`));
      const set = new Set(tokens([...passages].join(' ')).map((t) => stem(t.lower)));
      this.carried.set(c.id, (words = { set, list: [...set] }));
    }
    return words;
  }

  private readonly said = new Map<string, ReadonlySet<string>>();
  private readonly carried = new Map<string, { set: ReadonlySet<string>; list: readonly string[] }>();

  /** Words close to the query's (for "did you mean" replies). */
  suggest(query: string): string[] {
    return this.quoteSearch
      .autoSuggest(query, { fuzzy: 0.3, prefix: true })
      .slice(0, 5)
      .map((s) => s.suggestion);
  }

  /** Frees the passage index (rebuilt on the next passage search). */
  dropPassages(): void {
    this.passageSearch = undefined;
    this.passages = [];
  }

  /** Whether the passage index is built and kept. */
  get hasPassages(): boolean {
    return this.passageSearch !== undefined;
  }

  /**
   * The index's story was replaced or dropped: its passage index goes, and none is kept again. The
   * kept passage indexes are listed module-wide, so one left listed would hold the old version's whole
   * analysis until 48 other stories were searched (for a 1,000-article story updated and searched
   * often, over a gigabyte). A handler still reading this version gets a passage index of its own.
   */
  release(): void {
    this.released = true;
    passageLru.delete(this);
    this.dropPassages();
  }

  private released = false;

  private passageIndex(): { index: PassageIndex; passages: PassageDoc[] } {
    if (this.passageSearch) {
      touchPassages(this);
      return { index: this.passageSearch, passages: this.passages };
    }
    const passages = storyPassages(this.analysis);
    // The same matching as the cluster search's: exact, prefixes of longer terms, typos.
    const index = new PassageIndex(passages.map((p) => p.text), PASSAGE_SEARCH);
    this.keepPassages(index, passages);
    return { index, passages };
  }

  private keepPassages(index: PassageIndex, passages: PassageDoc[]): void {
    if (this.released) return;
    this.passages = passages;
    this.passageSearch = index;
    touchPassages(this);
  }

  private members(c: QuoteCluster): readonly Quote[] {
    return this.membersOf.get(c.id)!;
  }
}

/** The passages a /compare topic searches: every sentence of the story's own text. */
function storyPassages(analysis: StoryAnalysis): PassageDoc[] {
  const passages: PassageDoc[] = [];
  for (const a of analysis.articles) {
    for (const s of a.sentences) {
      if (!STORY_KINDS.has(a.paragraphs[s.paragraph].kind)) continue;
      passages.push({ file: a.file, text: s.text, start: s.start });
    }
  }
  return passages;
}

export function sameName(a: string | null | undefined, b: string): boolean {
  if (!a) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase().trim();
  return x === y || x.split(/\s+/).includes(y) || x.includes(y);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function rankByCount(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}
