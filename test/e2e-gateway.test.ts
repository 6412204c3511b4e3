// The real discord.js client, started through startGateway, against a loopback Discord (REST +
// gateway websocket) answering the seed story: every answer within 3 s, inside Discord's limits,
// with mentions disabled, and an ephemeral error whenever something fails.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';
import { OPTION_TYPES, registerCommands, toDiscordCommands } from '../src/cli/deploy.ts';
import { loadConfig } from '../src/config.ts';
import { Engine } from '../src/engine.ts';
import { MORE_LABEL, checkChoices, checkPayloadLimits } from '../src/render/discord.ts';
import { Router } from '../src/router.ts';
import { startGateway, type Gateway } from '../src/surfaces/gateway.ts';
import { snowflake, startLoopbackDiscord, type Answer, type LoopbackDiscord } from './support/loopback-discord.ts';

// A fake token, generated per run; it is never printed, and the test checks it is never logged.
const TOKEN = `loopback.${randomBytes(18).toString('base64url')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const boom: Command = {
  definition: { name: 'boom', description: 'A handler that throws', options: [] },
  handle() {
    throw new Error('kaboom');
  },
};

const slow: Command = {
  sideEffects: true,
  definition: {
    name: 'slow',
    description: 'A handler slower than the defer threshold',
    options: [
      { name: 'fail', description: 'throw at the end', type: 'boolean' },
      { name: 'private', description: 'answer ephemerally', type: 'boolean' },
    ],
  },
  async handle({ options }) {
    await sleep(1300);
    if (options.fail) throw new Error('late kaboom');
    return { content: 'slow answer @everyone', ephemeral: Boolean(options.private) };
  },
};

const hang: Command = {
  sideEffects: true,
  definition: { name: 'hang', description: 'A handler that never answers', options: [] },
  handle: () => new Promise(() => undefined),
};

const pager: Command = {
  definition: { name: 'pager', description: 'Pages through buttons', options: [] },
  handle: () => page(1),
  async button({ args }) {
    if (args[0] === 'slow') {
      await sleep(1300);
      return page(Number(args[1]));
    }
    return page(Number(args[0]));
  },
};

/** Holds the CPU (a cold chart on a big story, say): nothing else in the process runs meanwhile. */
const cpu: Command = {
  sideEffects: true,
  definition: { name: 'cpu', description: 'Computes for 2 s without yielding', options: [{ name: 'tag', description: 'unique', type: 'string' }] },
  handle() {
    const end = Date.now() + 2000;
    while (Date.now() < end) {
      /* busy */
    }
    return { content: 'done computing' };
  },
};

/** A reply longer than Discord takes in one message: the renderer shortens it and adds "More…". */
const long: Command = {
  definition: { name: 'long', description: 'A reply over the 6,000-character limit', options: [{ name: 'words', description: 'what to repeat', type: 'string' }] },
  handle: ({ options }) => ({
    embeds: [1, 2, 3].map((n) => ({
      title: `Section ${n}`,
      description: `${`${String(options.words ?? 'lorem ipsum')} `.repeat(500).slice(0, 3900)}\nEND-OF-SECTION-${n}`,
    })),
  }),
};

function page(n: number) {
  return {
    embeds: [{ title: `Page ${n}`, description: `<@123456789012345678> this is page ${n}` }],
    components: [[{ customId: `pager:${n + 1}`, label: 'Next' }, { customId: `pager:slow:${n + 1}`, label: 'Next (slowly)' }]],
  };
}

let discord: LoopbackDiscord;
let gateway: Gateway;
let stateDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  // A new user for each interaction unless a test names one, so the per-user cooldown only acts where tested.
  discord = await startLoopbackDiscord({ token: TOKEN, freshUsers: true });
  stateDir = mkdtempSync(join(tmpdir(), 'newsdesk-deploy-'));
  const log = pino({ level: 'debug', base: undefined }, { write: (line: string) => void logLines.push(line) });
  const engine = Engine.fromPaths(['seeds']);
  const router = new Router(engine, [...commands, boom, slow, hang, pager, long, cpu], log);
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl }, false);
  // Warming (as in production) runs the option-less commands once before login, so a busy machine
  // does not make the first tests wait for cold charts. The test commands that sleep, hang or hold the
  // CPU are marked as having side effects: never warmed, never cached.
  gateway = await startGateway({ config, router, log, handleSignals: false, handlerTimeoutMs: 2000 });
}, 15_000);

afterAll(async () => {
  // NEWSDESK_TEST_LOGS=1 prints the bot's log lines (tokens are redacted by the gateway).
  if (process.env.NEWSDESK_TEST_LOGS) console.log(logLines.join(''));
  await gateway?.stop();
  await discord?.close();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

/** The answer arrived within Discord's 3 s, inside its limits, with mentions disabled. */
function expectGoodMessage(answer: Answer): Record<string, unknown> {
  expect(answer.firstResponseMs).toBeLessThan(3000);
  expect(answer.message).toBeDefined();
  expect(checkPayloadLimits(answer.message)).toEqual([]);
  expect(answer.message!.allowed_mentions).toEqual({ parse: [] });
  return answer.message!;
}

describe('gateway bot on a loopback Discord', () => {
  it('logged in through DISCORD_API_URL: gateway address from /gateway/bot, Guilds intent only', () => {
    expect(gateway.client.isReady()).toBe(true);
    expect(discord.requests.some((r) => r.method === 'GET' && r.route === '/gateway/bot' && r.apiVersion === 10)).toBe(true);
    expect(discord.connections[0].query).toMatchObject({ v: '10', encoding: 'json' });
    expect(discord.sessions[0].intents).toBe(1);
  });

  it('registers the commands with Discord option types, and skips an unchanged set', async () => {
    const definitions = [...commands, boom, slow, hang, pager, long, cpu].map((c) => c.definition);
    const common = { definitions, token: TOKEN, clientId: discord.applicationId, apiUrl: discord.apiUrl, stateDir };
    expect(await registerCommands({ ...common, guildId: discord.guildId })).toMatchObject({ status: 'sent', scope: `guild:${discord.guildId}` });
    expect(await registerCommands({ ...common, guildId: discord.guildId })).toMatchObject({ status: 'unchanged' });
    expect(await registerCommands({ ...common, guildId: discord.guildId, force: true })).toMatchObject({ status: 'sent' });
    expect(await registerCommands(common)).toMatchObject({ status: 'sent', scope: 'global' });
    const puts = discord.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.route)).toEqual([
      `/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
      `/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
      `/applications/${discord.applicationId}/commands`,
    ]);
    const registered = discord.commands.get(`guild:${discord.guildId}`)!;
    expect(registered.map((c) => c.name)).toEqual(definitions.map((d) => d.name));
    const slowJson = registered.find((c) => c.name === 'slow') as { options: { type: number }[] };
    expect(slowJson.options.map((o) => o.type)).toEqual([5, 5]);
    expect(Object.keys(JSON.parse(readFileSync(join(stateDir, 'commands-hash.json'), 'utf8')))).toHaveLength(2);
    expect(OPTION_TYPES).toEqual({ string: 3, integer: 4, boolean: 5, channel: 7, attachment: 11 });
    const json = toDiscordCommands([
      { name: 'x', description: 'd'.repeat(150), defaultMemberPermissions: '32', options: [{ name: 'a', description: 'a', type: 'channel' }, { name: 'b', description: 'b', type: 'attachment', required: true }] },
    ]);
    expect(json[0]).toMatchObject({ default_member_permissions: '32', type: 1, options: [{ name: 'b', type: 11, required: true }, { name: 'a', type: 7 }] });
    expect(json[0].description).toHaveLength(100);
  });

  it('answers every command within 3 s, inside the limits, never pinging', async () => {
    const ids = {
      quote: discord.command('quote', { query: 'it takes one to know one' }),
      timeline: discord.command('timeline'),
      compare: discord.command('compare'),
      sources: discord.command('sources'),
      help: discord.command('help'),
    };
    expect(Object.keys(ids).sort()).toEqual(commands.filter((c) => !c.sideEffects).map((c) => c.definition.name).sort());
    // Cold charts may be deferred (then edited) on a busy machine; the first response is always in time.
    const answers = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([name, id]) => [name, await discord.answer(id, 10_000)] as const)));
    for (const answer of Object.values(answers)) {
      expectGoodMessage(answer);
      expect(answer.ephemeral).toBe(false);
    }
    const sources = answers.sources.message as { embeds: { title: string; fields: unknown[] }[] };
    expect(sources.embeds[0].fields.length).toBeGreaterThanOrEqual(5);
    expect(sources.embeds[0].title).toContain('(5)');
    // /timeline attaches its chart: uploaded as a file, named in the message's attachments.
    const timeline = discord.interactions.get(ids.timeline)!.responses.find((r) => r.files.length)!;
    expect(timeline.files.map((f) => f.name)).toContain((timeline.message!.attachments as { filename: string }[])[0].filename);
    for (const name of ['quote', 'timeline', 'compare', 'sources']) expect(answers[name].message!.embeds, name).not.toHaveLength(0);
  });

  it('answers the commands that change things (Manage Server only) with an ephemeral refusal for other members', async () => {
    const changing = commands.filter((c) => c.sideEffects);
    for (const c of changing) {
      const answer = await discord.answer(discord.command(c.definition.name, {}, { permissions: '0' }));
      expect(answer.ephemeral, c.definition.name).toBe(true);
      expect(JSON.stringify(expectGoodMessage(answer).embeds)).toContain('Manage Server');
    }
  });

  it('autocompletes without deferring: at most 25 choices of at most 100 characters', async () => {
    const speaker = await discord.answer(discord.autocomplete('quote', 'speaker', '', { query: 'price' }));
    expect(speaker.via).toBe('autocomplete');
    expect(speaker.firstResponseMs).toBeLessThan(3000);
    expect(checkChoices(speaker.choices)).toEqual([]);
    const story = await discord.answer(discord.autocomplete('sources', 'story', 'see'));
    expect(story.choices).toEqual([{ name: 'seeds', value: 'seeds' }]);
    expect(discord.interactions.get(story.interactionId)!.responses.map((r) => r.type)).toEqual([8]);
    expect(speaker.choices!.length).toBeGreaterThan(0);
  });

  it('autocompletes every autocomplete option of every command, typed or not', async () => {
    const asks: { command: string; option: string; typed: string; id: string }[] = [];
    for (const c of commands) {
      for (const o of c.definition.options.filter((o) => o.autocomplete)) {
        for (const typed of ['', 'a', '@everyone <@123>', 'x'.repeat(150)]) {
          asks.push({ command: c.definition.name, option: o.name, typed, id: discord.autocomplete(c.definition.name, o.name, typed) });
        }
      }
    }
    expect(asks.length).toBeGreaterThan(30);
    for (const a of asks) {
      const answer = await discord.answer(a.id);
      expect(answer.via, `${a.command} ${a.option}`).toBe('autocomplete');
      expect(answer.firstResponseMs).toBeLessThan(3000);
      expect(checkChoices(answer.choices), `${a.command} ${a.option} "${a.typed}"`).toEqual([]);
    }
    const untyped = await Promise.all(asks.filter((a) => a.typed === '' && a.option !== 'to').map((a) => discord.answer(a.id)));
    expect(untyped.every((a) => a.choices!.length > 0)).toBe(true);
  });

  it('answers a handler that throws with an ephemeral error', async () => {
    const answer = await discord.answer(discord.command('boom'));
    const message = expectGoodMessage(answer);
    expect(answer.ephemeral).toBe(true);
    expect(message.flags).toBe(64);
    expect(JSON.stringify(message)).not.toContain('kaboom');
  });

  it('defers a slow handler, then edits; a slow failure or a hang ends in an ephemeral follow-up', async () => {
    const ok = discord.command('slow');
    const fails = discord.command('slow', { fail: true });
    const privately = discord.command('slow', { private: true });
    const hangs = discord.command('hang');
    const [a, b, c, d] = await Promise.all([ok, fails, privately, hangs].map((id) => discord.answer(id, 5000)));

    expect(a).toMatchObject({ deferred: true, via: 'edit', ephemeral: false });
    expect(a.firstResponseMs).toBeLessThan(1500);
    expect(a.ms).toBeGreaterThanOrEqual(1200);
    expect(a.responses[0].type).toBe(5);
    expectGoodMessage(a);
    expect(a.message!.content).toBe('slow answer @everyone');

    // A handler that never settles is given up on (here after 2 s; by default before the token's 15 minutes).
    expect(d.ms).toBeGreaterThanOrEqual(1900);
    for (const answer of [b, c, d]) {
      expect(answer).toMatchObject({ deferred: true, via: 'followup', ephemeral: true });
      expectGoodMessage(answer);
      // The public "thinking…" placeholder is removed before the private answer.
      expect(answer.responses.map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    }
  });

  it('answers buttons from their custom id: updates the message, deferring when slow', async () => {
    const first = await discord.answer(discord.command('pager'));
    const components = first.message!.components as { components: { custom_id: string }[] }[];
    const next = components[0].components[0].custom_id;
    const slowNext = components[0].components[1].custom_id;

    const click = await discord.answer(discord.button(next));
    expect(click).toMatchObject({ via: 'update', deferred: false, ephemeral: false });
    expect((expectGoodMessage(click).embeds as { title: string }[])[0].title).toBe('Page 2');

    const slowClick = await discord.answer(discord.button(slowNext), 5000);
    expect(slowClick).toMatchObject({ via: 'edit', deferred: true });
    expect(slowClick.responses[0].type).toBe(6);
    expect((expectGoodMessage(slowClick).embeds as { title: string }[])[0].title).toBe('Page 2');

    const stale = await discord.answer(discord.button('nosuchcommand:1'));
    expect(stale).toMatchObject({ via: 'reply', ephemeral: true });
    expectGoodMessage(stale);
  });

  it('pages /quote results with buttons whose custom id carries the search; an outdated page gets an ephemeral note', async () => {
    const first = await discord.answer(discord.command('quote', { query: 'russia' }));
    const message = expectGoodMessage(first);
    const buttons = (message.components as { components: { custom_id: string; label: string; disabled?: boolean }[] }[])[0].components;
    const next = buttons.find((b) => b.label.includes('Next'))!;
    expect(next.disabled).toBeFalsy();
    expect(next.custom_id.startsWith('quote:p:1:')).toBe(true);
    const footer = (m: Record<string, unknown>) => (m.embeds as { footer?: { text: string } }[])[0].footer?.text ?? '';
    expect(footer(message)).toMatch(/^Match 1 of \d+/);

    const second = await discord.answer(discord.button(next.custom_id));
    expect(second).toMatchObject({ via: 'update', ephemeral: false, deferred: false });
    expect(footer(expectGoodMessage(second))).toMatch(/^Match 2 of \d+/);

    // Same search, but a story fingerprint that no loaded story has: the story changed since.
    const parts = next.custom_id.split(':');
    parts[3] = 'zzzzzzz';
    const outdated = await discord.answer(discord.button(parts.join(':')));
    expect(outdated).toMatchObject({ via: 'reply', ephemeral: true });
    expect(JSON.stringify(expectGoodMessage(outdated).embeds)).toContain('out of date');
    // A page past the end, and a button of a command that is gone.
    parts[3] = next.custom_id.split(':')[3];
    parts[2] = '999';
    const gone = await discord.answer(discord.button(parts.join(':')));
    expect(gone).toMatchObject({ via: 'reply', ephemeral: true });
    const unknown = await discord.answer(discord.button('retired:p:1'));
    expect(unknown).toMatchObject({ via: 'reply', ephemeral: true });
    expect(JSON.stringify(expectGoodMessage(unknown).embeds)).toContain('out of date');
  });

  it('shortens a reply over the limits with an ellipsis and a More button that shows it all, privately', async () => {
    const first = await discord.answer(discord.command('long', { words: 'news @everyone' }));
    const message = expectGoodMessage(first);
    const embeds = message.embeds as { description: string }[];
    expect(embeds.every((e) => e.description.endsWith('…'))).toBe(true);
    expect(JSON.stringify(embeds)).not.toContain('END-OF-SECTION-3');
    const more = (message.components as { components: { custom_id: string; label: string }[] }[]).flatMap((r) => r.components).find((b) => b.label === MORE_LABEL)!;
    expect(more.custom_id.length).toBeLessThanOrEqual(100);

    const seen: string[] = [];
    let id: string | undefined = more.custom_id;
    for (let n = 1; id && n < 10; n++) {
      const part = await discord.answer(discord.button(id));
      expect(part).toMatchObject({ via: 'reply', ephemeral: true });
      const m = expectGoodMessage(part);
      seen.push(JSON.stringify(m.embeds));
      id = (m.components as { components: { custom_id: string }[] }[] | undefined)?.[0]?.components[0]?.custom_id;
    }
    expect(seen.length).toBeGreaterThan(1);
    const all = seen.join('');
    for (const n of [1, 2, 3]) expect(all).toContain(`END-OF-SECTION-${n}`);
  });

  it('slows down one user with a friendly ephemeral note, not the others', async () => {
    const hasty = { userId: snowflake() };
    const ids = Array.from({ length: 7 }, () => discord.command('sources', {}, hasty));
    const answers = await Promise.all(ids.map((id) => discord.answer(id)));
    const notes = answers.filter((a) => a.ephemeral);
    expect(answers.filter((a) => !a.ephemeral)).toHaveLength(5);
    expect(notes).toHaveLength(2);
    for (const a of notes) expect(JSON.stringify(expectGoodMessage(a).embeds)).toMatch(/Try again in \d+ seconds?/);
    // Someone else is not affected.
    const other = await discord.answer(discord.command('sources'));
    expect(other.ephemeral).toBe(false);
  });

  it('keeps the 3 s deadline for interactions queued behind a handler that holds the CPU', async () => {
    const busy = discord.command('cpu', { tag: 'first' });
    const queued = Array.from({ length: 3 }, () => discord.command('sources'));
    const [first, ...rest] = await Promise.all([busy, ...queued].map((id) => discord.answer(id, 6000)));
    expect(first.firstResponseMs).toBeLessThan(3000);
    expect(first.message!.content).toBe('done computing');
    for (const a of rest) {
      // They waited ~2 s for their turn: acknowledged by deferral in time, then answered.
      expect(a.firstResponseMs).toBeLessThan(3000);
      expect(a).toMatchObject({ deferred: true, via: 'edit', ephemeral: false });
      expectGoodMessage(a);
    }
  });

  it('still answers (ephemerally) when sending the reply itself fails', async () => {
    discord.injectFault({ route: /\/callback$/, method: 'POST', status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const answer = await discord.answer(discord.command('sources'));
    expect(answer.ephemeral).toBe(true);
    expectGoodMessage(answer);
    expect(answer.responses.map((r) => r.status)).toEqual([204]);
    expect(logLines.some((l) => l.includes('interaction failed; answering with an error'))).toBe(true);
  });

  it('retries a callback that Discord rate-limits (429)', async () => {
    discord.rateLimit(/\/callback$/, { retryAfterS: 0.2, method: 'POST' });
    const id = discord.command('sources');
    const answer = await discord.answer(id);
    expectGoodMessage(answer);
    const tries = discord.requests.filter((r) => r.route.startsWith(`/interactions/${id}/`));
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
  });

  it('resumes after the gateway closes, receiving what was dispatched meanwhile', async () => {
    const session = discord.sessions[0];
    discord.disconnect(4000);
    const id = discord.command('sources');
    const answer = await discord.answer(id, 5000);
    expectGoodMessage(answer);
    expect(session.resumed).toBe(1);
    expect(discord.sessions).toHaveLength(1);
    expect(discord.connections.at(-1)!.url).toBe('/gateway-resume');
  });

  it('reconnects and resumes when Discord asks it to (op 7)', async () => {
    const session = discord.sessions[0];
    const before = session.resumed;
    discord.requestReconnect();
    for (let waited = 0; session.resumed === before && waited < 5000; waited += 20) await sleep(20);
    const answer = await discord.answer(discord.command('help'), 5000);
    expectGoodMessage(answer);
    expect(session.resumed).toBe(before + 1);
    expect(discord.sessions).toHaveLength(1);
  });

  it('sent only payloads inside the limits, never pinging, and never logged a token', () => {
    const bodies = discord.messageBodies();
    expect(bodies.length).toBeGreaterThan(10);
    for (const b of bodies) {
      expect(checkPayloadLimits(b.message), `${b.kind} for ${b.interactionId}`).toEqual([]);
      expect(b.message.allowed_mentions).toEqual({ parse: [] });
    }
    const logs = logLines.join('\n');
    expect(logs).not.toContain(TOKEN);
    for (const rec of discord.interactions.values()) expect(logs).not.toContain(rec.token);
    expect(logs).toContain('"interaction":"');
  });
});
