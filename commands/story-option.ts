// The options every command shares (story, source) and the helpers handlers lean on: resolving a
// story and a source, paging buttons whose custom id carries all the state, and keeping embeds
// inside Discord's limits.
import { createHash } from 'node:crypto';
import type { Engine, Story } from '../src/engine.ts';
import { memoByObject } from '../src/analysis/memo.ts';
import type { ArticleAnalysis } from '../src/analysis/types.ts';
import type { Button, Choice, Embed, Reply } from '../src/reply.ts';
import { COLORS } from '../src/reply.ts';
import { UsageError, type OptionDefinition, type OptionValues } from './types.ts';

export const storyOption: OptionDefinition = {
  name: 'story',
  description: 'Which story (default: the one with the newest article)',
  type: 'string',
  autocomplete: true,
};

export const sourceOption: OptionDefinition = {
  name: 'source',
  description: 'Only this source (an outlet or an article file)',
  type: 'string',
  autocomplete: true,
};

export function resolveStory(engine: Engine, options: OptionValues): Story {
  const name = typeof options.story === 'string' && options.story.trim() ? options.story.trim() : undefined;
  const story = engine.story(name);
  if (!story) {
    const names = engine.storyNames();
    if (!names.length) throw new UsageError('No articles are loaded yet. Add .txt or .md files to the seeds folder.');
    throw new UsageError(`No story called "${shorten(name ?? "", 60)}". Try story:${names[0]} (stories: ${names.slice(0, 10).join(', ')}).`);
  }
  return story;
}

export function storyChoices(engine: Engine, value: string): Choice[] {
  const v = value.toLowerCase();
  return engine
    .storyNames()
    .filter((n) => n.toLowerCase().includes(v))
    .map((n) => ({ name: n, value: n }));
}

/** Case-insensitive filter for autocomplete lists: prefix matches first, then substrings. */
export function matchChoices(values: string[], typed: string): Choice[] {
  const t = typed.toLowerCase().trim();
  const starts = values.filter((v) => v.toLowerCase().startsWith(t));
  const contains = values.filter((v) => !v.toLowerCase().startsWith(t) && v.toLowerCase().includes(t));
  return [...starts, ...contains].map((v) => ({ name: v, value: v }));
}

/** The story an autocomplete request is about (the `story` option typed so far, else the default). */
export function storyFor(engine: Engine, options: OptionValues): Story | undefined {
  const name = typeof options.story === 'string' && options.story.trim() ? options.story.trim() : undefined;
  return engine.story(name) ?? engine.story();
}

// ---- sources ---------------------------------------------------------------------------------

/**
 * `make(story)` worked out once per story version: kept with the story's analysis (a changed story
 * has a new one), so handlers and autocomplete (every keystroke) reuse it. Read it, never change it.
 */
export function perStory<T>(make: (story: Story) => T): (story: Story) => T {
  return memoByObject(make, (story) => story.analysis);
}

/** The story's articles in a stable order (by file name), so an index can stand for an article. */
export const articlesByFile: (story: Story) => readonly ArticleAnalysis[] = perStory((story) => [...story.analysis.articles].sort((a, b) => a.file.localeCompare(b.file)));

/** The story's articles by file name (the first of a name). */
const articleMap = perStory((story) => {
  const map = new Map<string, ArticleAnalysis>();
  for (const a of story.analysis.articles) if (!map.has(a.file)) map.set(a.file, a);
  return map;
});

/** A short human name for an article: its outlet, else its title shortened. */
export function sourceName(a: ArticleAnalysis): string {
  if (a.outlet) return a.outlet;
  return shorten(a.title, 48);
}

/** "Outlet (file)": what replies show so that two articles of one outlet stay apart. */
export function sourceLabel(a: ArticleAnalysis): string {
  return `${sourceName(a)} (${a.file})`;
}

export function articleByFile(story: Story, file: string): ArticleAnalysis | undefined {
  return articleMap(story).get(file);
}

/** Choices for a `source` option: every article (outlet and file), filtered by what was typed. */
export function sourceChoices(story: Story | undefined, typed: string): Choice[] {
  if (!story) return [];
  const t = typed.toLowerCase().trim();
  const rows = sourceRows(story);
  const starts = new Set(rows.filter((r) => r.lowName.startsWith(t) || r.lowValue.startsWith(t)));
  const rest = rows.filter((r) => !starts.has(r) && r.hay.includes(t));
  return [...starts, ...rest].map(({ name, value }) => ({ name, value }));
}

interface SourceRow {
  name: string;
  value: string;
  lowName: string;
  lowValue: string;
  hay: string;
}

/** Each source's choice and the text typed letters are matched against. */
const sourceRows = perStory((story): SourceRow[] =>
  articlesByFile(story).map((a) => {
    const name = `${sourceName(a)} — ${a.file}`;
    return { name, value: a.file, lowName: name.toLowerCase(), lowValue: a.file.toLowerCase(), hay: `${a.outlet ?? ''} ${a.title} ${a.file}`.toLowerCase() };
  }),
);

/** A resolved `source` option: the files it stands for and a compact code for a button's id. */
export interface SourceFilter {
  files: string[];
  label: string;
  /** `f<i>` one article, `o<i>` every article of article i's outlet (i in base 36 over articlesByFile). */
  code: string;
}

/**
 * Resolves what the user typed for `source`: a file name (with or without extension), or an outlet
 * (every article of it), or a unique part of an outlet, title or file name.
 */
export function resolveSource(story: Story, value: unknown, option = 'source'): SourceFilter | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const v = value.trim().toLowerCase();
  const list = articlesByFile(story);
  const byFile = list.findIndex((a) => a.file.toLowerCase() === v || a.file.toLowerCase().replace(/\.[^.]+$/, '') === v);
  if (byFile >= 0) return fileFilter(list, byFile);
  const prefixed = list.filter((a) => a.file.toLowerCase().startsWith(v));
  if (prefixed.length === 1) return fileFilter(list, list.indexOf(prefixed[0]));
  const outletOf = (a: ArticleAnalysis) => (a.outlet ?? '').toLowerCase();
  const byOutlet = list.findIndex((a) => outletOf(a) === v);
  if (byOutlet >= 0) return outletFilter(list, byOutlet);
  const partial = list.filter((a) => `${a.outlet ?? ''}\n${a.title}\n${a.file}`.toLowerCase().includes(v));
  const outlets = new Set(partial.map(outletOf));
  if (partial.length === 1) return fileFilter(list, list.indexOf(partial[0]));
  if (partial.length > 1 && outlets.size === 1 && !outlets.has('')) return outletFilter(list, list.indexOf(partial[0]));
  const known = list.slice(0, 8).map((a) => a.file).join(', ');
  if (!partial.length) throw new UsageError(`${option}: no article of story "${story.name}" matches "${shorten(value.trim(), 60)}". Pick one from the list, e.g. ${option}:${list[0]?.file ?? '…'} (articles: ${known}).`);
  throw new UsageError(`${option}: "${shorten(value.trim(), 60)}" matches several articles (${partial.slice(0, 6).map((a) => a.file).join(', ')}). Type the file name, e.g. ${option}:${partial[0].file}.`);
}

/** The inverse of SourceFilter.code, for button clicks; undefined when the code no longer fits the story. */
export function decodeSource(story: Story, code: string): SourceFilter | undefined | null {
  if (!code || code === '-') return undefined;
  const list = articlesByFile(story);
  const i = parseInt(code.slice(1), 36);
  if (!Number.isInteger(i) || i < 0 || i >= list.length) return null;
  if (code[0] === 'f') return fileFilter(list, i);
  if (code[0] === 'o' && list[i].outlet) return outletFilter(list, i);
  return null;
}

function fileFilter(list: readonly ArticleAnalysis[], i: number): SourceFilter {
  return { files: [list[i].file], label: sourceLabel(list[i]), code: `f${i.toString(36)}` };
}

function outletFilter(list: readonly ArticleAnalysis[], i: number): SourceFilter {
  const outlet = list[i].outlet!.toLowerCase();
  const files = list.filter((a) => (a.outlet ?? '').toLowerCase() === outlet).map((a) => a.file);
  if (files.length === 1) return fileFilter(list, i);
  return { files, label: `${list[i].outlet} (${files.length} articles)`, code: `o${i.toString(36)}` };
}

// ---- paging state in custom ids ----------------------------------------------------------------

export const CUSTOM_ID_MAX = 100;

/**
 * A short digest of the story as it stands: from the story's key (its name, its files and their
 * contents, and the analysis code), so it is known without reading or hashing the analysis. Button
 * ids carry it, so a click on a page of an older version of the story (articles added or changed
 * since) is recognised as outdated instead of answered with different results.
 */
const fingerprints = new WeakMap<Story, string>();
export function storyFingerprint(story: Story): string {
  const cached = fingerprints.get(story);
  if (cached) return cached;
  const fp = BigInt(`0x${storyKey(story).slice(0, 12)}`).toString(36).slice(0, 7);
  fingerprints.set(story, fp);
  return fp;
}

/** The engine's key of a story; for a story object without one, a digest of what its analysis holds. */
function storyKey(story: Story): string {
  if (story.key) return story.key;
  const h = createHash('sha1');
  h.update(story.name);
  for (const a of articlesByFile(story)) h.update(`\n${a.file}|${a.published}|${a.article.text.length}|${a.quotes.length}|${a.events.length}`);
  for (const c of story.analysis.clusters) h.update(`\nc${c.id}|${c.canonical}|${c.files.join(',')}|${c.speaker}`);
  for (const e of story.analysis.timeline) h.update(`\nt${e.id}|${e.date}|${e.sources.length}|${e.summary}`);
  return h.digest('hex');
}

/** The loaded story whose fingerprint is `fp`, if any (no story's analysis is read to find it). */
export function storyByFingerprint(engine: Engine, fp: string): Story | undefined {
  return engine.allStories().find((s) => storyFingerprint(s) === fp);
}

/** Builds `<command>:p:<page>:<fixed…>:<free>`, clipping the free-text tail so the id fits 100 characters. */
export function pageId(command: string, page: number, fixed: string[], free = ''): string {
  const head = [command, 'p', String(page), ...fixed].join(':');
  const room = CUSTOM_ID_MAX - head.length - 1;
  return `${head}:${clipWords(free, Math.max(0, room))}`;
}

/** ◀ Prev / Next ▶ for page `page` of `pages` (none when everything fits one page). */
export function pageButtons(command: string, page: number, pages: number, fixed: string[], free = ''): Button[][] | undefined {
  if (pages <= 1) return undefined;
  return [
    [
      { customId: pageId(command, Math.max(0, page - 1), fixed, free), label: '◀ Prev', style: 'secondary', disabled: page <= 0 },
      { customId: pageId(command, page + 1, fixed, free), label: 'Next ▶', style: 'secondary', disabled: page >= pages - 1 },
    ],
  ];
}

/** Parses the args of a paging click (`p`, page, then the fixed parts, then the free text). */
export function parsePageArgs(args: string[], fixedCount: number): { page: number; fixed: string[]; free: string } | undefined {
  if (args[0] !== 'p' || args.length < 2 + fixedCount) return undefined;
  const page = Number(args[1]);
  if (!Number.isInteger(page) || page < 0) return undefined;
  return { page, fixed: args.slice(2, 2 + fixedCount), free: args.slice(2 + fixedCount).join(':') };
}

/** The ephemeral note a click on a page that no longer exists gets. */
export function outdatedReply(command: string, why = 'the story has changed since this list was made'): Reply {
  return {
    ephemeral: true,
    embeds: [{ title: 'This page is out of date', description: `${capitalise(why)}. Run /${command} again for a fresh list.`, color: COLORS.info }],
  };
}

/** Text normalised for a button id: one line, lower case, typographic apostrophes made plain. */
export function compactText(s: string, max = 60): string {
  return clipWords(s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase(), max);
}

function clipWords(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut).trim();
}

// ---- Discord limits ------------------------------------------------------------------------------

export const LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, embeds: 10, total: 6000, content: 2000 } as const;

/** Shortens to at most `max` characters, cutting at a word boundary and adding an ellipsis. */
export function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Cuts a Markdown-bearing string without leaving a dangling escape or an emphasis marker open. */
export function clipMarkdown(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 5));
  const open: string[] = [];
  let i = 0;
  for (; i < cut.length; i++) {
    if (cut[i] === '\\') {
      if (i === cut.length - 1) break; // a lone trailing backslash would escape the ellipsis
      i++;
      continue;
    }
    const c = cut[i];
    if ((c === '*' || c === '~') && cut[i + 1] === c) {
      const two = c === '*' ? '**' : '~~';
      if (open[open.length - 1] === two) open.pop();
      else open.push(two);
      i++;
    }
  }
  cut = cut.slice(0, i).replace(/\s+$/, '');
  return `${cut}…${open.reverse().join('')}`;
}

/** Keeps every embed of a reply inside Discord's per-field and per-message limits. */
export function fitReply(reply: Reply): Reply {
  if (!reply.embeds?.length) return reply;
  const embeds = reply.embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  let total = 0;
  for (const e of embeds) {
    let size = embedSize(e);
    while (size + total > LIMITS.total && e.fields?.length) {
      e.fields.pop();
      size = embedSize(e);
    }
    if (size + total > LIMITS.total && e.description) {
      e.description = clipMarkdown(e.description, Math.max(1, LIMITS.total - total - (size - e.description.length)));
      size = embedSize(e);
    }
    total += size;
  }
  return { ...reply, embeds, content: reply.content ? clipMarkdown(reply.content, LIMITS.content) : reply.content };
}

function fitEmbed(e: Embed): Embed {
  return {
    ...e,
    title: e.title ? clipMarkdown(e.title, LIMITS.title) : e.title,
    description: e.description ? clipMarkdown(e.description, LIMITS.description) : e.description,
    footer: e.footer ? clipMarkdown(e.footer, LIMITS.footer) : e.footer,
    fields: e.fields
      ?.slice(0, LIMITS.fields)
      .map((f) => ({ ...f, name: clipMarkdown(f.name || '\u200b', LIMITS.fieldName), value: clipMarkdown(f.value || '\u200b', LIMITS.fieldValue) })),
  };
}

export function embedSize(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Escapes Discord Markdown in article text so that it shows as typed. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\*_~`|[\]])/g, '\\$1').replace(/^([>#-])/gm, '\\$1');
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * A word diff as Discord Markdown: words the variant adds in **bold**, words it drops ~~struck~~,
 * article text escaped first. Spaces stay outside the markers so Markdown renders them.
 */
export function diffMarkdown(segments: { op: 'same' | 'add' | 'del'; text: string }[]): string {
  return segments
    .map((s) => {
      if (s.op === 'same') return escapeMarkdown(s.text);
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.text)!;
      if (!m[2]) return s.op === 'add' ? s.text : '';
      const mark = s.op === 'add' ? '**' : '~~';
      return `${m[1]}${mark}${escapeMarkdown(m[2])}${mark}${m[3]}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A window of `text` around `needle`, at most `max` characters, with ellipses where cut. */
export function around(text: string, needle: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const at = needle ? t.indexOf(needle.replace(/\s+/g, ' ').trim().slice(0, 40)) : -1;
  if (at < 0) return shorten(t, max);
  const room = Math.max(0, max - Math.min(needle.length, max - 2));
  let from = Math.max(0, at - Math.floor(room / 2));
  let to = Math.min(t.length, from + max - 2);
  if (to - from < max - 2) from = Math.max(0, to - (max - 2));
  while (from > 0 && from < at && /\S/.test(t[from - 1])) from++;
  while (to < t.length && to > at + 1 && /\S/.test(t[to])) to--;
  return `${from > 0 ? '…' : ''}${t.slice(from, to).trim()}${to < t.length ? '…' : ''}`;
}

/** "A, B and 3 more". */
/** `total` names in all, of which `names` holds at least the first `max` (the rest need not be written). */
export function listSome(names: string[], max = 4, total = names.length): string {
  if (total <= max) return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
  return `${names.slice(0, max).join(', ')} and ${total - max} more`;
}

// ---- a cache for rendered charts -----------------------------------------------------------------

/**
 * Rendered charts by key, least recently used first, within a budget of bytes: a chart is a PNG of
 * tens of kilobytes, so a few thousand fit, enough for the charts of every story people are asking
 * about rather than the last few dozen (which a handful of busy stories would evict in turn).
 */
const memoStore = new Map<string, { value: unknown; bytes: number }>();
export const MEMO_BYTES = 32 * 1024 * 1024;
const MEMO_ENTRIES = 4096;
let memoBytes = 0;

/**
 * Keeps rendered charts: a page turn or a repeated question re-renders the same chart, and drawing
 * one costs more than answering the command. Keys must include the story's fingerprint, so a
 * changed story never gets an older story's chart (its old entries age out).
 */
export function memo<T>(key: string, make: () => T): T {
  const hit = memoStore.get(key);
  if (hit) {
    memoStore.delete(key);
    memoStore.set(key, hit);
    return hit.value as T;
  }
  const value = make();
  const bytes = key.length + sizeOf(value);
  if (bytes > MEMO_BYTES / 8) return value;
  memoStore.set(key, { value, bytes });
  memoBytes += bytes;
  for (const [k, old] of memoStore) {
    if (memoBytes <= MEMO_BYTES && memoStore.size <= MEMO_ENTRIES) break;
    memoStore.delete(k);
    memoBytes -= old.bytes;
  }
  return value;
}

/** Roughly what a memoised value holds: the bytes of a buffer, or of the attachments in a list. */
function sizeOf(value: unknown): number {
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + (v?.data instanceof Uint8Array ? v.data.byteLength : sizeOf(v)), 0);
  return 1024;
}
