// Salient facts: the sentence-level claims of each article's own text (quoted words set aside:
// quotes are items of their own), grouped across articles when they say the same thing, judged by
// the content words, names and numbers they share, rarer words weighing more.
import { STORY_KINDS } from '../../corpus/types.ts';
import type { ArticleAnalysis, StoryAnalysis } from '../types.ts';
import { blank, features, quotedRanges, type Features } from './features.ts';

export interface Claim {
  /** Index in the story's claim list. */
  id: number;
  file: string;
  /** Offset of the sentence in the file (as the index's passages report it). */
  start: number;
  end: number;
  paragraph: number;
  /** The sentence as written. */
  text: string;
  features: Features;
}

export interface ClaimOptions {
  /** A claim needs at least this many content terms besides its quoted words. */
  minTerms: number;
  /** …of which at least this many are not names or numbers. */
  minOwnTerms: number;
  /** Two claims of different articles say the same thing from this similarity on. */
  threshold: number;
  /** A group only takes a claim whose mean similarity to the group's members reaches this. */
  groupThreshold: number;
}

export const CLAIM_DEFAULTS: ClaimOptions = { minTerms: 4, minOwnTerms: 3, threshold: 0.28, groupThreshold: 0.22 };

/**
 * Lower-case surface forms of those the story quotes (whole names and their parts): a name after
 * "to" that is one of them ("talk to X") is no place. Only speakers: an entity list may hold
 * places too.
 */
export function personalNames(analysis: StoryAnalysis): Set<string> {
  const out = new Set<string>();
  const add = (name: string | null | undefined) => {
    if (!name) return;
    out.add(name.toLowerCase());
    for (const part of name.split(/\s+/)) if (part.length > 2) out.add(part.toLowerCase());
  };
  const speakers = new Set(analysis.articles.flatMap((a) => a.quotes.map((q) => q.speaker)).filter((x): x is string => !!x));
  for (const e of analysis.entities) if (speakers.has(e.name)) [e.name, ...e.aliases].forEach(add);
  for (const a of analysis.articles) for (const q of a.quotes) add(q.speaker);
  return out;
}

/** Every article's claims: sentences of story passages with enough of their own words. */
export function storyClaims(analysis: StoryAnalysis, options: ClaimOptions = CLAIM_DEFAULTS): Claim[] {
  const personal = personalNames(analysis);
  const claims: Claim[] = [];
  for (const a of analysis.articles) {
    for (const s of a.sentences) {
      if (!STORY_KINDS.has(a.paragraphs[s.paragraph]?.kind)) continue;
      const ownText = blank(s.text, [...quoteRanges(a, s.start, s.end, s.text), ...linkRanges(s.text)]);
      const f = features(ownText, personal);
      const distinct = new Set(f.terms);
      const own = [...distinct].filter((t) => !f.names.has(t) && !t.startsWith('#'));
      // A claim says something besides who spoke: a sentence left with only names and a verb
      // once its quote is set aside is an attribution, not a fact.
      if (distinct.size < options.minTerms || own.length < options.minOwnTerms) continue;
      claims.push({ id: claims.length, file: a.file, start: s.start, end: s.end, paragraph: s.paragraph, text: s.text, features: f });
    }
  }
  return claims;
}

/** Links and embedded-media tokens: no claim in them. */
function linkRanges(text: string): [number, number][] {
  // Each alternative needs one of these; most sentences hold none.
  if (!text.includes('://') && !text.includes('@') && !text.includes('#') && !text.includes('pic.twitter.com/')) return [];
  return [...text.matchAll(/https?:\/\/\S+|\bpic\.twitter\.com\/\S+|(?<=^|\s)[@#]\w+/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

function quoteRanges(a: ArticleAnalysis, start: number, end: number, text: string): [number, number][] {
  const ranges = quotedRanges(text);
  for (const q of a.quotes) {
    if (q.end <= start || q.start >= end) continue;
    ranges.push([Math.max(0, q.start - start - 1), Math.min(text.length, q.end - start + 1)]);
  }
  return ranges;
}

/**
 * Term weights for a set of claims: rarer terms weigh more, numbers more still, and a term found in
 * nearly every article of the story (its protagonists, its setting) weighs little: sharing it says
 * nothing about two sentences making the same claim.
 */
export function termWeights(claims: Claim[]): Map<string, number> {
  const df = new Map<string, number>();
  const files = new Map<string, Set<string>>();
  for (const c of claims)
    for (const t of new Set(c.features.terms)) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const f = files.get(t) ?? new Set<string>();
      f.add(c.file);
      files.set(t, f);
    }
  const n = Math.max(claims.length, 1);
  const nFiles = new Set(claims.map((c) => c.file)).size;
  const w = new Map<string, number>();
  for (const [t, d] of df) {
    const spread = nFiles >= 3 ? files.get(t)!.size / nFiles : 0;
    w.set(t, Math.log(1 + n / d) * (1 - 0.85 * spread * spread) * (t.startsWith('#') ? 1.5 : 1));
  }
  return w;
}

export class ClaimSimilarity {
  /** Per claim: its distinct terms as ids (first-seen order), each term's weight in that claim, and id → weight. */
  private readonly ids: number[][] = [];
  private readonly ws: number[][] = [];
  private readonly mass: number[] = [];
  /** The claim whose terms are marked (`from`): term id → its position in that claim, if `mark[id]` is the claim. */
  private readonly mark: Int32Array;
  private readonly pos: Int32Array;
  /** Scratch per position of the marked claim: a shared term's contribution, and whether it has one. */
  private readonly part: Float64Array;
  private readonly hit: Uint8Array;
  private marked = -1;

  constructor(
    private readonly claims: Claim[],
    weights: Map<string, number>,
  ) {
    // A term's weight in a claim (names weigh more) is read once per claim, not once per pair.
    const termIds = new Map<string, number>();
    let longest = 0;
    for (const c of claims) {
      const ids: number[] = [];
      const ws: number[] = [];
      let m = 0;
      for (const t of new Set(c.features.terms)) {
        let id = termIds.get(t);
        if (id === undefined) termIds.set(t, (id = termIds.size));
        const w = (weights.get(t) ?? 1) * (c.features.names.has(t) ? 1.4 : 1);
        ids.push(id);
        ws.push(w);
        m += w;
      }
      this.ids.push(ids);
      this.ws.push(ws);
      this.mass.push(m);
      longest = Math.max(longest, ids.length);
    }
    this.mark = new Int32Array(termIds.size).fill(-1);
    this.pos = new Int32Array(termIds.size);
    this.part = new Float64Array(longest);
    this.hit = new Uint8Array(longest);
  }

  /** Weighted Dice coefficient of two claims' terms. */
  sim(i: number, j: number): number {
    this.from(i);
    return this.simFrom(i, j);
  }

  /** Marks claim i's terms for simFrom(i, …). */
  private from(i: number): void {
    if (this.marked === i) return;
    const ids = this.ids[i];
    for (let k = 0; k < ids.length; k++) {
      this.mark[ids[k]] = i;
      this.pos[ids[k]] = k;
    }
    this.marked = i;
  }

  /**
   * sim(i, j) with claim i marked. The shared terms' contributions are summed over the smaller
   * claim's terms in their order (i's on a tie), as a plain loop over that claim would.
   */
  private simFrom(i: number, j: number): number {
    const mark = this.mark;
    const pos = this.pos;
    const idsJ = this.ids[j];
    const wsJ = this.ws[j];
    const wsI = this.ws[i];
    let shared = 0;
    if (wsI.length <= wsJ.length) {
      const part = this.part;
      const hit = this.hit;
      let any = false;
      for (let k = 0; k < idsJ.length; k++) {
        const id = idsJ[k];
        if (mark[id] !== i) continue;
        const p = pos[id];
        part[p] = (wsI[p] + wsJ[k]) / 2;
        hit[p] = 1;
        any = true;
      }
      if (any)
        for (let p = 0; p < wsI.length; p++)
          if (hit[p]) {
            shared += part[p];
            hit[p] = 0;
          }
    } else {
      for (let k = 0; k < idsJ.length; k++) {
        const id = idsJ[k];
        if (mark[id] === i) shared += (wsJ[k] + wsI[pos[id]]) / 2;
      }
    }
    const denom = this.mass[i] + this.mass[j];
    return denom ? (2 * shared) / denom : 0;
  }

  /** Sum of sim(x, y) over x in xs (outer) and y in ys (inner), added in that order. */
  total(xs: number[], ys: number[]): number {
    let total = 0;
    for (const x of xs) {
      this.from(x);
      for (const y of ys) total += this.simFrom(x, y);
    }
    return total;
  }

  /**
   * Terms' posting lists (claim indices, ascending), and the size above which a term is too common
   * to pair on: 5% of the claims, at least 60 and at most 200. In a story of hundreds of articles a
   * term in more claims than that names the story, not a fact, and pairing on it made the candidate
   * pairs grow with the square of the story.
   */
  private postings(): { lists: number[][]; cap: number } {
    const lists: number[][] = [];
    this.ids.forEach((ids, i) => {
      for (const id of ids) (lists[id] ??= []).push(i);
    });
    return { lists, cap: Math.min(MAX_PAIRING_POSTINGS, Math.max(60, Math.ceil(this.claims.length * 0.05))) };
  }

  /** Pairs of claims of different articles that share at least one discriminating term. */
  candidatePairs(): [number, number][] {
    const pairs: [number, number][] = [];
    this.eachCandidate((i, j) => pairs.push([i, j]));
    return pairs;
  }

  /** Each candidate pair once, as (i, j) with i < j, for every i in ascending order. */
  private eachCandidate(visit: (i: number, j: number) => void): void {
    const { lists, cap } = this.postings();
    const n = this.claims.length;
    const files = this.claims.map((c) => c.file);
    const seenBy = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const file = files[i];
      for (const id of this.ids[i]) {
        const list = lists[id];
        if (list.length < 2 || list.length > cap) continue;
        for (let y = list.length - 1; y >= 0; y--) {
          const j = list[y];
          if (j <= i) break;
          if (seenBy[j] === i || files[j] === file) continue;
          seenBy[j] = i;
          visit(i, j);
        }
      }
    }
  }

  /** Candidate pairs whose similarity reaches `threshold`, with it. */
  scoredPairs(threshold: number): { i: number; j: number; s: number }[] {
    const out: { i: number; j: number; s: number }[] = [];
    this.eachCandidate((i, j) => {
      const s = this.sim(i, j); // i's terms stay marked across its partners
      if (s >= threshold) out.push({ i, j, s });
    });
    return out;
  }
}

/** A term in more claims than this pairs none of them (see ClaimSimilarity.postings). */
const MAX_PAIRING_POSTINGS = 200;

/**
 * Groups claims that say the same thing: the most similar pairs first, never two claims of one
 * article in a group, and a claim joins a group only when it is close to the group as a whole (so
 * chains of loosely related sentences do not merge into one).
 */
export function groupClaims(claims: Claim[], options: ClaimOptions = CLAIM_DEFAULTS): { groups: Claim[][]; similarity: ClaimSimilarity } {
  const similarity = new ClaimSimilarity(claims, termWeights(claims));
  // Every pair is distinct, so the order (best first, then by indices) is total: the same
  // whichever order the pairs were found in.
  const scored = similarity.scoredPairs(options.threshold).sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const groupOf = claims.map((_, i) => i);
  const members = new Map<number, number[]>(claims.map((_, i) => [i, [i]]));
  // The files of each group, kept as groups merge (a group holds one claim per file at most).
  const filesOf = new Map<number, Set<string>>();
  for (const { i, j } of scored) {
    const gi = groupOf[i];
    const gj = groupOf[j];
    if (gi === gj) continue;
    const A = members.get(gi)!;
    const B = members.get(gj)!;
    const filesA = filesOf.get(gi) ?? new Set([claims[gi].file]);
    if (B.some((k) => filesA.has(claims[k].file))) continue;
    const total = similarity.total(A, B);
    if (total / (A.length * B.length) < options.groupThreshold) continue;
    members.delete(gj);
    members.set(gi, mergeSorted(A, B));
    for (const k of B) {
      groupOf[k] = gi;
      filesA.add(claims[k].file);
    }
    filesOf.set(gi, filesA);
    filesOf.delete(gj);
  }
  const groups = [...members.values()].map((g) => g.map((k) => claims[k]));
  groups.sort((a, b) => a[0].id - b[0].id);
  return { groups, similarity };
}

/** Two ascending lists of distinct indices as one ascending list. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) out.push(a[x] < b[y] ? a[x++] : b[y++]);
  while (x < a.length) out.push(a[x++]);
  while (y < b.length) out.push(b[y++]);
  return out;
}
