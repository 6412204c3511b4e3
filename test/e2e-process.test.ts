// The real command line, as a user runs it: `node bin/newsdesk.js start` (and `serve-http`, and
// `shard`) as child processes, pointed at a loopback Discord running here in the test process
// (spawned asynchronously, so the loopback keeps answering while the bot starts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sampleArticles, writeArticles } from '../src/bench/generate.ts';
import { serveHttp } from '../src/cli/serve-http.ts';
import { checkPayloadLimits } from '../src/render/discord.ts';
import { ed25519KeyPair as keyPair, snowflake, startLoopbackDiscord, type LoopbackDiscord } from './support/loopback-discord.ts';

const BIN = resolve('bin/newsdesk.js');
const TOKEN = `loopback.${randomBytes(18).toString('base64url')}`;
const children: ChildProcess[] = [];
const loopbacks: LoopbackDiscord[] = [];

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string>, cwd = process.cwd()): Running {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, SEEDS_DIR: 'seeds', LOG_LEVEL: 'info', DISCORD_TOKEN: '', DISCORD_PUBLIC_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const l of loopbacks) await l.close();
});

// Concurrent: each test mostly waits for its child process to start.
describe.concurrent('the real process against a loopback Discord', () => {
  it('`node bin/newsdesk.js start` logs in and answers /quote within 3 s; SIGTERM stops it cleanly', async () => {
    const discord = await startLoopbackDiscord({ token: TOKEN });
    loopbacks.push(discord);
    const bot = run(['start'], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl });
    await discord.identified(1, 20_000);
    await until(() => bot.stderr().includes('gateway ready'), 5000, 'gateway ready');

    const answer = await discord.answer(discord.command('quote', { query: 'pay a price' }), 3000);
    expect(answer.firstResponseMs).toBeLessThan(3000);
    expect(answer.ephemeral).toBe(false);
    expect(checkPayloadLimits(answer.message)).toEqual([]);
    expect((answer.message!.embeds as { title: string }[])[0].title).toBeTruthy();

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const logs = bot.stderr();
    expect(logs).toContain('gateway stopped');
    expect(logs).toContain(`"interaction":"${answer.interactionId}"`);
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain(discord.interactions.get(answer.interactionId)!.token);
  }, 30_000);

  it('`start` on an archive not analysed yet logs in at once, analyses it in the background, answers, and saves it for the next start', async () => {
    const work = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-archive-'));
    const sample = sampleArticles(12, 25, 53);
    writeArticles(join(work, 'articles'), sample);
    const discord = await startLoopbackDiscord({ token: TOKEN });
    loopbacks.push(discord);
    // Its own working folder: the snapshot (.newsdesk) is written there.
    const bot = run(['start'], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: join(work, 'articles') }, work);
    await until(() => bot.stderr().includes('gateway ready'), 20_000, 'gateway ready');
    expect(bot.stderr()).toContain('answering; analysing 12 stories in the background');

    const story = sample[sample.length - 1].story;
    const answer = await discord.answer(discord.command('timeline', { story }), 3000);
    expect(answer.firstResponseMs).toBeLessThan(3000);
    expect(answer.ephemeral).toBe(false);
    expect(JSON.stringify(answer.message)).toContain(story);
    await until(() => bot.stderr().includes('every story analysed'), 30_000, 'the background analysis');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    // The next start finds every story in the snapshot.
    const again = run(['start'], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: join(work, 'articles') }, work);
    await until(() => again.stderr().includes('gateway ready'), 20_000, 'gateway ready again');
    expect(again.stderr()).toContain('snapshot: 12 of 12 stories ready, 0 to analyse');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 60_000);

  it('`serve-http` needs DISCORD_PUBLIC_KEY', async () => {
    vi.stubEnv('DISCORD_PUBLIC_KEY', '');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    try {
      expect(await serveHttp([])).toBe(2);
      expect(await serveHttp(['--port', 'eighty'])).toBe(2);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(errors[0]).toContain('DISCORD_PUBLIC_KEY is not set');
    expect(errors[1]).toContain('--port expects a port number');
  });

  it('`serve-http` verifies signatures and answers /quote', async () => {
    const keys = keyPair();
    const discord = await startLoopbackDiscord({});
    loopbacks.push(discord);
    const server = run(['serve-http', '--port', '0', '--host', '127.0.0.1'], { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_URL: discord.apiUrl });
    await until(() => /"port":\d+/.test(server.stderr()), 20_000, 'the endpoint to listen');
    const port = Number(/"port":(\d+)/.exec(server.stderr())![1]);
    const url = `http://127.0.0.1:${port}`;

    expect((await fetch(`${url}/interactions`, { method: 'POST', body: '{"type":1}' })).status).toBe(401);
    discord.deliverTo({ url, privateKey: keys.privateKey });
    const answer = await discord.answer(discord.command('quote', { query: 'pay a price' }), 3000);
    expect(answer.via).toBe('reply');
    expect(checkPayloadLimits(answer.message)).toEqual([]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 30_000);

  it('`shard --shards 2` runs two shard processes under a ShardingManager, each answering its guilds', async () => {
    const discord = await startLoopbackDiscord({ token: TOKEN });
    loopbacks.push(discord);
    const manager = run(['shard', '--shards', '2', '--spawn-delay', '100'], { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl });
    await discord.identified(2, 40_000);
    await until(() => manager.stderr().includes('every shard is ready'), 20_000, 'every shard ready');
    expect(discord.sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // A guild on each shard: (guild id >> 22) % 2.
    const guilds: string[] = [];
    while (!guilds[0] || !guilds[1]) {
      const g = snowflake(Date.now() - Math.floor(Math.random() * 1e9));
      const shard = Number((BigInt(g) >> 22n) % 2n);
      if (!guilds[shard]) guilds[shard] = g;
    }
    const answers = await Promise.all(guilds.map((guildId) => discord.answer(discord.command('sources', {}, { guildId }), 3000)));
    for (const a of answers) {
      expect(a.ephemeral).toBe(false);
      expect(checkPayloadLimits(a.message)).toEqual([]);
    }

    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    await until(() => discord.sessions.every((s) => !s.socket), 5000, 'the shards to disconnect');
  }, 60_000);
});
