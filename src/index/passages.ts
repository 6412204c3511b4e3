// The passage index: every sentence of a story's own text, searched by a /compare topic for its
// best few passages. It ranks exactly as MiniSearch would with the same options (BM25+, exact terms,
// prefixes of longer terms, typo-tolerant terms; a document's score times the number of query
// terms it matches; ties in the order MiniSearch first meets the documents), but keeps its postings
// in flat typed arrays and selects the top few instead of building and sorting a result object for
// every matching passage. A common word in a long story ("the", the story's subject) matches most
// of its tens of thousands of passages: MiniSearch took 30-90 ms for it, mostly allocation.
import SearchableMap from 'minisearch/SearchableMap';
import { inSlices } from '../slices.ts';

export interface PassageSearchOptions {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
  /** Whether a query term also matches longer terms it begins. */
  prefix: (term: string) => boolean;
  /** A query term's fuzziness (as MiniSearch's: a fraction of its length, or false). */
  fuzzy: (term: string, known: (t: string) => boolean) => number | false;
}

export interface PassageHit {
  /** The passage's position in the list the index was built from. */
  doc: number;
  score: number;
}

// MiniSearch's defaults, which the passage search never changed.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export class PassageIndex {
  /** Term → term number, in first-seen order (a radix tree, for prefixes and typos). */
  private readonly terms: SearchableMap<number>;
  /** The postings of term t are docs[offsets[t] .. offsets[t + 1]), in ascending passage order, with their term frequencies. */
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly freqs: Int32Array;
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  /** Per-passage scratch for a search, reused (a search runs alone in its thread). */
  private readonly total: Float64Array;
  private readonly part: Float64Array;
  private readonly quality: Uint16Array;
  private readonly firstSeen: Int32Array;
  private readonly seen: Uint8Array;

  /** The index over `texts`, or over postings gathered a slice at a time (see `PassageIndex.build`). */
  constructor(
    texts: readonly string[] | Postings,
    private readonly options: PassageSearchOptions,
  ) {
    const postings = isPostings(texts) ? texts : gather(texts, options);
    ({ terms: this.terms, offsets: this.offsets, docs: this.docs, freqs: this.freqs, lengths: this.lengths, avgLength: this.avgLength } = postings);
    const n = this.lengths.length;
    this.total = new Float64Array(n);
    this.part = new Float64Array(n);
    this.quality = new Uint16Array(n);
    this.firstSeen = new Int32Array(n);
    this.seen = new Uint8Array(n);
  }

  /**
   * The same index, built a slice at a time with `pause()` between slices (see `inSlices`), so that a
   * thread answering queries is not held for the whole build (a long story's takes a third of a second).
   */
  static async build(texts: readonly string[], options: PassageSearchOptions, pause: () => Promise<unknown>): Promise<PassageIndex> {
    const builder = new PostingsBuilder(options);
    await inSlices(texts, (text) => builder.add(text), pause);
    return new PassageIndex(builder.finish(), options);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The best `limit` passages for the query, best first. */
  search(query: string, limit: number): PassageHit[] {
    const { tokenize, processTerm, prefix, fuzzy } = this.options;
    const queryTerms: string[] = [];
    for (const token of tokenize(query)) {
      const term = processTerm(token);
      if (term) queryTerms.push(term);
    }
    const touched: number[] = [];
    const known = (t: string) => this.terms.has(t);
    queryTerms.forEach((term, i) => {
      // A repeated query term adds its score again but is one term matched (as MiniSearch counts).
      this.searchTerm(term, queryTerms.indexOf(term) === i, prefix(term), fuzzy(term, known), touched);
    });
    // A passage's score times the number of query terms it matches, once, before ranking.
    for (const doc of touched) this.total[doc] *= this.quality[doc] || 1;
    const out = topByScore(touched, limit, this.total, this.firstSeen).map((doc) => ({ doc, score: this.total[doc] }));
    for (const doc of touched) {
      this.total[doc] = 0;
      this.quality[doc] = 0;
      this.seen[doc] = 0;
    }
    return out;
  }

  /** One query term: its exact match, then longer terms it begins, then near spellings, summed per passage before joining the total. */
  private searchTerm(term: string, counted: boolean, withPrefix: boolean, fuzziness: number | false, touched: number[]): void {
    const inTerm: number[] = [];
    const add = (id: number | undefined, weight: number) => {
      if (id === undefined) return;
      const df = this.offsets[id + 1] - this.offsets[id];
      const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      for (let p = this.offsets[id]; p < this.offsets[id + 1]; p++) {
        const doc = this.docs[p];
        const f = this.freqs[p];
        const raw = idf * (BM25.d + (f * (BM25.k + 1)) / (f + BM25.k * (1 - BM25.b + (BM25.b * this.lengths[doc]) / this.avgLength)));
        // Every addition is positive, so a zero means the passage is new to this term.
        if (this.part[doc] === 0) inTerm.push(doc);
        this.part[doc] += weight * raw;
      }
    };
    add(this.terms.get(term), 1);
    let near: Map<string, [number, number]> | undefined;
    if (fuzziness !== false) {
      const distance = fuzziness < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzziness)) : fuzziness;
      if (distance) near = this.terms.fuzzyGet(term, distance);
    }
    if (withPrefix) {
      for (const [longer, id] of this.terms.atPrefix(term)) {
        const distance = longer.length - term.length;
        if (!distance) continue;
        near?.delete(longer);
        add(id, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance));
      }
    }
    if (near) {
      for (const [other, [id, distance]] of near) {
        if (!distance) continue;
        add(id, (FUZZY_WEIGHT * other.length) / (other.length + distance));
      }
    }
    for (const doc of inTerm) {
      if (!this.seen[doc]) {
        this.seen[doc] = 1;
        this.total[doc] = this.part[doc];
        this.firstSeen[doc] = touched.length;
        touched.push(doc);
      } else {
        this.total[doc] = this.total[doc] + this.part[doc];
      }
      if (counted) this.quality[doc]++;
      this.part[doc] = 0;
    }
  }
}

/** What the index is built from: the terms and the postings of every passage. */
interface Postings {
  terms: SearchableMap<number>;
  offsets: Int32Array;
  docs: Int32Array;
  freqs: Int32Array;
  lengths: Float64Array;
  avgLength: number;
}

function isPostings(x: readonly string[] | Postings): x is Postings {
  return !Array.isArray(x);
}

function gather(texts: readonly string[], options: PassageSearchOptions): Postings {
  const builder = new PostingsBuilder(options);
  for (const text of texts) builder.add(text);
  return builder.finish();
}

/** Reads passages one at a time, in order, then lays out their postings. */
class PostingsBuilder {
  private readonly terms = new SearchableMap<number>();
  private readonly lengths: number[] = [];
  private avg = 0;
  /** (term, passage, frequency) triples in passage order, grown as needed. */
  private triples = new Int32Array(3 * 1024);
  private used = 0;
  /** The same as `terms`, faster to look up while building. */
  private readonly ids = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly tf: number[] = [];
  private readonly inDoc: number[] = [];

  constructor(private readonly options: PassageSearchOptions) {}

  add(text: string): void {
    const { ids, counts, tf, inDoc } = this;
    const doc = this.lengths.length;
    const tokens = this.options.tokenize(text);
    // MiniSearch's field length: distinct raw tokens; its running average, computed as it does.
    const length = new Set(tokens).size;
    this.lengths.push(length);
    this.avg = (this.avg * doc + length) / (doc + 1);
    for (const token of tokens) {
      const term = this.options.processTerm(token);
      if (!term) continue;
      let id = ids.get(term);
      if (id === undefined) {
        id = counts.length;
        ids.set(term, id);
        this.terms.set(term, id);
        counts.push(0);
        tf.push(0);
      }
      if (tf[id]++ === 0) inDoc.push(id);
    }
    for (const id of inDoc) {
      if (this.used + 3 > this.triples.length) {
        const grown = new Int32Array(this.triples.length * 2);
        grown.set(this.triples);
        this.triples = grown;
      }
      this.triples[this.used++] = id;
      this.triples[this.used++] = doc;
      this.triples[this.used++] = tf[id];
      counts[id]++;
      tf[id] = 0;
    }
    inDoc.length = 0;
  }

  finish(): Postings {
    const { counts, triples, used } = this;
    // Counting sort by term: stable, so each term's postings stay in passage order.
    const offsets = new Int32Array(counts.length + 1);
    for (let t = 0; t < counts.length; t++) offsets[t + 1] = offsets[t] + counts[t];
    const postings = used / 3;
    const docs = new Int32Array(postings);
    const freqs = new Int32Array(postings);
    const next = offsets.slice(0, counts.length);
    for (let i = 0; i < used; i += 3) {
      const at = next[triples[i]]++;
      docs[at] = triples[i + 1];
      freqs[at] = triples[i + 2];
    }
    return { terms: this.terms, offsets, docs, freqs, lengths: Float64Array.from(this.lengths), avgLength: this.avg };
  }
}

/** The `limit` best of `items` by score, ties to the earliest seen: a bounded heap, not a sort of them all. */
function topByScore(items: number[], limit: number, score: Float64Array, seen: Int32Array): number[] {
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && seen[a] < seen[b]);
  // A min-heap on `better`: its root is the worst of the best kept so far.
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst], heap[l])) worst = l;
      if (r < heap.length && better(heap[worst], heap[r])) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  };
  for (const x of items) {
    if (heap.length < limit) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent], heap[i])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (limit > 0 && better(x, heap[0])) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
