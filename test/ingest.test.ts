// Ingest end to end through /ingest and the Router: an HTML article served from a loopback server
// is saved with its front matter and without the page's furniture, /quote finds its quotes at once,
// a second ingest is refused as a duplicate and writes nothing; each bad input gets a clear error
// and changes nothing.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { parseFrontMatter } from '../src/corpus/frontmatter.ts';
import { loadArticles } from '../src/corpus/load.ts';
import { Desk } from '../src/ingest/desk.ts';
import { replyText } from '../src/render/discord.ts';
import { COLORS, type Reply } from '../src/reply.ts';
import { Router } from '../src/router.ts';
import { NAV_AND_FOOTER, articlePage, engineWithDesk, html, startServer, workspace, type TestServer, type Workspace } from './ingest-support.ts';

/** Writes `chunk` until `total` bytes are sent or the client hangs up (the size cap must stop it first). */
function sendMegabytes(res: ServerResponse, chunk: Buffer, total: number): void {
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

const isError = (r: Reply) => Boolean(r.ephemeral && r.embeds?.[0]?.color === COLORS.error);
const errorText = (r: Reply) => r.embeds?.[0]?.description ?? '';

let server: TestServer;
let ws: Workspace;
let router: Router;
let ctx: ReturnType<typeof engineWithDesk>;

beforeAll(async () => {
  server = await startServer({
    '/news/ferry-june': html(articlePage()),
    '/amp/ferry-june': html(articlePage()), // the same article at another address, same canonical URL
    '/copy/ferry': html(articlePage({ canonical: '' })), // the same text, no canonical URL
    '/news/second': html(
      articlePage({
        title: 'Fares to be reviewed before launch',
        canonical: 'https://coastline.example/news/fares',
        body: [
          'The harbour council agreed on Friday, May 10, 2024, to review ferry fares before the service begins next month, officials said.',
          '"Nobody should pay more than a bus ticket," councillor Mia Okafor said during the meeting, which lasted four hours.',
          'The review will report by the end of May, according to the council clerk, who spoke after the session ended.',
        ],
      }),
    ),
    '/data.json': (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"title":"not a page"}');
    },
    '/huge': (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20_000_000) });
      const chunk = Buffer.alloc(1 << 16, 'a');
      sendMegabytes(res, chunk, 20_000_000);
    },
    '/huge-chunked': (res) => {
      // No declared length: the cap must stop the download itself.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(`<p>${'word '.repeat(13_000)}</p>`);
      sendMegabytes(res, chunk, 20_000_000);
    },
    '/slow': () => {
      // Never answers: the time-out must end the wait.
    },
    '/gzip-bomb': (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(8_000_000, ' '), { level: 1 }));
    },
    '/empty': html('<!doctype html><html><head><title>Home | Coastline Wire</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><ul><li><a href="/x">Storm warning</a></li></ul><footer>© Coastline Wire</footer></body></html>'),
    '/redirect-private': (res) => {
      res.writeHead(302, { location: 'http://10.0.0.1/secret' });
      res.end();
    },
    '/note.txt': (res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Harbour notes\n\n"We will publish the fares on Monday," the council clerk said in a statement on May 6, 2024, after the vote.\n');
    },
  });
  ws = workspace();
  ctx = engineWithDesk(ws);
  router = new Router(ctx.engine, commands, undefined, { cooldown: false });
});

afterAll(async () => {
  await server.close();
  ws.cleanup();
});

/** Runs /ingest as a member with Manage Server. */
const ingest = (options: Record<string, string>) => router.run('ingest', options, { userId: '42', memberPermissions: '32', guildId: '7' });

describe('/ingest of an HTML article from a loopback server', () => {
  it('saves it with correct front matter and without navigation or footer; /quote finds it at once; a second ingest is a duplicate', async () => {
    // Asked before: nothing (and that answer must not be served from the cache afterwards).
    const before = await router.run('quote', { query: 'first boats to be full', story: 'harbour' });
    expect(replyText(before)).not.toContain('Tom Becker');

    const reply = await ingest({ url: `${server.url}/news/ferry-june`, story: 'harbour' });
    expect(isError(reply), errorText(reply)).toBe(false);
    const text = replyText(reply);
    expect(text).toContain('Added to “harbour”: Ferry service to start in June');
    expect(text).toMatch(/New quotes \(2\)/);
    expect(text).toContain('Tom Becker');
    expect(text).toMatch(/New dated events/);

    const added = ws.files().filter((f) => f !== 'harbour/a.txt');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^harbour\/2024-05-03_ferry-service-to-start-in-june_[0-9a-f]{8}\.txt$/);
    const saved = readFileSync(join(ws.seeds, added[0]), 'utf8');
    const { meta, bodyStart } = parseFrontMatter(saved);
    expect(meta).toEqual({
      title: 'Ferry service to start in June',
      outlet: 'Coastline Wire',
      author: 'Lee Park',
      published: '2024-05-03',
      url: 'https://coastline.example/news/ferry-june', // the canonical URL without its tracking parameter
    });
    const body = saved.slice(bodyStart);
    expect(body.startsWith('Ferry service to start in June\n\nThe new ferry service will start on June 3, 2024')).toBe(true);
    expect(body).toContain('“The ferry will cut the commute in half,” Mayor Ana Ruiz told reporters');
    for (const junk of NAV_AND_FOOTER) expect(body).not.toContain(junk);
    expect(body).not.toMatch(/^By Lee Park$/m);
    // The loader reads it back as the same story.
    const loaded = loadArticles([ws.seeds]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.articles.map((a) => a.story)).toEqual(['harbour', 'harbour']);

    // /quote finds it at once (no restart, no stale cached answer).
    const q = await router.run('quote', { query: 'first boats to be full', story: 'harbour' });
    expect(isError(q)).toBe(false);
    expect(replyText(q)).toContain('We expect the first boats to be full');
    expect(replyText(q)).toContain('Tom Becker');

    // The same URL again, the same article at another address with the same canonical URL, and the
    // same text without a canonical URL: refused, nothing written.
    const version = ctx.engine.version;
    for (const path of ['/news/ferry-june', '/amp/ferry-june', '/copy/ferry']) {
      const again = await ingest({ url: `${server.url}${path}`, story: 'harbour' });
      expect(isError(again), path).toBe(true);
      expect(errorText(again)).toMatch(/Already there: .*ferry-service-to-start-in-june.* has the same (address|text)\. Nothing was added\./);
    }
    expect(ws.files().filter((f) => f !== 'harbour/a.txt')).toEqual(added);
    expect(ctx.engine.version).toBe(version);
  });

  it('reports only what a further article adds, and takes a .txt attachment', async () => {
    const reply = await ingest({ url: `${server.url}/news/second`, story: 'harbour' });
    expect(isError(reply), errorText(reply)).toBe(false);
    const text = replyText(reply);
    expect(text).toContain('Nobody should pay more than a bus ticket');
    expect(text).not.toContain('first boats'); // already in the story
    expect(text).toMatch(/2024-05-10/);

    const note = await ingest({ file: `${server.url}/note.txt`, story: 'harbour' });
    expect(isError(note), errorText(note)).toBe(false);
    expect(ws.files()).toContain('harbour/note.txt');
    expect(readFileSync(join(ws.seeds, 'harbour', 'note.txt'), 'utf8')).toMatch(/^Harbour notes\n/);
    expect(replyText(note)).toContain('We will publish the fares on Monday');
  });

  it('starts a new story folder when asked for a story that does not exist', async () => {
    const body = articlePage({ title: 'Bridge repairs begin', canonical: 'https://coastline.example/news/bridge' }).replace(/ferry/g, 'bridge');
    const s = await startServer({ '/bridge': html(body) });
    try {
      const reply = await ingest({ url: `${s.url}/bridge`, story: 'bridge-works' });
      expect(isError(reply), errorText(reply)).toBe(false);
      expect(ws.files().some((f) => f.startsWith('bridge-works/'))).toBe(true);
      expect(ctx.engine.storyNames()).toContain('bridge-works');
      expect(replyText(reply)).toContain('(new story)');
    } finally {
      await s.close();
    }
  });
});

describe('bad inputs: a clear error, nothing changed', () => {
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['a 404', () => ({ url: `${server.url}/missing` }), /The page answered 404 Not Found/],
    ['a non-HTML response', () => ({ url: `${server.url}/data.json` }), /Not an HTML page: it is application\/json/],
    ['a 20 MB page (declared)', () => ({ url: `${server.url}/huge` }), /larger than the 5 MB cap \(20 MB\)/],
    ['a 20 MB page (not declared)', () => ({ url: `${server.url}/huge-chunked` }), /larger than the 5 MB cap/],
    ['a compressed page that unpacks to 8 MB', () => ({ url: `${server.url}/gzip-bomb` }), /larger than the 5 MB cap/],
    ['a page with no article text', () => ({ url: `${server.url}/empty` }), /No article text was found on that page/],
    ['a URL without a scheme', () => ({ url: 'coastline.example/news/ferry-june' }), /has no scheme: type the full address, starting with https:\/\//],
    ['a host and port without a scheme', () => ({ url: `${server.url.replace('http://', '')}/news/second` }), /has no scheme/],
    ['another scheme', () => ({ url: 'file:///etc/passwd' }), /Only http:\/\/ and https:\/\/ addresses/],
    ['a bad story name', () => ({ url: `${server.url}/news/second`, story: '../escape' }), /cannot be a story name/],
    ['an attachment of another type', () => ({ file: `${server.url}/data.json` }), /Attach a \.txt, \.md or \.html file/],
  ];
  for (const [what, options, message] of cases) {
    it(what, async () => {
      const files = ws.files();
      const version = ctx.engine.version;
      const reply = await ingest(options());
      expect(isError(reply)).toBe(true);
      expect(errorText(reply)).toMatch(message);
      expect(ws.files()).toEqual(files);
      expect(ctx.engine.version).toBe(version);
    });
  }

  it('a private address with INGEST_ALLOW_PRIVATE unset: refused before any request is made', async () => {
    const strict = new Desk(ctx.engine, { seedsDir: ws.seeds, stateDir: ws.state });
    const files = ws.files();
    const hits = server.hits.length;
    for (const url of [`${server.url}/news/ferry-june`, 'http://[::1]:9/x', 'http://[::ffff:127.0.0.1]:9/x', 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/', 'http://2130706433/']) {
      await expect(strict.ingest({ url }), url).rejects.toThrow(/Refused: .* is a (loopback|link-local|private) address.*INGEST_ALLOW_PRIVATE=true/);
    }
    // A name that resolves to a private address, and one with a public and a private address.
    const sneaky = new Desk(ctx.engine, {
      seedsDir: ws.seeds,
      stateDir: ws.state,
      resolve: async (host) => (host === 'mixed.example' ? [{ address: '93.184.216.34', family: 4 }, { address: 'fd00::1', family: 6 }] : [{ address: '192.168.1.20', family: 4 }]),
    });
    await expect(sneaky.ingest({ url: 'https://intranet.example/news' })).rejects.toThrow(/intranet\.example is a private address \(it resolves to 192\.168\.1\.20\)/);
    await expect(sneaky.ingest({ url: 'https://mixed.example/news' })).rejects.toThrow(/unique-local .*fd00::1/);
    expect(server.hits.length).toBe(hits);
    expect(ws.files()).toEqual(files);
  });

  it('a page that never answers: a time-out', async () => {
    const files = ws.files();
    const hasty = new Desk(ctx.engine, { seedsDir: ws.seeds, stateDir: ws.state, allowPrivate: true, timeoutMs: 300 });
    const t0 = performance.now();
    await expect(hasty.ingest({ url: `${server.url}/slow` })).rejects.toThrow(/did not arrive within 0\.3 s: nothing was added/);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(ws.files()).toEqual(files);
  });

  it('a redirect to a private address is refused even when the first address may be fetched', async () => {
    // The loopback server is allowed here (as in tests), the 10.x target of its redirect is checked on its own.
    const lenient = new Desk(ctx.engine, { seedsDir: ws.seeds, stateDir: ws.state, allowPrivate: false, allowAddress: (a) => a === '127.0.0.1' });
    const hits = server.hits.length;
    await expect(lenient.ingest({ url: `${server.url}/redirect-private` })).rejects.toThrow(/redirects to an address that cannot be fetched: Refused: 10\.0\.0\.1 is a private address/);
    expect(server.hits.length).toBe(hits + 1);
  });

  it('members without Manage Server are refused, and so are requests from outside a server', async () => {
    const files = ws.files();
    const denied = await router.run('ingest', { url: `${server.url}/news/second` }, { userId: '42', memberPermissions: '2048', guildId: '7' });
    expect(errorText(denied)).toMatch(/needs the Manage Server permission/);
    const dm = await router.run('ingest', { url: `${server.url}/news/second` }, { userId: '42' });
    expect(errorText(dm)).toMatch(/works in a server/);
    const admin = await router.run('ingest', { url: `${server.url}/missing` }, { userId: '42', memberPermissions: '8' });
    expect(errorText(admin)).toMatch(/404/); // Administrator passes the check (and then meets the 404)
    expect(ws.files()).toEqual(files);
  });
});
