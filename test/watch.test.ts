// Watching the seeds folder: a file dropped in is served within 2 seconds, an edit replaces it, a
// deletion removes it, a new story folder is picked up, hidden temp files are ignored, and what new
// files bring is reported once.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { Engine } from '../src/engine.ts';
import type { StoryChange } from '../src/ingest/changes.ts';
import { Router } from '../src/router.ts';
import { SeedsWatcher } from '../src/watch.ts';
import { workspace, type Workspace } from './ingest-support.ts';

const DROPPED = `Ferry fares cut after protest

The harbour council cut ferry fares on Friday after commuters protested outside the town hall.

"We heard the riders loud and clear," councillor Mia Okafor said after the vote on May 10, 2024.
`;

let ws: Workspace;
let engine: Engine;
let router: Router;
let watcher: SeedsWatcher;
let reported: StoryChange[][];

beforeEach(() => {
  ws = workspace();
  engine = Engine.fromPaths([ws.seeds]);
  router = new Router(engine, commands, undefined, { cooldown: false });
  reported = [];
  watcher = SeedsWatcher.start(engine, ws.seeds, { onChanges: (c) => reported.push(c) });
});

afterEach(() => {
  watcher.close();
  ws.cleanup();
});

afterAll(() => undefined);

/** Polls until `check` passes or `ms` run out; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    if (await check()) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not within ${ms} ms`);
}

/** Whether /quote shows these words as a quote (not merely echoing the query in its footer). */
async function quoteFound(words: string): Promise<boolean> {
  const reply = await router.run('quote', { query: words, story: 'harbour' });
  return (reply.embeds ?? []).some((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)].join('\n').includes(`“${words}”`));
}

describe('watching the seeds folder', () => {
  it('serves a dropped file within 2 seconds, then follows its edit and its deletion', async () => {
    expect(await quoteFound('We heard the riders loud and clear')).toBe(false);
    writeFileSync(join(ws.seeds, 'harbour', 'b.txt'), DROPPED);
    const ms = await within(2000, () => quoteFound('We heard the riders loud and clear'));
    expect(ms).toBeLessThan(2000);
    expect(engine.story('harbour')!.analysis.articles.map((a) => a.file).sort()).toEqual(['a.txt', 'b.txt']);
    // What it brought was reported once.
    expect(reported).toHaveLength(1);
    expect(reported[0][0].story).toBe('harbour');
    expect(reported[0][0].quotes.map((q) => q.text)).toContain('We heard the riders loud and clear');

    writeFileSync(join(ws.seeds, 'harbour', 'b.txt'), DROPPED.replace('loud and clear', 'very well indeed'));
    await within(2000, () => quoteFound('We heard the riders very well indeed'));
    expect(await quoteFound('We heard the riders loud and clear')).toBe(false);

    rmSync(join(ws.seeds, 'harbour', 'b.txt'));
    await within(2000, () => engine.story('harbour')!.analysis.articles.length === 1);
    expect(await quoteFound('We heard the riders very well indeed')).toBe(false);
  });

  it('picks up a new story folder and the files moved into it; ignores hidden temp files', async () => {
    const staging = join(ws.dir, 'staging');
    mkdirSync(staging);
    writeFileSync(join(staging, 'c.txt'), DROPPED);
    renameSync(staging, join(ws.seeds, 'fares')); // a folder with a file in it appears at once
    await within(2000, () => engine.storyNames().includes('fares'));
    expect(watcher.folders).toContain(join(ws.seeds, 'fares'));
    writeFileSync(join(ws.seeds, 'fares', 'd.md'), DROPPED.replace('Friday', 'Saturday').replace('loud and clear', 'at last'));
    await within(2000, () => engine.story('fares')!.analysis.articles.length === 2);

    const version = engine.version;
    writeFileSync(join(ws.seeds, 'fares', '.d.md.123.abcdef12.ingest-tmp'), 'half a file');
    writeFileSync(join(ws.seeds, 'fares', 'notes.json'), '{}');
    await watcher.flush();
    await new Promise((r) => setTimeout(r, 300));
    expect(engine.version).toBe(version);

    rmSync(join(ws.seeds, 'fares'), { recursive: true });
    await within(2000, () => !engine.storyNames().includes('fares'));
  });

  it('re-reads nothing for a file whose text the engine already has, and batches a burst', async () => {
    const version = engine.version;
    writeFileSync(join(ws.seeds, 'harbour', 'a.txt'), engine.story('harbour')!.analysis.articles[0].article.text);
    await new Promise((r) => setTimeout(r, 400));
    await watcher.flush();
    expect(engine.version).toBe(version);

    for (let i = 0; i < 5; i++) writeFileSync(join(ws.seeds, 'harbour', `burst-${i}.txt`), DROPPED.replace('Friday', `day ${i}`).replace('riders', `riders ${i}`));
    await within(2000, () => engine.story('harbour')!.analysis.articles.length === 6);
    // One analysis of the story for the five files (debounced), not five.
    expect(engine.version - version).toBeLessThanOrEqual(2);
  });

  it('skips a file the loader would refuse, and drops it when an edit breaks it', async () => {
    writeFileSync(join(ws.seeds, 'harbour', 'bad.txt'), '---\ntitle: never closed\n\nbody');
    await new Promise((r) => setTimeout(r, 400));
    await watcher.flush();
    expect(engine.story('harbour')!.analysis.articles.map((a) => a.file)).toEqual(['a.txt']);
    writeFileSync(join(ws.seeds, 'harbour', 'a.txt'), '');
    await within(2000, () => !engine.story('harbour'));
  });
});
