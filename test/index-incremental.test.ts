// One article added, replaced or removed re-analyses only its story and leaves the engine exactly
// as a full rebuild over the same files would; the snapshot follows. Indexes are built on first use
// and answer as before.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleArticles, writeArticles } from '../src/bench/generate.ts';
import { readArticle } from '../src/corpus/load.ts';
import { Engine } from '../src/engine.ts';
import { StoryIndex } from '../src/index/search.ts';
import { hasComparison } from '../src/analysis/compare/index.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), `newsdesk-${p}-`));

function analyses(engine: Engine): unknown {
  return engine.allStories().map((s) => JSON.parse(JSON.stringify(s.analysis, (k, v) => (k === 'article' ? v.path : v))));
}

let folder: string;
let story: string;
let spare: { file: string; text: string };

beforeAll(() => {
  folder = tmp('inc');
  const sample = sampleArticles(2, 3, 33);
  story = sample[0].story;
  // The third article of the first story is held back, to be added.
  const held = sample.findIndex((a) => a.story === story && a.file.startsWith('002_'));
  spare = sample.splice(held, 1)[0];
  writeArticles(folder, sample);
});

describe('incremental updates', () => {
  it('adding, replacing and removing an article gives what a full rebuild gives', async () => {
    const engine = await Engine.open([folder], { workers: 0 });
    const other = engine.storyNames().find((n) => n !== story)!;
    const otherAnalysis = engine.story(other)!.analysis;
    const v0 = engine.version;

    // Add
    const path = join(folder, story, spare.file);
    writeFileSync(path, spare.text);
    engine.upsertFile(path);
    expect(analyses(engine)).toEqual(analyses(Engine.fromPaths([folder])));
    // The other story was not touched.
    expect(engine.story(other)!.analysis).toBe(otherAnalysis);
    expect(engine.version).toBe(v0 + 1);

    // Replace
    const replaced = readFileSync(path, 'utf8').replace(/\n\n/, '\n\n“Nothing about this was inevitable,” the chair said on Tuesday.\n\n');
    writeFileSync(path, replaced);
    engine.upsertArticle(readArticle(path, story));
    expect(analyses(engine)).toEqual(analyses(Engine.fromPaths([folder])));

    // Remove
    rmSync(path);
    expect(engine.removeArticle(story, spare.file)).toBe(true);
    expect(engine.removeArticle(story, 'no-such-file.txt')).toBe(false);
    expect(analyses(engine)).toEqual(analyses(Engine.fromPaths([folder])));
    expect(engine.story(other)!.analysis).toBe(otherAnalysis);
  });

  it('removing the last article drops the story; a batch re-analyses each story once', () => {
    const dir = tmp('inc-batch');
    writeArticles(dir, sampleArticles(2, 2, 34));
    const engine = Engine.fromPaths([dir]);
    const [a, b] = engine.storyNames();
    const filesA = engine.story(a)!.analysis.articles.map((x) => x.file);
    const touched = engine.applyArticles([], filesA.map((file) => ({ story: a, file })));
    expect(touched).toEqual([]);
    expect(engine.storyNames()).toEqual([b]);
    for (const f of filesA) rmSync(join(dir, a, f));
    expect(analyses(engine)).toEqual(analyses(Engine.fromPaths([dir])));
  });

  it('keeps the snapshot in step: the next start reads every story from it, updated', async () => {
    const snap = tmp('inc-snap');
    const dir = tmp('inc-folder');
    const sample = sampleArticles(2, 3, 35);
    const last = sample.pop()!;
    writeArticles(dir, sample);
    const engine = await Engine.open([dir], { snapshot: snap, workers: 0 });
    writeArticles(dir, [last]);
    engine.upsertFile(join(dir, last.story, last.file));
    const next = await Engine.open([dir], { snapshot: snap, workers: 0 });
    expect(next.openStats).toMatchObject({ storiesFromSnapshot: 2, storiesAnalysed: 0 });
    expect(analyses(next)).toEqual(analyses(Engine.fromPaths([dir])));
    // Only the shards in use are kept.
    const v = readdirSync(snap).find((d) => d.startsWith('snapshot-v'))!;
    expect(readdirSync(join(snap, v)).filter((f) => f !== 'manifest.json')).toHaveLength(2);
  });

  it('analysis on a worker thread gives the same stories as in this thread', async () => {
    const onWorker = await Engine.open([folder], { workers: 1 });
    expect(onWorker.openStats!.workers).toBe(1);
    expect(analyses(onWorker)).toEqual(analyses(Engine.fromPaths([folder])));
  });

  it('builds a story index on first use, the passage index only when passages are searched', () => {
    const engine = Engine.fromPaths([folder]);
    const name = engine.storyNames()[0];
    expect(engine.state(name)).toEqual({ loaded: true, indexed: false, awaitingAnalysis: false });
    const s = engine.story(name)!;
    const q = s.analysis.articles.flatMap((a) => a.quotes).find((x) => x.text.split(' ').length > 4)!;
    const hits = s.index.searchClusters(q.text.split(' ').slice(0, 4).join(' '));
    expect(hits.some((h) => h.cluster.id === q.cluster)).toBe(true);
    expect(engine.state(name)).toEqual({ loaded: true, indexed: true, awaitingAnalysis: false });
    const words = q.context.split(/\s+/).filter((w) => w.length > 5).slice(0, 2).join(' ');
    const passages = s.index.searchPassages(words, 10);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(10);
    expect(s.index.speakers.length).toBeGreaterThan(0);
  });

  it('a story in use gets its new index, and its passage index, ready before an update is shown', async () => {
    const dir = tmp('prepare');
    const sample = sampleArticles(2, 4, 33);
    const names = [...new Set(sample.map((a) => a.story))];
    const extras = names.map((n) => sample.splice(sample.findIndex((a) => a.story === n && a.file.startsWith('003_')), 1)[0]);
    writeArticles(dir, sample);
    const engine = await Engine.open([dir], { workers: 0 });
    engine.offThreadFrom = 1; // updates analysed on the update worker, as a running bot's long stories are
    try {
      const [used, unused] = names;
      const before = engine.story(used)!;
      const quote = before.analysis.articles.flatMap((a) => a.quotes).find((q) => q.text.split(' ').length > 4)!;
      const query = quote.text.split(' ').slice(0, 4).join(' ');
      const topic = quote.context.split(/\s+/).filter((w) => w.length > 5).slice(0, 2).join(' ');
      before.index.searchClusters(query);
      before.index.searchPassages(topic, 5);
      expect(engine.state(unused)!.indexed).toBe(false);

      await engine.applyArticlesAsync(extras.map((a) => {
        const path = join(dir, a.story, a.file);
        writeFileSync(path, a.text);
        return readArticle(path, a.story);
      }));
      const after = engine.story(used)!;
      expect(after).not.toBe(before);
      expect(after.analysis.articles.length).toBe(before.analysis.articles.length + 1);
      expect(engine.state(used)!.indexed).toBe(true);
      expect(after.index.hasPassages).toBe(true);
      // A story nobody used is not indexed for nothing.
      expect(engine.state(unused)!.indexed).toBe(false);
      // Built in slices, it answers as an index built at once.
      const fresh = new StoryIndex(after.analysis);
      const hits = (i: StoryIndex) => i.searchClusters(query).map((h) => [h.cluster.id, h.score]);
      expect(hits(after.index)).toEqual(hits(fresh));
      expect(hits(after.index).length).toBeGreaterThan(0);
      expect(after.index.searchPassages(topic, 5)).toEqual(fresh.searchPassages(topic, 5));
      expect([after.index.speakers, after.index.actors]).toEqual([fresh.speakers, fresh.actors]);
      const words = (i: StoryIndex) => after.analysis.clusters.map((c) => [[...i.saidStems(c)], i.clusterWords(c).list]);
      expect(words(after.index)).toEqual(words(fresh));
    } finally {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an update whose preparation fails still lands, its index left to the first question', async () => {
    const dir = tmp('prepare-fails');
    const sample = sampleArticles(1, 4, 34);
    const extra = sample.pop()!;
    writeArticles(dir, sample);
    const said: string[] = [];
    const engine = await Engine.open([dir], { workers: 0, progress: (m) => said.push(m) });
    engine.offThreadFrom = 1;
    const spy = vi.spyOn(StoryIndex, 'prepare').mockRejectedValueOnce(new Error('out of memory'));
    try {
      const name = extra.story;
      void engine.story(name)!.index; // in use
      const path = join(dir, name, extra.file);
      writeFileSync(path, extra.text);
      const [after] = await engine.applyArticlesAsync([readArticle(path, name)]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(after.analysis.articles).toHaveLength(4);
      expect(engine.story(name)).toBe(after);
      expect(engine.state(name)!.indexed).toBe(false);
      expect(said.some((m) => m.includes('its index failed') && m.includes('out of memory'))).toBe(true);
    } finally {
      spy.mockRestore();
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a story replaced or dropped lets go of its passage index, which a handler still holding it gets afresh', async () => {
    const dir = tmp('release');
    const sample = sampleArticles(2, 3, 33);
    const held = sample.findIndex((a) => a.story === story && a.file.startsWith('002_'));
    const extra = sample.splice(held, 1)[0];
    writeArticles(dir, sample);
    const engine = await Engine.open([dir], { workers: 0 });
    engine.offThreadFrom = 1; // updates analysed on the update worker, as a running bot's long stories are
    try {
      const words = (s: ReturnType<Engine['story']>) => s!.analysis.articles[0].sentences.find((x) => x.text.split(' ').length > 6)!.text.split(' ').slice(2, 5).join(' ');
      const before = engine.story(story)!;
      const query = words(before);
      const found = before.index.searchPassages(query, 5);
      expect(found.length).toBeGreaterThan(0);
      expect(before.index.hasPassages).toBe(true);

      const path = join(dir, story, extra.file);
      writeFileSync(path, extra.text);
      await engine.applyArticlesAsync([readArticle(path, story)]);
      const after = engine.story(story)!;
      expect(after).not.toBe(before);
      expect(before.index.hasPassages).toBe(false);
      // The old version still answers (a handler may hold it), without keeping an index again.
      expect(before.index.searchPassages(query, 5)).toEqual(found);
      expect(before.index.hasPassages).toBe(false);
      expect(after.index.searchPassages(query, 5).length).toBeGreaterThan(0);
      expect(after.index.hasPassages).toBe(true);

      // In the thread too, and when the story goes with its last article.
      const other = engine.storyNames().find((n) => n !== story)!;
      const files = engine.story(other)!.analysis.articles.map((a) => a.file);
      const first = engine.story(other)!;
      first.index.searchPassages(words(first), 5);
      for (const file of files.slice(1)) engine.removeArticle(other, file);
      expect(first.index.hasPassages).toBe(false);
      const last = engine.story(other)!;
      last.index.searchPassages(words(last), 5);
      expect(last.index.hasPassages).toBe(true);
      engine.removeArticle(other, files[0]);
      expect(engine.story(other)).toBeUndefined();
      expect(last.index.hasPassages).toBe(false);
    } finally {
      engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('warming after a start', () => {
  it('indexes the newest stories within its budget, and compares and prepares the answers of the newest within the smaller one', async () => {
    const dir = tmp('warm');
    writeArticles(dir, sampleArticles(4, 3, 34));
    const said: string[] = [];
    const engine = await Engine.open([dir], { workers: 0, progress: (line) => said.push(line) });
    const names = engine.storyNames();
    const prepared: string[] = [];
    engine.preparers.add((s) => void prepared.push(s.name));
    engine.preparers.add(() => {
      throw new Error('a broken preparer');
    });
    // Six articles: the two newest stories; three: the newest alone.
    await engine.warm(6, 3);
    expect(names.map((n) => engine.state(n)!.indexed)).toEqual([true, true, false, false]);
    expect(names.map((n) => hasComparison(engine.story(n)!.analysis))).toEqual([true, false, false, false]);
    expect(prepared).toEqual([names[0]]);
    // A preparation that fails is said, and loses nothing.
    expect(said.filter((l) => l.includes('a broken preparer'))).toEqual([expect.stringContaining(`warming "${names[0]}"`)]);
    engine.close();
  });
});

