// The cross-outlet comparison: story items, coverage, differences, and /compare's replies, on
// hand-built stories, on the seeds and on another story's fixtures.
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { CUSTOM_ID_MAX } from '../commands/story-option.ts';
import { compareStory, coverageCsv, headToHead } from '../src/analysis/compare/index.ts';
import { wordDiff } from '../src/analysis/compare/diff.ts';
import { features, quotedRanges, blank } from '../src/analysis/compare/features.ts';
import { Engine } from '../src/engine.ts';
import type { Reply } from '../src/reply.ts';
import { Router } from '../src/router.ts';
import { buildStory, fixtureRouter, replyText, type FixtureStory } from './commands-fixture.ts';

const BRIDGE: FixtureStory = {
  name: 'bridge',
  articles: [
    {
      file: 'a.txt',
      outlet: 'North Post',
      published: '2024-09-03',
      text: [
        'The city council approved the new river bridge on Monday after a long debate.',
        'The bridge will cost 40 million euros and carry 9,000 cars a day.',
        'Council leader Ada Brandt said “this bridge joins two halves of one city.”',
        'The envoy from the transport ministry will travel to Lisbon next week to sign the funding deal.',
      ].join('\n\n'),
    },
    {
      file: 'b.txt',
      outlet: 'South Herald',
      published: '2024-09-03',
      text: [
        'Councillors approved the river bridge on Monday evening after a long debate in the chamber.',
        'The bridge will cost 55 million euros, according to the council’s own figures.',
        'Ada Brandt said “this bridge joins the two halves of our city.”',
        'A transport ministry envoy will travel to Madrid next week to sign the funding deal.',
        'Local fishermen fear the construction will disturb the salmon run upstream.',
      ].join('\n\n'),
    },
    {
      file: 'c.txt',
      outlet: 'East Echo',
      published: '2024-09-04',
      text: [
        'Council leader Ada Brandt called the vote historic and thanked the engineers.',
        'The transport ministry envoy will travel to Lisbon next week to sign the funding deal.',
        '“this bridge joins two halves of one city,” said the deputy mayor, Tomas Kell.',
      ].join('\n\n'),
    },
  ],
  quotes: [
    { file: 'a.txt', text: 'this bridge joins two halves of one city.', speaker: 'Ada Brandt', cluster: 'q1' },
    { file: 'b.txt', text: 'this bridge joins the two halves of our city.', speaker: 'Ada Brandt', cluster: 'q1' },
    { file: 'c.txt', text: 'this bridge joins two halves of one city,', speaker: 'Tomas Kell', cluster: 'q1' },
  ],
  timeline: [
    { id: 't1', date: '2024-09-02', summary: 'The council approves the bridge', actors: ['city council'], sources: [{ file: 'a.txt', date: '2024-09-02', evidence: 'The city council approved the new river bridge on Monday after a long debate.' }] },
  ],
};

const byLabel = (cmp: ReturnType<typeof compareStory>, re: RegExp) => cmp.items.find((it) => re.test(it.label))!;

describe('compare engine', () => {
  const cmp = compareStory(buildStory(BRIDGE));

  it('groups sentences of different articles that state the same fact', () => {
    const envoy = byLabel(cmp, /envoy/);
    expect(envoy.files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const cost = byLabel(cmp, /cost/);
    expect(cost.files).toEqual(['a.txt', 'b.txt']);
  });

  it('merges a timeline entry with the fact group that shares its sentence', () => {
    const approval = byLabel(cmp, /approve/);
    expect(approval.kind).toBe('event');
    expect(approval.files).toEqual(['a.txt', 'b.txt']);
    expect(approval.date).toBe('2024-09-02');
  });

  it('keeps attributions out of the facts: a sentence that is only "X said …" is the quote item', () => {
    expect(cmp.items.filter((it) => it.kind === 'fact').some((it) => it.mentions.some((m) => /said the deputy mayor/.test(m.text)))).toBe(false);
    expect(cmp.items.filter((it) => it.kind === 'quote')).toHaveLength(1);
  });

  it('finds different numbers and places for the same fact, different speakers for the same words, wording variants', () => {
    const kinds = (re: RegExp) => cmp.differences.filter((d) => re.test(cmp.itemById.get(d.itemId)!.label)).map((d) => d.kind);
    expect(kinds(/cost/)).toContain('number');
    const number = cmp.differences.find((d) => d.kind === 'number')!;
    expect(number.sides.map((s) => s.value).sort()).toEqual(['40 million euros', '55 million euros']);
    const place = cmp.differences.find((d) => d.kind === 'place')!;
    expect(place.sides.map((s) => s.value).sort()).toEqual(['to Lisbon', 'to Madrid']);
    expect(place.sides.find((s) => s.value === 'to Madrid')!.files).toEqual(['b.txt']);
    const speaker = cmp.differences.find((d) => d.kind === 'speaker')!;
    expect(speaker.sides.map((s) => s.value)).toEqual(['Ada Brandt', 'Tomas Kell']);
    expect(cmp.differences.some((d) => d.kind === 'wording')).toBe(true);
  });

  it('computes coverage: unique items and what a source leaves out of what most carry', () => {
    const b = cmp.coverage.find((c) => c.file === 'b.txt')!;
    expect(b.unique.map((id) => cmp.itemById.get(id)!.label).join(' ')).toMatch(/fishermen/);
    const c = cmp.coverage.find((x) => x.file === 'c.txt')!;
    expect(c.missing.map((id) => cmp.itemById.get(id)!.label).join(' ')).toMatch(/approve/);
    expect(c.conflicts).toBeGreaterThan(0);
  });

  it('head to head: shared items with their differences, only in A, only in B', () => {
    const h = headToHead(cmp, ['a.txt'], ['b.txt']);
    expect(h.shared.map((s) => s.item.label).join(' ')).toMatch(/cost/);
    expect(h.shared.find((s) => /cost/.test(s.item.label))!.differences.map((d) => d.kind)).toEqual(['number']);
    expect(h.onlyB.map((i) => i.label).join(' ')).toMatch(/fishermen/);
    const ac = headToHead(cmp, ['a.txt'], ['c.txt']);
    expect(ac.shared.find((s) => s.item.kind === 'quote')!.differences.map((d) => d.kind)).toContain('speaker');
  });

  it('writes the coverage matrix as CSV', () => {
    const whole = coverageCsv(cmp);
    expect(whole.rows).toBe(cmp.items.length);
    const csv = whole.csv.trim().split('\r\n');
    expect(csv[0]).toBe('item,kind,label,sources,differences,a.txt,b.txt,c.txt');
    expect(csv).toHaveLength(cmp.items.length + 1);
    const envoy = csv.find((l) => l.includes('envoy'))!;
    expect(envoy.endsWith(',1,1,1')).toBe(true);
  });

  it('keeps the CSV within a size: the most widely carried items, in story order', () => {
    const whole = coverageCsv(cmp).csv;
    const budget = Math.floor(whole.length / 2);
    const part = coverageCsv(cmp, new Map(), budget);
    expect(part.csv.length).toBeLessThanOrEqual(budget);
    expect(part.rows).toBeGreaterThan(0);
    expect(part.rows).toBeLessThan(cmp.items.length);
    const ids = part.csv.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    // Story order, and nothing left out is carried more widely than what was kept.
    const order = cmp.items.map((it) => it.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    const kept = Math.min(...ids.map((id) => cmp.itemById.get(id)!.files.length));
    const dropped = cmp.items.filter((it) => !ids.includes(it.id)).map((it) => it.files.length);
    expect(Math.max(...dropped)).toBeLessThanOrEqual(kept);
  });

  it('reads figures, places and quoted stretches from generic cues', () => {
    const f = features('The firm will pay 2.5 million dollars and cut 30 per cent of jobs in 2023 before moving to New Harbor.');
    expect(f.numbers.map((n) => [n.value, n.unit])).toEqual([
      ['2500000', 'dollar'],
      ['30', '%'],
      ['2023', 'year'],
    ]);
    expect(f.places.map((p) => `${p.slot} ${p.name}`)).toEqual(['to New Harbor']);
    expect(features('It opened on March 18, 2021 in the hall.').numbers).toEqual([]);
    // Words that name properties of every JavaScript object are words like any other.
    const odd = features('The constructor Valueof Works went to toString Bay with hasOwnProperty Constructor Team.');
    expect(odd.numbers).toEqual([]);
    expect(odd.places.map((p) => `${p.slot} ${p.name}`)).toEqual([]);
    const s = 'busy at the moment,’ she said, as per the agency.';
    expect(blank(s, quotedRanges(s)).trim()).toBe('she said, as per the agency.');
    expect(blank('He said “yes” and left.', quotedRanges('He said “yes” and left.'))).toBe('He said       and left.');
  });

  it('diffs words', () => {
    const d = wordDiff('we do it actually live', 'we do it basically live');
    expect(d.filter((s) => s.op !== 'same').map((s) => [s.op, s.text.trim()])).toEqual([
      ['del', 'actually'],
      ['add', 'basically'],
    ]);
  });
});

function buttons(reply: Reply) {
  return (reply.components ?? []).flat();
}

describe('/compare on hand-built stories', () => {
  const router = fixtureRouter(buildStory(BRIDGE));

  it('overview: one row per source, conflicts listed, a PNG coverage grid attached', async () => {
    const reply = await router.run('compare', {});
    const fields = reply.embeds!.flatMap((e) => e.fields ?? []);
    for (const name of ['North Post (a.txt)', 'South Herald (b.txt)', 'East Echo (c.txt)']) expect(fields.map((f) => f.name)).toContain(name);
    const south = fields.find((f) => f.name.startsWith('South Herald'))!;
    expect(south.value).toMatch(/2024-09-03/);
    expect(south.value).toMatch(/Only here: .*fishermen/);
    const text = replyText(reply);
    expect(text).toMatch(/⚠ Figure: .*40 million euros.*55 million euros/);
    expect(text).toMatch(/⚠ Place: .*to Lisbon.*to Madrid/);
    expect(text).toMatch(/⚠ Speaker: .*Ada Brandt.*Tomas Kell/);
    const png = reply.attachments!.find((a) => a.name === 'coverage.png')!;
    expect(png.data.subarray(1, 4).toString()).toBe('PNG');
  });

  it('topic: the matching items, each source’s version side by side', async () => {
    const reply = await router.run('compare', { topic: 'envoy funding deal' });
    const item = reply.embeds!.find((e) => /^(Fact|Event): .*envoy/.test(e.title ?? ''))!;
    expect(item.fields!.filter((f) => f.inline)).toHaveLength(3);
    expect(item.description).toMatch(/⚠ Place/);
    const quote = await router.run('compare', { topic: 'halves of one city' });
    const q = quote.embeds!.find((e) => /^Quote/.test(e.title ?? ''))!;
    const fields = q.fields!.map((f) => f.value).join('\n');
    expect(fields).toContain('— Ada Brandt');
    expect(fields).toContain('— Tomas Kell');
    expect(fields).toMatch(/\*\*[^*]+\*\*|~~[^~]+~~/);
    const none = await router.run('compare', { topic: 'xylophone' });
    expect(replyText(none)).toMatch(/nothing about/i);
  });

  it('head to head, and CSV on request', async () => {
    const reply = await router.run('compare', { source_a: 'North Post', source_b: 'b.txt', format: 'csv' });
    const text = replyText(reply);
    expect(reply.embeds![0].title).toMatch(/North Post.*vs.*South Herald/);
    expect(text).toMatch(/Told differently/);
    expect(text).toMatch(/Only in South Herald/);
    const csv = reply.attachments!.find((a) => a.name === 'coverage.csv')!;
    expect(csv.data.toString().split('\r\n')[0]).toMatch(/^item,kind,label/);
    const half = await router.run('compare', { source_a: 'a.txt' });
    expect(half.ephemeral).toBe(true);
    expect(replyText(half)).toMatch(/source_b/);
    const same = await router.run('compare', { source_a: 'a.txt', source_b: 'North Post' });
    expect(replyText(same)).toMatch(/same source/);
  });

  it('autocompletes the two sources', () => {
    const choices = router.autocomplete('compare', 'source_b', '', { source_a: 'a.txt' });
    expect(choices.map((c) => c.value)).toEqual(['b.txt', 'c.txt']);
  });

  it('a story with one source says there is nothing to compare it with', async () => {
    const single = fixtureRouter(buildStory({ name: 'single', articles: [BRIDGE.articles[0]] }));
    const reply = await single.run('compare', {});
    expect(reply.ephemeral).toBeFalsy();
    expect(replyText(reply)).toMatch(/only one source/i);
    expect(replyText(reply)).toMatch(/nothing to compare/i);
  });

  it('two sources with nothing in common say so, in the overview and head to head', async () => {
    const unrelated = buildStory({
      name: 'unrelated',
      articles: [
        BRIDGE.articles[0],
        { file: 'z.txt', outlet: 'Garden Monthly', text: 'Tulip growers reported an early bloom this spring across the northern valleys.\n\nSeed prices fell sharply as nurseries cleared their winter stock.' },
      ],
    });
    const r = fixtureRouter(unrelated);
    expect(replyText(await r.run('compare', {}))).toMatch(/nothing in common/i);
    const h2h = await r.run('compare', { source_a: 'a.txt', source_b: 'z.txt' });
    expect(replyText(h2h)).toMatch(/nothing in common/i);
    expect(replyText(h2h)).toMatch(/Only in Garden Monthly/);
  });

  it('pages long comparisons, with all state in the button id and outdated clicks answered', async () => {
    const many: FixtureStory = {
      name: 'many',
      articles: Array.from({ length: 30 }, (_, i) => ({
        file: `${String(i).padStart(2, '0')}.txt`,
        outlet: `Outlet number ${i}`,
        published: '2024-01-01',
        text: BRIDGE.articles[i % 3].text,
      })),
    };
    const r = fixtureRouter(buildStory(many));
    const first = await r.run('compare', {});
    const next = buttons(first).find((b) => /Next/.test(b.label))!;
    expect(next).toBeDefined();
    for (const b of buttons(first)) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    const second = await r.button(next.customId);
    expect(second.ephemeral).toBeFalsy();
    expect(replyText(second)).not.toBe(replyText(first));
    const stale = await fixtureRouter(buildStory(BRIDGE)).button(next.customId);
    expect(stale.ephemeral).toBe(true);
  });
});

describe('/compare on the seeds', () => {
  const engine = Engine.fromPaths(['seeds']);
  const router = new Router(engine, commands);
  const story = engine.story()!;
  const cmp = compareStory(story.analysis);

  it('the overview lists all five sources and attaches the grid', async () => {
    const reply = await router.run('compare', {});
    const names = reply.embeds![0].fields!.map((f) => f.name).join('\n');
    expect(names.match(/\d{3}_[0-9a-f]{16}\.txt/g)).toHaveLength(5);
    expect(reply.attachments!.some((a) => a.name === 'coverage.png')).toBe(true);
  });

  it('topic:threat of collapse shows the words credited to two different speakers and flags it', async () => {
    const reply = await router.run('compare', { topic: 'threat of collapse' });
    const text = replyText(reply);
    expect(text).toMatch(/⚠ Speaker/);
    const flagged = cmp.differences.filter((d) => d.kind === 'speaker' && d.sides.length >= 2);
    const collapse = flagged.find((d) => [d.itemId, d.otherItemId].some((id) => id && /collapse/i.test(cmp.itemById.get(id)!.label)));
    expect(collapse).toBeDefined();
    expect(new Set(collapse!.sides.map((s) => s.value)).size).toBeGreaterThanOrEqual(2);
  });

  it('topic:live conversation shows the differing wordings of the live-talk offer', async () => {
    const reply = await router.run('compare', { topic: 'live conversation' });
    const quote = reply.embeds!.find((e) => /^Quote: .*continue our discussion/i.test(e.title ?? ''));
    expect(quote).toBeDefined();
    expect(quote!.description).toMatch(/✎ Wording/);
    expect(quote!.fields!.length).toBeGreaterThanOrEqual(2);
    expect(quote!.fields!.some((f) => /\*\*[^*]+\*\*|~~[^~]+~~/.test(f.value))).toBe(true);
  });

  it('each source carries facts only it carries', () => {
    expect(cmp.coverage).toHaveLength(5);
    for (const cv of cmp.coverage) {
      const facts = cv.unique.map((id) => cmp.itemById.get(id)!).filter((it) => it.kind === 'fact');
      expect(facts.length, cv.file).toBeGreaterThan(0);
      for (const it of facts) expect(it.files).toEqual([cv.file]);
    }
  });

  it('flags sources that send the same person to different places', () => {
    const place = cmp.differences.filter((d) => d.kind === 'place');
    expect(place.length).toBeGreaterThan(0);
    for (const d of place) {
      expect(d.sides.length).toBeGreaterThanOrEqual(2);
      const files = d.sides.flatMap((s) => s.files);
      expect(new Set(files).size).toBe(files.length); // each source on one side only
    }
  });

  it('never counts teasers or off-topic paragraphs', () => {
    for (const it of cmp.items)
      for (const m of it.mentions) {
        const a = story.analysis.articles.find((x) => x.file === m.file)!;
        const para = a.paragraphs.find((p) => p.start <= m.start && m.start < p.end)!;
        expect(['teaser', 'offtopic', 'ad', 'credit'], `${it.id} ${m.text}`).not.toContain(para.kind);
      }
  });
});

describe('the same code on another story', () => {
  it('finds shared items and per-source uniques on the fixtures', () => {
    for (const dir of ['test/fixtures/stories/voltway-scooter-recall', 'test/fixtures/stories/dublin-transport-strike']) {
      const engine = Engine.fromPaths([dir]);
      const cmp = compareStory(engine.story()!.analysis);
      expect(cmp.sources.length).toBeGreaterThanOrEqual(3);
      expect(cmp.items.filter((it) => it.files.length >= 2).length, dir).toBeGreaterThanOrEqual(5);
      expect(cmp.coverage.every((c) => c.carried.length > 0)).toBe(true);
    }
  });
});
