// `npm start`: the Discord bot when a token is configured, else the local console on the seeds.
import { commands } from '../../commands/index.ts';
import { loadConfig } from '../config.ts';
import { startDesk } from '../ingest/desk.ts';
import { log } from '../log.ts';
import { openEngine } from './open-engine.ts';
import { Router } from '../router.ts';

export async function start(args: string[]): Promise<number> {
  // Past 2,500 servers: one process per shard under discord.js's ShardingManager.
  if (args.includes('--shards') || process.env.GATEWAY_SHARDS?.trim()) {
    if (!process.env.SHARD_COUNT) return (await import('./shard.ts')).shard(args);
  }
  const config = loadConfig();
  const engine = await openEngine(config, log);
  const router = new Router(engine, commands, log);
  // /ingest and /follow, follow updates, and the seeds folder watched for changes made by hand.
  startDesk(engine, config, log);
  if (config.DISCORD_TOKEN) {
    const { startGateway } = await import('../surfaces/gateway.ts');
    await startGateway({ config, router, log });
    return 0;
  }
  console.log(`No DISCORD_TOKEN set, so this is the local console on the "${config.SEEDS_DIR}" folder: type a command such as /quote query:… (or /help, exit).`);
  const { runConsole } = await import('../surfaces/console.ts');
  return runConsole(router, process.stdin, process.stdout);
}
