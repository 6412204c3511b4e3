// The benchmark's corpus generator: same seed, same bytes; and text that looks like coverage
// (stories of 10–50 articles, quotes, dates, noise) about invented people, not the seed story.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../src/analysis/story.ts';
import { generateArticles, longStory, sampleArticles, writeArticles, writeCorpus } from '../src/bench/generate.ts';
import { loadArticles } from '../src/corpus/load.ts';

describe('corpus generator', () => {
  const corpus = [...generateArticles(300, 5)];

  it('is deterministic: same seed, same articles; another seed, others', () => {
    expect([...generateArticles(300, 5)]).toEqual(corpus);
    const other = [...generateArticles(300, 6)];
    expect(other.map((a) => a.text)).not.toEqual(corpus.map((a) => a.text));
  });

  it('makes many stories of 10 to 50 articles, about 4 kB each, from many outlets', () => {
    const byStory = new Map<string, number>();
    for (const a of corpus) byStory.set(a.story, (byStory.get(a.story) ?? 0) + 1);
    const sizes = [...byStory.values()];
    expect(sizes.length).toBeGreaterThanOrEqual(6);
    // The last story is cut to fit the size asked for.
    for (const n of sizes.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(10), expect(n).toBeLessThanOrEqual(50);
    const avg = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / corpus.length;
    expect(avg).toBeGreaterThan(3000);
    expect(avg).toBeLessThan(5500);
    const outlets = new Set(corpus.map((a) => a.file.replace(/^\d+_/, '')));
    expect(outlets.size).toBeGreaterThan(10);
  });

  it('makes one long story on demand: many articles, one story, distinct files, same seed same text', () => {
    const long = longStory(120, 5);
    expect(long).toHaveLength(120);
    expect(new Set(long.map((a) => a.story)).size).toBe(1);
    expect(new Set(long.map((a) => a.file)).size).toBe(120);
    expect(longStory(120, 5)).toEqual(long);
    expect(new Set(long.map((a) => a.text)).size).toBe(120);
  });

  it('writes quotes in several styles, dates, and noise, with invented names only', () => {
    const all = corpus.map((a) => a.text).join('\n');
    const share = (re: RegExp) => corpus.filter((a) => re.test(a.text)).length / corpus.length;
    expect(share(/,[”"’'] [^.]{0,60}\b(said|told|added|warned|insisted|wrote)\b/)).toBeGreaterThan(0.6); // speaker after
    expect(all).toMatch(/(said|told [^.]+|warned|insisted): [“"‘']/); // speaker before the quote
    expect(all).toMatch(/\b(she|he) (said|added|warned|insisted|told)/); // pronoun
    expect(all).toMatch(/the situation was [“"‘']/); // partial quote
    expect(all).toMatch(/\n[“"‘'][^”"’'\n]+\n\n[“"‘']/); // a quote running over two paragraphs
    expect(share(/\b(on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|tomorrow|today)\b/)).toBeGreaterThan(0.5);
    expect(all).toMatch(/\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
    expect(all).toMatch(/^(Advertisement|Advert 10|ADVERTISEMENT|Story continues below advertisement)$/m);
    expect(all).toMatch(/^\d+ (hours|minutes|days) ago$/m);
    expect(all).toMatch(/^— .+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}$/m);
    expect(share(/^---\n/)).toBeGreaterThan(0.1);
    for (const name of ['Putin', 'Biden', 'Psaki', 'Peskov', 'Lindqvist', 'Voltway']) expect(all).not.toContain(name);
  });

  it('gives the analysis quotes with speakers and dated events to find', () => {
    const sample = sampleArticles(1, 5, 9);
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-gen-'));
    writeArticles(dir, sample);
    const { articles } = loadArticles([dir]);
    const analysis = analyzeStory(articles[0].story, articles);
    const quotes = analysis.articles.flatMap((a) => a.quotes);
    expect(quotes.length).toBeGreaterThan(15);
    expect(quotes.filter((q) => q.speaker).length / quotes.length).toBeGreaterThan(0.6);
    expect(analysis.clusters.some((c) => c.files.length > 1)).toBe(true);
    expect(analysis.timeline.length).toBeGreaterThan(5);
  });

  it('writes a corpus once, one folder per story, and reuses it', () => {
    const root = mkdtempSync(join(tmpdir(), 'newsdesk-gen-'));
    const dir = join(root, 'c');
    const first = writeCorpus(60, { dir, seed: 3 });
    expect(first.stats.articles).toBe(60);
    const folders = readdirSync(dir).filter((f) => !f.startsWith('.'));
    expect(folders.length).toBe(first.stats.stories);
    const { articles, warnings } = loadArticles([dir]);
    expect(warnings).toEqual([]);
    expect(articles.length).toBe(60);
    expect(new Set(articles.map((a) => a.story)).size).toBe(first.stats.stories);
    expect(writeCorpus(60, { dir, seed: 3 }).stats).toEqual(first.stats);
  });
});
