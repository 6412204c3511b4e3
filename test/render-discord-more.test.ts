// The "More" path: a reply the renderer has to shorten keeps an ellipsis and gains a More button
// whose custom id carries the request, so any process can show the whole answer in parts.
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/types.ts';
import { Engine } from '../src/engine.ts';
import { LIMITS, MORE_LABEL, PART_CHARS, checkPayloadLimits, fullTextPart, replyText, splitParts, toDiscordPayload } from '../src/render/discord.ts';
import type { Reply } from '../src/reply.ts';
import { Cooldown, Router, decodeCommandOrigin, encodeCommandOrigin } from '../src/router.ts';

const buttons = (body: { components: { components: { custom_id: string; label: string }[] }[] }) => body.components.flatMap((r) => r.components);

describe('toDiscordPayload: the More button', () => {
  const long: Reply = { embeds: [{ title: 'T', description: 'x'.repeat(5000) }], more: 'more:1:c:t:' };

  it('is added when text had to be shortened, and only then', () => {
    const { body, adjustments } = toDiscordPayload(long);
    expect(body.embeds[0].description!.endsWith('…')).toBe(true);
    expect(buttons(body)).toEqual([expect.objectContaining({ custom_id: 'more:1:c:t:', label: MORE_LABEL })]);
    expect(adjustments).toContain('More button added');
    expect(checkPayloadLimits(body)).toEqual([]);

    expect(buttons(toDiscordPayload({ ...long, embeds: [{ title: 'T', description: 'short' }] }).body)).toEqual([]);
    // A shortened button label is not lost text.
    expect(buttons(toDiscordPayload({ content: 'hi', components: [[{ customId: 'a:1', label: 'L'.repeat(90) }]], more: 'more:1:x' }).body)).toHaveLength(1);
    // No id (e.g. an ephemeral note), or one too long for a custom id: the ellipsis alone.
    expect(buttons(toDiscordPayload({ ...long, more: undefined }).body)).toEqual([]);
    expect(buttons(toDiscordPayload({ ...long, more: `more:1:${'y'.repeat(100)}` }).body)).toEqual([]);
  });

  it('goes into the last row when five rows are taken, and is left out when they are full', () => {
    const rows = (n: number, per: number) => Array.from({ length: n }, (_, r) => Array.from({ length: per }, (_, b) => ({ customId: `p:${r}:${b}`, label: 'x' })));
    const four = toDiscordPayload({ ...long, components: rows(5, 4) }).body;
    expect(four.components).toHaveLength(5);
    expect(four.components[4].components.at(-1)!.custom_id).toBe('more:1:c:t:');
    const full = toDiscordPayload({ ...long, components: rows(5, 5) });
    expect(buttons(full.body).some((b) => b.label === MORE_LABEL)).toBe(false);
    expect(checkPayloadLimits(full.body)).toEqual([]);
  });
});

describe('fullTextPart', () => {
  const reply: Reply = {
    content: 'intro',
    embeds: [
      { title: 'First', description: `${'alpha '.repeat(900)}END-A`, fields: [{ name: 'F', value: 'field value' }], footer: 'foot' },
      { title: 'Second', description: `${'beta '.repeat(900)}END-B` },
    ],
  };

  it('shows every text of the reply, in parts that fit one embed, each linking to the next', () => {
    const text = replyText(reply);
    for (const piece of ['intro', '**First**', 'END-A', '__F__', 'field value', 'foot', '**Second**', 'END-B']) expect(text).toContain(piece);
    const parts: Reply[] = [];
    let id: string | undefined = 'more:1:o';
    for (let n = 1; id; n++) {
      const part = fullTextPart(reply, n, (k) => `more:${k}:o`);
      parts.push(part);
      expect(part.ephemeral).toBe(true);
      expect(checkPayloadLimits(toDiscordPayload(part).body)).toEqual([]);
      id = part.components?.[0]?.[0]?.customId;
      if (id) expect(id).toBe(`more:${n + 1}:o`);
    }
    expect(parts.length).toBe(splitParts(text).length);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0].embeds![0].title).toBe(`First (part 1 of ${parts.length})`);
    const all = parts.map((p) => p.embeds![0].description).join('\n');
    expect(all.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(fullTextPart(reply, 99, () => 'x').embeds![0].title).toBe('Nothing more to show');
  });

  it('splits at line ends, else spaces, and never inside a surrogate pair', () => {
    expect(splitParts('a\nb', 10)).toEqual(['a\nb']);
    const emoji = '😀'.repeat(5000);
    const parts = splitParts(emoji, PART_CHARS);
    expect(parts.every((p) => p.length <= PART_CHARS && toDiscordPayload({ content: p.slice(0, LIMITS.content) }).body.content === p.slice(0, LIMITS.content))).toBe(true);
    expect(parts.join('')).toBe(emoji);
  });
});

describe('Router: More ids, stale buttons, cooldown', () => {
  const lines: Command = {
    definition: { name: 'lines', description: 'long', options: [{ name: 'word', description: 'w', type: 'string' }] },
    handle: ({ options }) => ({ embeds: [{ title: 'Lines', description: `${String(options.word ?? 'w')} `.repeat(2000) }] }),
  };
  const engine = new Engine([]);

  it('encodes a command and its options into a custom id and back', () => {
    const options = { query: 'a&b=c%d: e', n: 3, flag: true, odd: '#hash', bang: '!x', back: '\\y' };
    const origin = encodeCommandOrigin('quote', options);
    expect(decodeCommandOrigin(origin)).toEqual({ name: 'quote', options });
    expect(decodeCommandOrigin('c:quote:')).toEqual({ name: 'quote', options: {} });
    expect(decodeCommandOrigin('nonsense')).toBeUndefined();
  });

  it('answers a More click by running the request again, and a stale or unknown button with an ephemeral note', async () => {
    const router = new Router(engine, [lines], undefined, { cooldown: false });
    const reply = await router.run('lines', { word: 'hello' });
    expect(reply.more).toBe('more:1:c:lines:word=hello');
    const rendered = toDiscordPayload(reply).body;
    expect(buttons(rendered).map((b) => b.custom_id)).toEqual([reply.more]);
    const part = await router.button(reply.more!);
    expect(part.ephemeral).toBe(true);
    expect(part.embeds![0].description).toContain('hello hello');
    for (const id of ['more:x:c:lines:', 'more:1:c:gone:', 'more:1:zzz', 'gone:p:1']) {
      const note = await router.button(id);
      expect(note.ephemeral, id).toBe(true);
      expect(JSON.stringify(note)).toContain('out of date');
    }
  });

  it('lets a user send a burst, then one every refill period', () => {
    let now = 0;
    const c = new Cooldown({ burst: 3, refillMs: 1000 }, () => now);
    expect([c.take('u'), c.take('u'), c.take('u')]).toEqual([0, 0, 0]);
    expect(c.take('u')).toBe(1000);
    expect(c.take('v')).toBe(0);
    now = 500;
    expect(c.take('u')).toBe(500);
    now = 1000;
    expect(c.take('u')).toBe(0);
    expect(c.take('u')).toBe(1000);
  });

  it('applies the cooldown to commands and clicks with a user, never to the console (no user)', async () => {
    const router = new Router(engine, [lines], undefined, { cooldown: { burst: 2, refillMs: 60_000 } });
    await router.run('lines', {}, { userId: '1' });
    await router.run('lines', {}, { userId: '1' });
    const third = await router.button('lines:x', { userId: '1' });
    expect(third.ephemeral).toBe(true);
    expect(third.embeds![0].description).toMatch(/Try again in 60 seconds/);
    for (let i = 0; i < 5; i++) expect((await router.run('lines', {})).ephemeral).toBeFalsy();
  });
});
