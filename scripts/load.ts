// `npm run load`: the real bot (`node bin/newsdesk.js start`, a child process) against a loopback
// Discord in this process, which dispatches 2,000 interactions over the gateway at 100 per second:
// a mix of every command, autocomplete and paging clicks from 400 users. Every answer is compared
// with what the same commands give here; none may be late (first response after 3 s) or lost.
// Prints the bot's own handler time (p50/p99, from its logs) and the first-response latency.
//
//   npm run load [-- --count 2000 --rate 100 --users 400 --varied]
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { commands } from '../commands/index.ts';
import type { OptionValues } from '../commands/types.ts';
import { toDiscordCommands } from '../src/cli/deploy.ts';
import { Engine } from '../src/engine.ts';
import { checkChoices, checkPayloadLimits, toAutocompleteChoices, toDiscordPayload } from '../src/render/discord.ts';
import type { Reply } from '../src/reply.ts';
import { Router } from '../src/router.ts';
import { answerOf, snowflake, startLoopbackDiscord, type Answer } from '../test/support/loopback-discord.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 2000);
const RATE = arg('rate', 100);
const USERS = arg('users', 400);
/** Ask for many more chart selections (every actor, every query as a topic): mostly cold work. */
const VARIED = process.argv.includes('--varied');
const DEADLINE_MS = 3000;

type Job =
  | { kind: 'command'; name: string; options: OptionValues }
  | { kind: 'autocomplete'; name: string; focused: string; value: string; options: OptionValues }
  | { kind: 'button'; customId: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');

async function main(): Promise<number> {
  // What to ask: built from the seeds the bot loads, with the same commands, so answers can be checked.
  const engine = Engine.fromPaths([process.env.SEEDS_DIR ?? 'seeds']);
  const local = new Router(engine, commands, undefined, { cooldown: false });
  const story = engine.story();
  if (!story) throw new Error('no story in the seeds folder');
  const words = (s: string) => s.replace(/[“”"‘’.,;:!?…()]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  const queries = story.index
    .searchClusters('')
    .slice(0, 40)
    .flatMap((h) => {
      const w = words(h.cluster.canonical);
      return [w.slice(0, 3).join(' '), w.slice(1, 5).join(' ')].filter((q) => q.length > 2);
    });
  queries.push('zzyzx nothing matches this');
  const speakers = story.index.speakers.slice(0, 15);
  const actors = story.index.actors.slice(0, 10);
  const files = story.analysis.articles.map((a) => a.file);
  const days = story.analysis.timeline.map((e) => e.date).filter((d) => d.length === 10).sort();
  const pagingIds: string[] = [];
  for (const q of queries.slice(0, 30)) {
    const reply = await local.run('quote', { query: q });
    for (const row of reply.components ?? []) for (const b of row) if (!b.disabled && !b.customId.startsWith('more:')) pagingIds.push(b.customId);
  }
  for (const name of ['timeline', 'compare', 'sources']) {
    const reply = await local.run(name, {});
    for (const row of reply.components ?? []) for (const b of row) if (!b.disabled && !b.customId.startsWith('more:')) pagingIds.push(b.customId);
  }

  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const job = (): Job => {
    const r = rnd();
    if (r < 0.38) return { kind: 'command', name: 'quote', options: rnd() < 0.2 && speakers.length ? { query: pick(queries), speaker: pick(speakers) } : { query: pick(queries) } };
    if (r < 0.58) {
      const which = rnd();
      if (which < 0.5) return { kind: 'autocomplete', name: 'quote', focused: 'speaker', value: pick(speakers).slice(0, Math.floor(rnd() * 4)), options: { query: pick(queries) } };
      if (which < 0.7) return { kind: 'autocomplete', name: 'timeline', focused: 'actor', value: pick(actors).slice(0, Math.floor(rnd() * 3)), options: {} };
      if (which < 0.85) return { kind: 'autocomplete', name: 'compare', focused: 'source_a', value: '', options: {} };
      return { kind: 'autocomplete', name: 'sources', focused: 'story', value: '', options: {} };
    }
    if (r < 0.7 && pagingIds.length) return { kind: 'button', customId: pick(pagingIds) };
    // Charts (timeline, compare) cost 100–600 ms of CPU the first time a selection is asked for, then
    // come from the commands' cache: like real users, most ask for a few popular views.
    if (r < 0.8) {
      const variants: OptionValues[] = [{}, { format: 'text' }, { actor: pick(VARIED ? actors : actors.slice(0, 3)) }];
      if (days.length) variants.push({ from: days[0].slice(0, 4) }, { from: days[0], to: days[days.length - 1] });
      return { kind: 'command', name: 'timeline', options: pick(variants) };
    }
    if (r < 0.88) {
      const variants: OptionValues[] = [{}, { topic: pick(VARIED ? queries : queries.slice(0, 3)) }];
      if (files.length > 1) variants.push({ source_a: files[0], source_b: files[1] });
      return { kind: 'command', name: 'compare', options: pick(variants) };
    }
    if (r < 0.95) return { kind: 'command', name: 'sources', options: {} };
    return { kind: 'command', name: 'help', options: {} };
  };
  const jobs = Array.from({ length: COUNT }, job);
  const users = Array.from({ length: USERS }, () => snowflake());

  // The loopback Discord and the real bot.
  const token = `load.${randomBytes(18).toString('base64url')}`;
  const discord = await startLoopbackDiscord({ token, interactionDeadlineMs: DEADLINE_MS });
  discord.commands.set('global', toDiscordCommands(commands.map((c) => c.definition)) as unknown as Record<string, unknown>[]);
  const bot = spawn(process.execPath, [...(process.env.LOAD_BOT_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_BOT_PROFILE}`] : []), 'bin/newsdesk.js', 'start'], {
    env: { ...process.env, DISCORD_TOKEN: token, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'debug' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let logs = '';
  bot.stderr!.on('data', (d) => (logs += d));
  const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
  try {
    await discord.identified(1, 30_000);
    while (!logs.includes('gateway ready')) await sleep(20);
    console.log(`bot ready; dispatching ${COUNT} interactions at ${RATE}/s from ${USERS} users…`);

    const ids: string[] = [];
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const tick = setInterval(() => {
        const due = Math.min(COUNT, Math.floor(((performance.now() - t0) / 1000) * RATE) + 1);
        while (ids.length < due) {
          const i = ids.length;
          const j = jobs[i];
          const actor = { userId: users[i % users.length] };
          if (j.kind === 'command') ids.push(discord.command(j.name, j.options as Record<string, string>, actor));
          else if (j.kind === 'autocomplete') ids.push(discord.autocomplete(j.name, j.focused, j.value, j.options as Record<string, string>, actor));
          else ids.push(discord.button(j.customId, actor));
        }
        if (ids.length >= COUNT) {
          clearInterval(tick);
          resolve();
        }
      }, 5);
    });
    const dispatchS = (performance.now() - t0) / 1000;
    lag.disable();

    // Wait for the stragglers (a deferred answer may take a while), then judge.
    const answers = new Map<string, Answer>();
    const until = Date.now() + 15_000;
    while (answers.size < ids.length && Date.now() < until) {
      for (const id of ids) {
        if (answers.has(id)) continue;
        const a = answerOf(id, discord.interactions.get(id)!.responses);
        if (a) answers.set(id, a);
      }
      if (answers.size < ids.length) await sleep(100);
    }

    bot.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
    if (process.env.LOAD_LOG) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.LOAD_LOG, logs);
      const recs = ids.map((id) => {
        const rec = discord.interactions.get(id)!;
        return { id, type: rec.type, dispatchedAt: rec.dispatchedAt, responses: rec.responses.map((r) => ({ kind: r.kind, type: r.type, at: r.at, status: r.status })) };
      });
      writeFileSync(`${process.env.LOAD_LOG}.interactions.json`, JSON.stringify(recs));
    }

    let correct = 0;
    let late = 0;
    let deferred = 0;
    const wrong: string[] = [];
    const first: number[] = [];
    const comparable = (body: Record<string, unknown> | undefined) => JSON.stringify({ content: body?.content ?? '', embeds: body?.embeds ?? [], components: body?.components ?? [] });
    for (const [i, id] of ids.entries()) {
      const a = answers.get(id);
      const j = jobs[i];
      if (!a) continue;
      first.push(a.firstResponseMs);
      if (a.firstResponseMs > DEADLINE_MS) late++;
      if (a.deferred) deferred++;
      let ok = false;
      if (j.kind === 'autocomplete') {
        const expected = toAutocompleteChoices(local.autocomplete(j.name, j.focused, j.value, j.options));
        ok = a.via === 'autocomplete' && JSON.stringify(a.choices) === JSON.stringify(expected) && !checkChoices(a.choices).length;
      } else {
        const reply: Reply = j.kind === 'command' ? await local.run(j.name, j.options) : await local.button(j.customId);
        const expected = toDiscordPayload(reply).body as unknown as Record<string, unknown>;
        ok = !a.ephemeral && comparable(a.message) === comparable(expected) && !checkPayloadLimits(a.message).length;
      }
      if (ok) correct++;
      else if (wrong.length < 5) wrong.push(`${JSON.stringify(j).slice(0, 140)} → ${a.via}${a.ephemeral ? ' (ephemeral)' : ''} ${JSON.stringify(a.message?.embeds ?? a.choices ?? '').slice(0, 160)}`);
    }
    const lost = ids.length - answers.size;

    // The bot's own view: how long its handlers took (router + rendering), from its structured logs.
    const handler: Record<string, number[]> = { command: [], button: [], autocomplete: [] };
    const total: number[] = [];
    for (const line of logs.split('\n')) {
      if (!line.startsWith('{')) continue;
      let entry: { msg?: string; kind?: string; handlerMs?: number; ms?: number };
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      if ((entry.msg === 'answered' || entry.msg === 'autocompleted') && typeof entry.handlerMs === 'number' && entry.kind) {
        handler[entry.kind]?.push(entry.handlerMs);
        if (typeof entry.ms === 'number') total.push(entry.ms);
      }
    }
    const all = Object.values(handler).flat();
    console.log(`dispatched ${ids.length} in ${dispatchS.toFixed(1)} s (${(ids.length / dispatchS).toFixed(0)}/s); loopback event-loop delay p99 ${fmt(lag.percentile(99) / 1e6)} ms, max ${fmt(lag.max / 1e6)} ms`);
    console.log(`answered ${answers.size}, correct ${correct}, late ${late}, lost ${lost}, deferred ${deferred}`);
    console.log(`first response (loopback, dispatch → callback): p50 ${fmt(pct(first, 50))} ms · p99 ${fmt(pct(first, 99))} ms · max ${fmt(Math.max(...first))} ms`);
    console.log(`bot handler time (its logs, ${all.length} interactions): p50 ${fmt(pct(all, 50))} ms · p99 ${fmt(pct(all, 99))} ms · max ${fmt(Math.max(...all))} ms`);
    for (const [kind, xs] of Object.entries(handler)) console.log(`  ${kind.padEnd(12)} n=${String(xs.length).padEnd(5)} p50 ${fmt(pct(xs, 50))} ms · p99 ${fmt(pct(xs, 99))} ms`);
    console.log(`bot receive → answer sent (its logs): p50 ${fmt(pct(total, 50))} ms · p99 ${fmt(pct(total, 99))} ms`);
    for (const w of wrong) console.log(`  not as expected: ${w}`);
    const good = correct === COUNT && late === 0 && lost === 0;
    console.log(good ? 'OK: every interaction answered correctly and in time.' : 'FAILED');
    return good ? 0 : 1;
  } finally {
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await discord.close();
  }
}

process.exitCode = await main();
