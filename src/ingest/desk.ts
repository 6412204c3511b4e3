// Ingest: one article from a web page, an attachment or a local file into a story's folder.
//   fetch (fetch.ts: address policy, time-out, size cap, content type)
//   → extract (extract.ts: readability over linkedom; text files are taken as they are)
//   → duplicate check (dedupe.ts: canonical URL or same text, in any story)
//   → validate as the loader will (corpus/load.ts parseArticle)
//   → save atomically (save.ts) → the engine re-analyses only that story
//   → what it adds (changes.ts), told to the followers (follow.ts).
// Every refusal is an IngestError with a message for the user, raised before anything is written.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { formatFrontMatter } from '../corpus/frontmatter.ts';
import { parseArticle } from '../corpus/load.ts';
import type { Article, FrontMatter } from '../corpus/types.ts';
import type { Engine } from '../engine.ts';
import { FollowStore, Follows, restPoster } from '../follow.ts';
import type { Logger } from '../log.ts';
import type { Resolver } from './address.ts';
import { diffStory, type StoryChange } from './changes.ts';
import { cleanUrl, findDuplicate } from './dedupe.ts';
import { IngestError } from './errors.ts';
import { articleBody, extractArticle, type ExtractedArticle } from './extract.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, decodePage, fetchPage, parseWebUrl } from './fetch.ts';
import { writeFileAtomic, type WriteOptions } from './save.ts';
import { SeedsWatcher } from '../watch.ts';

export { IngestError } from './errors.ts';

export interface IngestSettings {
  /** The articles folder (SEEDS_DIR): each subfolder is a story, files directly inside its own story. */
  seedsDir: string;
  /** Fetch loopback, private and link-local addresses too (INGEST_ALLOW_PRIVATE). */
  allowPrivate?: boolean;
  /** Largest article file accepted (MAX_ARTICLE_BYTES, the loader's cap). */
  maxArticleBytes?: number;
  /** Largest page or attachment fetched (default 5 MB). */
  maxPageBytes?: number;
  timeoutMs?: number;
  /** Host name resolution (tests). */
  resolve?: Resolver;
  /** Addresses allowed although private (one intranet host; a test's loopback server). */
  allowAddress?: (address: string) => boolean;
  /** Hooks into the atomic write (tests). */
  write?: WriteOptions;
  /** Where state such as follows.json lives (default .newsdesk in the working folder). */
  stateDir?: string;
}

/** What to ingest: a web page, a file attached to a message, or a file on this machine. */
export type IngestSource = { url: string } | { attachment: string; name?: string } | { file: string };

export interface IngestOptions {
  /** The story (folder) to add to; default: the story with the newest article. */
  story?: string;
}

export interface IngestResult {
  story: string;
  /** The new file's base name and full path. */
  file: string;
  path: string;
  newStory: boolean;
  /** The front matter written (pages) or found (files). */
  meta: FrontMatter;
  /** As the analysis reads the article: its title, outlet and date (from the front matter or the text). */
  title: string;
  outlet: string | null;
  published: string | null;
  /** What the article adds to its story. */
  change: StoryChange;
  ms: number;
}

const STORY_NAME = /^(?!\.)[\w.-]{1,80}$/;
const TEXT_EXT = new Set(['.txt', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);

export class Desk {
  readonly follows: Follows;
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    readonly engine: Engine,
    readonly settings: IngestSettings,
    options: { follows?: Follows; log?: Pick<Logger, 'info' | 'warn' | 'error'> } = {},
  ) {
    this.follows = options.follows ?? new Follows(new FollowStore(join(settings.stateDir ?? join(process.cwd(), '.newsdesk'), 'follows.json'), options.log), undefined, options.log);
  }

  /** Adds one article; throws IngestError (nothing written) when it cannot or should not. */
  async ingest(source: IngestSource, options: IngestOptions = {}): Promise<IngestResult> {
    const t0 = performance.now();
    let story = this.targetStory(options.story);
    const maxArticle = this.settings.maxArticleBytes ?? 2_000_000;

    let text: string;
    let name: string;
    let urls: string[] = [];
    if ('url' in source) {
      const url = parseWebUrl(source.url);
      this.refuseDuplicate({ urls: [url.href] });
      const page = await fetchPage(url.href, this.fetchOptions('html'));
      const extracted = extractArticle(decodePage(page.body, page.charset), page.url);
      urls = [url.href, page.url, extracted.url ?? ''];
      ({ text, name } = fromExtracted(extracted));
    } else if ('attachment' in source) {
      const fileName = source.name ?? safeBase(new URL(source.attachment).pathname);
      const ext = extname(fileName).toLowerCase();
      if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext)) throw new IngestError('bad-file', `Attach a .txt, .md or .html file (got "${shortName(fileName)}").`);
      const page = await fetchPage(source.attachment, this.fetchOptions('article-file'));
      ({ text, name, urls } = this.fromFileBytes(page.body, fileName, page.charset));
    } else {
      const path = resolve(source.file);
      const ext = extname(path).toLowerCase();
      if (!TEXT_EXT.has(ext) && !HTML_EXT.has(ext)) throw new IngestError('bad-file', `Only .txt, .md and .html files can be added (got "${shortName(basename(path))}").`);
      let size: number;
      try {
        const st = await stat(path);
        if (!st.isFile()) throw new Error('not a file');
        size = st.size;
      } catch {
        throw new IngestError('bad-file', `No such file: ${source.file}`);
      }
      const cap = HTML_EXT.has(ext) ? (this.settings.maxPageBytes ?? DEFAULT_MAX_BYTES) : maxArticle;
      if (size > cap) throw new IngestError('too-large', `${basename(path)} is larger than the ${mb(cap)} cap: nothing was added.`);
      ({ text, name, urls } = this.fromFileBytes(await readFile(path), basename(path)));
    }

    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > maxArticle) throw new IngestError('too-large', `The article text is larger than the ${mb(maxArticle)} cap for articles: nothing was added.`);
    // Validate exactly as the loader will read it back; a `story:` in its front matter decides the story.
    let article: Article;
    try {
      article = parseArticle(bytes, join(this.storyDir(story), name), story);
    } catch (err) {
      throw new IngestError('bad-file', `That file cannot be used as an article: ${(err as Error).message}.`);
    }
    if (article.story !== story) story = this.targetStory(article.story);

    // One at a time from here: the duplicate check, the write and the engine update.
    return this.serial(async () => {
      await this.engine.analysed; // a start's background analysis: the check reads every story
      const body = text.slice(article.bodyStart);
      this.refuseDuplicate({ urls, body });
      const dir = this.storyDir(story);
      const file = this.freeName(dir, name, story);
      const path = join(dir, file);
      // The story as it stood before the file existed (a folder watcher may apply the file first).
      const before = this.engine.story(story)?.name === story ? this.engine.story(story)!.analysis : undefined;
      await writeFileAtomic(path, bytes, this.settings.write);
      const saved: Article = { ...article, file, path, story };
      const [after] = await this.engine.applyArticlesAsync([saved]);
      const change = diffStory(before, after.analysis, [file]);
      void this.follows.notify([change]).catch(() => undefined);
      const read = after.analysis.articles.find((a) => a.file === file);
      return {
        story,
        file,
        path,
        newStory: !before,
        meta: article.meta,
        title: read?.title ?? article.meta.title ?? file,
        outlet: read?.outlet ?? article.meta.outlet ?? null,
        published: read?.published ?? article.meta.published ?? null,
        change,
        ms: Math.round(performance.now() - t0),
      };
    });
  }

  /** The folder of a story: where its articles are, else the seeds folder's own or a new subfolder. */
  storyDir(story: string): string {
    const root = resolve(this.settings.seedsDir);
    const existing = this.engine.story(story);
    if (existing?.name === story) {
      const first = existing.analysis.articles[0]?.article.path;
      if (first) return dirname(first);
    }
    return story === basename(root) ? root : join(root, story);
  }

  private targetStory(requested?: string): string {
    const wanted = requested?.trim();
    if (wanted) {
      if (!STORY_NAME.test(wanted)) throw new IngestError('bad-story', `"${shortName(wanted)}" cannot be a story name: use letters, digits, dot, dash or underscore (at most 80).`);
      return this.engine.story(wanted)?.name ?? wanted;
    }
    return this.engine.story()?.name ?? basename(resolve(this.settings.seedsDir));
  }

  private refuseDuplicate(candidate: { urls?: string[]; body?: string }): void {
    const dup = findDuplicate(this.engine, candidate);
    if (!dup) return;
    const why = dup.why === 'url' ? 'the same address' : 'the same text';
    throw new IngestError('duplicate', `Already there: ${dup.file} in story “${dup.story}” has ${why}. Nothing was added.`);
  }

  private fromFileBytes(data: Buffer, fileName: string, charset?: string): { text: string; name: string; urls: string[] } {
    const ext = extname(fileName).toLowerCase();
    if (HTML_EXT.has(ext)) {
      const extracted = extractArticle(decodePage(data, charset));
      return { ...fromExtracted(extracted), urls: extracted.url ? [extracted.url] : [] };
    }
    if (data.includes(0)) throw new IngestError('bad-file', `${shortName(fileName)} is not a text file.`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new IngestError('bad-file', `${shortName(fileName)} is not UTF-8 text.`);
    }
    const stem = slug(basename(fileName, extname(fileName))) || 'article';
    return { text, name: `${stem}${ext}`, urls: [] };
  }

  private fetchOptions(accept: 'html' | 'article-file') {
    return {
      accept,
      allowPrivate: this.settings.allowPrivate ?? false,
      maxBytes: this.settings.maxPageBytes ?? DEFAULT_MAX_BYTES,
      timeoutMs: this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      resolve: this.settings.resolve,
      allowAddress: this.settings.allowAddress,
    } as const;
  }

  /** `name`, or `name` with a short hash added when a file of that name is already in the story. */
  private freeName(dir: string, name: string, story: string): string {
    const taken = new Set((this.engine.story(story)?.analysis.articles ?? []).map((a) => a.file.toLowerCase()));
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    let candidate = name;
    for (let i = 0; taken.has(candidate.toLowerCase()) || existsSyncSafe(join(dir, candidate)); i++) {
      candidate = `${stem}_${createHash('sha256').update(`${name}:${i}:${Date.now()}`).digest('hex').slice(0, 6)}${ext}`;
    }
    return candidate;
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn);
    this.lock = run.catch(() => undefined);
    return run;
  }
}

/** The file text (front matter and body) and a file name for an article taken from a page. */
function fromExtracted(a: ExtractedArticle): { text: string; name: string } {
  const meta: FrontMatter = { title: a.title, outlet: a.outlet, author: a.author, published: a.published, url: a.url ? cleanUrl(a.url) : undefined };
  const body = articleBody(a);
  const hash = createHash('sha256').update(a.url ?? body).digest('hex').slice(0, 8);
  const name = `${a.published ?? 'undated'}_${slug(a.title).slice(0, 60).replace(/-+$/, '') || 'article'}_${hash}.txt`;
  return { text: `${formatFrontMatter(meta)}${body}`, name };
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function safeBase(pathname: string): string {
  try {
    return decodeURIComponent(pathname.split('/').pop() ?? '');
  } catch {
    return pathname.split('/').pop() ?? '';
  }
}

function existsSyncSafe(path: string): boolean {
  return existsSync(path);
}

function shortName(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function mb(n: number): string {
  return n >= 1_000_000 ? `${Math.round(n / 100_000) / 10} MB` : `${Math.round(n / 1000)} kB`;
}

// ---- one desk per engine ---------------------------------------------------------------------------

const desks = new WeakMap<Engine, Desk>();

/** Makes `desk` the one commands use for this engine (start-up wiring, tests). */
export function attachDesk(desk: Desk): Desk {
  desks.set(desk.engine, desk);
  return desk;
}

/** The engine's desk; without one attached, one built from the configuration (SEEDS_DIR, …). */
export function deskFor(engine: Engine, config?: Config): Desk {
  let desk = desks.get(engine);
  if (!desk) {
    desk = new Desk(engine, settingsFromConfig(config ?? loadConfig()));
    desks.set(engine, desk);
  }
  return desk;
}

export function settingsFromConfig(config: Pick<Config, 'SEEDS_DIR' | 'INGEST_ALLOW_PRIVATE' | 'MAX_ARTICLE_BYTES'>): IngestSettings {
  return { seedsDir: config.SEEDS_DIR, allowPrivate: config.INGEST_ALLOW_PRIVATE, maxArticleBytes: config.MAX_ARTICLE_BYTES };
}

/**
 * Start-up wiring for a long-running process (the bot, the HTTP endpoint): the desk its commands
 * use, follow updates posted with the bot token when there is one, and the seeds folder watched so
 * that files added, edited or deleted by hand are served without a restart.
 */
export function startDesk(engine: Engine, config: Config, log: Logger): { desk: Desk; watcher: SeedsWatcher; stop(): void } {
  const desk = attachDesk(new Desk(engine, settingsFromConfig(config), { log }));
  if (config.DISCORD_TOKEN) desk.follows.setPoster(restPoster({ apiUrl: config.DISCORD_API_URL, token: config.DISCORD_TOKEN }));
  const watcher = SeedsWatcher.start(engine, config.SEEDS_DIR, {
    maxBytes: config.MAX_ARTICLE_BYTES,
    log,
    onChanges: (changes) => void desk.follows.notify(changes).catch((err) => log.warn({ err: (err as Error).message }, 'follows: update failed')),
  });
  log.info({ folders: watcher.folders.length, posting: desk.follows.canPost }, 'watching the seeds folder for added, edited and deleted articles');
  return { desk, watcher, stop: () => watcher.close() };
}
