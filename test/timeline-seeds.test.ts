// The seeds through the whole pipeline: the specific checks, and the timeline targets
// measured with the project's port of the reference scorer.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeStory } from '../src/analysis/story.ts';
import type { StoryAnalysis, TimelineEntry } from '../src/analysis/types.ts';
import { loadArticles } from '../src/corpus/load.ts';
import { type Gold, score } from './support/score.ts';

const GOLD = 'test/gold/seeds.json'; // the repository's copy of ../shared/gold/seeds.json: a clone alone runs it
let story: StoryAnalysis;

beforeAll(() => {
  const { articles } = loadArticles(['seeds']);
  story = analyzeStory('seeds', articles);
});

const file = (prefix: string) => story.articles.find((a) => a.file.startsWith(prefix))!;
const sourcesOf = (e: TimelineEntry) => e.sources.map((s) => s.file.slice(0, 3));

describe('seeds: timeline and publication dates', () => {
  it('states the publication dates the articles give, and marks the others as inferred', () => {
    for (const p of ['000', '002', '003']) expect(file(p)).toMatchObject({ published: '2021-03-19', publishedInferred: false });
    expect(file('001')).toMatchObject({ published: '2021-03-19', publishedInferred: true }); // an embedded post's signature
    expect(file('004')).toMatchObject({ published: '2021-03-18', publishedInferred: true }); // a dated caption
  });

  it("dates Psaki's “tomorrow”, said on Thursday 18 March, to Friday 19 March in every source", () => {
    // Each source's own reading: 001 and 003 say when she spoke; 000 does not, and alone reads
    // "tomorrow" from its own date (20 March) until the timeline takes the day from the others.
    const tomorrow = (p: string) => file(p).events.find((e) => e.expression === 'tomorrow' && /Georgia/.test(e.evidence))?.date;
    expect([tomorrow('001'), tomorrow('003')]).toEqual(['2021-03-19', '2021-03-19']);
    const georgia = story.timeline.filter((e) => e.sources.some((s) => /Georgia tomorrow/.test(s.evidence)) && e.date !== '2021-03-18');
    expect(georgia.map((e) => e.date)).toEqual(['2021-03-19']);
    expect(sourcesOf(georgia[0]).sort()).toEqual(['000', '001', '003']);
    expect(georgia[0].conflict).toBeUndefined();
  });

  it('gives "in 1998" a 1998 entry', () => {
    const e = story.timeline.find((x) => x.date === '1998');
    expect(e).toBeDefined();
    expect(e).toMatchObject({ precision: 'year' });
    expect(sourcesOf(e!)).toEqual(['004']);
  });

  it('dates nothing from the teasers of 002 or the vaccine paragraph of 004', () => {
    const evidence = story.timeline.flatMap((e) => e.sources.map((s) => s.evidence));
    expect(evidence.filter((t) => /\bago\b/.test(t))).toEqual([]);
    expect(evidence.filter((t) => /vaccin|by June/i.test(t))).toEqual([]);
    expect(story.timeline.filter((e) => e.date.startsWith('2021-06'))).toEqual([]);
  });

  it('never dates an event from an article\'s own byline or dateline', () => {
    const evidence = story.timeline.flatMap((e) => e.sources.filter((s) => s.date === '2021-03-19').map((s) => s.evidence));
    expect(evidence.filter((t) => /^\s*date 2021|13:46|19th March, 2021\) White House spokesperson Jen Psaki said on Thursday that she has nothing to report on a possible conversation between Russian President Vladimir Putin and his US counterpart Joe Biden\.$/.test(t))).toEqual([]);
  });

  it('reads the alternatives "Friday or Monday" as both days', () => {
    const proposal = (date: string) => story.timeline.some((e) => e.date === date && e.sources.some((s) => s.file.startsWith('003') && /Friday or Monday/.test(s.evidence)));
    expect(proposal('2021-03-19')).toBe(true);
    expect(proposal('2021-03-22')).toBe(true);
  });

  it('dates "the same day" and "later that day" by the event just told', () => {
    const sameDay = story.timeline.find((e) => e.sources.some((s) => /on the same day, Press Secretary/.test(s.evidence)));
    const laterThatDay = story.timeline.find((e) => e.sources.some((s) => /^Later that day/.test(s.evidence)));
    expect(sameDay?.date).toBe('2021-03-18');
    expect(laterThatDay?.date).toBe('2021-03-17');
  });

  it('meets the targets: recall ≥ 0.90, date precision ≥ 0.95, publication dates 3/3', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    const report = {
      articles: story.articles.map((a) => ({ file: a.file, published: a.published, quotes: [] })),
      timeline: story.timeline.map((e) => ({ date: e.date, summary: e.summary, sources: e.sources.map((s) => ({ file: s.file, evidence: s.evidence })) })),
    };
    const { timeline, published } = score(gold, report);
    expect(timeline.recall).toBeGreaterThanOrEqual(0.9);
    expect(timeline.precision).toBeGreaterThanOrEqual(0.95);
    expect(published).toEqual({ correct: 3, total: 3 });
  });
});
