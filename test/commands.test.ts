// The command handlers on a hand-built story (quotes, clusters and timeline given outright) and on
// the seeds: /quote, /timeline, /sources, /help, their paging buttons and autocomplete.
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { parseBound } from '../commands/timeline.ts';
import { UsageError } from '../commands/types.ts';
import { CUSTOM_ID_MAX, clipMarkdown, escapeMarkdown } from '../commands/story-option.ts';
import { Engine } from '../src/engine.ts';
import type { Reply } from '../src/reply.ts';
import { Router } from '../src/router.ts';
import { buildStory, fixtureEngine, fixtureRouter, replyText, type FixtureStory } from './commands-fixture.ts';

export const HARBOUR: FixtureStory = {
  name: 'harbour',
  articles: [
    {
      file: 'a.txt',
      outlet: 'Harbour Gazette',
      published: '2024-05-02',
      text: [
        'The port authority said on Tuesday that the new ferry terminal will open in June.',
        'Mayor Lena Ortiz said: “We will open the terminal on time and on budget.”',
        'She called it “the *best* terminal_ever built” and thanked the crews.',
        'Officials expect 12,000 passengers a day once the terminal opens.',
      ].join('\n\n'),
    },
    {
      file: 'b.txt',
      outlet: 'Coastline Wire',
      published: '2024-05-03',
      text: [
        'Mayor Lena Ortiz promised the terminal would open “on time and truly on budget.”',
        'Officials expect 15,000 passengers a day once the terminal opens.',
        'According to Radio Bay, the mayor added “no delays are acceptable” for the harbour works.',
      ].join('\n\n'),
    },
    {
      file: 'c.txt',
      outlet: 'Bay Daily',
      published: '2024-05-03',
      text: [
        '“We will open the terminal on time and on budget,” the statement said.',
        'A harbour engineer, Tomas Reyes, said “no delays are acceptable” at a briefing on the dredging.',
      ].join('\n\n'),
    },
  ],
  quotes: [
    { file: 'a.txt', text: 'We will open the terminal on time and on budget.', speaker: 'Lena Ortiz', cluster: 'c1', saidOn: '2024-04-30' },
    { file: 'b.txt', text: 'on time and truly on budget.', speaker: 'Lena Ortiz', cluster: 'c1', kind: 'partial' },
    { file: 'c.txt', text: 'We will open the terminal on time and on budget,', speaker: 'Lena Ortiz', cluster: 'c1', inferredFrom: 'a.txt' },
    { file: 'b.txt', text: 'no delays are acceptable', speaker: 'Lena Ortiz', cluster: 'c2', relay: 'Radio Bay' },
    { file: 'c.txt', text: 'no delays are acceptable', speaker: 'Tomas Reyes', cluster: 'c2' },
    { file: 'a.txt', text: 'the *best* terminal_ever built', speaker: 'Lena Ortiz', cluster: 'c3', kind: 'partial' },
  ],
  timeline: [
    { id: 't1', date: '2024-04-30', summary: 'The port authority announces the terminal opening', actors: ['port authority'], sources: [{ file: 'a.txt', date: '2024-04-30', evidence: 'The port authority said on Tuesday that the new ferry terminal will open in June.' }] },
    {
      id: 't2',
      date: '2024-06',
      kind: 'scheduled',
      summary: 'The new ferry terminal opens',
      actors: ['Lena Ortiz'],
      sources: [
        { file: 'a.txt', date: '2024-06', evidence: 'The port authority said on Tuesday that the new ferry terminal will open in June.' },
        { file: 'b.txt', date: '2024-06', evidence: 'Mayor Lena Ortiz promised the terminal would open “on time and truly on budget.”' },
      ],
      conflict: [{ date: '2024-07', files: ['c.txt'] }],
    },
    { id: 't3', date: '2024-05-01', summary: 'Engineers brief on the dredging', actors: ['Tomas Reyes'], sources: [{ file: 'c.txt', date: '2024-05-01', evidence: 'A harbour engineer, Tomas Reyes, said “no delays are acceptable” at a briefing on the dredging.' }] },
    { id: 't4', date: '2019', summary: 'The old pier closes', actors: ['port authority'], sources: [{ file: 'b.txt', date: '2019', evidence: 'Officials expect 15,000 passengers a day once the terminal opens.' }] },
  ],
};

function allButtons(reply: Reply) {
  return (reply.components ?? []).flat();
}

function next(reply: Reply) {
  return allButtons(reply).find((b) => /Next/.test(b.label))!;
}

describe('/quote on a hand-built story', () => {
  const story = buildStory(HARBOUR);
  const router = fixtureRouter(story);

  it('shows the canonical wording, the speaker, when it was said and every outlet carrying it', async () => {
    const reply = await router.run('quote', { query: 'open the terminal on time' });
    const e = reply.embeds![0];
    expect(e.title).toContain('We will open the terminal on time and on budget');
    expect(e.description).toMatch(/Speaker:\*\* Lena Ortiz/);
    expect(e.description).toContain('2024-04-30');
    for (const outlet of ['Harbour Gazette', 'Coastline Wire', 'Bay Daily']) expect(replyText(reply)).toContain(outlet);
  });

  it('marks the speaker inferred from another article, and where from', async () => {
    const reply = await router.run('quote', { query: 'open the terminal on time' });
    const text = replyText(reply);
    expect(text).toMatch(/inferred from Harbour Gazette/);
    expect(text).toMatch(/Bay Daily/);
  });

  it('highlights word differences against the canonical wording: insertions bold, deletions struck', async () => {
    const reply = await router.run('quote', { query: 'open the terminal on time' });
    const variant = reply.embeds![0].fields!.find((f) => f.name.includes('Coastline Wire'))!;
    expect(variant.value).toContain('**truly**');
    expect(variant.value).toMatch(/~~We will open the terminal~~/);
    expect(variant.value).toContain('partial quote');
    const same = reply.embeds![0].fields!.find((f) => f.name.includes('Harbour Gazette'))!;
    expect(same.value).not.toMatch(/\*\*|~~/);
  });

  it('flags conflicting speakers and shows relays', async () => {
    const reply = await router.run('quote', { query: 'no delays are acceptable' });
    const text = replyText(reply);
    expect(text).toMatch(/⚠ \*\*Conflicting speakers:\*\*.*Tomas Reyes/);
    expect(text).toContain('via Radio Bay');
  });

  it('escapes Markdown in article text', async () => {
    const reply = await router.run('quote', { query: 'best terminal ever built' });
    expect(reply.embeds![0].fields![0].value).toContain('\\*best\\* terminal\\_ever');
  });

  it('pages through further matches with all state in a short custom id', async () => {
    const first = await router.run('quote', { query: 'terminal on time no delays acceptable best' });
    const buttons = allButtons(first);
    expect(buttons.map((b) => b.label)).toEqual(['◀ Prev', 'Next ▶']);
    expect(buttons[0].disabled).toBe(true);
    for (const b of buttons) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(new Set(buttons.map((b) => b.customId)).size).toBe(2);
    const second = await router.button(next(first).customId);
    expect(second.ephemeral).toBeFalsy();
    expect(second.embeds![0].title).not.toBe(first.embeds![0].title);
    expect(second.embeds![0].footer).toMatch(/^Match 2 of \d/);
    // Any process can answer the click: a fresh router over the same story does.
    const elsewhere = await fixtureRouter(buildStory(HARBOUR)).button(next(first).customId);
    expect(elsewhere.embeds![0].title).toBe(second.embeds![0].title);
  });

  it('keeps custom ids within 100 characters for a long query', async () => {
    const query = 'We will open the terminal on time and on budget and no delays are acceptable for the harbour works at all '.repeat(2);
    const reply = await router.run('quote', { query, speaker: 'Lena Ortiz the mayor of the harbour town' });
    for (const b of allButtons(reply)) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    const page2 = next(reply) && (await router.button(next(reply).customId));
    if (page2) expect(page2.ephemeral).toBeFalsy();
  });

  it('answers a click on an outdated page with an ephemeral note', async () => {
    const first = await router.run('quote', { query: 'terminal on time no delays acceptable best' });
    const id = next(first).customId;
    const changed = buildStory({ ...HARBOUR, articles: HARBOUR.articles.map((a) => (a.file === 'a.txt' ? { ...a, text: `${a.text}\n\nA late paragraph.` } : a)) });
    const stale = await fixtureRouter(changed).button(id);
    expect(stale.ephemeral).toBe(true);
    expect(replyText(stale)).toMatch(/out of date/i);
    const beyond = await router.button(id.replace(/^quote:p:\d+:/, 'quote:p:40:'));
    expect(beyond.ephemeral).toBe(true);
    const garbage = await router.button('quote:zz');
    expect(garbage.ephemeral).toBe(true);
  });

  it('filters by speaker and by source', async () => {
    const bySpeaker = await router.run('quote', { query: 'no delays are acceptable', speaker: 'Tomas Reyes' });
    expect(replyText(bySpeaker)).toContain('no delays are acceptable');
    const none = await router.run('quote', { query: 'open the terminal', speaker: 'Tomas Reyes' });
    expect(none.embeds![0].title).toMatch(/No quote matches/);
    const bySource = await router.run('quote', { query: 'best terminal no delays', source: 'Bay Daily' });
    expect(bySource.embeds![0].footer).toMatch(/Match 1 of 1/);
    expect(replyText(bySource)).toContain('no delays are acceptable');
    const badSource = await router.run('quote', { query: 'terminal', source: 'Nonexistent Times' });
    expect(badSource.ephemeral).toBe(true);
    expect(replyText(badSource)).toMatch(/source: no article/);
  });

  it('autocompletes speakers and sources from the index', () => {
    const speakers = router.autocomplete('quote', 'speaker', 'lena', {});
    expect(speakers.map((c) => c.value)).toEqual(['Lena Ortiz']);
    const sources = router.autocomplete('quote', 'source', 'bay', {});
    expect(sources.map((c) => c.value)).toEqual(['c.txt']);
    expect(sources[0].name).toContain('Bay Daily');
    expect(router.autocomplete('quote', 'source', '', {})).toHaveLength(3);
  });

  it('says so helpfully when nothing matches: closest words and top speakers', async () => {
    const reply = await router.run('quote', { query: 'terminl budgt' });
    const text = replyText(reply);
    if (reply.embeds![0].title!.startsWith('No quote')) {
      expect(text).toMatch(/Most quoted speakers/);
      expect(text).toContain('Lena Ortiz');
    }
    const nothing = await router.run('quote', { query: 'xylophone zebra' });
    expect(nothing.embeds![0].title).toMatch(/No quote matches/);
    expect(replyText(nothing)).toContain('Lena Ortiz');
  });

  it('needs a query', async () => {
    const reply = await router.run('quote', { query: '   ' });
    expect(reply.ephemeral).toBe(true);
  });
});

describe('/timeline on a hand-built story', () => {
  const story = buildStory(HARBOUR);
  const router = fixtureRouter(story);

  it('lists entries in date order, grouped by day, with sources and evidence', async () => {
    const reply = await router.run('timeline', { format: 'text' });
    const names = reply.embeds![0].fields!.map((f) => f.name);
    expect(names).toEqual(['2019', 'Tuesday 30 April 2024', 'Wednesday 1 May 2024', 'June 2024']);
    const text = replyText(reply);
    expect(text).toContain('Harbour Gazette (a.txt)');
    expect(text).toContain('Tomas Reyes');
    expect(text.indexOf('old pier')).toBeLessThan(text.indexOf('dredging'));
    expect(reply.attachments ?? []).toHaveLength(0);
  });

  it('flags entries whose sources disagree on the date, with both dates', async () => {
    const reply = await router.run('timeline', { format: 'text' });
    const june = reply.embeds![0].fields!.find((f) => f.name === 'June 2024')!;
    expect(june.value).toMatch(/⚠/);
    expect(june.value).toContain('2024-06');
    expect(june.value).toContain('2024-07');
    expect(june.value).toContain('Bay Daily');
  });

  it('filters by from/to, actor and source', async () => {
    const may = await router.run('timeline', { from: '2024-05', to: '2024-05-31', format: 'text' });
    expect(may.embeds![0].fields!.map((f) => f.name)).toEqual(['Wednesday 1 May 2024']);
    const year = await router.run('timeline', { from: '2024', format: 'text' });
    expect(year.embeds![0].fields!.map((f) => f.name)).not.toContain('2019');
    const actor = await router.run('timeline', { actor: 'reyes', format: 'text' });
    expect(actor.embeds![0].fields!.map((f) => f.name)).toEqual(['Wednesday 1 May 2024']);
    const source = await router.run('timeline', { source: 'b.txt', format: 'text' });
    expect(source.embeds![0].fields!.map((f) => f.name)).toEqual(['2019', 'June 2024']);
    const none = await router.run('timeline', { actor: 'Nobody Here' });
    expect(replyText(none)).toMatch(/Nothing matches/);
  });

  it('rejects a bad date with a message saying what to type', async () => {
    for (const bad of ['yesterday', '2024-13', '2024-02-30', '24-05-01']) {
      const reply = await router.run('timeline', { from: bad });
      expect(reply.ephemeral).toBe(true);
      expect(replyText(reply)).toMatch(/from: .*YYYY|from: .*month|from: .*day/);
    }
    expect(() => parseBound('2024-02-29', 'to')).not.toThrow();
    expect(() => parseBound('2023-02-29', 'to')).toThrow(UsageError);
    const swapped = await router.run('timeline', { from: '2024-06', to: '2024-05' });
    expect(replyText(swapped)).toMatch(/after/);
  });

  it('attaches a PNG chart, and a TimelineJS file on request', async () => {
    const reply = await router.run('timeline', { format: 'timelinejs' });
    const png = reply.attachments!.find((a) => a.name.endsWith('.png'))!;
    expect(png.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const json = JSON.parse(reply.attachments!.find((a) => a.name === 'timeline.json')!.data.toString());
    expect(json.events).toHaveLength(4);
    const june = json.events.find((e: { start_date: { month?: number } }) => e.start_date.month === 6);
    expect(june.start_date).toEqual({ year: 2024, month: 6 });
    expect(june.text.headline).toBe('The new ferry terminal opens');
    expect(june.text.text).toMatch(/disagree/);
    expect(json.events.find((e: { start_date: { year: number } }) => e.start_date.year === 2019).start_date).toEqual({ year: 2019 });
    expect(json.events[1].start_date).toEqual({ year: 2024, month: 4, day: 30 });
  });

  it('autocompletes actors and sources', () => {
    expect(router.autocomplete('timeline', 'actor', 'tom', {}).map((c) => c.value)).toEqual(['Tomas Reyes']);
    expect(router.autocomplete('timeline', 'source', 'coast', {}).map((c) => c.value)).toEqual(['b.txt']);
    expect(router.autocomplete('timeline', 'from', '2024-0', {}).map((c) => c.value)).toContain('2024-04-30');
  });

  it('pages long timelines with buttons', async () => {
    const many = buildStory({
      ...HARBOUR,
      timeline: Array.from({ length: 30 }, (_, i) => ({
        id: `t${i}`,
        date: `2024-03-${String(i + 1).padStart(2, '0')}`,
        summary: `Day ${i + 1} of the harbour works, with a long description of what the crews did that day`,
        actors: ['port authority'],
        sources: [{ file: 'a.txt', date: `2024-03-${String(i + 1).padStart(2, '0')}`, evidence: 'The port authority said on Tuesday that the new ferry terminal will open in June.' }],
      })),
    });
    const r = fixtureRouter(many);
    const first = await r.run('timeline', { format: 'text', actor: 'port authority' });
    expect(first.embeds![0].footer).toMatch(/Page 1 of [2-9]/);
    const second = await r.button(next(first).customId);
    expect(second.embeds![0].footer).toMatch(/Page 2 of/);
    expect(second.embeds![0].fields![0].name).not.toBe(first.embeds![0].fields![0].name);
    expect(second.attachments ?? []).toHaveLength(0);
    for (const b of allButtons(second)) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  });
});

describe('/sources and /help', () => {
  const router = fixtureRouter(buildStory(HARBOUR), buildStory({ ...HARBOUR, name: 'second' }));

  it('lists every article with outlet, date and counts, and the stories', async () => {
    const reply = await router.run('sources', {});
    const text = replyText(reply);
    for (const s of ['Harbour Gazette — a.txt', 'Coastline Wire — b.txt', 'Bay Daily — c.txt', '2024-05-03']) expect(text).toContain(s);
    expect(text).toMatch(/Stories loaded \(2\)/);
    expect(text).toContain('second');
  });

  it('shows every command with an example that works', async () => {
    const reply = await router.run('help', {});
    const fields = reply.embeds![0].fields!;
    expect(fields).toHaveLength(commands.length);
    for (const c of commands) {
      const f = fields.find((x) => x.name.startsWith(`/${c.definition.name}`))!;
      expect(f.value).toMatch(/Example/);
      // Each example runs without an error.
      const examples = [...f.value.matchAll(/`(\/[^`]+)`/g)].map((m) => m[1]);
      expect(examples.length).toBeGreaterThan(0);
      for (const ex of examples) {
        const { parseCommandLine } = await import('../src/surfaces/parse-line.ts');
        const parsed = parseCommandLine(ex, commands.map((x) => x.definition));
        const r = await router.run(parsed.name, parsed.options);
        expect(r.ephemeral, ex).toBeFalsy();
      }
    }
  });
});

describe('Markdown helpers', () => {
  it('escapes and clips without leaving markers open', () => {
    expect(escapeMarkdown('a*b_c~d`e|f')).toBe('a\\*b\\_c\\~d\\`e\\|f');
    const clipped = clipMarkdown(`start **${'bold '.repeat(50)}** end`, 60);
    expect(clipped.length).toBeLessThanOrEqual(60);
    expect((clipped.match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(clipMarkdown('abc\\', 3).endsWith('\\…')).toBe(false);
  });
});

describe('commands on the seeds', () => {
  const engine = Engine.fromPaths(['seeds']);
  const router = new Router(engine, commands);
  const limits = (reply: Reply) => {
    for (const e of reply.embeds ?? []) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(256);
      expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    const total = (reply.embeds ?? []).reduce((n, e) => n + (e.title ?? '').length + (e.description ?? '').length + (e.footer ?? '').length + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const b of allButtons(reply)) expect(b.customId.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
  };

  it('/quote finds the retort, its speaker and the outlets that carry it', async () => {
    const reply = await router.run('quote', { query: 'it takes one to know one' });
    limits(reply);
    const e = reply.embeds![0];
    expect(e.title!.toLowerCase()).toContain('takes one to know one');
    expect(e.description).toMatch(/Speaker:\*\* .*Putin/);
    const carried = /Carried by (\d+) sources/.exec(e.description!);
    expect(Number(carried?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('/quote shows the wordings of the live-talk offer with their differences marked', async () => {
    const reply = await router.run('quote', { query: 'continue our discussion' });
    limits(reply);
    const fields = reply.embeds![0].fields!.filter((f) => /wording|Variant/.test(f.name));
    expect(fields.length).toBeGreaterThanOrEqual(2);
    expect(fields.some((f) => /\*\*[^*]+\*\*|~~[^~]+~~/.test(f.value))).toBe(true);
  });

  it('/timeline lists dated entries in order, with the chart', async () => {
    const reply = await router.run('timeline', { from: '2021-03-16', to: '2021-03-22' });
    limits(reply);
    const days = reply.embeds![0].fields!.map((f) => f.name.replace(/ \(cont\.\)$/, ''));
    expect(days.length).toBeGreaterThan(0);
    const iso = days.map((d) => new Date(`${d} UTC`).toISOString().slice(0, 10));
    expect([...iso].sort()).toEqual(iso);
    expect(iso.every((d) => d >= '2021-03-16' && d <= '2021-03-22')).toBe(true);
    expect(reply.attachments!.some((a) => a.name === 'timeline.png')).toBe(true);
  });

  it('/sources lists all five articles; /help answers', async () => {
    const reply = await router.run('sources', {});
    limits(reply);
    const files = replyText(reply).match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? [];
    expect(new Set(files).size).toBe(5);
    limits(await router.run('help', {}));
  });
});
