// An article's text and metadata from an HTML page: @mozilla/readability over linkedom finds the
// article body (leaving navigation, headers, footers, share bars and teasers behind); the page's
// own metadata (Open Graph, article:*, JSON-LD, <link rel=canonical>, <time>) gives the title,
// outlet, author, date and canonical address, with readability's guesses as the fallback.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from './errors.ts';

export interface ExtractedArticle {
  title: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The page's canonical address (http/https), else the address it was fetched from. */
  url?: string;
  /** The article's paragraphs, in order, whitespace collapsed. */
  paragraphs: string[];
}

/** Fewer characters of article text than this is not an article (a cookie wall, an index page). */
export const MIN_ARTICLE_CHARS = 200;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'form', 'iframe', 'object', 'select', 'textarea']);

type El = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  getAttribute(name: string): string | null;
};
type Doc = {
  querySelector(s: string): El | null;
  querySelectorAll(s: string): ArrayLike<El>;
  title?: string;
};

/**
 * Extracts the article from a page fetched from `pageUrl` (used to resolve relative addresses and
 * as the outlet's fallback name). Throws IngestError('no-article') when the page has no article text.
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Doc;
  // Metadata first: readability changes the document as it works.
  const ld = jsonLd(doc);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = clean(el?.getAttribute('content') ?? '');
      if (v) return v;
    }
    return undefined;
  };
  const canonical =
    absoluteUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(meta('og:url'), pageUrl) ??
    absoluteUrl(ld.url, pageUrl) ??
    (pageUrl && /^https?:/i.test(pageUrl) ? stripFragment(pageUrl) : undefined);
  const siteName = meta('og:site_name', 'application-name', 'publisher', 'dc.publisher') ?? ld.publisher;
  const author = authorName(meta('author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author') ?? ld.author);
  const dateText =
    meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'og:published_time') ??
    ld.datePublished ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const ogTitle = meta('og:title', 'twitter:title', 'headline') ?? ld.headline;
  const docTitle = clean(doc.querySelector('title')?.textContent ?? '');

  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    parsed = null;
  }
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS || !paragraphs.some((p) => p.length >= 60 && /[.!?…"”’]$/.test(p))) {
    throw new IngestError('no-article', 'No article text was found on that page (it may be an index page, a paywall or a page built by scripts): nothing was added.');
  }

  const outlet = clean(siteName ?? parsed?.siteName ?? '') || hostName(canonical ?? pageUrl);
  const title = stripSiteName(clean(ogTitle ?? parsed?.title ?? docTitle), outlet) || paragraphs[0].slice(0, 120);
  // The page's own headline and byline lines are replaced by the title line the file starts with.
  const body = paragraphs.filter((p, i) => !(i < 3 && (norm(p) === norm(title) || (author && /^by\s/i.test(p) && norm(p).includes(norm(author))))));
  return {
    title: title.slice(0, 500),
    outlet: outlet ? outlet.slice(0, 200) : undefined,
    author: (author ?? authorName(parsed?.byline ?? undefined))?.slice(0, 300),
    published: isoDay(dateText ?? parsed?.publishedTime ?? undefined),
    url: canonical,
    paragraphs: body,
  };
}

/** The article file's text: the title line, then the paragraphs, a blank line between each. */
export function articleBody(a: ExtractedArticle): string {
  return `${a.title}\n\n${a.paragraphs.join('\n\n')}\n`;
}

/** Splits readability's HTML into paragraphs: one per block element holding text. */
export function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: El) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk((document as unknown as { body: El }).body);
  flush();
  return out;
}

interface LdFacts {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

/** Facts from JSON-LD blocks describing an article (NewsArticle, Article, ReportageNewsArticle…). */
function jsonLd(doc: Doc): LdFacts {
  const out: LdFacts = {};
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (o['@graph']) queue.push(o['@graph']);
      const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (!type.some((t) => /Article|Posting|Report/i.test(t))) continue;
      out.headline ??= str(o.headline) ?? str(o.name);
      out.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
      out.url ??= str(o.url) ?? str((o.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ?? str(o.mainEntityOfPage);
      out.author ??= names(o.author);
      out.publisher ??= names(o.publisher);
    }
  }
  return out;
}

function names(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const got = list.map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.name))).filter((x): x is string => !!x);
  return got.length ? got.join(', ') : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? clean(v) : undefined;
}

/** "By Jane Doe, Reporter" → "Jane Doe, Reporter"; a profile URL is no name. */
function authorName(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const s = clean(v).replace(/^by\s+/i, '');
  if (!s || /^https?:\/\//i.test(s)) return undefined;
  return s;
}

/** "2024-05-01T10:00:00Z", "2024-05-01", "May 1, 2024" → "2024-05-01" (the date as written). */
export function isoDay(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return undefined;
  return valid(new Date(t).toISOString().slice(0, 10));
}

function valid(day: string): string | undefined {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day ? day : undefined;
}

/** "Headline | Outlet", "Headline - Outlet", "Outlet: Headline" → "Headline". */
function stripSiteName(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const o = escapeRe(outlet);
  return title.replace(new RegExp(`\\s*[|\\-–—:·]\\s*${o}\\s*$`, 'i'), '').replace(new RegExp(`^${o}\\s*[|:–—]\\s*`, 'i'), '').trim() || title;
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base && /^https?:/i.test(base) ? base : undefined);
    return /^https?:$/.test(u.protocol) ? stripFragment(u.href) : undefined;
  } catch {
    return undefined;
  }
}

function stripFragment(u: string): string {
  return u.replace(/#.*$/, '');
}

function hostName(u: string | undefined): string | undefined {
  if (!u || !/^https?:/i.test(u)) return undefined;
  try {
    return new URL(u).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function clean(s: string): string {
  return s.replace(/[\u00a0\s]+/g, ' ').trim();
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
