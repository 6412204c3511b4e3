// The snapshot of analysed stories: a start from it answers exactly as a cold start; a stale,
// corrupt or foreign snapshot is ignored and rebuilt; writes leave no half files behind.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { sampleArticles, writeArticles } from '../src/bench/generate.ts';
import { Engine } from '../src/engine.ts';
import { Router } from '../src/router.ts';
import { SNAPSHOT_VERSION, SnapshotStore, fileKey, packStory, packStoryBytes, shardJson, unpackStory, unpackStoryInSlices, type Shard } from '../src/snapshot.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), `newsdesk-${p}-`));

/** Everything an answer can depend on, with the articles named by path. */
function analyses(engine: Engine): unknown {
  return engine.allStories().map((s) => JSON.parse(JSON.stringify(s.analysis, (k, v) => (k === 'article' ? v.path : v))));
}

async function answers(engine: Engine): Promise<unknown[]> {
  const router = new Router(engine, commands, undefined, { cacheEntries: 0, cooldown: false });
  const out: unknown[] = [];
  for (const s of engine.allStories()) {
    const q = s.analysis.articles.flatMap((a) => a.quotes)[0];
    out.push(await router.run('quote', { story: s.name, query: q ? q.text.split(' ').slice(0, 3).join(' ') : 'price' }));
    out.push(await router.run('timeline', { story: s.name, format: 'text' }));
    out.push(await router.run('compare', { story: s.name, topic: 'said' }));
    out.push(router.autocomplete('quote', 'speaker', 'a', { story: s.name }));
  }
  return out;
}

let corpus: string;
let cold: Engine;

beforeAll(async () => {
  corpus = tmp('snap-corpus');
  writeArticles(corpus, sampleArticles(2, 3, 21));
  cold = Engine.fromPaths([corpus]);
});

describe('snapshot', () => {
  it('packs and unpacks every analysis exactly (the seeds: embeds, relays, front matter)', () => {
    const seeds = Engine.fromPaths(['seeds']);
    for (const s of seeds.allStories()) {
      const files = s.analysis.articles.map((a) => fileKey(a.article));
      const shard = JSON.parse(packStory(s.analysis, files)) as Shard;
      const back = unpackStory(shard, s.analysis.articles.map((a) => a.article));
      expect(back).toEqual(s.analysis);
      expect(JSON.stringify(back)).toBe(JSON.stringify(s.analysis));
    }
  });

  it('a shard sent as bytes is the packed shard byte for byte, and read a piece at a time gives the same analysis', async () => {
    const stories = [...Engine.fromPaths(['seeds']).allStories(), ...cold.allStories()];
    for (const s of stories) {
      const files = s.analysis.articles.map((a) => fileKey(a.article));
      const articles = s.analysis.articles.map((a) => a.article);
      const shard = packStoryBytes(s.analysis, files);
      // The text JSON.stringify makes of the shard (as shards were always written), and what packStory gives.
      const text = shardJson(shard);
      const parsed = JSON.parse(text) as Shard;
      expect(JSON.stringify(parsed)).toBe(text);
      expect(Object.keys(parsed)).toEqual(['format', 'version', 'code', 'story', 'files', 'analysis']);
      const { story: _s, articles: _a, ...rest } = s.analysis;
      expect(Object.keys(parsed.analysis.rest)).toEqual(Object.keys(rest));
      expect(packStory(s.analysis, files)).toBe(text);
      // One piece per article and per timeline entry: what the thread that answers reads per slice.
      expect(shard.articles).toHaveLength(2 * articles.length);
      expect(shard.rest.find(([key]) => key === 'timeline')?.[1]).toHaveLength(2 * s.analysis.timeline.length);
      const back = await unpackStoryInSlices(shard, articles, async () => undefined);
      expect(JSON.stringify(back)).toBe(JSON.stringify(s.analysis));
      expect(back).toEqual(s.analysis);
    }
    // A shard of another set of articles is refused, as when read from disk.
    const [a, b] = stories;
    await expect(unpackStoryInSlices(packStoryBytes(a.analysis, []), b.analysis.articles.map((x) => x.article))).rejects.toThrow(/another set of articles/);
  });

  it('a start from the snapshot gives the same analysis and the same answers as a cold start', async () => {
    const dir = tmp('snap');
    const first = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    expect(first.openStats).toMatchObject({ storiesFromSnapshot: 0, storiesAnalysed: 2 });
    const second = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    // Nothing changed: only the file list was read.
    expect(second.openStats).toMatchObject({ storiesFromSnapshot: 2, storiesAnalysed: 0, quick: true, articles: 6 });
    // Read when first used.
    expect(second.state(second.storyNames()[0])).toEqual({ loaded: false, indexed: false, awaitingAnalysis: false });
    expect(analyses(second)).toEqual(analyses(cold));
    // The same files and code, the same key, known before the analysis is read.
    expect(second.allStories().map((s) => s.key)).toEqual(cold.allStories().map((s) => s.key));
    expect(second.state(second.storyNames()[0])!.loaded).toBe(true);
    expect(await answers(second)).toEqual(await answers(cold));
    expect(second.snapshotRebuilds).toBe(0);
    expect(readdirSync(join(dir, `snapshot-v${SNAPSHOT_VERSION}`)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('re-analyses only the story whose file changed, and answers as a cold start on the new files', async () => {
    const dir = tmp('snap');
    const folder = tmp('snap-stale');
    writeArticles(folder, sampleArticles(2, 3, 21));
    const story = readdirSync(folder)[0];
    const keyBefore = (await Engine.open([folder], { snapshot: dir, workers: 0 })).story(story)!.key;
    const file = readdirSync(join(folder, story))[0];
    appendFileSync(join(folder, story, file), '\n“We will publish the full figures on Monday,” the spokeswoman said.\n');
    const after = await Engine.open([folder], { snapshot: dir, workers: 0 });
    expect(after.openStats).toMatchObject({ storiesFromSnapshot: 1, storiesAnalysed: 1 });
    expect(after.story(story)!.key).not.toBe(keyBefore);
    expect(analyses(after)).toEqual(analyses(Engine.fromPaths([folder])));
  });

  it('a file changed behind an unchanged size and mtime is caught by its hash when its story is read', async () => {
    const dir = tmp('snap');
    const folder = tmp('snap-hash');
    writeArticles(folder, sampleArticles(2, 3, 21));
    await Engine.open([folder], { snapshot: dir, workers: 0 });
    const story = readdirSync(folder)[0];
    const path = join(folder, story, readdirSync(join(folder, story))[1]);
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    const i = text.indexOf(' said');
    writeFileSync(path, `${text.slice(0, i)} SAID${text.slice(i + 5)}`);
    utimesSync(path, before.atime, before.mtime);
    const engine = await Engine.open([folder], { snapshot: dir, workers: 0 });
    expect(engine.openStats!.quick).toBe(true);
    expect(analyses(engine)).toEqual(analyses(Engine.fromPaths([folder])));
    expect(engine.snapshotRebuilds).toBe(1);
  });

  it('a file added or removed is noticed at start', async () => {
    const dir = tmp('snap');
    const folder = tmp('snap-add');
    const sample = sampleArticles(2, 3, 21);
    const extra = sample.pop()!;
    writeArticles(folder, sample);
    writeFileSync(join(folder, 'notes.txt'), Buffer.from([0, 1, 2]));
    const first = await Engine.open([folder], { snapshot: dir, workers: 0 });
    expect(first.warnings.map((w) => w.reason)).toEqual(['binary file (contains NUL bytes)']);
    const quick = await Engine.open([folder], { snapshot: dir, workers: 0 });
    expect(quick.openStats!.quick).toBe(true);
    expect(quick.warnings).toEqual(first.warnings);
    writeArticles(folder, [extra]);
    const added = await Engine.open([folder], { snapshot: dir, workers: 0 });
    expect(added.openStats).toMatchObject({ quick: false, storiesFromSnapshot: 1, storiesAnalysed: 1 });
    expect(analyses(added)).toEqual(analyses(Engine.fromPaths([folder])));
    rmSync(join(folder, extra.story, extra.file));
    const removed = await Engine.open([folder], { snapshot: dir, workers: 0 });
    // The story's earlier shard (without the extra file) was pruned when it changed.
    expect(removed.openStats).toMatchObject({ quick: false, storiesFromSnapshot: 1, storiesAnalysed: 1 });
    expect(analyses(removed)).toEqual(analyses(Engine.fromPaths([folder])));
  });

  it('a corrupt shard is noticed when read, analysed again, and rewritten', async () => {
    const dir = tmp('snap');
    await Engine.open([corpus], { snapshot: dir, workers: 0 });
    const shards = readdirSync(join(dir, `snapshot-v${SNAPSHOT_VERSION}`)).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(shards).toHaveLength(2);
    writeFileSync(join(dir, `snapshot-v${SNAPSHOT_VERSION}`, shards[0]), '{"format":"newsdesk-story","version":1,"analysis":{"arti');
    const engine = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    expect(analyses(engine)).toEqual(analyses(cold));
    expect(engine.snapshotRebuilds).toBe(1);
    const again = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    expect(analyses(again)).toEqual(analyses(cold));
    expect(again.snapshotRebuilds).toBe(0);
  });

  it('without a usable manifest, shards are found by name; of another version they are ignored and rebuilt', async () => {
    const dir = tmp('snap');
    await Engine.open([corpus], { snapshot: dir, workers: 0 });
    const v = join(dir, `snapshot-v${SNAPSHOT_VERSION}`);
    writeFileSync(join(v, 'manifest.json'), 'not json');
    const noManifest = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    expect(noManifest.openStats).toMatchObject({ storiesFromSnapshot: 2, storiesAnalysed: 0 });
    expect(analyses(noManifest)).toEqual(analyses(cold));

    // A shard under the right name but written by another version of the format.
    rmSync(join(v, 'manifest.json'));
    const name = readdirSync(v).find((f) => f.endsWith('.json') && f !== 'manifest.json')!;
    const shard = JSON.parse(readFileSync(join(v, name), 'utf8')) as Shard;
    writeFileSync(join(v, name), JSON.stringify({ ...shard, version: SNAPSHOT_VERSION + 1 }));
    mkdirSync(join(dir, 'snapshot-v0'));
    writeFileSync(join(dir, 'snapshot-v0', 'old.json'), '{}');
    const engine = await Engine.open([corpus], { snapshot: dir, workers: 0 });
    expect(engine.openStats).toMatchObject({ storiesFromSnapshot: 1, storiesAnalysed: 1, snapshotMisses: { 'other version': 1 } });
    expect(analyses(engine)).toEqual(analyses(cold));
    expect(existsSync(join(dir, 'snapshot-v0'))).toBe(false);
    const store = new SnapshotStore(dir);
    expect(JSON.parse(readFileSync(join(v, name), 'utf8')).version).toBe(SNAPSHOT_VERSION);
    expect(store.readManifest().stories.size).toBe(2);
  });
});
