// Watching the articles folder: files added, edited or deleted by hand (or by `newsdesk ingest` in
// another process) are picked up without a restart. fs.watch on the seeds folder and on each story
// subfolder (new subfolders are watched as they appear); events are debounced, then the touched
// files are read and handed to the engine in one batch, so each touched story is re-analysed once.
// A file whose text the engine already has (an ingest from this process) costs nothing.
import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isArticleFile, readArticle } from './corpus/load.ts';
import type { Article } from './corpus/types.ts';
import type { Engine } from './engine.ts';
import { diffStory, type StoryChange } from './ingest/changes.ts';
import type { Logger } from './log.ts';

export interface WatchOptions {
  /** Quiet time after the last event before applying (default 150 ms). */
  debounceMs?: number;
  /** Apply at the latest this long after the first pending event, even while events keep coming (default 1,000 ms). */
  maxWaitMs?: number;
  /** Largest article file (MAX_ARTICLE_BYTES). */
  maxBytes?: number;
  log?: Pick<Logger, 'info' | 'warn' | 'debug'>;
  /** What added or edited files brought to their stories (for follow updates). */
  onChanges?: (changes: StoryChange[]) => void;
}

export interface AppliedBatch {
  upserted: string[];
  removed: string[];
  skipped: string[];
  changes: StoryChange[];
}

export class SeedsWatcher {
  readonly root: string;
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly pending = new Set<string>();
  private readonly rescans = new Set<string>();
  private timer?: NodeJS.Timeout;
  private firstPendingAt = 0;
  private closed = false;
  private running: Promise<AppliedBatch | undefined> = Promise.resolve(undefined);
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    readonly engine: Engine,
    dir: string,
    private readonly options: WatchOptions = {},
  ) {
    this.root = resolve(dir);
    this.debounceMs = options.debounceMs ?? 150;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
  }

  /** Starts watching the folder and its story subfolders. */
  static start(engine: Engine, dir: string, options: WatchOptions = {}): SeedsWatcher {
    const w = new SeedsWatcher(engine, dir, options);
    w.watchDir(w.root);
    for (const sub of w.subfolders()) w.watchDir(sub);
    return w;
  }

  /** The folders watched now. */
  get folders(): string[] {
    return [...this.watchers.keys()];
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  /** Applies what is pending now instead of waiting for the debounce (tests, shutdown). */
  flush(): Promise<AppliedBatch | undefined> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = this.running.then(() => this.apply());
    return this.running;
  }

  /** Marks a whole folder for comparison with what the engine holds (also after a missed event). */
  rescan(dir = this.root): void {
    this.rescans.add(resolve(dir));
    this.schedule();
  }

  private watchDir(dir: string): void {
    if (this.closed || this.watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, { persistent: false }, (_event, name) => this.onEvent(dir, name ? String(name) : undefined));
    } catch (err) {
      this.options.log?.warn({ dir, err: (err as Error).message }, 'watch: cannot watch folder');
      return;
    }
    w.on('error', (err) => {
      this.options.log?.warn({ dir, err: err.message }, 'watch: folder watcher failed; rescanning');
      w.close();
      this.watchers.delete(dir);
      this.rescan(dir === this.root ? this.root : dirname(dir));
    });
    this.watchers.set(dir, w);
  }

  private onEvent(dir: string, name: string | undefined): void {
    if (this.closed) return;
    if (!name) return this.rescan(dir);
    if (name.startsWith('.')) return; // hidden files: temporary files of atomic saves, editors' swap files
    const full = join(dir, name);
    if (dir === this.root) {
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        isDir = this.watchers.has(full);
      }
      if (isDir) {
        // A story folder appeared, was renamed or removed: (un)watch it and compare its files.
        this.watchDir(full);
        this.rescan(full);
        return;
      }
    }
    if (!isArticleFile(name)) return;
    this.pending.add(full);
    this.schedule();
  }

  private schedule(): void {
    if (this.closed) return;
    const now = Date.now();
    if (!this.timer) this.firstPendingAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch((err) => this.options.log?.warn({ err: (err as Error).message }, 'watch: could not apply changes'));
    }, wait);
  }

  private subfolders(): string[] {
    try {
      return readdirSync(this.root, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => join(this.root, e.name));
    } catch {
      return [];
    }
  }

  /** Reads the pending files and folders and applies them to the engine in one batch. */
  private async apply(): Promise<AppliedBatch | undefined> {
    if (!this.pending.size && !this.rescans.size) return undefined;
    const paths = new Set(this.pending);
    this.pending.clear();
    const rescans = [...this.rescans];
    this.rescans.clear();

    // What the engine holds, by path (once a background start has analysed every story).
    await this.engine.analysed;
    const known = new Map<string, Article>();
    for (const s of this.engine.allStories()) for (const a of s.analysis.articles) known.set(a.article.path, a.article);

    for (const dir of rescans) {
      let exists = false;
      try {
        exists = statSync(dir).isDirectory();
      } catch {
        exists = false;
      }
      if (!exists && this.watchers.has(dir)) {
        this.watchers.get(dir)!.close();
        this.watchers.delete(dir);
      }
      if (exists) {
        if (dir !== this.root) this.watchDir(dir);
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          if (e.isFile() && isArticleFile(e.name)) paths.add(join(dir, e.name));
          if (dir === this.root && e.isDirectory() && !e.name.startsWith('.') && !this.watchers.has(join(dir, e.name))) {
            this.watchDir(join(dir, e.name));
            for (const f of readdirSync(join(dir, e.name))) if (isArticleFile(f)) paths.add(join(dir, e.name, f));
          }
        }
      }
      // Articles the engine has in that folder (or below it) that are gone.
      for (const p of known.keys()) if (dirname(p) === dir || p.startsWith(`${dir}/`)) paths.add(p);
    }

    const upserts: Article[] = [];
    const removals: { story: string; file: string }[] = [];
    const batch: AppliedBatch = { upserted: [], removed: [], skipped: [], changes: [] };
    for (const path of paths) {
      const dir = dirname(path);
      if (dir !== this.root && dirname(dir) !== this.root) continue; // deeper folders are not stories
      const had = known.get(path);
      let article: Article | undefined;
      try {
        if (statSync(path).isFile()) article = readArticle(path, dir === this.root ? basename(this.root) : basename(dir), this.options.maxBytes);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
          this.options.log?.warn({ file: path, reason: (err as Error).message }, 'watch: skipped article');
          batch.skipped.push(path);
        }
      }
      if (!article) {
        if (had) {
          removals.push({ story: had.story, file: had.file });
          batch.removed.push(path);
        }
        continue;
      }
      if (had && had.text === article.text && had.story === article.story) continue; // nothing changed
      if (had && had.story !== article.story) removals.push({ story: had.story, file: had.file });
      upserts.push(article);
      batch.upserted.push(path);
    }
    if (!upserts.length && !removals.length) return batch;

    const touched = new Set([...upserts.map((a) => a.story), ...removals.map((r) => r.story)]);
    const before = new Map([...touched].map((name) => [name, this.engine.story(name)?.name === name ? this.engine.story(name)!.analysis : undefined]));
    const after = await this.engine.applyArticlesAsync(upserts, removals);
    for (const s of after) {
      const files = upserts.filter((a) => a.story === s.name).map((a) => a.file);
      if (files.length) batch.changes.push(diffStory(before.get(s.name), s.analysis, files));
    }
    this.options.log?.info({ added: batch.upserted.length, removed: batch.removed.length, stories: [...touched] }, 'watch: articles updated');
    if (batch.changes.length) this.options.onChanges?.(batch.changes);
    return batch;
  }
}
