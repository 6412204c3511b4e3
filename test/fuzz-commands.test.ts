// Fuzzing every command, autocomplete and button through the Router and the Discord renderer with
// 10,000 hostile option values (mentions, markdown, zero-width and right-to-left characters,
// 6,000-character strings, emoji, lone surrogates, custom-id separators…), from a seeded PRNG so a
// failure replays: no handler may crash, no payload may break a limit, nothing may ping.
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { OptionDefinition, OptionValues } from '../commands/types.ts';
import { Engine } from '../src/engine.ts';
import type { Logger } from '../src/log.ts';
import { checkChoices, checkPayloadLimits, toAutocompleteChoices, toDiscordPayload } from '../src/render/discord.ts';
import type { Reply } from '../src/reply.ts';
import { Router } from '../src/router.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20240606);
const VALUES = Number(process.env.FUZZ_VALUES ?? 10_000);

/** mulberry32: small, fast, good enough to spread inputs; deterministic for a seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}

const engine = Engine.fromPaths(['seeds']);
const story = engine.story()!;
const REAL = [
  ...story.index.speakers.slice(0, 10),
  ...story.index.actors.slice(0, 10),
  ...story.analysis.articles.map((a) => a.file),
  ...story.analysis.articles.map((a) => a.outlet ?? a.title),
  'seeds',
  'pay a price',
  'russia',
  'killer',
  '2021',
  '2021-03',
  '2021-03-18',
  'csv',
  'timelinejs',
  'text',
];
const PIECES = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123>',
  '<@&1>',
  '<#1>',
  '</quote:1>',
  '**bold**',
  '__under__',
  '~~strike~~',
  '`code`',
  '```js\nx\n```',
  '> quote',
  '# heading',
  '-# small',
  '[link](https://example.org)',
  '||spoiler||',
  '\\',
  '*',
  '_',
  '\u200b',
  '\u200c\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202b',
  '\u200f',
  'مرحبا',
  'שלום',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇺🇦',
  '\ud800',
  '\udfff',
  '\udbff',
  '\u0000',
  '\n',
  '\r\n',
  '\t',
  ':',
  '::',
  '%',
  '&',
  '=',
  '#',
  '!',
  '-',
  ' ',
  '9999-99-99',
  '0000-00-00',
  '-1',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '"',
  '“',
  '’',
  '…',
];

function value(r: ReturnType<typeof prng>): string {
  switch (r.int(8)) {
    case 0:
      return r.pick(REAL);
    case 1: {
      // A real value dressed up.
      return `${r.pick(PIECES)}${r.pick(REAL)}${r.pick(PIECES)}`;
    }
    case 2: {
      // 6,000 characters of one kind or a mix.
      const unit = r.pick(['x', '😀', '@everyone ', '\u200b', '**', 'word ', r.pick(PIECES)]);
      return unit.repeat(Math.ceil(6000 / unit.length)).slice(0, 6000);
    }
    case 3:
      return '';
    default: {
      const n = 1 + r.int(12);
      let s = '';
      for (let i = 0; i < n; i++) s += r.next() < 0.6 ? r.pick(PIECES) : r.pick(REAL).slice(0, 1 + r.int(12));
      return s;
    }
  }
}

function optionValue(r: ReturnType<typeof prng>, o: OptionDefinition): string | number | boolean {
  if (o.type === 'boolean') return r.next() < 0.5;
  if (o.type === 'integer') return r.pick([0, -1, 1, 2 ** 31, Number.MAX_SAFE_INTEGER, r.int(100)]);
  if (o.choices?.length && r.next() < 0.5) return r.pick(o.choices).value;
  return value(r);
}

describe('fuzz: hostile option values through every command, autocomplete and button', () => {
  it(`${VALUES} values (seed ${SEED}): no crash, no payload over a limit, nothing that pings`, async () => {
    const crashes: string[] = [];
    const log = {
      error: (obj: unknown, msg?: string) => crashes.push(`${msg}: ${JSON.stringify(obj, (_k, v) => (v instanceof Error ? `${v.name}: ${v.message}` : v)).slice(0, 300)}`),
      warn: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      child() {
        return this;
      },
    } as unknown as Logger;
    const router = new Router(engine, commands, log, { cooldown: false });
    const r = prng(SEED);
    const problems: string[] = [];
    const seenIds: string[] = [];
    const spent: Record<string, number> = {};
    let values = 0;
    let replies = 0;
    let autocompletes = 0;
    let clicks = 0;

    const check = (what: string, reply: Reply) => {
      const tk = performance.now();
      try {
        checkOne(what, reply);
      } finally {
        spent.check = (spent.check ?? 0) + performance.now() - tk;
      }
    };
    const checkOne = (what: string, reply: Reply) => {
      replies++;
      const { body } = toDiscordPayload(reply);
      const v = checkPayloadLimits(body);
      if (v.length) problems.push(`${what}: ${v.join('; ')}`);
      if (JSON.stringify(body.allowed_mentions) !== '{"parse":[]}') problems.push(`${what}: allowed_mentions ${JSON.stringify(body.allowed_mentions)}`);
      for (const row of body.components) for (const b of row.components) if (seenIds.length < 500) seenIds.push(b.custom_id);
    };
    const started = performance.now();
    while (values < VALUES) {
      const command = r.pick(commands);
      const defs = command.definition.options;
      const options: OptionValues = {};
      for (const o of defs) {
        if (o.required || r.next() < 0.45) {
          options[o.name] = optionValue(r, o);
          values++;
        }
      }
      const what = `/${command.definition.name} ${JSON.stringify(options).slice(0, 200)}`;
      const crashesBefore = crashes.length;
      const t = performance.now();
      const reply = await router.run(command.definition.name, options, { userId: '1' });
      spent[command.definition.name] = (spent[command.definition.name] ?? 0) + performance.now() - t;
      check(what, reply);
      if (crashes.length > crashesBefore) problems.push(`${what}: handler crashed (${crashes.at(-1)})`);

      const auto = defs.filter((o) => o.autocomplete);
      if (auto.length) {
        const focused = r.pick(auto);
        const typed = value(r);
        values++;
        autocompletes++;
        const before = crashes.length;
        const ta = performance.now();
        const choices = toAutocompleteChoices(router.autocomplete(command.definition.name, focused.name, typed, options));
        spent[`ac ${command.definition.name}.${focused.name}`] = (spent[`ac ${command.definition.name}.${focused.name}`] ?? 0) + performance.now() - ta;
        const v = checkChoices(choices);
        if (v.length) problems.push(`autocomplete ${command.definition.name}.${focused.name} "${typed.slice(0, 60)}": ${v.join('; ')}`);
        if (crashes.length > before) problems.push(`autocomplete ${command.definition.name}.${focused.name} "${typed.slice(0, 60)}": crashed (${crashes.at(-1)})`);
      }

      // Now and then a click: on a button the bot made, or on a mangled one.
      if (seenIds.length && r.next() < 0.12) {
        const id = r.next() < 0.7 ? r.pick(seenIds) : r.pick(seenIds).replace(/:[^:]*$/, `:${value(r).slice(0, 40)}`);
        values++;
        clicks++;
        const before = crashes.length;
        const tc = performance.now();
        const clicked = await router.button(id, { userId: '1' });
        spent.click = (spent.click ?? 0) + performance.now() - tc;
        check(`click ${id.slice(0, 120)}`, clicked);
        if (crashes.length > before) problems.push(`click ${id.slice(0, 120)}: handler crashed (${crashes.at(-1)})`);
      }
    }
    const ms = performance.now() - started;
    if (process.env.NEWSDESK_TEST_LOGS) console.log({ values, replies, autocompletes, clicks, ms: Math.round(ms), spent });
    expect(problems.slice(0, 20)).toEqual([]);
    expect(replies).toBeGreaterThan(2000);
    expect(autocompletes).toBeGreaterThan(1000);
    expect(clicks).toBeGreaterThan(100);
  }, 60_000);
});
