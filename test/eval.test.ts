// The project's own evaluation: the extract report of the seeds and of other stories, scored
// against their gold with the TypeScript scorer, which must agree with the reference scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from './support/evaluate.ts';
import { score, summaryLine, type Gold } from './support/score.ts';

const REFERENCE = join(import.meta.dirname, '..', '..', 'shared', 'tools', 'score-extraction');
const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const canReference = hasPython && existsSync(REFERENCE);

function reference(gold: string, report: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'newsdesk-eval-')), 'report.json');
  writeFileSync(file, JSON.stringify(report));
  return execFileSync('python3', [REFERENCE, gold, file], { encoding: 'utf8' }).trim().split('\n').pop()!;
}

const stories = (root: string) =>
  existsSync(join(root, 'stories'))
    ? readdirSync(join(root, 'stories')).map((name) => ({ name, folder: join(root, 'stories', name), gold: join(root, 'gold', `${name}.json`) }))
    : [];

describe('seeds against their gold', () => {
  const { scores, summary, report } = evaluate('seeds', 'test/gold/seeds.json');
  console.log(`seeds: ${summary}`);

  it('finds and attributes the quotes (issue 3 bars)', () => {
    expect(scores.attributed.f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.detection.f1).toBeGreaterThanOrEqual(0.97);
    expect(scores.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.crossCorrect).toBe(scores.crossTotal);
    expect(scores.crossTotal).toBe(2);
    expect(scores.clusters.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('dates the story: timeline recall ≥ 0.90 at date precision ≥ 0.95, publication dates 3/3', () => {
    expect(scores.timeline.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.timeline.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.published).toEqual({ correct: 3, total: 3 });
  });

  it.skipIf(!canReference)('agrees with the reference scorer on the same report', () => {
    expect(reference('test/gold/seeds.json', report)).toBe(summary);
  });

  it.skipIf(!canReference)('agrees with the reference scorer on a degraded report', () => {
    // Drop every third quote, blank every fourth speaker, merge clusters and shift dates, so
    // that no figure is a perfect 1.000 and both scorers must compute the same fractions.
    const broken = structuredClone(report);
    let n = 0;
    for (const a of broken.articles) {
      a.quotes = a.quotes.filter(() => n++ % 3 !== 0);
      a.quotes.forEach((q, i) => {
        if (i % 4 === 0) q.speaker = null;
        if (i % 5 === 0) q.cluster = 'c1';
      });
    }
    broken.timeline.forEach((e, i) => {
      if (i % 3 === 0) e.date = '1999-01-01';
    });
    const scores = score(JSON.parse(readFileSync('test/gold/seeds.json', 'utf8')) as Gold, broken);
    expect(scores.attributed.f1).toBeLessThan(1);
    expect(reference('test/gold/seeds.json', broken)).toBe(summaryLine(scores));
  });
});

const others = [...stories('test/fixtures'), ...stories('test/holdout'), ...stories('test/unseen'), ...stories('test/final'), ...stories('test/blind'), ...stories('test/sealed'), ...stories('test/fresh')];
const evaluations = others.map((o) => ({ ...o, ...evaluate(o.folder, o.gold) }));

describe.each(evaluations)('other story: $name', ({ folder, gold, scores, summary, report }) => {
  console.log(`${folder}: ${summary}`);

  it.skipIf(!canReference)('scores the same with the reference scorer', () => {
    expect(reference(gold, report)).toBe(summary);
  });

  it('finds the quotes and attributes most of them with the same rules, unchanged', () => {
    expect(scores.detection.f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.attributed.f1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('all other stories together', () => {
  const sum = (f: (e: (typeof evaluations)[number]) => number) => evaluations.reduce((n, e) => n + f(e), 0);

  it('attributed-quote F1 ≥ 0.90 (micro-averaged over every quote)', () => {
    const tp = sum((e) => e.scores.attributed.tp);
    const f1 = (2 * tp) / (2 * tp + sum((e) => e.scores.attributed.fp) + sum((e) => e.scores.attributed.fn));
    console.log(`${evaluations.length} other stories: attributed F1 ${f1.toFixed(3)}`);
    expect(evaluations.length).toBeGreaterThanOrEqual(10);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it('timeline recall ≥ 0.85 at date precision ≥ 0.90 (micro-averaged over every event and entry)', () => {
    const recall = sum((e) => e.scores.timeline.found) / sum((e) => e.scores.timeline.events);
    const precision = sum((e) => e.scores.timeline.good) / sum((e) => e.scores.timeline.entries);
    console.log(`${evaluations.length} other stories: timeline recall ${recall.toFixed(3)}, date precision ${precision.toFixed(3)}`);
    expect(evaluations.length).toBeGreaterThanOrEqual(10);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
