// The benchmark. For each corpus size, in fresh child processes (so memory numbers are the
// engine's own): a cold start (everything analysed, snapshot written), then starts from the snapshot;
// in the first cold child, the fixed mix of queries through the real command handlers (Router +
// commands/index.ts), the same retrieval by a naive linear scan, heap and RSS, and the time to build
// every story's index. Medians over the repeated runs; progress on stderr.
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { rmSync, statSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisCodeDigest } from '../snapshot.ts';
import { writeCorpus } from './generate.ts';
import type { LongStoryReport } from './long-story.ts';
import type { TextRate } from './text-rate.ts';

export interface Latencies {
  quote: number;
  timeline: number;
  compare: number;
  autocomplete: number;
}

/** One size's row: the fields of CONTRACTS.md first, then the detail behind them. */
export interface SizeReport {
  articles: number;
  mb: number;
  analysis_mb_per_s: number;
  ready_cold_ms: number;
  ready_snapshot_ms: number;
  rss_mb: number;
  p50_ms: Latencies;
  p99_ms: Latencies;
  linear_scan_ratio: number;
  stories: number;
  /** Cold start until every story is analysed (`ready_cold_ms` is until it answers; the analysis goes on in the background). */
  analysed_cold_ms: number;
  /** The first answer about each of a dozen stories, asked right after a cold start while the rest is analysed. */
  answers_while_analysing_ms: { p50: number; max: number };
  /** Analysis throughput of one core (bytes over the summed per-story analysis time). */
  analysis_mb_per_s_per_core: number;
  analysis_workers: number;
  /** Building every story's index (clusters and passages), which the engine otherwise does on first use. */
  index_build_ms: number;
  heap_mb: number;
  /** Peak RSS of the cold start up to ready (analysis on worker threads included). */
  peak_rss_ready_mb: number;
  /** Peak RSS of the whole cold child (timing every index build, which holds every story, included). */
  peak_rss_mb: number;
  rss_snapshot_mb: number;
  snapshot_mb: number;
  /** Spawn to ready, including Node and module start-up. */
  process_ready_cold_ms: number;
  process_ready_snapshot_ms: number;
  /** p99 of the first round after a start from the snapshot (stories read and indexed on first use). */
  first_round_p99_ms: Latencies;
  /** Start from the snapshot until the newest stories (up to 10,000 articles) are read and indexed (ready + Engine.warm). */
  snapshot_warm_ms: number;
  rss_snapshot_warm_mb: number;
  heap_snapshot_warm_mb: number;
  /** RSS and heap of the cold-started engine after the query mix (stories read as asked). */
  rss_after_queries_mb: number;
  heap_after_queries_mb: number;
  linear_scan_ratio_by_kind: Latencies;
  /** Against a scan of the asked story's articles only (see src/bench/linear.ts). */
  linear_scan_ratio_story_scoped: number;
  runs: { ready_cold_ms: number[]; ready_snapshot_ms: number[] };
  rounds: number;
  queries_per_kind: number;
}

export interface BenchReport {
  machine: string;
  sizes: SizeReport[];
  /** One long story: its handlers and its updates (see long-story.ts); absent with --story 0. */
  long_story?: LongStoryReport;
  /** Real text (the seeds) against generated text, on one warm thread (see text-rate.ts). */
  text_rate?: TextRate;
}

export interface BenchOptions {
  sizes: number[];
  /** Cold and snapshot starts per size (default 3; 1 at 50,000 and above). */
  runs?: number;
  /** Rounds of the query mix (default 7). */
  rounds?: number;
  queriesPerKind?: number;
  seed?: number;
  /** The articles folder used for size 5 (the real seeds). */
  seedsDir?: string;
  /** Articles of the long story whose updates are timed (default 1,000; 0 skips it). */
  storyArticles?: number;
  /** Where corpora and snapshots go (default: the system temp folder). */
  workDir?: string;
  progress?: (line: string) => void;
}

export function machine(): string {
  const cpu = cpus()[0]?.model?.trim() || 'unknown CPU';
  return `${cpu}, ${availableParallelism()} cores, node ${process.version}`;
}

const BIN = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));
const MARK = 'NEWSDESK_BENCH_RESULT ';

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const say = options.progress ?? ((l: string) => process.stderr.write(`${l}\n`));
  const work = options.workDir ?? join(tmpdir(), 'newsdesk-bench');
  mkdirSync(work, { recursive: true });
  const report: BenchReport = { machine: machine(), sizes: [] };
  const seedsDir = resolve(options.seedsDir ?? 'seeds');
  let generatedDir: string | undefined;
  for (const size of options.sizes) {
    const runs = options.runs ?? (size >= 50_000 ? 1 : 3);
    let dir: string;
    if (size === 5) dir = seedsDir;
    else {
      say(`[${size}] generating the corpus…`);
      dir = writeCorpus(size, { seed: options.seed, dir: join(work, `corpus-s${options.seed ?? 7}-n${size}`), progress: (n) => say(`[${size}] generated ${n} articles`) }).dir;
      generatedDir ??= dir;
    }
    // Every size starts with its files in the page cache, as the median of repeated runs did anyway:
    // a single run (50,000 articles) would otherwise time this disk rather than the engine.
    say(`[${size}] reading the corpus once (into the page cache): ${(readEveryFile(dir) / 1000).toFixed(1)} s`);
    const snap = join(work, `snapshot-n${size}`);
    const common = ['--dir', dir, '--snapshot', snap, '--rounds', String(options.rounds ?? 7), '--per-kind', String(options.queriesPerKind ?? 60)];
    // Each start from the snapshot right after the cold start that wrote it.
    const cold: ChildResult[] = [];
    const warm: ChildResult[] = [];
    for (let r = 0; r < runs; r++) {
      rmSync(snap, { recursive: true, force: true });
      say(`[${size}] cold start ${r + 1}/${runs}${r === 0 ? ' (with the query mix)' : ''}…`);
      cold.push(await child(['cold', ...common, ...(r === 0 ? ['--with-queries'] : [])], say, size));
      say(`[${size}] start from the snapshot ${r + 1}/${runs}…`);
      warm.push(await child(['snapshot', ...common], say, size));
    }
    // The first answers while it analyses, in a cold start of their own (they take stories off the workers).
    rmSync(snap, { recursive: true, force: true });
    say(`[${size}] cold start, asking about a dozen stories at once…`);
    const first = await child(['cold', ...common, '--first-answers'], say, size);
    const q = cold[0];
    const row: SizeReport = {
      articles: q.articles,
      mb: round(q.bytes / 1e6, 2),
      analysis_mb_per_s: round(median(cold.map((c) => c.bytes / 1e6 / (c.analysisMs / 1000))), 2),
      ready_cold_ms: Math.round(median(cold.map((c) => c.readyMs))),
      ready_snapshot_ms: Math.round(median(warm.map((c) => c.readyMs))),
      analysed_cold_ms: Math.round(median(cold.map((c) => c.analysedMs!))),
      answers_while_analysing_ms: { p50: round(first.whileAnalysing!.p50, 1), max: round(first.whileAnalysing!.max, 1) },
      // The larger of the two steady states: after the query mix, and warmed after a restart.
      rss_mb: Math.round(Math.max(q.rssMb!, median(warm.map((c) => c.rssWarmMb!)))),
      p50_ms: q.p50!,
      p99_ms: q.p99!,
      linear_scan_ratio: round(q.linearRatio!, 1),
      stories: q.stories,
      analysis_mb_per_s_per_core: round(median(cold.map((c) => c.bytes / 1e6 / (c.analysisCpuMs / 1000))), 2),
      analysis_workers: q.workers,
      index_build_ms: Math.round(q.indexBuildMs!),
      heap_mb: Math.round(Math.max(q.heapMb!, median(warm.map((c) => c.heapWarmMb!)))),
      peak_rss_ready_mb: Math.round(Math.max(...cold.map((c) => c.peakRssReadyMb))),
      peak_rss_mb: Math.round(Math.max(...cold.map((c) => c.peakRssMb))),
      rss_snapshot_mb: Math.round(median(warm.map((c) => c.rssAfterReadyMb))),
      snapshot_mb: round(dirSize(join(snap, 'snapshot-v1')) / 1e6, 1),
      process_ready_cold_ms: Math.round(median(cold.map((c) => c.processReadyMs))),
      process_ready_snapshot_ms: Math.round(median(warm.map((c) => c.processReadyMs))),
      first_round_p99_ms: medianLatencies(warm.map((c) => c.firstRoundP99!)),
      snapshot_warm_ms: Math.round(median(warm.map((c) => c.warmMs!))),
      rss_snapshot_warm_mb: Math.round(median(warm.map((c) => c.rssWarmMb!))),
      heap_snapshot_warm_mb: Math.round(median(warm.map((c) => c.heapWarmMb!))),
      rss_after_queries_mb: Math.round(q.rssMb!),
      heap_after_queries_mb: Math.round(q.heapMb!),
      linear_scan_ratio_by_kind: q.linearByKind!,
      linear_scan_ratio_story_scoped: round(q.scopedRatio!, 1),
      runs: { ready_cold_ms: cold.map((c) => Math.round(c.readyMs)), ready_snapshot_ms: warm.map((c) => Math.round(c.readyMs)) },
      rounds: options.rounds ?? 7,
      queries_per_kind: options.queriesPerKind ?? 60,
    };
    report.sizes.push(row);
    say(`[${size}] ready cold ${row.ready_cold_ms} ms, from snapshot ${row.ready_snapshot_ms} ms, rss ${row.rss_mb} MB`);
  }
  say('[text] the seed articles, and a generated slice, on one warm thread…');
  report.text_rate = await child<TextRate>(['text-rate', '--dir', seedsDir, ...(generatedDir ? ['--generated', generatedDir] : [])], say, 0);
  const story = options.storyArticles ?? 1000;
  if (story > 0) {
    say(`[story] one story of ${story} articles: the query mix, then articles added one at a time…`);
    const args = ['long-story', '--dir', join(work, `story-s${options.seed ?? 7}-n${story}`), '--story', String(story), '--seed', String(options.seed ?? 7)];
    const u = (report.long_story = await child<LongStoryReport>(args, say, story));
    say(`[story] update ${u.update_ms} ms, thread held ${u.held_ms} ms (${u.held_ms_in_thread} ms analysed in the thread)`);
  }
  return report;
}

/** What a child process measures. */
export interface ChildResult {
  mode: 'cold' | 'snapshot';
  articles: number;
  stories: number;
  bytes: number;
  readyMs: number;
  /** Cold: until every story was analysed. */
  analysedMs?: number;
  whileAnalysing?: { p50: number; max: number };
  processReadyMs: number;
  analysisMs: number;
  analysisCpuMs: number;
  workers: number;
  storiesFromSnapshot: number;
  openStats: import('../engine.ts').OpenStats;
  rssAfterReadyMb: number;
  /** Peak RSS up to ready (the analysis, worker threads included). */
  peakRssReadyMb: number;
  peakRssMb: number;
  rssMb?: number;
  heapMb?: number;
  p50?: Latencies;
  p99?: Latencies;
  firstRoundP99?: Latencies;
  linearRatio?: number;
  scopedRatio?: number;
  linearByKind?: Latencies;
  indexBuildMs?: number;
  warmMs?: number;
  rssWarmMb?: number;
  heapWarmMb?: number;
}

function child<T = ChildResult>(args: string[], say: (l: string) => void, size: number): Promise<T> {
  const started = performance.now();
  return new Promise((resolveChild, reject) => {
    const env = { ...process.env, NEWSDESK_BENCH_CODE_DIGEST: analysisCodeDigest() };
    const p = spawn(process.execPath, ['--expose-gc', BIN, 'bench', '--child', ...args, '--spawned-at', String(Date.now())], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      for (const line of d.split(/\r?\n|\r/)) if (line.trim() && !line.startsWith('npm warn')) say(`[${size}]   ${line.trim()}`);
    });
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) return reject(new Error(`bench child (${args[0]}, ${size} articles) failed with exit code ${code}: ${err.slice(-2000)}`));
      const result = JSON.parse(line.slice(MARK.length)) as T;
      if (args[0] === 'cold' || args[0] === 'snapshot') (result as ChildResult).processReadyMs ??= performance.now() - started;
      resolveChild(result);
    });
  });
}

// ---- inside a child --------------------------------------------------------------------------------

export interface ChildOptions {
  mode: 'cold' | 'snapshot';
  dir: string;
  snapshot: string;
  queries: boolean;
  /** Ask about a dozen stories as soon as it answers (a cold start of its own: it slows the analysis). */
  firstAnswers?: boolean;
  rounds: number;
  perKind: number;
  spawnedAt?: number;
}

/** The long-story measure in this (fresh) process; prints its result line on stdout. */
export async function runLongStoryChild(dir: string, storyArticles: number, seed: number): Promise<void> {
  const { measureLongStory } = await import('./long-story.ts');
  process.stdout.write(`${MARK}${JSON.stringify(await measureLongStory(dir, storyArticles, seed))}\n`);
}

/** The text-rate measure in this (fresh) process; prints its result line on stdout. */
export async function runTextRateChild(seedsDir: string, generatedDir?: string): Promise<void> {
  const { measureTextRate } = await import('./text-rate.ts');
  process.stdout.write(`${MARK}${JSON.stringify(measureTextRate(seedsDir, generatedDir))}\n`);
}

/** Runs one measurement in this (fresh) process and prints its result line on stdout. */
export async function runChild(o: ChildOptions): Promise<void> {
  const say = (l: string) => process.stderr.write(`${l}\n`);
  const { Engine } = await import('../engine.ts');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const t0 = performance.now();
  // As the bot starts: answering once the articles are read, the analysis going on in the background.
  const engine = await Engine.open([o.dir], { snapshot: o.snapshot, background: true, progress: throttle(say, 2000) });
  const readyMs = performance.now() - t0;
  const processReadyMs = o.spawnedAt ? Date.now() - o.spawnedAt : undefined;
  const whileAnalysing = o.firstAnswers ? await firstAnswers(engine, 12) : undefined;
  const stats = await engine.analysed;
  // Ready, plus what the engine analysed after it answered (its own clock, so the probes above do not count).
  const analysedMs = readyMs + stats.totalMs - (stats.readyMs ?? stats.totalMs);
  const mem = () => process.memoryUsage();
  const result: ChildResult = {
    mode: o.mode,
    articles: stats.articles,
    stories: stats.stories,
    bytes: stats.bytes,
    readyMs,
    analysedMs,
    whileAnalysing,
    processReadyMs: processReadyMs as number,
    analysisMs: stats.analysisMs,
    analysisCpuMs: stats.analysisCpuMs,
    workers: stats.workers,
    storiesFromSnapshot: stats.storiesFromSnapshot,
    openStats: stats,
    rssAfterReadyMb: mem().rss / 1e6,
    peakRssReadyMb: process.resourceUsage().maxRSS / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  if (o.mode === 'snapshot' && stats.storiesAnalysed > 0) say(`warning: ${stats.storiesAnalysed} stories were not in the snapshot (${JSON.stringify(stats.snapshotMisses)})`);
  if (o.mode === 'snapshot') {
    // The first queries after a restart: stories are read and indexed as they are first asked about.
    const { rounds } = await measureQueries(engine, 1, o.perKind, false);
    result.firstRoundP99 = rounds[0].p99;
    // Then everything else, as the bot does in the background (the query round not counted).
    const tw = performance.now();
    await engine.warm();
    result.warmMs = readyMs + (performance.now() - tw);
    gc();
    result.rssWarmMb = mem().rss / 1e6;
    result.heapWarmMb = mem().heapUsed / 1e6;
  }
  if (o.queries) {
    say(`running ${o.rounds} rounds of ${o.perKind * 4} queries…`);
    const q = await measureQueries(engine, o.rounds, o.perKind, true, () => {
      gc();
      const m = mem();
      result.rssMb = m.rss / 1e6;
      result.heapMb = m.heapUsed / 1e6;
    });
    const warmRounds = q.rounds.slice(1);
    result.p50 = medianLatencies(warmRounds.map((r) => r.p50));
    result.p99 = medianLatencies(warmRounds.map((r) => r.p99));
    result.firstRoundP99 = q.rounds[0].p99;
    result.linearRatio = q.linearRatio;
    result.scopedRatio = q.scopedRatio;
    result.linearByKind = q.linearByKind;
    say('building every story index (to time it)…');
    result.indexBuildMs = await timeIndexBuild(engine);
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
}

/**
 * Right after a start, while the workers analyse: the first answer about each of `n` stories spread
 * over the list (/timeline, then /compare), each story analysed first as it is asked about.
 */
async function firstAnswers(engine: import('../engine.ts').Engine, n: number): Promise<{ p50: number; max: number }> {
  const router = await benchRouter(engine);
  const names = engine.storyNames();
  const count = Math.min(n, names.length);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const story = names[Math.floor((i * names.length) / count)];
    for (const command of ['timeline', 'compare']) {
      const t = performance.now();
      await router.run(command, { story });
      times.push(performance.now() - t);
    }
  }
  return { p50: median(times), max: Math.max(0, ...times) };
}

/** The real router and commands, without the reply cache (every query runs its handler) or the cooldown. */
/** The real router over the engine, with no reply cache: every query runs its handler (the charts' own memo stays, as in production). */
export async function benchRouter(engine: import('../engine.ts').Engine) {
  const { Router } = await import('../router.ts');
  const { commands } = await import('../../commands/index.ts');
  return new Router(engine, commands, undefined, { cacheEntries: 0, cooldown: false });
}

interface RoundStats {
  p50: Latencies;
  p99: Latencies;
}

export async function measureQueries(engine: import('../engine.ts').Engine, rounds: number, perKind: number, linear: boolean, afterRounds?: () => void) {
  const { queryMix } = await import('./queries.ts');
  const { flatten, indexedLookup, linearLookup, scopedLookup } = await import('./linear.ts');
  const router = await benchRouter(engine);
  const mix = queryMix(engine, perKind);
  const out: RoundStats[] = [];
  for (let r = 0; r < rounds; r++) {
    const times: Record<string, number[]> = { quote: [], timeline: [], compare: [], autocomplete: [] };
    for (const q of mix) {
      const t = performance.now();
      if (q.kind === 'autocomplete') router.autocomplete(q.command, q.focused!, q.value ?? '', q.options);
      else await router.run(q.command, q.options);
      times[q.kind].push(performance.now() - t);
    }
    out.push({ p50: latencies(times, 0.5), p99: latencies(times, 0.99) });
  }
  afterRounds?.();
  let linearRatio = 0;
  let scopedRatio = 0;
  const linearByKind = { quote: 0, timeline: 0, compare: 0, autocomplete: 0 };
  if (linear) {
    // The same retrieval three ways, interleaved, three times; medians of each query's times.
    const flat = flatten(engine);
    const defaultStory = engine.storyNames()[0];
    const idx: number[][] = mix.map(() => []);
    const lin: number[][] = mix.map(() => []);
    const sco: number[][] = mix.map(() => []);
    for (let r = 0; r < 3; r++) {
      mix.forEach((q, i) => {
        let t = performance.now();
        indexedLookup(engine, q);
        idx[i].push(performance.now() - t);
        t = performance.now();
        linearLookup(flat, q, defaultStory);
        lin[i].push(performance.now() - t);
        t = performance.now();
        scopedLookup(flat, q, defaultStory);
        sco[i].push(performance.now() - t);
      });
    }
    const iq = idx.map(median);
    const lq = lin.map(median);
    const sq = sco.map(median);
    linearRatio = median(lq) / Math.max(median(iq), 1e-6);
    scopedRatio = median(sq) / Math.max(median(iq), 1e-6);
    for (const kind of Object.keys(linearByKind) as (keyof Latencies)[]) {
      const sel = mix.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
      linearByKind[kind] = round(median(sel.map((i) => lq[i])) / Math.max(median(sel.map((i) => iq[i])), 1e-6), 1);
    }
  }
  return { rounds: out, linearRatio, scopedRatio, linearByKind };
}

/**
 * Builds story indexes from scratch (clusters and passages) without keeping them: every story up to
 * 400 stories, else an evenly spread sample of 400 scaled to the whole corpus by article count (so
 * that timing it does not hold every story of a 50,000-article corpus in memory at once).
 */
async function timeIndexBuild(engine: import('../engine.ts').Engine): Promise<number> {
  const { StoryIndex } = await import('../index/search.ts');
  const all = engine.allStories();
  const step = Math.max(1, Math.ceil(all.length / 400));
  const sample = all.filter((_, i) => i % step === 0);
  let total = 0;
  let articles = 0;
  for (const s of sample) {
    const analysis = s.analysis;
    const t = performance.now();
    const fresh = new StoryIndex(analysis);
    fresh.searchPassages('index');
    total += performance.now() - t;
    articles += analysis.articles.length;
  }
  const corpus = engine.openStats?.articles ?? articles;
  return step === 1 ? total : (total * corpus) / Math.max(1, articles);
}

// ---- small statistics ------------------------------------------------------------------------------

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

function latencies(times: Record<string, number[]>, p: number): Latencies {
  return {
    quote: round(percentile(times.quote, p), 3),
    timeline: round(percentile(times.timeline, p), 3),
    compare: round(percentile(times.compare, p), 3),
    autocomplete: round(percentile(times.autocomplete, p), 3),
  };
}

export function medianLatencies(xs: Latencies[]): Latencies {
  const k = (key: keyof Latencies) => round(median(xs.map((x) => x[key])), 3);
  return { quote: k('quote'), timeline: k('timeline'), compare: k('compare'), autocomplete: k('autocomplete') };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Reads every file under `dir` once; the milliseconds it took. */
function readEveryFile(dir: string): number {
  const t = performance.now();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.isFile()) readFileSync(join(d, e.name));
    }
  };
  walk(dir);
  return performance.now() - t;
}

function dirSize(dir: string): number {
  try {
    return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  } catch {
    return 0;
  }
}

function throttle(say: (l: string) => void, ms: number): (l: string) => void {
  let last = 0;
  return (l) => {
    const now = Date.now();
    if (now - last >= ms || /^snapshot/.test(l)) {
      last = now;
      say(l);
    }
  };
}

// ---- the table -----------------------------------------------------------------------------------

export function formatTable(report: BenchReport): string {
  const head = ['articles', 'MB', 'analysis MB/s', 'per core', 'index s', 'cold s', 'all analysed s', 'first answers ms', 'snapshot s', 'RSS MB', 'heap MB', 'quote p50/p99', 'timeline p50/p99', 'compare p50/p99', 'autocomplete p50/p99', 'linear ×'];
  const ms = (a: number, b: number) => `${a.toFixed(2)}/${b.toFixed(2)}`;
  const rows = report.sizes.map((s) => [
    s.articles.toLocaleString('en-US'),
    s.mb.toFixed(1),
    s.analysis_mb_per_s.toFixed(2),
    s.analysis_mb_per_s_per_core.toFixed(2),
    (s.index_build_ms / 1000).toFixed(2),
    (s.ready_cold_ms / 1000).toFixed(2),
    (s.analysed_cold_ms / 1000).toFixed(2),
    `${s.answers_while_analysing_ms.p50.toFixed(0)}/${s.answers_while_analysing_ms.max.toFixed(0)}`,
    (s.ready_snapshot_ms / 1000).toFixed(2),
    String(s.rss_mb),
    String(s.heap_mb),
    ms(s.p50_ms.quote, s.p99_ms.quote),
    ms(s.p50_ms.timeline, s.p99_ms.timeline),
    ms(s.p50_ms.compare, s.p99_ms.compare),
    ms(s.p50_ms.autocomplete, s.p99_ms.autocomplete),
    s.linear_scan_ratio.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [
    `machine: ${report.machine}`,
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`,
    ...rows.map(line),
    'times in ms unless marked s; p50/p99 are medians over the warm rounds; cold/snapshot: Engine.open to answering (files in the page cache), medians over the runs;',
    'all analysed: the cold start until the background analysis is done; first answers: p50/max of the first /timeline and /compare about each of 12 stories, asked as soon as it answers.',
    ...(report.text_rate ? [textRateLine(report.text_rate)] : []),
    ...(report.long_story ? longStoryLines(report.long_story) : []),
  ].join('\n');
}

function textRateLine(t: TextRate): string {
  const generated = t.generated_mb_per_s === undefined ? '' : `; the first ${t.generated_mb!.toFixed(2)} MB of the generated corpus at ${t.generated_mb_per_s.toFixed(2)} MB/s`;
  return `real text: the seed articles (${(t.real_mb * 1000).toFixed(0)} KB of real reports) analyse at ${t.real_mb_per_s.toFixed(2)} MB/s on one warm thread${generated}.`;
}

function longStoryLines(u: LongStoryReport): string[] {
  const n = u.story_articles.toLocaleString('en-US');
  const ms = (l: Latencies) => `quote ${l.quote.toFixed(2)}, timeline ${l.timeline.toFixed(2)}, compare ${l.compare.toFixed(2)}, autocomplete ${l.autocomplete.toFixed(2)}`;
  return [
    `one story of ${n} articles (analysed in ${(u.story_analysis_ms / 1000).toFixed(2)} s): p50 ${ms(u.p50_ms)}; p99 ${ms(u.p99_ms)}; first round p99 ${ms(u.first_round_p99_ms)}`,
    `  its comparison across sources: ${(u.compare_ms / 1000).toFixed(2)} s on the worker thread, thread held ${u.compare_held_ms} ms.`,
    `  one article added: update ${(u.update_ms / 1000).toFixed(2)} s, thread held ${u.held_ms} ms (${u.held_ms_in_thread} ms when analysed in the thread); medians of ${u.additions} additions.`,
    ...(u.after_update_ms
      ? [`  first answers after an update (the slowest of the first ${u.after_update_queries} of each kind, its comparison in): quote ${u.after_update_ms.quote.toFixed(1)}, timeline ${u.after_update_ms.timeline.toFixed(1)}, compare ${u.after_update_ms.compare.toFixed(1)}, autocomplete ${u.after_update_ms.autocomplete.toFixed(1)}; medians of ${u.after_update_additions} updates.`]
      : []),
  ];
}
