// The HTTP interactions endpoint, driven the way Discord drives it: the loopback Discord signs each
// interaction with the application's private key (a key pair generated here) and POSTs it; the
// endpoint's HTTP answer is the callback, and follow-ups of deferred answers go to the loopback's
// webhook routes. Forged, stale and unsigned requests are refused with 401.
import type { KeyObject } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';
import { toDiscordCommands } from '../src/cli/deploy.ts';
import { Engine } from '../src/engine.ts';
import { MORE_LABEL, checkChoices, checkPayloadLimits } from '../src/render/discord.ts';
import { Router } from '../src/router.ts';
import { startHttpEndpoint, type HttpEndpoint } from '../src/surfaces/http.ts';
import { LoopbackDiscord, ed25519KeyPair as keyPair, startLoopbackDiscord, type Answer } from './support/loopback-discord.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const slow: Command = {
  sideEffects: true,
  definition: {
    name: 'slow',
    description: 'slower than the defer threshold',
    options: [
      { name: 'private', description: 'ephemeral', type: 'boolean' },
      // Each test passes its own tag: the router keeps replies to identical requests.
      { name: 'tag', description: 'makes the request unique', type: 'string' },
    ],
  },
  async handle({ options }) {
    await sleep(1300);
    return { content: 'slow answer @everyone', ephemeral: Boolean(options.private) };
  },
};
const boom: Command = {
  definition: { name: 'boom', description: 'throws', options: [] },
  handle() {
    throw new Error('kaboom');
  },
};
const long: Command = {
  definition: { name: 'long', description: 'over the limits', options: [] },
  handle: () => ({ embeds: [1, 2].map((n) => ({ title: `Part ${n}`, description: `${'word '.repeat(1000)}END-${n}` })) }),
};

let discord: LoopbackDiscord;
let endpoint: HttpEndpoint;
let keys: ReturnType<typeof keyPair>;
const logLines: string[] = [];

beforeAll(async () => {
  keys = keyPair();
  discord = await startLoopbackDiscord({ freshUsers: true });
  const all = [...commands, slow, boom, long];
  discord.commands.set('global', toDiscordCommands(all.map((c) => c.definition)) as unknown as Record<string, unknown>[]);
  const log = pino({ level: 'debug', base: undefined }, { write: (line: string) => void logLines.push(line) });
  const router = new Router(Engine.fromPaths(['seeds']), all, log);
  endpoint = await startHttpEndpoint({ router, log, publicKey: keys.publicKeyHex, apiUrl: discord.apiUrl, port: 0, host: '127.0.0.1', maxBodyBytes: 64 * 1024 });
  discord.deliverTo({ url: `${endpoint.url}/interactions`, privateKey: keys.privateKey });
}, 15_000);

afterAll(async () => {
  if (process.env.NEWSDESK_TEST_LOGS) console.log(logLines.join(''));
  await endpoint?.close();
  await discord?.close();
});

function expectGood(answer: Answer): Record<string, unknown> {
  expect(answer.firstResponseMs).toBeLessThan(3000);
  expect(checkPayloadLimits(answer.message)).toEqual([]);
  expect(answer.message!.allowed_mentions).toEqual({ parse: [] });
  return answer.message!;
}

/** A POST as Discord would send it, with the headers given (signature, timestamp) or computed. */
async function post(body: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${endpoint.url}/interactions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
}

const now = () => Math.floor(Date.now() / 1000);
const signed = (body: string, key: KeyObject = keys.privateKey, ts = String(now())) => ({
  'x-signature-ed25519': LoopbackDiscord.signature(key, ts, body),
  'x-signature-timestamp': ts,
});

describe('HTTP interactions endpoint: who may call it', () => {
  const ping = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });

  it('answers a signed PING with PONG', async () => {
    expect(await post(ping, signed(ping))).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses unsigned, forged, tampered, stale and future requests with 401', async () => {
    const other = keyPair();
    const cases: Record<string, Record<string, string>> = {
      unsigned: {},
      'no timestamp': { 'x-signature-ed25519': signed(ping)['x-signature-ed25519'] },
      'no signature': { 'x-signature-timestamp': String(now()) },
      forged: signed(ping, other.privateKey),
      tampered: signed(ping.replace('"type":1', '"type":2')),
      'malformed signature': { 'x-signature-ed25519': 'zz'.repeat(64), 'x-signature-timestamp': String(now()) },
      'stale (5 min 2 s old)': signed(ping, keys.privateKey, String(now() - 302)),
      'from the future': signed(ping, keys.privateKey, String(now() + 302)),
      'timestamp not a number': signed(ping, keys.privateKey, 'yesterday'),
    };
    for (const [name, headers] of Object.entries(cases)) {
      const res = await post(ping, headers);
      expect(res.status, name).toBe(401);
      expect(res.body).toEqual({ error: 'invalid request signature' });
    }
    // Inside the window is fine.
    expect((await post(ping, signed(ping, keys.privateKey, String(now() - 240)))).status).toBe(200);
  });

  it('caps the body (413), checks methods and paths, and rejects signed non-JSON (400)', async () => {
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(100 * 1024) });
    expect((await post(big, signed(big))).status).toBe(413);
    // Without a Content-Length (chunked), the cap applies while reading.
    const chunked = await fetch(`${endpoint.url}/interactions`, {
      method: 'POST',
      headers: signed(big),
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode(big.slice(i * 11_000, (i + 1) * 11_000)));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await fetch(`${endpoint.url}/interactions`)).status).toBe(405);
    expect((await fetch(`${endpoint.url}/elsewhere`, { method: 'POST' })).status).toBe(404);
    const junk = 'not json';
    expect((await post(junk, signed(junk))).status).toBe(400);
  });

  it('serves GET /healthz', async () => {
    const res = await fetch(`${endpoint.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', stories: 1, analysing: 0 });
  });
});

describe('HTTP interactions endpoint: answers', () => {
  it('answers /quote in the HTTP response, inside the limits, never pinging', async () => {
    const answer = await discord.answer(discord.command('quote', { query: 'pay a price' }));
    expect(answer).toMatchObject({ via: 'reply', deferred: false, ephemeral: false });
    const message = expectGood(answer);
    expect((message.embeds as { title: string }[])[0].title).toBeTruthy();
    expect(discord.httpResponses.get(answer.interactionId)!.status).toBe(200);
  });

  it('autocompletes speakers from memory: at most 25 choices of at most 100 characters', async () => {
    for (const typed of ['', 'a', 'x'.repeat(150), '@everyone']) {
      const answer = await discord.answer(discord.autocomplete('quote', 'speaker', typed, { query: 'price' }));
      expect(answer.via).toBe('autocomplete');
      expect(answer.firstResponseMs).toBeLessThan(3000);
      expect(checkChoices(answer.choices)).toEqual([]);
      if (typed === '') expect(answer.choices!.length).toBeGreaterThan(0);
    }
  });

  it('defers an answer with files (they cannot travel in the HTTP response) and edits it with the upload', async () => {
    const answer = await discord.answer(discord.command('timeline'), 5000);
    expect(answer).toMatchObject({ via: 'edit', deferred: true, ephemeral: false });
    expect(answer.responses[0].type).toBe(5);
    expectGood(answer);
    const edit = answer.responses.find((r) => r.kind === 'edit')!;
    expect(edit.files.length).toBeGreaterThan(0);
    expect(edit.files[0].name).toMatch(/\.png$/);
  });

  it('defers a slow handler, then edits over REST; a private slow answer becomes an ephemeral follow-up', async () => {
    const [pub, priv] = await Promise.all([discord.command('slow', { tag: 'a' }), discord.command('slow', { private: true, tag: 'a' })].map((id) => discord.answer(id, 5000)));
    expect(pub).toMatchObject({ via: 'edit', deferred: true, ephemeral: false });
    expect(pub.firstResponseMs).toBeLessThan(1500);
    expect(pub.ms).toBeGreaterThanOrEqual(1200);
    expect(expectGood(pub).content).toBe('slow answer @everyone');
    expect(priv).toMatchObject({ via: 'followup', deferred: true, ephemeral: true });
    expect(priv.responses.map((r) => r.kind)).toEqual(['callback', 'delete', 'followup']);
    expectGood(priv);
  });

  it('retries a follow-up that Discord rate-limits (429)', async () => {
    discord.rateLimit(/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/, { retryAfterS: 0.2, method: 'PATCH' });
    const answer = await discord.answer(discord.command('slow', { tag: '429' }), 6000);
    expect(answer.via).toBe('edit');
    expectGood(answer);
    const patches = discord.requests.filter((r) => r.method === 'PATCH' && r.route.endsWith('/messages/@original') && r.at >= Date.now() - 6000);
    expect(patches.map((r) => r.status).slice(-2)).toEqual([429, 200]);
  });

  it('answers a handler that throws with an ephemeral error', async () => {
    const answer = await discord.answer(discord.command('boom'));
    expect(answer).toMatchObject({ via: 'reply', ephemeral: true });
    expect(JSON.stringify(expectGood(answer))).not.toContain('kaboom');
  });

  it('updates the message on a paging click; an outdated one gets an ephemeral note', async () => {
    const first = expectGood(await discord.answer(discord.command('quote', { query: 'russia' })));
    const next = (first.components as { components: { custom_id: string; label: string }[] }[])[0].components.find((b) => b.label.includes('Next'))!;
    const click = await discord.answer(discord.button(next.custom_id));
    expect(click).toMatchObject({ via: 'update', ephemeral: false });
    expect(JSON.stringify(expectGood(click).embeds)).toContain('Match 2 of');
    const parts = next.custom_id.split(':');
    parts[3] = '0000000';
    const stale = await discord.answer(discord.button(parts.join(':')));
    expect(stale).toMatchObject({ via: 'reply', ephemeral: true });
    expect(JSON.stringify(expectGood(stale).embeds)).toContain('out of date');
  });

  it('shortens an over-long reply with a More button that any replica can answer', async () => {
    const first = expectGood(await discord.answer(discord.command('long')));
    const more = (first.components as { components: { custom_id: string; label: string }[] }[]).flatMap((r) => r.components).find((b) => b.label === MORE_LABEL)!;
    const texts: string[] = [];
    let id: string | undefined = more.custom_id;
    while (id && texts.length < 10) {
      const part = await discord.answer(discord.button(id));
      expect(part).toMatchObject({ via: 'reply', ephemeral: true });
      const m = expectGood(part);
      texts.push(JSON.stringify(m.embeds));
      id = (m.components as { components: { custom_id: string }[] }[] | undefined)?.[0]?.components[0]?.custom_id;
    }
    expect(texts.join('')).toContain('END-1');
    expect(texts.at(-1)).toContain('END-2');
  });

  it('sent only payloads inside the limits, never pinging, and logged interaction ids but no token', () => {
    const bodies = discord.messageBodies();
    expect(bodies.length).toBeGreaterThan(8);
    for (const b of bodies) expect(checkPayloadLimits(b.message), `${b.kind} for ${b.interactionId}`).toEqual([]);
    const logs = logLines.join('');
    for (const rec of discord.interactions.values()) expect(logs).not.toContain(rec.token);
    expect(logs).toContain('"interaction":"');
    expect(logs).toContain('"handlerMs":');
  });

  it('finishes the deferred answers in progress when it closes, and reports draining meanwhile', async () => {
    const id = discord.command('slow', { tag: 'close' });
    await discord.waitFor(id, (rs) => rs.length > 0);
    const closing = endpoint.close();
    const health = await fetch(`${endpoint.url}/healthz`).catch(() => undefined);
    if (health) expect(health.status).toBe(503);
    await closing;
    const answer = await discord.answer(id, 100);
    expect(answer.via).toBe('edit');
  });
});
