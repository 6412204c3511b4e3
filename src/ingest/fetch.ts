// Fetches one page for ingest: http(s) only, every hop's host resolved and checked against the
// address policy (address.ts) before connecting, redirects followed a few times (each checked
// again), one deadline for the whole fetch, a cap on the bytes read (declared length, bytes on the
// wire and bytes after decompression), and a content-type check before the body is read.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { explainBlocked, systemResolver, type ResolvedAddress, type Resolver } from './address.ts';
import { IngestError } from './errors.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5_000_000;
export const DEFAULT_MAX_REDIRECTS = 5;

/** What a fetch accepts: web pages, or article files (text, Markdown or HTML, e.g. attachments). */
export type Accept = 'html' | 'article-file';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const FILE_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown', 'text/html', 'application/xhtml+xml', 'application/octet-stream']);

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: Accept;
  /** How host names become addresses (default: the system resolver). */
  resolve?: Resolver;
  /** Addresses allowed although the policy refuses them (e.g. one intranet host, or the loopback server of a test). */
  allowAddress?: (address: string) => boolean;
  userAgent?: string;
}

export interface FetchedPage {
  /** The address finally answered (after redirects). */
  url: string;
  status: number;
  /** The media type, lower case, without parameters ('' when none was stated). */
  mime: string;
  charset?: string;
  body: Buffer;
}

/** Parses what a user typed as a web address; a clear error for anything else. */
export function parseWebUrl(input: string): URL {
  const text = input.trim();
  if (!text) throw new IngestError('bad-url', 'No address given: type a full URL such as https://example.org/news/article.');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text) || /^[\w.-]+:\d+(\/|$)/.test(text)) {
    throw new IngestError('bad-url', `"${short(text)}" has no scheme: type the full address, starting with https:// (or http://).`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IngestError('bad-url', `"${short(text)}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('bad-url', `Only http:// and https:// addresses can be fetched, not ${url.protocol}//.`);
  }
  if (!url.hostname) throw new IngestError('bad-url', `"${short(text)}" names no host.`);
  if (url.username || url.password) throw new IngestError('bad-url', 'Addresses with a user name or password in them are not fetched.');
  return url;
}

/** Resolves a URL's host and checks every address against the policy; returns the addresses. */
export async function checkHost(url: URL, allowPrivate: boolean, resolve: Resolver = systemResolver, allowAddress?: (address: string) => boolean): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new IngestError('unresolved', `Could not find the host ${host}${code ? ` (${code})` : ''}: check the address.`);
    }
    if (!addresses.length) throw new IngestError('unresolved', `The host ${host} has no address.`);
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      const why = allowAddress?.(a.address) ? undefined : explainBlocked(a.address);
      if (why) {
        const via = a.address === host ? '' : ` (it resolves to ${a.address})`;
        throw new IngestError('blocked-address', `Refused: ${host} is ${why}${via}. Only public addresses are fetched unless INGEST_ALLOW_PRIVATE=true.`);
      }
    }
  }
  return addresses;
}

/** Fetches a page (following redirects) within the limits; throws IngestError with a clear message. */
export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = Date.now() + timeoutMs;
  let url = parseWebUrl(input);
  for (let hop = 0; ; hop++) {
    const left = deadline - Date.now();
    if (left <= 0) throw timeoutError(timeoutMs);
    let addresses: ResolvedAddress[];
    try {
      addresses = await withDeadline(checkHost(url, options.allowPrivate ?? false, options.resolve, options.allowAddress), deadline, timeoutMs);
    } catch (err) {
      if (hop === 0 || !(err instanceof IngestError) || err.code === 'timeout') throw err;
      throw new IngestError(err.code, `The page redirects to an address that cannot be fetched: ${err.message}`);
    }
    const res = await fetchOnce(url, addresses, options, deadline, timeoutMs);
    if (res.redirect) {
      if (hop >= maxRedirects) throw new IngestError('too-many-redirects', `Too many redirects (more than ${maxRedirects}).`);
      try {
        url = parseWebUrl(new URL(res.redirect, url).href);
      } catch (err) {
        throw err instanceof IngestError ? new IngestError(err.code, `The page redirects to an address that cannot be fetched: ${err.message}`) : err;
      }
      continue;
    }
    return { ...res.page!, url: url.href };
  }
}

interface Once {
  redirect?: string;
  page?: Omit<FetchedPage, 'url'>;
}

function fetchOnce(url: URL, addresses: ResolvedAddress[], options: FetchOptions, deadline: number, timeoutMs: number): Promise<Once> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const accept = options.accept ?? 'html';
  // Connect to the checked addresses only: no second resolution between the check and the connection.
  const lookup: LookupFunction = (_host, opts, cb) => {
    const family = typeof opts === 'object' ? opts.family : undefined;
    const usable = addresses.filter((a) => !family || family === a.family);
    const list = usable.length ? usable : addresses;
    if (typeof opts === 'object' && opts.all) (cb as unknown as (e: null, a: ResolvedAddress[]) => void)(null, list);
    else cb(null, list[0].address, list[0].family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Once>((resolvePromise, rejectPromise) => {
    let settled = false;
    const finish = (err: Error | undefined, value?: Once) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        req.destroy();
        rejectPromise(err);
      } else resolvePromise(value!);
    };
    const req = request(
      url,
      {
        method: 'GET',
        lookup,
        agent: false,
        headers: {
          'user-agent': options.userAgent ?? 'newsdesk-ingest/0.1',
          accept: accept === 'html' ? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' : 'text/plain,text/markdown,text/html;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return finish(undefined, { redirect: res.headers.location });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return finish(new IngestError('http-status', `The page answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}: nothing was added.`));
        }
        const [mime, charset] = mediaType(res.headers['content-type']);
        const allowed = accept === 'html' ? HTML_TYPES : FILE_TYPES;
        if (!allowed.has(mime)) {
          res.resume();
          const what = mime ? `it is ${mime}` : 'the server does not say what it is';
          return finish(new IngestError('content-type', accept === 'html' ? `Not an HTML page: ${what}. Give the address of the article's web page.` : `Not a text, Markdown or HTML file: ${what}.`));
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          res.resume();
          return finish(tooLarge(maxBytes, declared));
        }
        readCapped(res, maxBytes).then(
          (body) => finish(undefined, { page: { status, mime, charset, body } }),
          (err) => finish(err as Error),
        );
      },
    );
    const timer = setTimeout(() => finish(timeoutError(timeoutMs)), Math.max(1, deadline - Date.now()));
    req.on('error', (err: NodeJS.ErrnoException) => {
      finish(err instanceof IngestError ? err : new IngestError('network', `Could not fetch ${url.host}: ${err.code ?? err.message}.`));
    });
    req.end();
  });
}

/** Reads the body (decompressed) up to `maxBytes`; stops reading and throws past it. */
function readCapped(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = res;
  let wire = 0;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(createInflate());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  else if (encoding && encoding !== 'identity') {
    res.resume();
    return Promise.reject(new IngestError('content-type', `The page is sent with an encoding this bot does not read (${encoding}).`));
  }
  return new Promise<Buffer>((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      res.destroy();
      if (stream !== res) stream.destroy();
      rejectBody(err);
    };
    if (stream !== res) {
      res.on('data', (c: Buffer) => {
        wire += c.length;
        if (wire > maxBytes) fail(tooLarge(maxBytes));
      });
    }
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return fail(tooLarge(maxBytes));
      chunks.push(c);
    });
    stream.on('end', () => {
      if (done) return;
      done = true;
      resolveBody(Buffer.concat(chunks));
    });
    stream.on('error', (err) => fail(new IngestError('network', `The page could not be read: ${err.message}.`)));
    res.on('aborted', () => fail(new IngestError('network', 'The server closed the connection before the page was complete.')));
  });
}

/** `text/html; charset=UTF-8` → ['text/html', 'utf-8']. */
export function mediaType(header: string | string[] | undefined): [string, string | undefined] {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return ['', undefined];
  const [type, ...params] = value.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return [type.trim().toLowerCase(), charset?.toLowerCase()];
}

/** Decodes a page: the stated charset, else a `<meta charset>` in its head, else UTF-8. */
export function decodePage(body: Buffer, charset?: string): string {
  let label = charset;
  if (!label) {
    const head = body.subarray(0, 4096).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function tooLarge(maxBytes: number, declared?: number): IngestError {
  return new IngestError('too-large', `The page is larger than the ${mb(maxBytes)} cap${declared ? ` (${mb(declared)})` : ''}: nothing was added.`);
}

function timeoutError(ms: number): IngestError {
  return new IngestError('timeout', `The page did not arrive within ${Math.round(ms / 100) / 10} s: nothing was added.`);
}

function withDeadline<T>(p: Promise<T>, deadline: number, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timeoutError(timeoutMs)), Math.max(1, deadline - Date.now()));
    }),
  ]).finally(() => clearTimeout(timer));
}

function mb(n: number): string {
  return n >= 1_000_000 ? `${Math.round(n / 100_000) / 10} MB` : `${Math.round(n / 1000)} kB`;
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
