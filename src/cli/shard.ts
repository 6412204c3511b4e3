// `newsdesk shard [--shards auto|N] [--spawn-delay MS]`: the gateway bot over several shards, each in
// its own process, under discord.js's ShardingManager. Discord requires sharding from 2,500 guilds
// on; `auto` asks Discord (GET /gateway/bot on DISCORD_API_URL) how many shards it recommends.
//
// Each shard is `node bin/newsdesk.js start` (that script registers tsx, so the TypeScript sources
// run as they are): the same bot as `npm start`, which learns its shard ids from the environment
// the manager sets (SHARDS, SHARD_COUNT). The setting GATEWAY_SHARDS=auto|N does the same as
// --shards (not SHARDS: discord.js reads that one itself, as a JSON list of shard ids).
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { log } from '../log.ts';
import { makeRedactor, safeError } from '../surfaces/gateway.ts';

const USAGE = 'usage: newsdesk shard [--shards auto|N] [--spawn-delay MS]   (DISCORD_TOKEN from the environment or .env; GATEWAY_SHARDS=auto|N works too)';
/** The script each shard runs: it registers tsx before importing the sources. */
export const SHARD_SCRIPT = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));
/** Discord lets one identify through every 5 s per `max_concurrency` bucket. */
const IDENTIFY_INTERVAL_MS = 5500;

export async function shard(args: string[]): Promise<number> {
  if (process.env.SHARDING_MANAGER) {
    console.error('shard: already running under a sharding manager; a shard runs `start`.');
    return 2;
  }
  const config = loadConfig();
  let shards = process.env.GATEWAY_SHARDS?.trim() || undefined;
  let delay: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i]);
    if (a === '--shards' || a.startsWith('--shards=')) shards = value();
    else if (a === '--spawn-delay' || a.startsWith('--spawn-delay=')) {
      const v = value();
      delay = Number(v);
      if (!/^\d+$/.test(v ?? '')) {
        console.error(`shard: --spawn-delay expects a number of milliseconds, got "${v ?? ''}".`);
        return 2;
      }
    } else {
      console.error(`shard: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  shards = (shards ?? 'auto').trim();
  if (shards !== 'auto' && !/^[1-9]\d{0,4}$/.test(shards)) {
    console.error(`shard: --shards expects "auto" or a number of shards, got "${shards}".`);
    return 2;
  }
  if (!config.DISCORD_TOKEN) {
    console.error('shard: DISCORD_TOKEN is not set (in the environment or .env); the gateway bot needs it.');
    return 2;
  }
  const token = config.DISCORD_TOKEN;
  const redact = makeRedactor(token);
  const api = config.DISCORD_API_URL.replace(/\/+$/, '');

  let total: number;
  let concurrency = 1;
  try {
    const recommended = await gatewayBot(api, token);
    concurrency = Math.max(1, recommended.maxConcurrency);
    total = shards === 'auto' ? Math.max(1, recommended.shards) : Number(shards);
  } catch (err) {
    console.error(`shard: could not ask Discord for the gateway (${redact((err as Error).message)}); check DISCORD_TOKEN and DISCORD_API_URL.`);
    return 1;
  }
  const spawnDelay = delay ?? Math.ceil(IDENTIFY_INTERVAL_MS / concurrency);

  const { ShardingManager } = await import('discord.js');
  const manager = new ShardingManager(SHARD_SCRIPT, {
    token,
    totalShards: total,
    shardArgs: ['start'],
    mode: 'process',
    respawn: true,
  });
  let stopping = false;
  manager.on('shardCreate', (s) => {
    log.info({ shard: s.id, of: total }, 'shard process started');
    s.on('death', (child) => {
      if (!stopping) log.warn({ shard: s.id, exitCode: (child as { exitCode?: number | null }).exitCode ?? null }, 'shard process died; respawning');
    });
    s.on('error', (err) => log.error({ shard: s.id, err: safeError(err, redact) }, 'shard error'));
    s.on('ready', () => log.info({ shard: s.id }, 'shard ready'));
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, shards: manager.shards.size }, 'stopping every shard');
    // Shard#kill sends SIGTERM: each shard logs out gracefully (see surfaces/gateway.ts).
    for (const s of manager.shards.values()) s.kill();
    setTimeout(() => process.exit(process.exitCode ?? 0), 3000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  log.info({ shards: total, spawnDelayMs: spawnDelay }, 'spawning shards');
  try {
    await manager.spawn({ amount: total, delay: spawnDelay, timeout: 60_000 });
  } catch (err) {
    log.error({ err: safeError(err, redact) }, 'a shard did not become ready');
    stop('SIGTERM');
    return 1;
  }
  log.info({ shards: total }, 'every shard is ready');
  return 0;
}

/** GET /gateway/bot on the configured REST base: recommended shards and identify concurrency. */
async function gatewayBot(api: string, token: string): Promise<{ shards: number; maxConcurrency: number }> {
  const res = await fetch(`${api}/v10/gateway/bot`, { headers: { authorization: `Bot ${token}` }, signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}`);
  const body = (await res.json()) as { shards?: number; session_start_limit?: { max_concurrency?: number } };
  return { shards: Number(body.shards) || 1, maxConcurrency: Number(body.session_start_limit?.max_concurrency) || 1 };
}
