// The text rules behind an event: summaries, actors, quotation spans, offset-keeping views.
import { describe, expect, it } from 'vitest';
import { actorNames, sentenceActors } from '../src/analysis/timeline/actors.ts';
import { scanQuotes } from '../src/analysis/timeline/quoted.ts';
import { blank, evidenceText } from '../src/analysis/timeline/sentence-text.ts';
import { summarize } from '../src/analysis/timeline/summary.ts';
import { contentWords, overlap, rarity } from '../src/analysis/timeline/words.ts';

const none = actorNames([]);

describe('summaries', () => {
  it('keeps a short sentence whole', () => {
    const s = 'The ferry resumed sailings on Monday.';
    expect(summarize(s, s.indexOf('Monday'), s.indexOf('Monday') + 6)).toBe(s);
  });
  it('cuts a long sentence to a clause window of about 140 characters that holds the date', () => {
    const s =
      'After a week of talks that both sides described as difficult, frank and at times bad-tempered, the harbour board and the ferry union agreed on Thursday to a two-year pay deal, ending a dispute that had disrupted crossings since the spring.';
    const i = s.indexOf('Thursday');
    const out = summarize(s, i, i + 8);
    expect(out.length).toBeLessThanOrEqual(141);
    expect(out).toContain('Thursday');
  });
  it('prefers the sentence opening to a clause that is little more than the date', () => {
    const s = 'The harbour master at a ceremony marking the hundredth anniversary of the eastern pier at the old customs house in the port town of Cobh, Ireland, 18 March 2021.';
    const i = s.indexOf('18 March');
    expect(summarize(s, i, i + 13)).toMatch(/^The harbour master at a ceremony/);
  });
});

describe('actors', () => {
  it('strips titles and a nationality before a title', () => {
    expect(sentenceActors('Irish Transport Minister Eamon Kinsella spoke on Tuesday.', [], none)).toEqual(['Eamon Kinsella']);
  });
  it('keeps first names that look like adjectives', () => {
    expect(sentenceActors('On Monday, harbour master Declan Byrne resigned.', [], none)).toEqual(['Declan Byrne']);
  });
  it('puts the speakers of quotes first and maps surface forms to the story names', () => {
    const names = actorNames([{ name: 'Aoife Brennan', kind: 'person', aliases: ['Brennan', 'Ms Brennan'], roles: [], mentions: 3 }]);
    expect(sentenceActors('“We will vote,” Brennan said on Monday.', ['Aoife Brennan'], names)).toEqual(['Aoife Brennan']);
  });
  it('keeps a surname the story knows even when it ends like a nationality ("Logan", "Morgan")', () => {
    const names = actorNames([{ name: 'Ruth Logan', kind: 'person', aliases: ['Logan'], roles: [], mentions: 3 }]);
    expect(sentenceActors('“It was a shock,” Logan, 38, tells the paper in an interview conducted Sunday.', [], names)).toEqual(['Ruth Logan']);
    expect(sentenceActors('The Italian delegation left.', [], none)).toEqual([]);
  });
  it('reads names written with letters beyond ASCII whole', () => {
    expect(sentenceActors('Infrastructure Minister Aleš Korošec met Łukasz Żak in Malmö.', [], none)).toEqual(['Aleš Korošec', 'Łukasz Żak', 'Malmö']);
    expect(sentenceActors('The Ökumenische Rat met the Ghanaian delegation.', [], none)).toEqual(['Ökumenische Rat']);
  });
  it('passes over the lone capitalised word that opens a quotation opening the sentence', () => {
    expect(sentenceActors('“Nobody wants a strike,” Declan Byrne said.', [], none)).toEqual(['Declan Byrne']);
  });
  it('reads two names joined by "and" apart, and a name after a possessive owner, but keeps a body’s name whole; a time zone is nobody', () => {
    expect(sentenceActors('On Friday, Volkswagen and Germany’s IG Metall union agreed to cut jobs.', [], none)).toEqual(['Volkswagen', 'IG Metall']);
    expect(sentenceActors('Talks in Leeds and Bradford ended.', [], none)).toEqual(['Leeds', 'Bradford']);
    expect(sentenceActors('The Food and Drug Administration and the Nigeria Centre for Disease Control and Prevention met.', [], none)).toEqual(['Food and Drug Administration', 'Nigeria Centre for Disease Control and Prevention']);
    expect(sentenceActors('The People’s Alliance won.', [], none)).toEqual(['People’s Alliance']);
    expect(sentenceActors('An amber warning remains in place until 06:00 GMT on Sunday.', [], none)).toEqual([]);
  });
  it('ignores links and contractions', () => {
    expect(sentenceActors('I’ve seen it, the Harbour Board wrote. pic.twitter.com/aRaOzCUDKc', [], none)).toEqual(['Harbour Board']);
  });
});

describe('quotation spans', () => {
  it('pairs curly and straight marks, and an apostrophe never closes a quote', () => {
    const t = 'The nation’s leader said ‘we are ready’ and "we will talk" to the countries’ envoys.';
    expect(scanQuotes(t, 0, t.length).map((q) => t.slice(q.start, q.end))).toEqual(['we are ready', 'we will talk']);
  });
});

describe('sentence views', () => {
  const text = 'He said “we open tomorrow” on Monday.';
  const s = { start: 0, end: text.length, text, paragraph: 0 };
  const q = { start: text.indexOf('we'), end: text.indexOf('”'), speaker: null };
  it('blanks the inside or the outside of quotations, keeping offsets', () => {
    expect(blank(s, [q], 'inside')).toBe('He said “                ” on Monday.');
    expect(blank(s, [q], 'outside').trim()).toBe('we open tomorrow');
    expect(blank(s, [q], 'outside')).toHaveLength(text.length);
  });
  it('grows the evidence to the whole quotation a sentence is part of', () => {
    const full = '“The offer is fair. Anything more would come from fares,” she said on Wednesday.';
    const second = { start: full.indexOf('Anything'), end: full.length, text: full.slice(full.indexOf('Anything')), paragraph: 0 };
    expect(evidenceText(full, second, [{ start: 1, end: full.indexOf('”'), speaker: null }])).toBe(full);
  });
});

describe('word overlap', () => {
  it('weights rare words above words every report shares', () => {
    const docs = ['the ferry union strike vote', 'the ferry union pay offer', 'the ferry union strike ballot'].map(contentWords);
    const weight = rarity(docs);
    expect(weight('ballot')).toBeGreaterThan(weight('ferry'));
    expect(overlap(docs[0], docs[2], weight)).toBeGreaterThan(overlap(docs[0], docs[1], weight));
  });
});
