// Reads the articles folder: each subfolder is a story, files directly inside form the folder's
// own story. A bad file is skipped with one warning naming it and the reason; the rest loads.
import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseFrontMatter } from './frontmatter.ts';
import { markdownToText } from './markdown.ts';
import type { Article, Warning } from './types.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export interface LoadOptions {
  maxBytes?: number;
}

export interface LoadResult {
  articles: Article[];
  warnings: Warning[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function isArticleFile(name: string): boolean {
  return !name.startsWith('.') && ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Size and mtime of each file as it was read: its key in the snapshot, with no second stat. */
const statsAtRead = new WeakMap<Article, { size: number; mtimeMs: number }>();

/** The size and mtime the file had when `article` was read from it (undefined if it was not read by readArticle). */
export function statAtRead(article: Article): { size: number; mtimeMs: number } | undefined {
  return statsAtRead.get(article);
}

/** Reads one article file; throws an Error whose message is the reason it cannot be used. */
export function readArticle(path: string, story: string, maxBytes = 2_000_000): Article {
  const fd = openSync(path, 'r');
  try {
    const { size, mtimeMs } = fstatSync(fd);
    if (size > maxBytes) throw tooLarge(maxBytes, size);
    const article = parseArticle(readAll(fd, size, maxBytes), path, story);
    statsAtRead.set(article, { size, mtimeMs });
    return article;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reading tens of thousands of files, a new buffer for each made the garbage collector a fifth of
 * the start: one buffer serves every file (parseArticle keeps only the decoded text).
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/** The whole file to its end (it may have grown since its size was taken), up to the cap. */
function readAll(fd: number, size: number, maxBytes: number): Buffer {
  if (scratch.length <= size) scratch = Buffer.allocUnsafe(size + 1);
  let n = 0;
  for (;;) {
    if (n === scratch.length) {
      if (n > maxBytes) throw tooLarge(maxBytes, n);
      const grown = Buffer.allocUnsafe(n * 2);
      scratch.copy(grown);
      scratch = grown;
    }
    const got = readSync(fd, scratch, n, scratch.length - n, null);
    if (got === 0) break;
    n += got;
  }
  if (n > maxBytes) throw tooLarge(maxBytes, n);
  return scratch.subarray(0, n);
}

function tooLarge(maxBytes: number, size: number): Error {
  return new Error(`larger than the ${formatBytes(maxBytes)} cap (${formatBytes(size)})`);
}

/** Validates raw bytes as an article (shared by the loader and ingest). */
export function parseArticle(bytes: Uint8Array, path: string, story: string): Article {
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
  const { meta, bodyStart } = parseFrontMatter(text);
  // A Markdown article is read as the text it shows ("# Title" is the title, "**June**" is June).
  if (path.toLowerCase().endsWith('.md')) text = text.slice(0, bodyStart) + markdownToText(text.slice(bodyStart));
  if (!text.slice(bodyStart).trim()) throw new Error('empty (no article text)');
  return { file: basename(path), path: resolve(path), story: meta.story ?? story, text, bodyStart, meta };
}

/** Loads files or folders: a folder's files form its story, its subfolders their own stories. */
export function loadArticles(paths: string[], options: LoadOptions = {}): LoadResult {
  const out: LoadResult = { articles: [], warnings: [] };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.warnings.push({ file: p, reason: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) loadFolder(p, basename(resolve(p)), out, options, true);
    else loadFile(p, basename(resolve(p, '..')), out, options);
  }
  out.articles.sort((a, b) => a.story.localeCompare(b.story) || a.file.localeCompare(b.file));
  return out;
}

function loadFolder(dir: string, story: string, out: LoadResult, options: LoadOptions, top: boolean): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && top && !entry.name.startsWith('.')) loadFolder(full, entry.name, out, options, false);
    else if (entry.isFile() && isArticleFile(entry.name)) loadFile(full, story, out, options);
  }
}

function loadFile(path: string, story: string, out: LoadResult, options: LoadOptions): void {
  try {
    out.articles.push(readArticle(path, story, options.maxBytes));
  } catch (err) {
    out.warnings.push({ file: path, reason: (err as Error).message });
  }
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} kB`;
}
