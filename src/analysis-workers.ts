// Analysing stories on worker threads, so the thread that answers Discord is not held up: a pool
// for a cold start (many stories at once), and long-lived workers for updates (a story of a
// thousand articles takes seconds to analyse again when one is added; meanwhile the bot answers
// from the story as it stood). A worker sends back the story's snapshot shard (its JSON as bytes,
// handed over without a copy), which is what the snapshot keeps anyway and what the engine unpacks
// against the articles it already holds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { type Comparison, compareStory } from './analysis/compare/index.ts';
import { analyzeStory, newestOf } from './analysis/story.ts';
import type { Article } from './corpus/types.ts';
import { packStoryBytes, unpackStory, type FileKey, type Shard, type ShardBytes } from './snapshot.ts';

export interface Job {
  name: string;
  articles: Article[];
  files: FileKey[];
}

/** A story analysed on a worker: its shard, the analysis time and the date of its newest article. */
export interface Analysed {
  shard: ShardBytes;
  ms: number;
  newest: string;
}

/** A story's comparison to make from its analysis: the shard's file, or the shard itself. */
export interface CompareJob {
  name: string;
  articles: Article[];
  shardPath?: string;
  shard?: string;
}

interface WorkerReply {
  ready?: boolean;
  name?: string;
  shard?: ShardBytes;
  ms?: number;
  newest?: string;
  comparison?: Comparison;
  error?: string;
}

/** The worker's entry: registers the TypeScript loader, then imports this module and serves. */
const BOOT = `
const { workerData, parentPort } = require('node:worker_threads');
(async () => {
  const api = await import(workerData.tsx);
  api.register();
  const workers = await import(workerData.module);
  workers.serveAnalysis();
})().catch((err) => parentPort.postMessage({ error: String(err && err.stack || err) }));
`;

/** A worker thread that analyses stories; undefined when no TypeScript loader is there to start it with. */
function startWorker(): Worker | undefined {
  let tsx: string;
  try {
    tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  } catch {
    return undefined;
  }
  return new Worker(BOOT, { eval: true, workerData: { tsx, module: import.meta.url } });
}

const reply = (m: WorkerReply): Analysed => ({ shard: m.shard!, ms: m.ms ?? 0, newest: m.newest ?? '' });

/**
 * Analyses stories on `count` worker threads, largest story first, and hands each shard to `done`
 * as it arrives. The queue can be changed while it runs: a story someone asks about before its turn
 * is taken out (`take`) and analysed by the caller, or put first and waited for (`soon`).
 * `finished` resolves with the names analysed here; a worker that fails leaves its jobs to the caller.
 */
export class AnalysisPool {
  private readonly queue: Job[];
  private readonly waiting = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  private readonly onWorker = new Set<string>();
  private readonly analysed = new Set<string>();
  readonly finished: Promise<Set<string>>;

  constructor(jobs: Job[], count: number, code: string, done: (job: Job, reply: Analysed) => void) {
    this.queue = [...jobs].sort((a, b) => b.articles.length - a.articles.length);
    this.finished = Promise.all(Array.from({ length: count }, () => this.serve(code, done))).then(() => {
      for (const w of this.waiting.values()) w.resolve();
      return this.analysed;
    });
  }

  /** Takes a story not yet started out of the queue (true), for the caller to analyse itself. */
  take(name: string): boolean {
    const at = this.queue.findIndex((j) => j.name === name);
    if (at < 0) return false;
    this.queue.splice(at, 1);
    this.waiting.get(name)?.resolve(); // it is at hand when the caller returns
    this.waiting.delete(name);
    return true;
  }

  /** Whether a worker is analysing the story now. */
  working(name: string): boolean {
    return this.onWorker.has(name);
  }

  /**
   * Resolves once the story's shard has been handed over (or the pool gave up on it) when a worker is
   * on it, or, with `first`, when it is queued (it is then put first); else at once.
   */
  soon(name: string, first: boolean): Promise<void> {
    if (!this.onWorker.has(name)) {
      const at = first ? this.queue.findIndex((j) => j.name === name) : -1;
      if (at < 0) return Promise.resolve();
      this.queue.unshift(...this.queue.splice(at, 1));
    }
    return this.waitFor(name);
  }

  private waitFor(name: string): Promise<void> {
    let w = this.waiting.get(name);
    if (!w) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.waiting.set(name, (w = { promise, resolve }));
    }
    return w.promise;
  }

  /** Empties the queue: each worker stops after its current story. */
  stop(): void {
    this.queue.length = 0;
  }

  private serve(code: string, done: (job: Job, reply: Analysed) => void): Promise<void> {
    return new Promise<void>((resolveWorker) => {
      const worker = startWorker();
      if (!worker) return resolveWorker(); // the caller analyses here
      let current: Job | undefined;
      let settled = false;
      const release = () => {
        if (!current) return;
        this.onWorker.delete(current.name);
        this.waiting.get(current.name)?.resolve();
        this.waiting.delete(current.name);
        current = undefined;
      };
      const stop = () => {
        if (settled) return;
        settled = true;
        release();
        void worker.terminate();
        resolveWorker();
      };
      const next = () => {
        current = this.queue.shift();
        if (!current) return stop();
        this.onWorker.add(current.name);
        worker.postMessage({ name: current.name, articles: current.articles, files: current.files, code });
      };
      worker.on('message', (m: WorkerReply) => {
        if (m.error) return stop();
        if (m.ready) return next();
        if (current && m.name === current.name && m.shard) {
          const job = current;
          done(job, reply(m));
          this.analysed.add(job.name);
          release();
        }
        next();
      });
      worker.on('error', stop);
      worker.on('exit', stop);
    });
  }
}

/** How long the update worker stays up after its last story (it is warm: the next update is quicker). */
const UPDATE_IDLE_MS = 5 * 60_000;

/**
 * One worker thread for the work a running bot must not do in the thread that answers: analysing a
 * story again as articles come and go, or a long story's comparison across sources (the engine
 * keeps one for each). Started on first use and stopped after a while without work; one job at a
 * time, in the order asked.
 */
export class UpdateWorker {
  private worker?: Promise<Worker | undefined>;
  private idle?: NodeJS.Timeout;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly idleMs = UPDATE_IDLE_MS) {}

  /** The story analysed on the worker; undefined when it could not be (the caller analyses it itself). */
  analyse(job: Job, code: string): Promise<Analysed | undefined> {
    return this.run({ name: job.name, articles: job.articles, files: job.files, code }, job.name, (m) => (m.shard ? reply(m) : undefined));
  }

  /**
   * The story's comparison made on the worker; undefined when it could not be (the caller makes it
   * itself), or when `wanted()` says at its turn that it is no longer wanted (it is then skipped).
   */
  compare(job: CompareJob, wanted?: () => boolean): Promise<Comparison | undefined> {
    return this.run({ kind: 'compare', ...job }, job.name, (m) => m.comparison, wanted);
  }

  /** Stops the worker (a later job starts another). */
  close(): void {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    void worker?.then((w) => w?.terminate());
  }

  /** Sends one message in its turn and waits for the answer about `name` (undefined on an error or a dead worker). */
  private run<T>(message: object, name: string, read: (m: WorkerReply) => T | undefined, wanted?: () => boolean): Promise<T | undefined> {
    const job = this.turn.then(() => (!wanted || wanted() ? this.exchange(message, name, read) : undefined));
    this.turn = job.catch(() => undefined);
    return job;
  }

  private async exchange<T>(message: object, name: string, read: (m: WorkerReply) => T | undefined): Promise<T | undefined> {
    clearTimeout(this.idle);
    const started = (this.worker ??= this.start());
    const worker = await started;
    if (!worker) return undefined;
    try {
      return await new Promise<T | undefined>((resolveJob) => {
        const finish = (result: T | undefined) => {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          resolveJob(result);
        };
        const onMessage = (m: WorkerReply) => {
          if (m.error) finish(undefined);
          else if (m.name === name) finish(read(m));
        };
        const onExit = () => {
          if (this.worker === started) this.worker = undefined;
          finish(undefined);
        };
        worker.on('message', onMessage);
        worker.on('exit', onExit);
        worker.postMessage(message);
      });
    } finally {
      this.idle = setTimeout(() => this.close(), this.idleMs).unref();
    }
  }

  /** A worker that has said it is ready; undefined when it could not start. */
  private start(): Promise<Worker | undefined> {
    const worker = startWorker();
    if (!worker) return Promise.resolve(undefined);
    // Not a reason to keep the process alive.
    worker.unref();
    const started: Promise<Worker | undefined> = new Promise((resolveStart) => {
      const failed = () => {
        if (this.worker === started) this.worker = undefined;
        void worker.terminate();
        resolveStart(undefined);
      };
      worker.once('message', (m: WorkerReply) => (m.ready ? resolveStart(worker) : failed()));
      worker.once('error', failed);
      worker.once('exit', failed);
    });
    return started;
  }
}

/** Runs inside a worker thread: analyses each story it is sent and answers with its shard. */
export function serveAnalysis(): void {
  if (isMainThread || !parentPort) throw new Error('serveAnalysis runs in a worker thread');
  const port = parentPort;
  port.on('message', (job: (Job & { code: string; kind?: undefined }) | (CompareJob & { kind: 'compare' })) => {
    try {
      if (job.kind === 'compare') {
        const shard = JSON.parse(job.shard ?? readFileSync(job.shardPath!, 'utf8')) as Shard;
        port.postMessage({ name: job.name, comparison: compareStory(unpackStory(shard, job.articles)) });
        return;
      }
      const t = performance.now();
      const analysis = analyzeStory(job.name, job.articles);
      const ms = performance.now() - t;
      const shard = packStoryBytes(analysis, job.files, job.code || undefined);
      // The bytes are handed over, not copied.
      port.postMessage({ name: job.name, shard, ms, newest: newestOf(analysis) }, [shard.bytes.buffer]);
    } catch (err) {
      port.postMessage({ error: String((err as Error)?.stack ?? err) });
    }
  });
  port.postMessage({ ready: true });
}
