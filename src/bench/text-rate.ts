// How fast the analysis reads real news text, against the generated text the table is measured on.
// The seed articles (real reports) and a slice of a generated corpus are each analysed on one thread,
// after warming up, in alternating passes in one process. Real articles carry more names, quotations
// and dated clauses per sentence than the generator writes, so this line says how far the table's
// throughput carries over to an operator's own archive.
import { loadArticles } from '../corpus/load.ts';
import type { Article } from '../corpus/types.ts';
import { analyzeStory } from '../analysis/story.ts';
import { resetMemos } from '../analysis/memo.ts';
import { groupByStory } from '../engine.ts';
import { median, round } from './run.ts';

export interface TextRate {
  /** MB of the seed articles' text, and their analysis rate on one warm thread. */
  real_mb: number;
  real_mb_per_s: number;
  /** The same for the first stories of a generated corpus (about 1 MB), when one was generated. */
  generated_mb?: number;
  generated_mb_per_s?: number;
}

/** A pass analyses its stories again and again until it has run this long (the seeds take ~30 ms). */
const PASS_MS = 300;
const WARM_PASSES = 3;
const PASSES = 7;
const GENERATED_SAMPLE_BYTES = 1e6;

export function measureTextRate(seedsDir: string, generatedDir?: string): TextRate {
  const real = stories(seedsDir, Infinity);
  const generated = generatedDir ? stories(generatedDir, GENERATED_SAMPLE_BYTES) : undefined;
  const rates: { real: number[]; generated: number[] } = { real: [], generated: [] };
  for (let i = 0; i < WARM_PASSES + PASSES; i++) {
    const r = pass(real);
    const g = generated && pass(generated);
    if (i < WARM_PASSES) continue;
    rates.real.push(r);
    if (g !== undefined) rates.generated.push(g);
  }
  const out: TextRate = { real_mb: round(bytes(real) / 1e6, 3), real_mb_per_s: round(median(rates.real), 2) };
  if (generated) Object.assign(out, { generated_mb: round(bytes(generated) / 1e6, 2), generated_mb_per_s: round(median(rates.generated), 2) });
  return out;
}

/** The folder's stories, whole, until `limit` bytes of text are reached. */
function stories(dir: string, limit: number): Article[][] {
  const { articles, warnings } = loadArticles([dir]);
  if (!articles.length) throw new Error(`no articles to time in ${dir}${warnings.length ? `: ${warnings[0].reason}` : ''}`);
  const out: Article[][] = [];
  let total = 0;
  for (const list of groupByStory(articles).values()) {
    if (total >= limit) break;
    out.push(list);
    total += bytes([list]);
  }
  return out;
}

/** MB/s of one pass; every story is read afresh (no memo carried over from its last reading). */
function pass(set: Article[][]): number {
  const size = bytes(set);
  let done = 0;
  const t = performance.now();
  do {
    for (const list of set) {
      resetMemos();
      analyzeStory(list[0].story, list);
    }
    done += size;
  } while (performance.now() - t < PASS_MS);
  return done / 1e6 / ((performance.now() - t) / 1000);
}

function bytes(set: Article[][]): number {
  return set.reduce((n, list) => n + list.reduce((m, a) => m + Buffer.byteLength(a.text), 0), 0);
}
