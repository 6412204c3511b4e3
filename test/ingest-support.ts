// Shared by the ingest, watch and follow tests: a loopback web server with article pages and bad
// answers, a temporary seeds folder with one story, and an engine with its desk over it.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../src/engine.ts';
import { Desk, attachDesk, type IngestSettings } from '../src/ingest/desk.ts';
import { FollowStore, Follows, type Poster } from '../src/follow.ts';
import type { Reply } from '../src/reply.ts';

/** A news page with the usual furniture around the article: menus, a cookie note, teasers, a footer. */
export function articlePage(o: { title?: string; canonical?: string; body?: string[] } = {}): string {
  const title = o.title ?? 'Ferry service to start in June';
  const body = o.body ?? [
    'The new ferry service will start on June 3, 2024, the harbour council said on Thursday, a day after approving the timetable.',
    '"We expect the first boats to be full," said Tom Becker, the operator\'s manager, adding that tickets go on sale next week.',
    '“The ferry will cut the commute in half,” Mayor Ana Ruiz told reporters outside the town hall on Thursday morning.',
    'Critics said the fares were too high and asked the council to review them before the launch.',
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | Coastline Wire</title>
<meta property="og:site_name" content="Coastline Wire">
<meta property="og:title" content="${title}">
<meta name="author" content="Lee Park">
<meta property="article:published_time" content="2024-05-03T08:00:00Z">
${o.canonical === '' ? '' : `<link rel="canonical" href="${o.canonical ?? 'https://coastline.example/news/ferry-june?utm_source=feed'}">`}
<script>window.analytics = { track() {} };</script>
</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe to the Morning Briefing newsletter</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<header><div class="masthead">Coastline Wire</div></header>
<main>
<article>
<h1>${title}</h1>
<p class="byline">By Lee Park</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Lighthouse keeper retires after forty years</a></li><li><a href="/b">Storm warning for the weekend</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 Coastline Wire. All rights reserved.</p><p>Privacy policy · Terms of use · Contact the newsroom</p></footer>
</body></html>`;
}

export const NAV_AND_FOOTER = ['Subscribe to the Morning Briefing', 'We use cookies', 'All rights reserved', 'Privacy policy', 'Lighthouse keeper retires', 'window.analytics'];

export interface TestServer {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

type Route = (res: import('node:http').ServerResponse, req: import('node:http').IncomingMessage) => void;

/** Serves `routes` on 127.0.0.1 (any free port); counts the requests it gets. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = routes[(req.url ?? '').split('?')[0]];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
      return;
    }
    route(res, req);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const html = (body: string): Route => (res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

export interface Workspace {
  dir: string;
  seeds: string;
  state: string;
  cleanup(): void;
  /** Every file under the seeds folder (relative paths), hidden ones included. */
  files(): string[];
}

export const FIRST_ARTICLE = `---
title: "Council approves ferry timetable"
outlet: "Harbour Gazette"
published: "2024-05-02"
---
Council approves ferry timetable

The harbour council approved the new ferry timetable on Wednesday after a long debate about costs.

"This is a good day for everyone who crosses the bay," said Mayor Ana Ruiz, who had backed the plan for months.
`;

/** A temporary seeds folder with the story "harbour" (one article). */
export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-ingest-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(join(seeds, 'harbour'), { recursive: true });
  writeFileSync(join(seeds, 'harbour', 'a.txt'), FIRST_ARTICLE);
  const files = (): string[] => {
    const out: string[] = [];
    const walk = (d: string, rel: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
        else out.push(`${rel}${e.name}`);
      }
    };
    walk(seeds, '');
    return out.sort();
  };
  return { dir, seeds, state: join(dir, '.newsdesk'), cleanup: () => rmSync(dir, { recursive: true, force: true }), files };
}

export class FakePoster implements Poster {
  posts: { channelId: string; reply: Reply }[] = [];
  async post(channelId: string, reply: Reply): Promise<void> {
    this.posts.push({ channelId, reply });
  }
}

/** An engine over the workspace with a desk attached (private addresses allowed unless said). */
export function engineWithDesk(ws: Workspace, settings: Partial<IngestSettings> = {}, poster?: Poster): { engine: Engine; desk: Desk } {
  const engine = Engine.fromPaths([ws.seeds]);
  const follows = new Follows(new FollowStore(join(ws.state, 'follows.json')), poster);
  const desk = attachDesk(new Desk(engine, { seedsDir: ws.seeds, allowPrivate: true, stateDir: ws.state, timeoutMs: 3000, ...settings }, { follows }));
  return { engine, desk };
}
