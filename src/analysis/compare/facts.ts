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
  private readonly sets: Set<string>[];
  private readonly mass: number[];

  constructor(
    private readonly claims: Claim[],
    private readonly weights: Map<string, number>,
  ) {
    this.sets = claims.map((c) => new Set(c.features.terms));
    this.mass = claims.map((c, i) => this.weigh(this.sets[i], c));
  }

  private weight(t: string, c: Claim): number {
    return (this.weights.get(t) ?? 1) * (c.features.names.has(t) ? 1.4 : 1);
  }

  private weigh(terms: Set<string>, c: Claim): number {
    let m = 0;
    for (const t of terms) m += this.weight(t, c);
    return m;
  }

  /** Weighted Dice coefficient of two claims' terms. */
  sim(i: number, j: number): number {
    const [a, b] = this.sets[i].size <= this.sets[j].size ? [i, j] : [j, i];
    let shared = 0;
    for (const t of this.sets[a]) if (this.sets[b].has(t)) shared += (this.weight(t, this.claims[a]) + this.weight(t, this.claims[b])) / 2;
    const denom = this.mass[i] + this.mass[j];
    return denom ? (2 * shared) / denom : 0;
  }

  /** Pairs of claims of different articles that share at least one discriminating term. */
  candidatePairs(): [number, number][] {
    const postings = new Map<string, number[]>();
    this.sets.forEach((set, i) => {
      for (const t of set) {
        const list = postings.get(t);
        if (list) list.push(i);
        else postings.set(t, [i]);
      }
    });
    const cap = Math.max(60, Math.ceil(this.claims.length * 0.05));
    const seen = new Set<number>();
    const pairs: [number, number][] = [];
    const n = this.claims.length;
    for (const list of postings.values()) {
      if (list.length < 2 || list.length > cap) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x];
          const j = list[y];
          if (this.claims[i].file === this.claims[j].file) continue;
          const key = i * n + j;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([i, j]);
        }
    }
    return pairs;
  }
}

/**
 * Groups claims that say the same thing: the most similar pairs first, never two claims of one
 * article in a group, and a claim joins a group only when it is close to the group as a whole (so
 * chains of loosely related sentences do not merge into one).
 */
export function groupClaims(claims: Claim[], options: ClaimOptions = CLAIM_DEFAULTS): { groups: Claim[][]; similarity: ClaimSimilarity } {
  const similarity = new ClaimSimilarity(claims, termWeights(claims));
  const scored = similarity
    .candidatePairs()
    .map(([i, j]) => ({ i, j, s: similarity.sim(i, j) }))
    .filter((p) => p.s >= options.threshold)
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const groupOf = claims.map((_, i) => i);
  const members = new Map<number, number[]>(claims.map((_, i) => [i, [i]]));
  for (const { i, j } of scored) {
    const gi = groupOf[i];
    const gj = groupOf[j];
    if (gi === gj) continue;
    const A = members.get(gi)!;
    const B = members.get(gj)!;
    const filesA = new Set(A.map((k) => claims[k].file));
    if (B.some((k) => filesA.has(claims[k].file))) continue;
    let total = 0;
    for (const x of A) for (const y of B) total += similarity.sim(x, y);
    if (total / (A.length * B.length) < options.groupThreshold) continue;
    const merged = [...A, ...B].sort((x, y) => x - y);
    members.delete(gj);
    members.set(gi, merged);
    for (const k of B) groupOf[k] = gi;
  }
  const groups = [...members.values()].map((g) => g.map((k) => claims[k]));
  groups.sort((a, b) => a[0].id - b[0].id);
  return { groups, similarity };
}
