// The engine: every story's analysis and index, built from the articles folder. Discord-free;
// commands and surfaces read it.
//
// Two ways in: `Engine.fromPaths` (synchronous, everything analysed here and now) and `Engine.open`
// (asynchronous: stories whose files are unchanged come back from the on-disk snapshot, the rest are
// analysed, on worker threads when there are many). A story's search index is built the first time
// something asks for it. One article added, replaced or removed re-analyses only its story.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { compareStory, hasComparison, keepComparison } from './analysis/compare/index.ts';
import { toDay } from './analysis/dates/calendar.ts';
import { analyzeStory, newestOf } from './analysis/story.ts';
import { AnalysisPool, UpdateWorker, type Job } from './analysis-workers.ts';
import type { ArticleAnalysis, StoryAnalysis } from './analysis/types.ts';
import { isArticleFile, loadArticles, readArticle } from './corpus/load.ts';
import type { Article, Warning } from './corpus/types.ts';
import { StoryIndex } from './index/search.ts';
import { yieldNow } from './slices.ts';
import { SnapshotStore, analysisCodeDigest, contentHash, fileKey, packStory, packStoryBytes, sameKeys, shardJson, unpackStory, unpackStoryInSlices, type FileKey, type Manifest, type ManifestEntry, type ManifestSources, type Shard } from './snapshot.ts';

export interface Story {
  name: string;
  analysis: StoryAnalysis;
  index: StoryIndex;
  /** Date of the newest article (published or inferred), for choosing the default story. */
  newest: string;
  /** How many articles it has, known without reading its analysis. */
  readonly articleCount: number;
  /**
   * A digest of everything the story's analysis depends on (the analysis code, the story's name, its
   * files and their contents), known without reading the analysis: the same key, the same analysis.
   */
  readonly key?: string;
}

export interface OpenOptions {
  maxBytes?: number;
  /** Keep analysed stories on disk: true for `.newsdesk` in the working folder, or the folder to use. */
  snapshot?: boolean | string;
  /** Worker threads for analysing: 0 analyses in this thread; default: one per core when the work is large. */
  workers?: number;
  /** After returning, read and index the newest stories in the background (see `warm`). */
  warm?: boolean;
  /**
   * Return as soon as the articles are read, and analyse on worker threads in the background (see
   * `analysed`): a story asked about meanwhile is analysed first. Only when workers are used.
   */
  background?: boolean;
  progress?: (message: string) => void;
}

/** What `Engine.open` did and how long each part took (milliseconds). */
export interface OpenStats {
  articles: number;
  bytes: number;
  stories: number;
  /** Stories found in the snapshot (read when first used). */
  storiesFromSnapshot: number;
  storiesAnalysed: number;
  snapshotMisses: Record<string, number>;
  workers: number;
  loadMs: number;
  keysMs: number;
  snapshotReadMs: number;
  /** Wall time of the analysis (with workers, several stories at once). */
  analysisMs: number;
  /** The analysis time summed over stories: one core's share of the work. */
  analysisCpuMs: number;
  snapshotWriteMs: number;
  totalMs: number;
  /** True when nothing had changed: the start only listed the files and read the manifest. */
  quick: boolean;
  /** With `background`: from the start until `Engine.open` returned (answering), the rest analysed after. */
  readyMs?: number;
}

/** How many articles `warm()` reads and indexes ahead of use, newest stories first. */
export const WARM_ARTICLES = 10_000;

/** How many articles' worth of the newest stories `warm()` also compares across sources. */
export const WARM_COMPARE_ARTICLES = 500;

/** Below this many articles to analyse, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 150;

/** From this many articles, an update analyses its story on a worker thread (see `applyArticlesAsync`). */
const OFF_THREAD_ARTICLES = 100;

/** From this many articles, a story's comparison is made on a worker thread (about 1 s in the thread at 400). */
const OFF_THREAD_COMPARE_ARTICLES = 400;

type Source = { analysis: StoryAnalysis } | { load: () => StoryAnalysis; newest: string };

/**
 * A story: its articles, and its analysis either at hand or in a snapshot shard read when first
 * used; its index built when first used.
 */
class StoryEntry implements Story {
  private loaded?: StoryAnalysis;
  private built?: StoryIndex;
  private knownNewest?: string;
  private list?: Article[];

  constructor(
    readonly name: string,
    /** The story's articles, in the loader's order (by file name), or how to read them. */
    articles: Article[] | (() => Article[]),
    private source: Source,
    /** Snapshot keys of the articles, when the engine keeps a snapshot. */
    public files: FileKey[] = [],
    public shard?: string,
  ) {
    if (typeof articles === 'function') this.read = articles;
    else this.list = articles;
    if ('analysis' in source) this.loaded = source.analysis;
    else this.knownNewest = source.newest;
  }

  private read?: () => Article[];

  get articles(): Article[] {
    this.list ??= this.read!();
    return this.list;
  }

  get analysis(): StoryAnalysis {
    if (!this.loaded) {
      this.loaded = (this.source as { load: () => StoryAnalysis }).load();
      this.source = { analysis: this.loaded };
    }
    return this.loaded;
  }

  get articleCount(): number {
    return this.loaded?.articles.length ?? (this.files.length || this.articles.length);
  }

  get newest(): string {
    return this.knownNewest ?? newestOf(this.analysis);
  }

  get index(): StoryIndex {
    this.built ??= new StoryIndex(this.analysis);
    return this.built;
  }

  /** Its index, made ready before the story is put in place. */
  setIndex(index: StoryIndex): void {
    this.built = index;
  }

  private digest?: string;

  /** New keys for the story's files (the key follows). */
  setFiles(files: FileKey[]): void {
    this.files = files;
    this.digest = undefined;
  }

  get key(): string {
    if (!this.digest) {
      const h = createHash('sha1').update(`${analysisCodeDigest()}\n${this.name}\n`);
      // File names, not paths: replicas that mount the articles elsewhere agree on the key (and on
      // the fingerprint in button ids).
      if (this.files.length) for (const f of this.files) h.update(`${basename(f.path)}\0${f.hash}\n`);
      else for (const a of this.articles) h.update(`${a.file}\0${contentHash(a.text)}\n`);
      this.digest = h.digest('hex').slice(0, 16);
    }
    return this.digest;
  }

  /** Set while a start has yet to analyse the story (it is analysed when read). */
  awaitingAnalysis = false;

  get isLoaded(): boolean {
    return this.loaded !== undefined;
  }

  /** Where the analysis is now to be had (a worker's shard), unless it was read meanwhile. */
  settle(source: Source, shard?: string): void {
    this.awaitingAnalysis = false;
    if (this.loaded) return;
    this.source = source;
    this.shard = shard;
    this.loaded = 'analysis' in source ? source.analysis : undefined;
    this.knownNewest = 'analysis' in source ? undefined : source.newest;
  }

  get isIndexed(): boolean {
    return this.built !== undefined;
  }

  /** The story was replaced or dropped: its index lets go of what it keeps (see StoryIndex.release). */
  release(): void {
    this.built?.release();
  }
}

export class Engine {
  private readonly stories = new Map<string, StoryEntry>();
  private sortedNames?: string[];
  private store?: SnapshotStore;
  private manifest = new Map<string, ManifestEntry>();
  private sources?: { paths: string[]; maxBytes: number | null };
  private say: (message: string) => void = () => {};
  /** Set by `Engine.open`. */
  openStats?: OpenStats;
  /** Stories whose shard could not be used when first read, and were analysed again. */
  snapshotRebuilds = 0;
  /** Goes up with every change to the articles (add, replace, remove), e.g. to key cached answers. */
  version = 0;

  constructor(
    articles: Article[],
    readonly warnings: Warning[] = [],
  ) {
    for (const [name, list] of groupByStory(articles)) this.stories.set(name, new StoryEntry(name, list, { analysis: analyzeStory(name, list) }));
  }

  static fromPaths(paths: string[], maxBytes?: number): Engine {
    const { articles, warnings } = loadArticles(paths, { maxBytes });
    return new Engine(articles, warnings);
  }

  /**
   * Loads the articles and makes every story ready: a story whose files are unchanged since the
   * snapshot was written is read from it when first used; the others are analysed now (on worker
   * threads when there is much to do) and written to the snapshot.
   */
  static async open(paths: string[], options: OpenOptions = {}): Promise<Engine> {
    const t0 = performance.now();
    const say = options.progress ?? (() => {});
    const engine = new Engine([], []);
    engine.say = say;
    const store = options.snapshot ? new SnapshotStore(typeof options.snapshot === 'string' ? options.snapshot : join(process.cwd(), '.newsdesk')) : undefined;
    engine.store = store;
    engine.sources = { paths: paths.map((p) => resolve(p)), maxBytes: options.maxBytes ?? null };
    const previous = store ? store.readManifest() : { stories: new Map<string, ManifestEntry>() };
    // Nothing changed since the snapshot: no file is read before its story is used.
    if (store && engine.quickStart(previous, t0)) {
      engine.analysed = Promise.resolve(engine.openStats!);
      say(`snapshot: ${engine.stories.size} of ${engine.stories.size} stories ready, 0 to analyse (no file changed)`);
      if (options.warm) setImmediate(() => void engine.warm());
      return engine;
    }
    const { articles, warnings } = loadArticles(paths, { maxBytes: options.maxBytes });
    engine.warnings.push(...warnings);
    const tLoad = performance.now();
    const groups = groupByStory(articles);
    const keys = new Map<string, FileKey[]>();
    if (store) for (const [name, list] of groups) keys.set(name, list.map((a) => fileKey(a)));
    const tKeys = performance.now();

    const misses: Record<string, number> = {};
    const pending: { job: Job; entry: StoryEntry }[] = [];
    let pool: AnalysisPool | undefined;
    let fromSnapshot = 0;
    for (const [name, list] of groups) {
      const files = keys.get(name) ?? [];
      if (store) {
        const shard = store.shardName(name, files);
        const known = previous.stories.get(name);
        if (known && known.shard === shard && sameKeys(known.files, files)) {
          engine.stories.set(name, new StoryEntry(name, list, engine.shardSource(name, list, files, known.newest), files, shard));
          engine.manifest.set(name, known);
          fromSnapshot++;
          continue;
        }
        // No manifest entry (or another one): a shard of that name may still be there.
        const got = store.read(name, list, files);
        if (got.analysis) {
          engine.stories.set(name, new StoryEntry(name, list, { analysis: got.analysis }, files, shard));
          engine.manifest.set(name, { shard, newest: newestOf(got.analysis), files });
          fromSnapshot++;
          continue;
        }
        const why = got.reason?.replace(/ \(.*$/, '') ?? 'unknown';
        misses[why] = (misses[why] ?? 0) + 1;
      }
      // To be analysed: read before its turn, it is analysed there and then (and leaves the queue).
      const job: Job = { name, articles: list, files };
      const entry: StoryEntry = new StoryEntry(name, list, { newest: frontMatterNewest(list), load: () => (pool?.take(name), analyseHere(job, entry)) }, files);
      entry.awaitingAnalysis = true;
      engine.stories.set(name, entry);
      pending.push({ job, entry });
    }
    const tSnap = performance.now();
    if (store) say(`snapshot: ${fromSnapshot} of ${groups.size} stories ready, ${pending.length} to analyse`);

    // Analyse what the snapshot did not have.
    const todo = pending.reduce((n, p) => n + p.job.articles.length, 0);
    const workers = Math.min(options.workers ?? (todo >= WORKER_THRESHOLD ? availableParallelism() : 0), pending.length);
    let writeMs = 0;
    let cpuMs = 0;
    let done = 0;
    const save = (job: Job, bytes: () => Uint8Array, newest: string): string | undefined => {
      if (!store) return undefined;
      const t = performance.now();
      const shard = engine.writeShard(job.name, job.files, newest, bytes);
      writeMs += performance.now() - t;
      return shard;
    };
    const tick = (job: Job) => {
      done += job.articles.length;
      if (pending.length > 1) say(`analysed ${done} of ${todo} articles`);
    };
    // Still the story's entry (an update may have replaced it meanwhile) and not yet analysed.
    const open = (job: Job, entry: StoryEntry) => engine.stories.get(job.name) === entry && !entry.isLoaded;
    function analyseHere(job: Job, entry: StoryEntry): StoryAnalysis {
      const t = performance.now();
      const analysis = analyzeStory(job.name, job.articles);
      cpuMs += performance.now() - t;
      const shard = save(job, () => packStoryBytes(analysis, job.files, store!.code).bytes, newestOf(analysis));
      entry.settle({ analysis }, shard);
      engine.sortedNames = undefined;
      tick(job);
      return analysis;
    }
    const finish = async (): Promise<OpenStats> => {
      const finished = pool ? await pool.finished : new Set<string>();
      // What no worker did (none started, or one failed), here; in a background start, a story at a
      // time so the bot goes on answering, and not at all once the engine is closed.
      for (const { job, entry } of pending) {
        if (engine.closed) break;
        if (finished.has(job.name) || !open(job, entry)) continue;
        void entry.analysis;
        if (background) await yieldNow();
      }
      const tAnalysis = performance.now();
      const writeDuringAnalysis = writeMs;
      engine.pool = undefined;
      engine.sortedNames = undefined;
      if (background) engine.version++; // the order of the stories (the default one) may have changed
      if (store) {
        const t = performance.now();
        engine.saveManifest();
        writeMs += performance.now() - t;
      }
      const tEnd = performance.now();
      return (engine.openStats = {
        ...stats,
        snapshotReadMs: tSnap - tKeys,
        analysisMs: tAnalysis - tSnap - writeDuringAnalysis,
        analysisCpuMs: cpuMs,
        snapshotWriteMs: writeMs,
        totalMs: tEnd - t0,
      });
    };
    const stats: OpenStats = {
      articles: articles.length,
      bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
      stories: groups.size,
      storiesFromSnapshot: fromSnapshot,
      storiesAnalysed: pending.length,
      snapshotMisses: misses,
      workers,
      loadMs: tLoad - t0,
      keysMs: tKeys - tLoad,
      snapshotReadMs: 0,
      analysisMs: 0,
      analysisCpuMs: 0,
      snapshotWriteMs: 0,
      quick: false,
      totalMs: 0,
    };
    const background = options.background === true && workers > 0;
    if (workers > 0) {
      const entries = new Map(pending.map((p) => [p.job.name, p.entry]));
      pool = engine.pool = new AnalysisPool(
        pending.map((p) => p.job),
        workers,
        store?.code ?? '',
        (job, reply) => {
          cpuMs += reply.ms;
          const entry = entries.get(job.name)!;
          if (!open(job, entry)) return;
          const shard = save(job, () => reply.shard.bytes, reply.newest);
          // Saved: read back when first used. Not saved: unpacked now.
          entry.settle(shard ? engine.shardSource(job.name, job.articles, job.files, reply.newest) : { analysis: unpackStory(JSON.parse(shardJson(reply.shard)) as Shard, job.articles) }, shard);
          engine.sortedNames = undefined;
          tick(job);
        },
      );
    }
    engine.analysed = finish();
    if (!background) {
      await engine.analysed;
    } else {
      stats.readyMs = stats.totalMs = performance.now() - t0;
      engine.openStats = { ...stats };
      // Updates wait for the analysis of the start (they work on the stories as it leaves them).
      engine.applying = engine.analysed.catch(() => undefined);
    }
    if (options.warm) setImmediate(() => void engine.warm());
    return engine;
  }

  /** Resolves with the start's figures once every story of `Engine.open` is analysed (at once unless `background`). */
  analysed: Promise<OpenStats> = Promise.resolve(undefined as unknown as OpenStats);
  private pool?: AnalysisPool;
  private closed = false;

  /** How many stories a background start has still to analyse (0 once `analysed` has resolved). */
  analysing(): number {
    let n = 0;
    if (this.pool) for (const s of this.stories.values()) if (s.awaitingAnalysis) n++;
    return n;
  }

  /** Waits, during a background start, until the named story (else none) can be read without holding the thread for long. */
  async whenReady(name?: string): Promise<void> {
    await this.untilReadable(this.story(name));
  }

  /**
   * Whether `story` can be read now without holding the thread for long. If not, it is put first on
   * the workers, to be read on a later call: autocomplete asks on every keystroke, and must not hold
   * every other answer for the seconds a long story takes.
   */
  readableNow(story: Story): boolean {
    return !this.untilReadable(story);
  }

  /**
   * During a background start, what to wait for before `story` can be read without holding the
   * thread for long: a story a worker is on, or a long one still queued (put first). A short one
   * still queued is analysed when read (milliseconds): nothing to wait for.
   */
  private untilReadable(story: Story | undefined): Promise<void> | undefined {
    const pool = this.pool;
    const entry = pool && story && this.stories.get(story.name);
    if (!pool || !entry || !entry.awaitingAnalysis) return undefined;
    if (entry.articleCount < this.offThreadFrom && !pool.working(entry.name)) return undefined;
    return pool.soon(entry.name, true);
  }

  storyNames(): string[] {
    this.sortedNames ??= [...this.stories.values()].sort((a, b) => b.newest.localeCompare(a.newest) || a.name.localeCompare(b.name)).map((s) => s.name);
    return [...this.sortedNames];
  }

  /** The named story, or the one with the newest article; undefined when the name is unknown. */
  story(name?: string): Story | undefined {
    if (name) return this.stories.get(name) ?? [...this.stories.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());
    this.sortedNames ?? this.storyNames();
    const first = this.sortedNames![0];
    return first ? this.stories.get(first) : undefined;
  }

  allStories(): Story[] {
    return this.storyNames().map((n) => this.stories.get(n)!);
  }

  // ---- incremental updates ------------------------------------------------------------------------

  /**
   * Adds an article, or replaces the one with the same story and file name, and re-analyses only
   * its story. Returns the story as it now stands.
   */
  upsertArticle(article: Article): Story {
    const current = this.stories.get(article.story);
    const list = (current?.articles ?? []).filter((a) => a.file !== article.file);
    list.push(article);
    return this.restory(article.story, list)!;
  }

  /** Reads a file as an article of `story` (default: its folder's name) and adds or replaces it. */
  upsertFile(path: string, story?: string, maxBytes?: number): Story {
    const full = resolve(path);
    return this.upsertArticle(readArticle(full, story ?? basename(dirname(full)), maxBytes));
  }

  /** Removes an article; re-analyses its story (or drops it when it was the last). False when unknown. */
  removeArticle(story: string, file: string): boolean {
    const current = this.stories.get(story);
    if (!current || !current.articles.some((a) => a.file === file)) return false;
    this.restory(story, current.articles.filter((a) => a.file !== file));
    return true;
  }

  /**
   * Adds or replaces several articles and removes others, re-analysing each story it touches once
   * (a folder of new files costs one analysis per story, not one per file). Returns the touched
   * stories as they now stand (a story left with no article is dropped and not returned).
   */
  applyArticles(upserts: Article[], removals: { story: string; file: string }[] = []): Story[] {
    const out: Story[] = [];
    for (const [name, articles] of this.touched(upserts, removals)) {
      const s = this.restory(name, articles);
      if (articles.length && s) out.push(s);
    }
    return out;
  }

  /**
   * `applyArticles` for a running bot: a story of `offThreadFrom` articles or more (default 100,
   * about a third of a second of analysis) is analysed on a worker thread, so the bot goes on
   * answering, from the story as it stood, until the new analysis is in. Calls run one after
   * another, each on the articles as the previous one left them.
   */
  applyArticlesAsync(upserts: Article[], removals: { story: string; file: string }[] = []): Promise<Story[]> {
    const run = this.applying.then(async () => {
      const out: Story[] = [];
      for (const [name, articles] of this.touched(upserts, removals)) {
        const s = articles.length >= this.offThreadFrom ? await this.restoryOffThread(name, articles) : this.restory(name, articles);
        if (articles.length && s) out.push(s);
      }
      return out;
    });
    this.applying = run.catch(() => undefined);
    return run;
  }

  /** Stories of this many articles or more are analysed again on a worker thread by `applyArticlesAsync`. */
  offThreadFrom = OFF_THREAD_ARTICLES;
  private applying: Promise<unknown> = Promise.resolve();
  private updates?: UpdateWorker;
  /** Comparisons have a worker of their own: one made after an update does not hold up the next update. */
  private comparer?: UpdateWorker;

  /**
   * Work done on the new version of a story in use (its index built) before an update shows it:
   * handlers register theirs (see Command.prepare), so the first question after an update finds it done.
   */
  readonly preparers = new Set<(story: Story, pause: () => Promise<unknown>) => Promise<void> | void>();

  /** Stops the update and comparison workers, if running (they also stop by themselves when idle), and a background start's queue. */
  close(): void {
    this.closed = true;
    this.pool?.stop();
    this.updates?.close();
    this.comparer?.close();
  }

  /** Stories of this many articles or more get their comparison made on the worker thread (see `prepareComparison`). */
  compareOffThreadFrom = OFF_THREAD_COMPARE_ARTICLES;
  /** Comparisons asked of the worker, by story version, with how many callers wait for each. */
  private comparing = new Map<string, { done: Promise<void>; waiters: number }>();

  /**
   * Makes sure the story's comparison across sources is at hand before a handler reads it: a long
   * story's is made on the worker thread (seconds for a thousand articles, during which the bot goes
   * on answering); a shorter one is left to the handler, which makes it in a few milliseconds.
   * `wait: false` starts it without waiting (an update starting the new version's comparison):
   * then, should a newer version replace the story before its turn on the worker, and nobody wait
   * for it, it is skipped (a burst of updates to a long story makes one comparison, not one each).
   */
  async prepareComparison(story: Story, wait = true): Promise<void> {
    const entry = this.stories.get(story.name);
    if (!entry || entry !== story || entry.articleCount < this.compareOffThreadFrom) return;
    if (hasComparison(entry.analysis)) return;
    const key = entry.key;
    let pending = this.comparing.get(key);
    if (!pending) {
      const job = { done: Promise.resolve(), waiters: 0 };
      const wanted = () => job.waiters > 0 || this.stories.get(entry.name) === entry;
      job.done = (async () => {
        const analysis = entry.analysis;
        // The worker reads the story from its snapshot shard, or from one packed here when there is none.
        const shardPath = this.store && entry.shard ? join(this.store.dir, entry.shard) : undefined;
        const message = { name: entry.name, articles: entry.articles, shardPath, shard: shardPath ? undefined : packStory(analysis, entry.files) };
        const comparison = await (this.comparer ??= new UpdateWorker()).compare(message, wanted);
        // Kept only for the analysis it was made from (the story may have changed meanwhile).
        if (comparison) keepComparison(analysis, comparison);
      })().finally(() => this.comparing.delete(key));
      job.done.catch(() => undefined); // a failure is for the callers that wait (none may)
      this.comparing.set(key, (pending = job));
    }
    if (!wait) return;
    pending.waiters++;
    try {
      await pending.done;
    } finally {
      pending.waiters--;
    }
  }

  /** The article lists of the stories a batch touches, as they will stand. */
  private touched(upserts: Article[], removals: { story: string; file: string }[]): Map<string, Article[]> {
    const touched = new Map<string, Article[]>();
    const list = (name: string) => {
      let l = touched.get(name);
      if (!l) touched.set(name, (l = [...(this.stories.get(name)?.articles ?? [])]));
      return l;
    };
    for (const r of removals) {
      const l = list(r.story);
      const at = l.findIndex((a) => a.file === r.file);
      if (at >= 0) l.splice(at, 1);
    }
    for (const a of upserts) {
      const l = list(a.story);
      const at = l.findIndex((x) => x.file === a.file);
      if (at >= 0) l.splice(at, 1);
      l.push(a);
    }
    return touched;
  }

  /**
   * Whether a story's analysis is in memory and its index built (both happen on first use), and
   * whether a background start has yet to analyse it.
   */
  state(story: string): { loaded: boolean; indexed: boolean; awaitingAnalysis: boolean } | undefined {
    const s = this.stories.get(story);
    return s && { loaded: s.isLoaded, indexed: s.isIndexed, awaitingAnalysis: s.awaitingAnalysis };
  }

  /**
   * Reads and indexes the stories people are most likely to ask about, newest first, up to
   * `maxArticles` articles in all (default 10,000; Infinity for every story), one story at a time,
   * yielding to the event loop between them. Older stories are read when first asked about, so
   * memory follows what is used rather than the size of the archive. Then the newest stories, up to
   * `compareArticles` articles, also get their comparison across sources (what /compare reads,
   * otherwise built on its first use: a second or so per hundred articles) and the handlers'
   * commonest answers (`Command.prepare`: /quote's cards, /timeline's first page and chart).
   */
  async warm(maxArticles = WARM_ARTICLES, compareArticles = Math.min(maxArticles, WARM_COMPARE_ARTICLES)): Promise<void> {
    await this.analysed; // else it would analyse here what the workers are about to
    for (const s of this.newest(maxArticles)) {
      if (!s.isIndexed) void s.index;
      await yieldNow();
    }
    if (compareArticles <= 0) return;
    for (const s of this.newest(compareArticles)) {
      await this.prepareComparison(s); // a long story's on the worker thread
      compareStory(s.analysis); // kept with the analysis until the story changes
      await this.prepareHandlers(s, (err) => this.say(`warming "${s.name}": a handler's preparation failed (its first question will do that work): ${(err as Error)?.message ?? err}`));
      await yieldNow();
    }
  }

  /** The newest stories, up to `maxArticles` articles in all (the first story always). */
  private newest(maxArticles: number): StoryEntry[] {
    const out: StoryEntry[] = [];
    let articles = 0;
    for (const name of this.storyNames()) {
      const s = this.stories.get(name);
      if (!s) continue;
      const n = s.articleCount;
      if (articles + n > maxArticles && articles > 0) break;
      articles += n;
      out.push(s);
    }
    return out;
  }

  /**
   * The start when no file changed since the manifest was written: the article files are listed and
   * stat'ed as the loader would find them; if every one has the size and mtime the manifest has, and
   * no file came or went, every story is taken from the snapshot and its files are read (and their
   * content hashes checked) only when the story is first used. False when anything differs.
   */
  private quickStart(previous: Manifest, t0: number): boolean {
    const src = previous.sources;
    if (!src || !this.store || !previous.stories.size) return false;
    if (src.maxBytes !== this.sources!.maxBytes || src.paths.length !== this.sources!.paths.length || src.paths.some((p, i) => p !== this.sources!.paths[i])) return false;
    const found = listArticleFiles(this.sources!.paths);
    if (!found) return false;
    const known = new Map<string, { size: number; mtimeMs: number }>();
    for (const e of previous.stories.values()) for (const f of e.files) known.set(f.path, f);
    for (const w of src.warnings) known.set(w.path, w);
    if (found.size !== known.size) return false;
    let bytes = 0;
    for (const [path, st] of found) {
      const k = known.get(path);
      if (!k || k.size !== st.size || k.mtimeMs !== st.mtimeMs) return false;
      bytes += st.size;
    }
    const names = [...previous.stories.keys()].sort((a, b) => a.localeCompare(b));
    for (const name of names) {
      const e = previous.stories.get(name)!;
      this.manifest.set(name, e);
      const entry: StoryEntry = new StoryEntry(name, () => this.readFiles(entry), { newest: e.newest, load: () => this.loadChecked(entry) }, e.files, e.shard);
      this.stories.set(name, entry);
    }
    this.warnings.push(...src.warnings.map((w) => ({ file: w.file, reason: w.reason })));
    this.quickWarnings = src.warnings;
    const ms = performance.now() - t0;
    this.openStats = {
      articles: known.size - src.warnings.length,
      bytes: bytes - src.warnings.reduce((n, w) => n + Math.max(0, w.size), 0),
      stories: names.length,
      storiesFromSnapshot: names.length,
      storiesAnalysed: 0,
      snapshotMisses: {},
      workers: 0,
      loadMs: ms,
      keysMs: 0,
      snapshotReadMs: 0,
      analysisMs: 0,
      analysisCpuMs: 0,
      snapshotWriteMs: 0,
      totalMs: ms,
      quick: true,
    };
    return true;
  }

  private quickWarnings?: ManifestSources['warnings'];

  /** Reads a story's files as the loader would (a file that went missing is left out). */
  private readFiles(entry: StoryEntry): Article[] {
    const out: Article[] = [];
    for (const f of entry.files) {
      try {
        out.push(readArticle(f.path, basename(dirname(f.path)), this.sources?.maxBytes ?? undefined));
      } catch (err) {
        this.say(`story ${entry.name}: ${f.path} can no longer be read (${(err as Error).message})`);
      }
    }
    return out;
  }

  /**
   * The analysis of a story of a quick start: from its shard when the files read now are those the
   * manifest describes (same contents, same story), else analysed again.
   */
  private loadChecked(entry: StoryEntry): StoryAnalysis {
    const articles = entry.articles;
    const same = articles.length === entry.files.length && articles.every((a, i) => a.story === entry.name && a.path === entry.files[i].path && contentHash(a.text) === entry.files[i].hash);
    if (same) return this.loadShard(entry.name, articles, entry.files);
    this.say(`snapshot: the files of story ${entry.name} changed since they were listed; analysing it again`);
    this.snapshotRebuilds++;
    const files = articles.map((a) => fileKey(a));
    const analysis = analyzeStory(entry.name, articles.filter((a) => a.story === entry.name));
    entry.setFiles(files);
    const shard = this.writeShard(entry.name, files, newestOf(analysis), () => packStoryBytes(analysis, files, this.store!.code).bytes);
    if (shard) {
      entry.shard = shard;
      this.saveManifest();
    } // else it answers from memory
    return analysis;
  }

  /** A story's analysis as its snapshot shard gives it, read when first used. */
  private shardSource(name: string, articles: Article[], files: FileKey[], newest: string): Source {
    return { newest, load: () => this.loadShard(name, articles, files) };
  }

  /** A story's analysis from its shard; a shard that turns out unusable is replaced by a fresh analysis. */
  private loadShard(name: string, articles: Article[], files: FileKey[]): StoryAnalysis {
    const got = this.store!.read(name, articles, files);
    if (got.analysis) return got.analysis;
    this.say(`snapshot: story ${name} could not be read (${got.reason}); analysing it again`);
    this.snapshotRebuilds++;
    const analysis = analyzeStory(name, articles);
    // Unsaved, it still answers from memory; the next start analyses it again.
    if (this.writeShard(name, files, newestOf(analysis), () => packStoryBytes(analysis, files, this.store!.code).bytes)) this.saveManifest();
    return analysis;
  }

  /** Writes a story's shard and its manifest entry; the shard's name, or undefined when it could not be written. */
  private writeShard(name: string, files: FileKey[], newest: string, bytes: () => Uint8Array): string | undefined {
    try {
      const shard = this.store!.write(name, files, bytes());
      this.manifest.set(name, { shard, newest, files });
      return shard;
    } catch (err) {
      this.say(`snapshot: could not save story ${name}: ${(err as Error).message}`);
      return undefined;
    }
  }

  private saveManifest(): void {
    if (!this.store) return;
    for (const name of [...this.manifest.keys()]) if (!this.stories.has(name)) this.manifest.delete(name);
    try {
      // What a quick start compares against: the paths, the cap, and the files that were skipped.
      const warnings =
        this.quickWarnings ??
        this.warnings.map((w) => {
          const path = resolve(w.file);
          let size = -1;
          let mtimeMs = -1;
          try {
            const st = statSync(path);
            size = st.size;
            mtimeMs = Math.round(st.mtimeMs);
          } catch {
            // a path that does not exist: a quick start will not match it
          }
          return { ...w, path, size, mtimeMs };
        });
      this.quickWarnings = warnings;
      const sources = this.sources && { ...this.sources, warnings };
      this.store.writeManifest({ stories: this.manifest, sources });
      this.store.prune(new Set([...this.manifest.values()].map((e) => e.shard)));
    } catch (err) {
      this.say(`snapshot: could not save the manifest: ${(err as Error).message}`);
    }
  }

  private restory(name: string, articles: Article[]): Story | undefined {
    if (!articles.length) return this.drop(name);
    const sorted = byFile(articles);
    const analysis = analyzeStory(name, sorted);
    const files = this.store ? sorted.map((a) => fileKey(a, contentHash(a.text))) : [];
    return this.install(name, sorted, analysis, files, () => packStoryBytes(analysis, files, this.store!.code).bytes);
  }

  /** `restory` with the analysis done on the update worker (here when no worker can be started). */
  private async restoryOffThread(name: string, articles: Article[]): Promise<Story | undefined> {
    const sorted = byFile(articles);
    const files = sorted.map((a) => fileKey(a, contentHash(a.text)));
    this.updates ??= new UpdateWorker();
    const done = await this.updates.analyse({ name, articles: sorted, files }, this.store?.code ?? '');
    if (!done) return this.restory(name, articles);
    // Read a slice at a time: a long story's shard is megabytes of JSON.
    const analysis = await unpackStoryInSlices(done.shard, sorted, yieldNow);
    const before = this.stories.get(name);
    const compared = !!before?.isLoaded && hasComparison(before.analysis);
    const ready = before?.isIndexed ? await this.readied(new StoryEntry(name, sorted, { analysis }, this.store ? files : []), before.index.hasPassages) : undefined;
    // The shard is written in a block of its own (what came in meanwhile is answered first).
    await yieldNow();
    const story = this.install(name, sorted, analysis, this.store ? files : [], () => done.shard.bytes, ready);
    // The story as it stood had been compared (asked for, or warmed): its new comparison is started
    // on the worker now, rather than when the next /compare asks (seconds for a long story).
    if (compared) void this.prepareComparison(story, false).catch(() => undefined);
    return story;
  }

  /**
   * A story in use (its index built) gets its new version made ready before it is put in place:
   * its index (and passage index, if it had one) built a slice at a time, then the handlers'
   * preparers, one at a time. The bot answers from the story as it stood meanwhile. What fails here
   * is left to the first question (the update itself is not lost).
   */
  private async readied(entry: StoryEntry, passages: boolean): Promise<StoryEntry> {
    const failed = (what: string, err: unknown) => this.say(`preparing the new version of "${entry.name}": ${what} failed (its first question will do that work): ${(err as Error)?.message ?? err}`);
    try {
      entry.setIndex(await StoryIndex.prepare(entry.analysis, passages, yieldNow));
    } catch (err) {
      failed('its index', err);
      return entry;
    }
    await this.prepareHandlers(entry, (err) => failed('a handler', err));
    return entry;
  }

  /** Runs each handler's preparation of the story (`Command.prepare`), one at a time; a failure is handed to `failed`. */
  private async prepareHandlers(entry: StoryEntry, failed: (err: unknown) => void): Promise<void> {
    for (const prepare of this.preparers) {
      await yieldNow();
      try {
        await prepare(entry, yieldNow);
      } catch (err) {
        failed(err);
      }
    }
  }

  /** A story gone with its last article. */
  private drop(name: string): Story | undefined {
    this.sortedNames = undefined;
    this.version++;
    const old = this.stories.get(name);
    old?.release();
    this.stories.delete(name);
    this.saveManifest();
    return old;
  }

  /** Puts a story's new analysis in place (and in the snapshot, as `shard()` gives it). */
  private install(name: string, sorted: Article[], analysis: StoryAnalysis, files: FileKey[], shard: () => Uint8Array, ready?: StoryEntry): Story {
    this.sortedNames = undefined;
    this.version++;
    const written = this.store ? this.writeShard(name, files, newestOf(analysis), shard) : undefined;
    if (this.store && !written) this.manifest.delete(name);
    const entry = ready ?? new StoryEntry(name, sorted, { analysis }, files);
    entry.shard = written;
    this.stories.get(name)?.release();
    this.stories.set(name, entry);
    this.saveManifest();
    return entry;
  }
}

/**
 * The article files under the paths, found as the loader finds them (folders, their subfolders as
 * stories, files given directly), with their size and mtime; undefined when a path is missing.
 */
function listArticleFiles(paths: string[]): Map<string, { size: number; mtimeMs: number }> | undefined {
  const out = new Map<string, { size: number; mtimeMs: number }>();
  const add = (path: string) => {
    const st = statSync(path);
    out.set(path, { size: st.size, mtimeMs: Math.round(st.mtimeMs) });
  };
  const walk = (dir: string, top: boolean) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory() && top && !e.name.startsWith('.')) walk(full, false);
      else if (e.isFile() && isArticleFile(e.name)) add(full);
    }
  };
  try {
    for (const p of paths) {
      if (statSync(p).isDirectory()) walk(p, true);
      else add(p);
    }
  } catch {
    return undefined;
  }
  return out;
}

/** A story's articles in the loader's order. */
function byFile(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => a.file.localeCompare(b.file));
}

export function groupByStory(articles: Article[]): Map<string, Article[]> {
  const byStory = new Map<string, Article[]>();
  for (const a of articles) {
    const list = byStory.get(a.story);
    if (list) list.push(a);
    else byStory.set(a.story, [a]);
  }
  return byStory;
}

export function sourceLabel(a: ArticleAnalysis): string {
  return a.outlet ?? a.title;
}

/** The newest publication date the story's front matter gives, if any: its place in the list until analysed. */
function frontMatterNewest(articles: Article[]): string {
  return articles.reduce((m, a) => {
    const day = toDay(a.meta.published) ?? '';
    return day > m ? day : m;
  }, '');
}
