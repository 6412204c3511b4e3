// The story timeline: merging reports of one happening, re-anchoring reprinted quotes, conflicts.
import { describe, expect, it } from 'vitest';
import { clusterDay } from '../src/analysis/timeline/cluster.ts';
import type { TimelineEvent } from '../src/analysis/timeline/events.ts';
import { buildTimeline } from '../src/analysis/timeline/merge.ts';
import { reanchorQuotes } from '../src/analysis/timeline/reanchor.ts';
import { comparables } from '../src/analysis/timeline/same-happening.ts';
import { storyOf } from './support/story.ts';

// Friday 7 October 2022.
const DATED = ' date 2022-10-07 Harbour Pictures\n\n';

function entries(files: Record<string, string>) {
  return storyOf(files).timeline.map((e) => ({ date: e.date, files: e.sources.map((s) => s.file), conflict: e.conflict }));
}

function event(file: string, date: string, evidence: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { file, date, precision: 'day', kind: 'happened', summary: evidence, evidence, expression: 'Tuesday', actors: [], start: 0, end: 0, anchor: 'article', ...extra };
}

describe('story timeline', () => {
  it('merges reports of one happening from different articles into one entry listing every source', () => {
    const list = entries({
      'a.txt': `${DATED}The harbour board sacked its chief engineer, Mary Byrne, on Wednesday over the collapse of the eastern pier.\n`,
      'b.txt': `${DATED}Chief engineer Mary Byrne was sacked by the harbour board on Wednesday after the eastern pier collapsed.\n`,
    });
    expect(list).toEqual([{ date: '2022-10-05', files: ['a.txt', 'b.txt'], conflict: undefined }]);
  });

  it('keeps different happenings of one day apart', () => {
    const list = entries({
      'a.txt': `${DATED}The harbour board sacked its chief engineer, Mary Byrne, on Wednesday over the collapse of the eastern pier.\n`,
      'b.txt': `${DATED}A cruise ship carrying 3,000 passengers docked in the western basin on Wednesday for the first time.\n`,
    });
    expect(list.map((e) => e.files)).toEqual([['a.txt'], ['b.txt']]);
  });

  it('reads a reprinted quote from the day another source says it was said', () => {
    const story = storyOf({
      'a.txt': `${DATED}At a briefing on Wednesday, the minister said: “The bridge will open tomorrow and traffic will flow freely by noon.”\n`,
      'b.txt': `${DATED}“The bridge will open tomorrow and traffic will flow freely by noon,” the minister said.\n`,
    });
    // Alone, b.txt would put "tomorrow" on Saturday, the day after its own date.
    expect(story.articles[1].events.map((e) => e.date)).toEqual(['2022-10-08']);
    const entry = story.timeline.find((e) => e.sources.some((s) => s.file === 'b.txt'));
    expect(entry).toMatchObject({ date: '2022-10-06' });
    expect(entry!.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('folds a report dated only by its year into the precise entry of the same happening', () => {
    const list = entries({
      'a.txt': `${DATED}The ferry operator's chief executive, Mary Byrne, resigned earlier this year over the pier collapse.\n`,
      'b.txt': `${DATED}Mary Byrne resigned as chief executive of the ferry operator in March over the pier collapse.\n\nA cruise ship docked in the western basin for the first time in 2022.\n`,
    });
    expect(list).toEqual([
      { date: '2022', files: ['b.txt'], conflict: undefined },
      { date: '2022-03', files: ['b.txt', 'a.txt'], conflict: undefined },
    ]);
  });

  it('flags sources that put the same happening on another day, keeping the date most give', () => {
    const report = (day: string) => `${DATED}The ferry company said on ${day} that it had dismissed its chief executive, Mary Byrne, over the safety failures.\n`;
    const list = entries({ 'a.txt': report('Tuesday'), 'b.txt': report('Tuesday'), 'c.txt': report('Wednesday') });
    expect(list).toEqual([{ date: '2022-10-04', files: ['a.txt', 'b.txt'], conflict: [{ date: '2022-10-05', files: ['c.txt'] }] }]);
  });

  it('does not take alternatives offered by one source for a disagreement', () => {
    const list = entries({
      'a.txt': `${DATED}The union offered to meet the company on Thursday or Monday to settle the dispute over pay.\n`,
      'b.txt': `${DATED}The union offered to meet the company on Monday to settle the dispute over pay.\n`,
    });
    expect(list.every((e) => !e.conflict)).toBe(true);
  });

  it('reads an undated article against the story days', () => {
    const story = storyOf({
      'a.txt': `${DATED}The harbour board met on Thursday.\n`,
      'b.txt': 'Regulators ordered the recall of 4,000 life jackets, the harbour board said Thursday.\n',
    });
    expect(story.articles[1].published).toBeNull();
    const b = story.timeline.filter((e) => e.sources.some((s) => s.file === 'b.txt'));
    expect(b.map((e) => e.date)).toEqual(['2022-10-06']);
  });

  it('reads a past day written after the story\'s first day in an undated article as this year\'s, and counts from it', () => {
    const story = storyOf({
      'a.txt': `${DATED}The harbour board met on Thursday.\n`,
      'b.txt': 'The skipper was charged on 16 October and first appeared before magistrates the following day.\n',
    });
    const b = story.timeline.filter((e) => e.sources.some((s) => s.file === 'b.txt'));
    expect(b.map((e) => [e.date, e.kind])).toEqual([
      ['2022-10-16', 'happened'],
      ['2022-10-17', 'happened'],
    ]);
  });

  it('does not modify the articles it is given', () => {
    const story = storyOf({ 'b.txt': `${DATED}“The bridge will open tomorrow,” the minister said.\n` });
    const before = JSON.stringify(story.articles[0].events);
    buildTimeline(story.articles);
    expect(JSON.stringify(story.articles[0].events)).toBe(before);
  });
});

describe('merge steps', () => {
  it('re-anchors only quotes whose day was a default, from the same words and expression', () => {
    const said = event('a.txt', '2022-10-06', 'x', { anchor: 'said', quote: 'The bridge will open tomorrow and traffic will flow freely', expression: 'tomorrow' });
    const guess = event('b.txt', '2022-10-08', 'y', { anchor: 'said-default', quote: 'The bridge will open tomorrow and traffic will flow freely', expression: 'tomorrow' });
    const other = event('c.txt', '2022-10-08', 'z', { anchor: 'said-default', quote: 'The tunnel will close tomorrow for repairs to its lighting', expression: 'tomorrow' });
    expect(reanchorQuotes([said, guess, other]).map((e) => e.date)).toEqual(['2022-10-06', '2022-10-06', '2022-10-08']);
  });

  it('clusters a day the same way whatever the order of the reports', () => {
    const a = event('a.txt', '2022-10-04', 'The ferry company dismissed chief executive Mary Byrne over safety failures at the port.');
    const b = event('b.txt', '2022-10-04', 'Chief executive Mary Byrne was dismissed by the ferry company over safety failures.');
    const c = event('c.txt', '2022-10-04', 'A cruise ship with 3,000 passengers docked in the western basin.');
    const shape = (order: TimelineEvent[]) =>
      clusterDay(comparables(order))
        .map((g) => g.map((m) => m.event.file).sort().join('+'))
        .sort();
    expect(shape([a, b, c])).toEqual(['a.txt+b.txt', 'c.txt']);
    expect(shape([c, b, a])).toEqual(['a.txt+b.txt', 'c.txt']);
  });

  it('never puts two events of one article in one entry', () => {
    const a1 = event('a.txt', '2022-10-04', 'The ferry company dismissed chief executive Mary Byrne over safety failures.');
    const a2 = event('a.txt', '2022-10-04', 'Chief executive Mary Byrne was dismissed by the ferry company over safety failures.');
    expect(clusterDay(comparables([a1, a2]))).toHaveLength(2);
  });
});
