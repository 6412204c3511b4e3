// The benchmark's long story: one story followed for a long time (1,000 articles by default; the
// corpus stories have 10-50). First its comparison across sources, made on the worker thread as
// the bot makes it (Engine.prepareComparison: how long, and how long the engine's thread is held),
// then the query mix on it through the real handlers (first round and warm rounds), then articles
// added one at a time as the running bot adds them
// (Engine.applyArticlesAsync, the story analysed again on a worker thread): how long an update
// takes, and how long the engine's thread is held meanwhile, which is what delays every other
// answer. The same update analysed in the thread (Engine.applyArticles) is measured once for
// comparison. Last, the first answers after an update: what a story's new version costs its first
// questions (indexes and handler caches made for it). Runs in a child process of its own.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../corpus/load.ts';
import { Engine } from '../engine.ts';
import { longStory, writeArticles } from './generate.ts';
import { queryMix } from './queries.ts';
import { type Latencies, benchRouter, measureQueries, medianLatencies } from './run.ts';

export interface LongStoryReport {
  story_articles: number;
  /** The query mix on the story: medians over the warm rounds, and the first round's p99 (indexes and comparison built on first use). */
  p50_ms: Latencies;
  p99_ms: Latencies;
  first_round_p99_ms: Latencies;
  /** Analysing the whole story once (the cold start's share for it). */
  story_analysis_ms: number;
  /** Its first comparison across sources, made on the worker thread, and the longest stretch the engine's thread was held meanwhile. */
  compare_ms: number;
  compare_held_ms: number;
  /** One article added: until the new analysis is in place (median over the additions). */
  update_ms: number;
  /** The longest stretch the engine's thread was held during an update (median over the additions). */
  held_ms: number;
  /** The same update analysed in the engine's thread: held all along. */
  held_ms_in_thread: number;
  additions: number;
  /**
   * After an update, the slowest of the first FIRST_AFTER_UPDATE queries of each kind, asked once the
   * new version's comparison (started on the worker when the update lands) is in; medians over updates.
   */
  after_update_ms?: Latencies;
  after_update_queries?: number;
  after_update_additions?: number;
}

/** Queries of each kind timed after an update (the mix varies them: options, topics, speakers). */
const FIRST_AFTER_UPDATE = 3;
const AFTER_UPDATE_ADDITIONS = 3;

/** Times `fn`, with the longest gap between the ticks of a 2 ms timer meanwhile (how long this thread was held). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; held: number; result: T }> {
  let last = performance.now();
  let held = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
  }, 2);
  const t0 = performance.now();
  const result = await fn();
  const end = performance.now();
  clearInterval(timer);
  return { ms: end - t0, held: Math.max(held, end - last), result };
}

export async function measureLongStory(dir: string, storyArticles: number, seed: number, additions = 3, rounds = 4): Promise<LongStoryReport> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const all = longStory(storyArticles + additions + 1 + AFTER_UPDATE_ADDITIONS, seed);
  writeArticles(dir, all.slice(0, storyArticles));
  // As the bot runs: with a snapshot (the worker reads a long story's comparison input from its shard).
  const engine = await Engine.open([dir], { workers: 0, snapshot: join(dir, '.newsdesk') });
  const story = all[0].story;
  const compared = await timed(() => engine.prepareComparison(engine.story(story)!));
  const queries = (await measureQueries(engine, rounds, 20, false)).rounds;
  const warm = queries.slice(1);
  const add = (i: number) => {
    const a = all[storyArticles + i];
    const path = join(dir, a.story, a.file);
    writeFileSync(path, a.text);
    return readArticle(path, a.story);
  };
  const runs: { ms: number; held: number }[] = [];
  for (let i = 0; i < additions; i++) {
    const a = add(i);
    runs.push(await timed(() => engine.applyArticlesAsync([a])));
  }
  const inThread = await timed(() => engine.applyArticles([add(additions)]));
  const afterUpdate = await firstAnswersAfterUpdates(engine, story, (i) => add(additions + 1 + i));
  engine.close();
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const size = engine.story(story)!.analysis.articles.length;
  const expected = storyArticles + additions + 1 + AFTER_UPDATE_ADDITIONS;
  if (size !== expected) throw new Error(`the story has ${size} articles after the updates, not ${expected}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    story_articles: storyArticles,
    p50_ms: medianLatencies(warm.map((r) => r.p50)),
    p99_ms: medianLatencies(warm.map((r) => r.p99)),
    first_round_p99_ms: queries[0].p99,
    story_analysis_ms: Math.round(engine.openStats!.analysisMs),
    compare_ms: Math.round(compared.ms),
    compare_held_ms: Math.round(compared.held),
    update_ms: Math.round(median(runs.map((r) => r.ms))),
    held_ms: Math.round(median(runs.map((r) => r.held))),
    held_ms_in_thread: Math.round(inThread.held),
    additions,
    after_update_ms: afterUpdate,
    after_update_queries: FIRST_AFTER_UPDATE,
    after_update_additions: AFTER_UPDATE_ADDITIONS,
  };
}

/** Adds articles one at a time as the bot does; after each, times the first queries of each kind on the new version. */
async function firstAnswersAfterUpdates(engine: Engine, story: string, next: (i: number) => ReturnType<typeof readArticle>): Promise<Latencies> {
  const router = await benchRouter(engine);
  const mix = queryMix(engine, 20);
  const rounds: Latencies[] = [];
  for (let i = 0; i < AFTER_UPDATE_ADDITIONS; i++) {
    await engine.applyArticlesAsync([next(i)]);
    await engine.prepareComparison(engine.story(story)!);
    const slowest: Latencies = { quote: 0, timeline: 0, compare: 0, autocomplete: 0 };
    for (const kind of Object.keys(slowest) as (keyof Latencies)[]) {
      for (const q of mix.filter((x) => x.kind === kind).slice(0, FIRST_AFTER_UPDATE)) {
        const t = performance.now();
        if (q.kind === 'autocomplete') router.autocomplete(q.command, q.focused!, q.value ?? '', q.options);
        else await router.run(q.command, q.options);
        slowest[kind] = Math.max(slowest[kind], performance.now() - t);
      }
    }
    rounds.push(slowest);
  }
  return medianLatencies(rounds);
}
