// Recognising an article the story already has: the same canonical address (normalised: scheme,
// `www.`, default port, fragment, trailing slash and tracking parameters do not count), or the same
// text (normalised: case, punctuation, quotation-mark styles and spacing do not count).
import { createHash } from 'node:crypto';
import type { Engine } from '../engine.ts';
import type { Article } from '../corpus/types.ts';

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|ref|ref_src|smid|taid|at_medium|at_campaign|guccounter)$/i;

/** The address without its fragment and tracking parameters (what the front matter keeps). */
export function cleanUrl(input: string): string {
  try {
    const u = new URL(input);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    return u.href;
  } catch {
    return input;
  }
}

/** A comparable form of an address, or undefined when it is not an http(s) URL. */
export function normaliseUrl(input: string | undefined): string | undefined {
  if (!input) return undefined;
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port && !['80', '443'].includes(u.port) ? `:${u.port}` : '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (/\/index\.html?$/i.test(path)) path = path.replace(/\/index\.html?$/i, '') || '/';
  return `${host}${port}${path}${query}`;
}

/** A hash of the words of a text, blind to case, punctuation, quote styles and spacing. */
export function textKey(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('hex');
}

const bodyKeys = new WeakMap<Article, string>();

/** The key of an article's body (after its front matter), computed once per article. */
export function articleKey(a: Article): string {
  let k = bodyKeys.get(a);
  if (!k) {
    k = textKey(a.text.slice(a.bodyStart));
    bodyKeys.set(a, k);
  }
  return k;
}

export interface Duplicate {
  story: string;
  file: string;
  why: 'url' | 'text';
}

/** The article already loaded that has this address or this text, in any story. */
export function findDuplicate(engine: Engine, candidate: { urls?: (string | undefined)[]; body?: string }): Duplicate | undefined {
  const urls = new Set((candidate.urls ?? []).map(normaliseUrl).filter((u): u is string => !!u));
  const key = candidate.body !== undefined ? textKey(candidate.body) : undefined;
  for (const story of engine.allStories()) {
    for (const a of story.analysis.articles) {
      const u = normaliseUrl(a.article.meta.url);
      if (u && urls.has(u)) return { story: story.name, file: a.file, why: 'url' };
      if (key && articleKey(a.article) === key) return { story: story.name, file: a.file, why: 'text' };
    }
  }
  return undefined;
}
