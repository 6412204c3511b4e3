// The analysed stories on disk, so a restart skips the analysis. One shard per story under
// `<root>/.newsdesk/snapshot-v<N>/`, named by a digest of everything its analysis depends on: the
// snapshot format, the analysis code, the story's name and each file's path, size, mtime and content
// hash. A changed file, a changed rule or another format gives another name, so a stale shard is
// never read; a corrupt or foreign one fails its checks and is rebuilt. Writes go to a temp file and
// are renamed into place, so a crash never leaves half a shard.
//
// A shard holds no article text: offsets point into the file as read, so paragraph and sentence
// texts, and quote and event strings that are verbatim slices of the article, are stored as offsets
// and sliced back on load.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis, StoryAnalysis } from './analysis/types.ts';
import type { Article, Paragraph, Sentence } from './corpus/types.ts';
import { statAtRead } from './corpus/load.ts';
import { inSlices, yieldNow } from './slices.ts';

/** Bump when the shard layout changes. */
export const SNAPSHOT_VERSION = 1;
const FORMAT = 'newsdesk-story';
const MANIFEST = 'newsdesk-manifest';

/** What the manifest says of a story: its shard, its files' keys, and what ordering stories needs. */
export interface ManifestEntry {
  shard: string;
  newest: string;
  files: FileKey[];
}

/** What was loaded: the paths asked for, the size cap, and the files that could not be used. */
export interface ManifestSources {
  paths: string[];
  maxBytes: number | null;
  warnings: { file: string; reason: string; path: string; size: number; mtimeMs: number }[];
}

export interface Manifest {
  stories: Map<string, ManifestEntry>;
  sources?: ManifestSources;
}

export interface FileKey {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 24);
}

/** The key of an article as loaded: its file's size and mtime when read (else now), and the hash of the text read. */
export function fileKey(article: Article, hash = contentHash(article.text)): FileKey {
  const read = statAtRead(article);
  if (read) return { path: article.path, size: read.size, mtimeMs: Math.round(read.mtimeMs), hash };
  let size = -1;
  let mtimeMs = -1;
  try {
    const st = statSync(article.path);
    size = st.size;
    mtimeMs = Math.round(st.mtimeMs);
  } catch {
    // An article that is not on disk (tests, ingest): its hash alone keys it.
  }
  return { path: article.path, size, mtimeMs, hash };
}

let codeDigest: string | undefined;

/**
 * A digest of the code the analysis depends on (src/analysis, src/corpus and the date parser's
 * version): a rule changed, every shard is stale.
 */
export function analysisCodeDigest(): string {
  if (codeDigest) return codeDigest;
  // The benchmark pins one digest for all its child processes, so that edits to the analysis code
  // made while it runs do not turn its snapshot measurements into cold starts.
  const pinned = process.env.NEWSDESK_BENCH_CODE_DIGEST;
  if (pinned && /^[0-9a-f]{16}$/.test(pinned)) return (codeDigest = pinned);
  const h = createHash('sha1');
  h.update(`v${SNAPSHOT_VERSION}\n`);
  const src = dirname(fileURLToPath(import.meta.url));
  for (const dir of ['analysis', 'corpus']) {
    for (const file of listFiles(join(src, dir))) {
      h.update(`${relative(src, file)}\n`);
      h.update(readFileSync(file));
    }
  }
  for (const pkg of ['chrono-node', 'diff']) {
    try {
      h.update(readFileSync(join(src, '..', 'node_modules', pkg, 'package.json')));
    } catch {
      h.update(`${pkg}:?`);
    }
  }
  codeDigest = h.digest('hex').slice(0, 16);
  return codeDigest;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full));
    else if (e.isFile() && /\.(ts|js|json)$/.test(e.name)) out.push(full);
  }
  return out;
}

// ---- packing ---------------------------------------------------------------------------------------

/** A string that is a verbatim slice of the article text is stored as [start, end]. */
type Ref = string | [number, number];

function ref(text: string, s: string | undefined | null, near = 0): Ref | undefined | null {
  if (typeof s !== 'string' || s.length < 16) return s;
  let at = near > 0 ? text.indexOf(s, Math.max(0, near - s.length - 400)) : -1;
  if (at < 0) at = text.indexOf(s);
  return at >= 0 ? [at, at + s.length] : s;
}

function deref(text: string, r: unknown): unknown {
  return Array.isArray(r) ? text.slice(r[0], r[1]) : r;
}

interface PackedArticle {
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  publishedInferred: boolean;
  /** [start, end, kind, relay?, text?] per paragraph, in index order. */
  paragraphs: (string | number | null)[][];
  /** start, end, paragraph, … ; texts that are not the plain slice in `sentenceTexts`. */
  sentences: number[];
  sentenceTexts?: Record<number, string>;
  quotes: Record<string, unknown>[];
  events: Record<string, unknown>[];
  [extra: string]: unknown;
}

export interface Shard {
  format: string;
  version: number;
  code: string;
  story: string;
  files: FileKey[];
  analysis: {
    articles: PackedArticle[];
    rest: Record<string, unknown>;
  };
}

const PARAGRAPH_FIELDS = new Set(['index', 'start', 'end', 'text', 'kind', 'relay']);
const ARTICLE_FIELDS = new Set(['article', 'file', 'title', 'outlet', 'published', 'publishedInferred', 'paragraphs', 'sentences', 'quotes', 'events']);

function packArticle(a: ArticleAnalysis): PackedArticle {
  const text = a.article.text;
  // Paragraphs and sentences of the usual shape become offsets; any other shape is kept whole.
  const paragraphs = a.paragraphs.map((p, i) => {
    if (p.index !== i || Object.keys(p).some((k) => !PARAGRAPH_FIELDS.has(k))) return p as unknown as (string | number | null)[];
    const row: (string | number | null)[] = [p.start, p.end, p.kind];
    const slice = text.slice(p.start, p.end) === p.text;
    if (p.relay !== undefined || !slice) row.push(p.relay ?? null);
    if (!slice) row.push(p.text);
    return row;
  });
  const plain = a.sentences.every((s) => Object.keys(s).length === 4);
  const sentences: number[] = [];
  const sentenceTexts: Record<number, string> = {};
  if (plain) {
    a.sentences.forEach((s, i) => {
      sentences.push(s.start, s.end, s.paragraph);
      if (text.slice(s.start, s.end) !== s.text) sentenceTexts[i] = s.text;
    });
  }
  const quotes = a.quotes.map((q) => ({ ...q, text: ref(text, q.text, q.start), context: ref(text, q.context, q.start) }));
  const events = a.events.map((e) => ({ ...e, evidence: ref(text, e.evidence, e.start), summary: ref(text, e.summary, e.start) }));
  const packed: PackedArticle = {
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    publishedInferred: a.publishedInferred,
    paragraphs,
    sentences,
    ...(Object.keys(sentenceTexts).length ? { sentenceTexts } : {}),
    ...(plain ? {} : { sentencesWhole: a.sentences }),
    quotes,
    events,
  };
  for (const [k, v] of Object.entries(a)) if (!ARTICLE_FIELDS.has(k)) packed[k] = v;
  return packed;
}

function unpackArticle(p: PackedArticle, article: Article): ArticleAnalysis {
  const text = article.text;
  const paragraphs: Paragraph[] = p.paragraphs.map((row, index) => {
    if (!Array.isArray(row)) return row as Paragraph;
    // Same key order as the cleaner makes them.
    const para: Paragraph = { start: row[0] as number, end: row[1] as number, text: (row[4] as string | undefined) ?? text.slice(row[0] as number, row[1] as number), index, kind: row[2] as Paragraph['kind'] };
    if (row.length > 3 && row[3] !== null) para.relay = row[3] as string;
    return para;
  });
  let sentences: Sentence[] = [];
  if (p.sentencesWhole) sentences = p.sentencesWhole as Sentence[];
  else {
    for (let i = 0, n = 0; i < p.sentences.length; i += 3, n++) {
      const start = p.sentences[i];
      const end = p.sentences[i + 1];
      sentences.push({ start, end, text: p.sentenceTexts?.[n] ?? text.slice(start, end), paragraph: p.sentences[i + 2] });
    }
  }
  const { file, title, outlet, published, publishedInferred, quotes, events, paragraphs: _p, sentences: _s, sentenceTexts: _t, sentencesWhole: _w, ...extra } = p;
  return {
    article,
    file,
    title,
    outlet,
    published,
    publishedInferred,
    paragraphs,
    sentences,
    quotes: quotes.map((q) => ({ ...q, text: deref(text, q.text), context: deref(text, q.context) })) as unknown as ArticleAnalysis['quotes'],
    events: events.map((e) => ({ ...e, evidence: deref(text, e.evidence), summary: deref(text, e.summary) })) as unknown as ArticleAnalysis['events'],
    ...extra,
  };
}

/**
 * A shard as a worker sends it: its JSON text as UTF-8 bytes (what the snapshot writes, handed over
 * without a copy), and where its pieces lie in them: the head (format, version, code, story, files),
 * each article's packed analysis, and the rest of the analysis key by key, an array (the timeline)
 * item by item. The thread that answers reads a long story's new version a piece at a time.
 */
export interface ShardBytes {
  bytes: Uint8Array<ArrayBuffer>;
  /** The head's JSON is bytes [0, head) and a closing brace. */
  head: number;
  /** [start, end) of each article's JSON: two numbers per article. */
  articles: number[];
  /** [key, [start, end) of its value's JSON] or, for an array, [key, [start, end) of each item, …], true]. */
  rest: [key: string, ranges: number[], items: boolean][];
}

/** The shard of a story's analysis, as a JSON string. */
export function packStory(analysis: StoryAnalysis, files: FileKey[], code = analysisCodeDigest()): string {
  return shardJson(packStoryBytes(analysis, files, code));
}

/** The JSON text of a shard sent as bytes. */
export function shardJson(shard: ShardBytes): string {
  return asBuffer(shard.bytes).toString('utf8');
}

const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * The shard of a story's analysis as bytes, with its pieces' places. The text is what
 * JSON.stringify makes of { format, version, code, story, files, analysis: { articles, rest } }.
 */
export function packStoryBytes(analysis: StoryAnalysis, files: FileKey[], code = analysisCodeDigest()): ShardBytes {
  const { story, articles, ...rest } = analysis;
  const texts = new Map(articles.map((a) => [a.file, a.article.text]));
  // The text in order, each piece with the range list its place goes in.
  const pieces: [string, number[]?][] = [];
  const head = JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, code, story, files }).slice(0, -1);
  const headRange: number[] = [];
  pieces.push([head, headRange], [',"analysis":{"articles":[']);
  /** Items of a JSON array, comma-separated, each one's place going in `ranges`. */
  const list = (items: unknown[], ranges: number[]) => items.forEach((item, i) => pieces.push(...(i ? [[','] as [string]] : []), [JSON.stringify(item) ?? 'null', ranges]));
  const articleRanges: number[] = [];
  list(articles.map(packArticle), articleRanges);
  pieces.push(['],"rest":{']);
  const restRanges: ShardBytes['rest'] = [];
  for (const [key, value] of Object.entries(rest)) {
    // Timeline evidence is a sentence of the source it names: offsets into that source's text.
    const packed = key === 'timeline' && Array.isArray(value) ? (value as TimelineEntry[]).map((e) => packEntry(e, texts)) : value;
    const items = Array.isArray(packed);
    const json = items ? '' : JSON.stringify(packed);
    if (json === undefined) continue; // (JSON.stringify leaves out a key whose value has no JSON)
    const ranges: number[] = [];
    pieces.push([`${restRanges.length ? ',' : ''}${JSON.stringify(key)}:`]);
    if (items) {
      pieces.push(['[']);
      list(packed, ranges);
      pieces.push([']']);
    } else pieces.push([json, ranges]);
    restRanges.push([key, ranges, items]);
  }
  pieces.push(['}}}']);
  // Written into a buffer of its own (a pooled one could not be handed to another thread).
  const bytes = new Uint8Array(pieces.reduce((n, [text]) => n + Buffer.byteLength(text), 0));
  const out = asBuffer(bytes);
  let at = 0;
  for (const [text, ranges] of pieces) {
    const end = at + out.write(text, at);
    ranges?.push(at, end);
    at = end;
  }
  return { bytes, head: headRange[1], articles: articleRanges, rest: restRanges };
}

type TimelineEntry = StoryAnalysis['timeline'][number];

function packEntry(e: TimelineEntry, texts: Map<string, string>): unknown {
  if (!Array.isArray(e.sources)) return e;
  const first = texts.get(e.sources[0]?.file ?? '');
  return {
    ...e,
    summary: first !== undefined ? ref(first, e.summary) : e.summary,
    sources: e.sources.map((x) => {
      const t = texts.get(x.file);
      return t !== undefined ? { ...x, evidence: ref(t, x.evidence) } : x;
    }),
  };
}

function unpackEntry(e: TimelineEntry, texts: Map<string, string>): TimelineEntry {
  if (!Array.isArray(e.sources)) return e;
  const first = texts.get(e.sources[0]?.file ?? '') ?? '';
  return {
    ...e,
    summary: deref(first, e.summary) as string,
    sources: e.sources.map((x) => ({ ...x, evidence: deref(texts.get(x.file) ?? '', x.evidence) as string })),
  };
}

/** The i-th article's analysis back from its packed form, if it is of the article loaded as i-th. */
function unpackArticleAt(p: PackedArticle, articles: Article[], i: number): ArticleAnalysis {
  if (p.file !== articles[i]?.file) throw new Error('shard holds another set of articles');
  return unpackArticle(p, articles[i]);
}

/** The analysis back from a shard, given the articles as loaded now (same files, same order). */
export function unpackStory(shard: Shard, articles: Article[]): StoryAnalysis {
  const packed = shard.analysis.articles;
  if (packed.length !== articles.length) throw new Error('shard holds another set of articles');
  const out = packed.map((p, i) => unpackArticleAt(p, articles, i));
  const rest = { ...shard.analysis.rest } as Omit<StoryAnalysis, 'story' | 'articles'>;
  if (Array.isArray(rest.timeline)) {
    const texts = new Map(articles.map((a) => [a.file, a.text]));
    rest.timeline = rest.timeline.map((e) => unpackEntry(e, texts));
  }
  return { story: shard.story, articles: out, ...rest };
}

/**
 * `unpackStory` from a shard sent as bytes, each piece decoded, parsed and unpacked in its turn, with
 * `pause()` between slices of SLICE_MS: a long story's shard is megabytes of JSON, which JSON.parse
 * would read in one block of the thread that answers.
 */
export async function unpackStoryInSlices(shard: ShardBytes, articles: Article[], pause: () => Promise<unknown> = yieldNow): Promise<StoryAnalysis> {
  const text = asBuffer(shard.bytes);
  const piece = (ranges: number[], i: number) => JSON.parse(text.toString('utf8', ranges[i], ranges[i + 1]));
  const head = JSON.parse(`${text.toString('utf8', 0, shard.head)}}`) as Omit<Shard, 'analysis'>;
  if (shard.articles.length !== 2 * articles.length) throw new Error('shard holds another set of articles');
  const out: ArticleAnalysis[] = [];
  await inSlices(articles.keys(), (i) => out.push(unpackArticleAt(piece(shard.articles, 2 * i) as PackedArticle, articles, i)), pause);
  const texts = new Map(articles.map((a) => [a.file, a.text]));
  const rest: Record<string, unknown> = {};
  for (const [key, ranges, items] of shard.rest) {
    if (!items) {
      rest[key] = piece(ranges, 0);
      continue;
    }
    const list: unknown[] = [];
    await inSlices(Array.from({ length: ranges.length / 2 }, (_, i) => 2 * i), (at) => list.push(key === 'timeline' ? unpackEntry(piece(ranges, at) as TimelineEntry, texts) : piece(ranges, at)), pause);
    rest[key] = list;
  }
  return { story: head.story, articles: out, ...(rest as Omit<StoryAnalysis, 'story' | 'articles'>) };
}

// ---- the folder ------------------------------------------------------------------------------------

export class SnapshotStore {
  readonly dir: string;
  readonly code: string;

  constructor(root: string) {
    this.dir = join(root, `snapshot-v${SNAPSHOT_VERSION}`);
    this.code = analysisCodeDigest();
  }

  /** Where the shard of this story with these files lives. */
  shardName(story: string, files: FileKey[]): string {
    const h = createHash('sha1');
    h.update(`${FORMAT}\n${SNAPSHOT_VERSION}\n${this.code}\n${story}\n`);
    for (const f of files) h.update(`${f.path}\0${f.size}\0${f.mtimeMs}\0${f.hash}\n`);
    return `${h.digest('hex').slice(0, 32)}.json`;
  }

  /** The story's analysis if a valid shard for exactly these files is on disk; else undefined and why. */
  read(story: string, articles: Article[], files: FileKey[]): { analysis?: StoryAnalysis; reason?: string } {
    const path = join(this.dir, this.shardName(story, files));
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      return { reason: 'no shard' };
    }
    try {
      const shard = JSON.parse(raw) as Shard;
      if (shard.format !== FORMAT || shard.version !== SNAPSHOT_VERSION) return { reason: 'other version' };
      if (shard.code !== this.code) return { reason: 'other analysis code' };
      if (shard.story !== story || !sameKeys(shard.files, files)) return { reason: 'stale' };
      return { analysis: unpackStory(shard, articles) };
    } catch (err) {
      return { reason: `corrupt (${(err as Error).message})` };
    }
  }

  /** Writes a shard atomically: a temp file in the same folder, then a rename. */
  write(story: string, files: FileKey[], bytes: Uint8Array): string {
    mkdirSync(this.dir, { recursive: true });
    const name = this.shardName(story, files);
    const tmp = join(this.dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(this.dir, name));
    return name;
  }

  /**
   * The manifest (empty when it is missing, corrupt, or of another version or code): lets a start
   * find each story's shard without reading it, and, when no file changed, without reading the
   * articles either.
   */
  readManifest(): Manifest {
    const empty: Manifest = { stories: new Map() };
    try {
      const m = JSON.parse(readFileSync(join(this.dir, 'manifest.json'), 'utf8')) as { format: string; version: number; code: string; stories: Record<string, ManifestEntry>; sources?: ManifestSources };
      if (m.format !== MANIFEST || m.version !== SNAPSHOT_VERSION || m.code !== this.code || typeof m.stories !== 'object' || !m.stories) return empty;
      return { stories: new Map(Object.entries(m.stories)), sources: m.sources };
    } catch {
      return empty;
    }
  }

  writeManifest(manifest: Manifest): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `.manifest.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(tmp, JSON.stringify({ format: MANIFEST, version: SNAPSHOT_VERSION, code: this.code, sources: manifest.sources, stories: Object.fromEntries(manifest.stories) }));
    renameSync(tmp, join(this.dir, 'manifest.json'));
  }

  /** Removes shards not in `keep` and folders of other snapshot versions. */
  prune(keep: Set<string>): void {
    const root = dirname(this.dir);
    try {
      for (const e of readdirSync(root, { withFileTypes: true })) {
        if (e.isDirectory() && /^snapshot-v\d+$/.test(e.name) && join(root, e.name) !== this.dir) rmSync(join(root, e.name), { recursive: true, force: true });
      }
      for (const name of readdirSync(this.dir)) {
        if (name.endsWith('.json') && name !== 'manifest.json' && !keep.has(name)) rmSync(join(this.dir, name), { force: true });
        // Temp files of a writer that died: older than a minute.
        if (name.endsWith('.tmp') && Date.now() - statSync(join(this.dir, name)).mtimeMs > 60_000) rmSync(join(this.dir, name), { force: true });
      }
    } catch {
      // Pruning is housekeeping: never fatal.
    }
  }
}

export function sameKeys(a: FileKey[], b: FileKey[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((k, i) => k.path === b[i].path && k.size === b[i].size && k.mtimeMs === b[i].mtimeMs && k.hash === b[i].hash);
}
