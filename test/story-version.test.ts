// Handlers keep work per story version (charts, cluster cards, entry texts, the comparison
// overview). A story that changes must be answered as it now stands: nothing kept from the older
// version may show, and buttons from the older version are recognised as outdated.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticles, writeArticles } from '../src/bench/generate.ts';
import { Engine } from '../src/engine.ts';
import { Router } from '../src/router.ts';
import { commands } from '../commands/index.ts';
import { decodePngSize } from '../src/render/png/encode.ts';
import type { Reply } from '../src/reply.ts';

const text = (r: Reply) => JSON.stringify(r.embeds ?? []);
const png = (r: Reply, name: string) => r.attachments?.find((a) => a.name === name)?.data;
const buttons = (r: Reply) => (r.components ?? []).flat();

describe('replies follow a changed story', () => {
  it('/timeline, /compare and /quote answer from the story as it stands after an article is added', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsdesk-version-'));
    const sample = sampleArticles(1, 5, 41);
    const story = sample[0].story;
    const spare = sample.pop()!;
    writeArticles(folder, sample);
    const engine = await Engine.open([folder], { workers: 0 });
    // No reply cache: every answer below is worked out by the handlers (and their own memos).
    const router = new Router(engine, commands, undefined, { cacheEntries: 0, cooldown: false });

    // A quote the held-back article shares with the others (generated outlets echo each other).
    const whole = mkdtempSync(join(tmpdir(), 'newsdesk-version-whole-'));
    writeArticles(whole, [...sample, spare]);
    const shared = Engine.fromPaths([whole]).story(story)!.analysis.clusters.find((c) => c.files.includes(spare.file) && c.files.length > 1);
    expect(shared, 'a quote the new article shares with the others').toBeDefined();
    const query = { story, query: shared!.canonical.split(/\s+/).slice(0, 6).join(' ') };

    const ask = async () => ({
      timeline: await router.run('timeline', { story }),
      compare: await router.run('compare', { story }),
      quote: await router.run('quote', query),
    });
    const before = await ask();
    // Asked twice: the kept work answers the same.
    const again = await ask();
    expect(text(again.timeline)).toBe(text(before.timeline));
    expect(text(again.compare)).toBe(text(before.compare));
    expect(text(again.quote)).toBe(text(before.quote));

    const path = join(folder, story, spare.file);
    writeFileSync(path, spare.text);
    engine.upsertFile(path);
    const after = await ask();

    // /compare: one more source in the overview, and a coverage grid drawn for it.
    const sources = (r: Reply) => Number(/(\d+) sources/.exec(r.embeds![0].title!)![1]);
    expect(sources(after.compare)).toBe(sources(before.compare) + 1);
    expect(text(after.compare)).toContain(spare.file);
    expect(png(after.compare, 'coverage.png')!.equals(png(before.compare, 'coverage.png')!)).toBe(false);
    // /timeline: entries now from one more source (the description counts them), a fresh chart.
    expect(text(after.timeline)).not.toBe(text(before.timeline));
    expect(png(after.timeline, 'timeline.png')!.equals(png(before.timeline, 'timeline.png')!)).toBe(false);
    // /quote: the new article is among the sources carrying the quote.
    expect(text(before.quote)).not.toContain(spare.file);
    expect(text(after.quote)).toContain(spare.file);

    // Charts are still valid PNGs of a sensible size.
    for (const [reply, name] of [[after.timeline, 'timeline.png'], [after.compare, 'coverage.png']] as const) {
      const data = png(reply, name)!;
      const size = decodePngSize(data)!;
      expect(size.width).toBeGreaterThanOrEqual(720);
      expect(size.width).toBeLessThanOrEqual(2000);
      expect(size.height).toBeGreaterThan(100);
      expect(data.length).toBeGreaterThan(1000);
      expect(data.length).toBeLessThan(1_000_000);
    }

    // Buttons of the older version are outdated, not answered from the new one.
    const old = [...buttons(before.timeline), ...buttons(before.compare), ...buttons(before.quote)].filter((b) => b.customId && !b.disabled);
    expect(old.length).toBeGreaterThan(0);
    for (const b of old) {
      const reply = await router.button(b.customId!);
      expect(reply.ephemeral, b.customId).toBe(true);
      expect(text(reply)).toMatch(/out of date/i);
    }
  });

  it('replicas that mount the same articles at different paths agree on button ids', async () => {
    const sample = sampleArticles(1, 4, 43);
    const story = sample[0].story;
    const a = mkdtempSync(join(tmpdir(), 'newsdesk-replica-a-'));
    const b = mkdtempSync(join(tmpdir(), 'newsdesk-replica-b-'));
    writeArticles(a, sample);
    writeArticles(b, sample);
    const ids = async (folder: string) => {
      const engine = await Engine.open([folder], { workers: 0 });
      const router = new Router(engine, commands, undefined, { cacheEntries: 0, cooldown: false });
      return buttons(await router.run('timeline', { story })).map((c) => JSON.stringify(c));
    };
    const fromA = await ids(a);
    expect(fromA.length, 'the timeline has a button').toBeGreaterThan(0);
    expect(await ids(b)).toEqual(fromA);
  });
});
