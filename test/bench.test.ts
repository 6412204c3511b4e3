// The benchmark end to end at the smallest size (the seeds): child processes, real handlers, the
// report in the shape CONTRACTS.md fixes, and the table for people.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bench } from '../src/cli/bench.ts';
import { formatTable, median, percentile, runBench } from '../src/bench/run.ts';
import { writeCorpus } from '../src/bench/generate.ts';
import { measureTextRate } from '../src/bench/text-rate.ts';
import { loadArticles } from '../src/corpus/load.ts';

describe('bench', () => {
  it('runs end to end and reports in the contract shape', async () => {
    const lines: string[] = [];
    const report = await runBench({ sizes: [5], runs: 1, rounds: 2, queriesPerKind: 1, storyArticles: 120, seedsDir: 'seeds', workDir: mkdtempSync(join(tmpdir(), 'newsdesk-bench-test-')), progress: (l) => lines.push(l) });
    expect(typeof report.machine).toBe('string');
    expect(report.machine).toMatch(/cores, node v\d+/);
    expect(report.sizes).toHaveLength(1);
    const s = report.sizes[0];
    expect(s).toMatchObject({ articles: 5 });
    const latency = { quote: expect.any(Number), timeline: expect.any(Number), compare: expect.any(Number), autocomplete: expect.any(Number) };
    expect(s).toEqual(
      expect.objectContaining({
        articles: 5,
        mb: expect.any(Number),
        analysis_mb_per_s: expect.any(Number),
        ready_cold_ms: expect.any(Number),
        ready_snapshot_ms: expect.any(Number),
        rss_mb: expect.any(Number),
        p50_ms: latency,
        p99_ms: latency,
        linear_scan_ratio: expect.any(Number),
      }),
    );
    for (const k of ['quote', 'timeline', 'compare', 'autocomplete'] as const) {
      expect(s.p50_ms[k]).toBeGreaterThan(0);
      expect(s.p99_ms[k]).toBeGreaterThanOrEqual(s.p50_ms[k]);
    }
    expect(s.mb).toBeCloseTo(0.02, 1);
    expect(s.rss_mb).toBeGreaterThan(20);
    expect(s.linear_scan_ratio).toBeGreaterThan(0);
    // Answering, then everything analysed; and the first answers about stories asked meanwhile.
    expect(s.analysed_cold_ms).toBeGreaterThanOrEqual(s.ready_cold_ms);
    expect(s.answers_while_analysing_ms.max).toBeGreaterThanOrEqual(s.answers_while_analysing_ms.p50);
    expect(s.answers_while_analysing_ms.p50).toBeGreaterThan(0);
    // Every size starts with its files in the page cache (a single run would otherwise time the disk).
    expect(lines).toContainEqual(expect.stringMatching(/^\[5\] reading the corpus once \(into the page cache\): \d+\.\d s$/));
    // The start from the snapshot really read it; the first answers have a cold start of their own.
    expect(lines.filter((l) => /snapshot: \d/.test(l))).toEqual([expect.stringMatching(/0 of 1 stories ready/), expect.stringMatching(/1 of 1 stories ready/), expect.stringMatching(/0 of 1 stories ready/)]);
    // A long story's updates: analysed on a worker, they hold this thread far less than in it.
    const u = report.long_story!;
    expect(u).toMatchObject({ story_articles: 120, additions: 3, p50_ms: latency, p99_ms: latency, first_round_p99_ms: latency, after_update_ms: latency, after_update_queries: 3, after_update_additions: 3 });
    expect(u.after_update_ms!.quote).toBeGreaterThan(0);
    expect(u.update_ms).toBeGreaterThan(0);
    expect(u.held_ms).toBeLessThan(u.held_ms_in_thread);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const table = formatTable(report);
    expect(table).toContain('machine:');
    expect(table).toContain('all analysed s');
    expect(table).toMatch(/\|\s+5 \|/);
    expect(table).toMatch(/one story of 120 articles .* p99 quote [\d.]+/);
    expect(table).toMatch(/one article added: .* thread held \d+ ms \(\d+ ms when analysed in the thread\)/);
    expect(table).toMatch(/first answers after an update \(the slowest of the first 3 of each kind, its comparison in\): quote [\d.]+, timeline [\d.]+, compare [\d.]+, autocomplete [\d.]+; medians of 3 updates\./);
    // Real text: the seeds' own bytes, timed; no generated corpus at this size, so no comparison.
    expect(report.text_rate).toEqual({ real_mb: 0.016, real_mb_per_s: expect.any(Number) });
    expect(report.text_rate!.real_mb_per_s).toBeGreaterThan(0.01);
    expect(table).toMatch(/real text: the seed articles \(16 KB of real reports\) analyse at [\d.]+ MB\/s on one warm thread\.$/m);
    // Five child processes (a cold start, one from the snapshot, the first answers, the text rate, the long story): slow beside the other tests.
  }, 120_000);

  it('times real text against a slice of a generated corpus, each story read afresh', () => {
    const dir = writeCorpus(40, { dir: mkdtempSync(join(tmpdir(), 'newsdesk-text-rate-')) }).dir;
    const rate = measureTextRate('seeds', dir);
    const generatedBytes = loadArticles([dir]).articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    // The whole small corpus is the slice (under 1 MB); both rates are real timings, not zero or infinite.
    expect(rate.generated_mb).toBeCloseTo(generatedBytes / 1e6, 2);
    expect(rate.real_mb).toBe(0.016);
    for (const r of [rate.real_mb_per_s, rate.generated_mb_per_s!]) expect(r).toBeGreaterThan(0.01), expect(r).toBeLessThan(1000);
    expect(formatTable({ machine: 'm', sizes: [], text_rate: rate })).toContain(`the first ${rate.generated_mb!.toFixed(2)} MB of the generated corpus at ${rate.generated_mb_per_s!.toFixed(2)} MB/s.`);
    expect(() => measureTextRate(join(dir, 'no-such-folder'))).toThrow(/no articles to time in .*no-such-folder: no such file or folder/);
  }, 60_000);

  it('says what is wrong with its options (exit 2)', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (m: string) => void errors.push(m);
    try {
      expect(await bench(['--sizes', 'ten'])).toBe(2);
      expect(await bench(['--runs', '0'])).toBe(2);
      expect(await bench(['extra'])).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors[0]).toMatch(/--sizes takes whole numbers/);
    expect(errors[1]).toMatch(/--runs takes a whole number/);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
  });
});
