import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  checkChoices,
  checkPayloadLimits,
  embedLength,
  toAutocompleteChoices,
  toDiscordPayload,
  truncate,
  UPLOAD_BYTES,
} from '../src/render/discord.ts';
import type { Button, Embed, Reply } from '../src/reply.ts';

const long = (n: number, ch = 'x') => ch.repeat(n);
const total = (embeds: { title?: string }[]) => embeds.reduce((n, e) => n + embedLength(e), 0);

describe('toDiscordPayload: limits', () => {
  it('truncates oversized everything into a payload Discord accepts', () => {
    const embed = (i: number): Embed => ({
      title: long(1000, 'T'),
      description: long(10_000, 'D'),
      url: 'https://example.org/article',
      color: 0x123456,
      fields: Array.from({ length: 40 }, (_, j) => ({ name: `${i}.${j} ${long(500, 'n')}`, value: long(3000, 'v') })),
      footer: long(5000, 'F'),
    });
    const buttons: Button[][] = Array.from({ length: 8 }, (_, r) =>
      Array.from({ length: 8 }, (_, b) => ({ customId: `page:${r}:${b}`, label: long(150, 'L') })),
    );
    buttons[0][1] = { customId: long(120, 'c'), label: 'too long an id' };
    buttons[0][2] = { customId: 'page:0:0', label: 'duplicate id' };
    const reply: Reply = { content: long(5000, 'C'), embeds: Array.from({ length: 15 }, (_, i) => embed(i)), components: buttons };

    const { body, adjustments } = toDiscordPayload(reply);

    expect(checkPayloadLimits(body)).toEqual([]);
    expect(body.content).toHaveLength(LIMITS.content);
    expect(body.content!.endsWith('…')).toBe(true);
    expect(body.embeds).toHaveLength(LIMITS.embeds);
    expect(total(body.embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of body.embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
      expect(e.title!.endsWith('…')).toBe(true);
    }
    expect(body.components).toHaveLength(LIMITS.rows);
    for (const row of body.components) {
      expect(row.type).toBe(1);
      expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
      for (const b of row.components) {
        expect(b.type).toBe(2);
        expect(b.label.length).toBeLessThanOrEqual(LIMITS.label);
        expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      }
    }
    // A custom id that does not fit is dropped, never cut (it carries the click's state), and so is a duplicate.
    const ids = body.components.flatMap((r) => r.components.map((b) => b.custom_id));
    expect(ids).not.toContain(long(120, 'c'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(adjustments.length).toBeGreaterThan(0);
  });

  it('keeps each embed under its own limits before the message total', () => {
    const { body } = toDiscordPayload({
      embeds: [{ title: long(300), description: long(5000), fields: [{ name: long(300), value: long(2000) }], footer: long(3000) }],
    });
    const [e] = body.embeds;
    expect(e.title).toHaveLength(LIMITS.title);
    expect(e.fields![0].name).toHaveLength(LIMITS.fieldName);
    expect(e.fields![0].value).toHaveLength(LIMITS.fieldValue);
    expect(checkPayloadLimits(body)).toEqual([]);
    expect(total(body.embeds)).toBeLessThanOrEqual(6000);
  });

  it('fits 6,000 characters across all embeds, shortening the longest texts first', () => {
    const reply: Reply = {
      embeds: [
        { title: 'First', description: long(4000, 'a'), fields: [{ name: 'Speaker', value: 'Someone' }] },
        { title: 'Second', description: long(4000, 'b') },
        { title: 'Third', description: long(4000, 'c'), footer: 'source: an outlet' },
      ],
    };
    const { body } = toDiscordPayload(reply);
    expect(total(body.embeds)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(total(body.embeds)).toBeGreaterThan(LIMITS.embedTotal - 50);
    expect(body.embeds.map((e) => e.title)).toEqual(['First', 'Second', 'Third']);
    expect(body.embeds[0].fields).toEqual([{ name: 'Speaker', value: 'Someone' }]);
    expect(body.embeds[2].footer).toEqual({ text: 'source: an outlet' });
    for (const e of body.embeds) expect(e.description!.endsWith('…')).toBe(true);
    expect(checkPayloadLimits(body)).toEqual([]);
  });

  it('leaves a reply that fits exactly as it is', () => {
    const reply: Reply = {
      content: long(2000),
      embeds: [{ title: long(256), description: long(4096), footer: long(1000) }],
      components: [[{ customId: long(100), label: long(80) }]],
    };
    const { body, adjustments } = toDiscordPayload(reply);
    expect(adjustments).toEqual([]);
    expect(body.content).toBe(reply.content);
    expect(body.embeds[0]).toEqual({ title: long(256), description: long(4096), footer: { text: long(1000) } });
    expect(body.components[0].components[0]).toEqual({ type: 2, style: 2, custom_id: long(100), label: long(80) });
  });

  it('never splits a surrogate pair and replaces lone surrogates', () => {
    const emoji = '😀'.repeat(1500); // 3,000 UTF-16 code units
    const { body } = toDiscordPayload({ content: `${emoji}`, embeds: [{ title: `bad \ud800 surrogate`, description: 'x' }] });
    expect(body.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(body.content!.endsWith('😀…')).toBe(true);
    expect(body.embeds[0].title).toBe('bad \ufffd surrogate');
    expect(checkPayloadLimits(body)).toEqual([]);
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });

  it('fills what Discord requires: no empty fields, embeds or messages', () => {
    const { body } = toDiscordPayload({ embeds: [{ fields: [{ name: '', value: ' ' }] }, {}] });
    expect(checkPayloadLimits(body)).toEqual([]);
    expect(toDiscordPayload({}).body.content).toBe('Nothing to show.');
    expect(checkPayloadLimits(toDiscordPayload({}).body)).toEqual([]);
  });

  it('drops an embed url that is not http(s)', () => {
    const { body } = toDiscordPayload({ embeds: [{ title: 't', url: 'javascript:alert(1)' }, { title: 'u', url: 'https://example.org/a' }] });
    expect(body.embeds[0].url).toBeUndefined();
    expect(body.embeds[1].url).toBe('https://example.org/a');
  });
});

describe('toDiscordPayload: mentions, flags, files', () => {
  it('always sends allowed_mentions with nothing to parse', () => {
    const replies: Reply[] = [
      {},
      { content: '@everyone @here <@123456789012345678> <@&123456789012345678>' },
      { embeds: [{ description: '@everyone' }] },
      { ephemeral: true, content: 'x' },
    ];
    for (const r of replies) {
      const { body } = toDiscordPayload(r);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(checkPayloadLimits(body)).toEqual([]);
    }
    // Handler text is sent as formatted: no escaping, allowed_mentions is what stops the ping.
    expect(toDiscordPayload({ content: '**bold** @everyone' }).body.content).toBe('**bold** @everyone');
  });

  it('sets flag 64 only for ephemeral replies', () => {
    expect(toDiscordPayload({ content: 'secret', ephemeral: true }).body.flags).toBe(64);
    expect(toDiscordPayload({ content: 'public' }).body.flags).toBeUndefined();
  });

  it('sends attachments as files with metadata, safe and unique names', () => {
    const data = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    const { body, files } = toDiscordPayload({
      content: 'chart',
      attachments: [
        { name: 'time line.png', data, description: 'a chart' },
        { name: 'time line.png', data },
        { name: '../../etc/passwd', data },
      ],
    });
    expect(files.map((f) => f.name)).toEqual(['time_line.png', '2-time_line.png', 'etc_passwd']);
    expect(files[0].contentType).toBe('image/png');
    expect(body.attachments).toEqual([
      { id: '0', filename: 'time_line.png', description: 'a chart' },
      { id: '1', filename: '2-time_line.png' },
      { id: '2', filename: 'etc_passwd' },
    ]);
  });

  it('leaves out files past Discord\'s upload limit and says so', () => {
    const chart = Buffer.alloc(300_000);
    const matrix = Buffer.alloc(UPLOAD_BYTES);
    const { body, files, adjustments } = toDiscordPayload({
      content: 'Compare',
      attachments: [
        { name: 'coverage.png', data: chart },
        { name: 'coverage.csv', data: matrix },
      ],
    });
    expect(files.map((f) => f.name)).toEqual(['coverage.png']);
    expect(body.attachments).toEqual([{ id: '0', filename: 'coverage.png' }]);
    expect(body.content).toBe('Compare\nLeft out, over Discord\'s upload limit of 8.0 MB a message: coverage.csv (8.0 MB).');
    expect(adjustments.join(' ')).toMatch(/dropped for size: coverage\.csv/);
    expect(files.reduce((n, f) => n + f.data.length, 0)).toBeLessThanOrEqual(UPLOAD_BYTES);
  });
});

describe('checkPayloadLimits', () => {
  it('reports every violation of a hand-made bad payload', () => {
    const v = checkPayloadLimits({
      content: long(2001),
      embeds: [{ title: long(257), description: long(4000) }, { description: long(2000) }],
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: long(101), label: long(81) }] }],
    });
    expect(v).toEqual(
      expect.arrayContaining([
        'allowed_mentions: missing',
        'content: 2001 > 2000',
        'embeds[0].title: 257 > 256',
        'embeds (all texts): 6257 > 6000',
        'components[0][0].custom_id: 101 > 100',
        'components[0][0].label: 81 > 80',
      ]),
    );
    expect(checkPayloadLimits({ content: 'hi', allowed_mentions: { parse: ['everyone'] } })).toEqual([
      'allowed_mentions.parse: expected [], got ["everyone"]',
    ]);
  });
});

describe('toAutocompleteChoices', () => {
  it('keeps at most 25 choices of at most 100 characters, dropping values it cannot keep whole', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${long(150)}`, value: i === 0 ? long(150) : `v${i}` }));
    const out = toAutocompleteChoices(choices);
    expect(out).toHaveLength(25);
    expect(out[0].value).toBe('v1');
    expect(out.every((c) => c.name.length <= 100 && c.name.endsWith('…'))).toBe(true);
    expect(checkChoices(out)).toEqual([]);
    expect(checkChoices(choices)).not.toEqual([]);
  });
});
