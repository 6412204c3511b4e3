// `npm start`: the Discord bot when a token is configured, else the local console on the seeds.
import { commands } from '../../commands/index.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { startDesk } from '../ingest/desk.ts';
import { log } from '../log.ts';
import { Router } from '../router.ts';

export async function start(args: string[]): Promise<number> {
  // Past 2,500 servers: one process per shard under discord.js's ShardingManager.
  if (args.includes('--shards') || process.env.GATEWAY_SHARDS?.trim()) {
    if (!process.env.SHARD_COUNT) return (await import('./shard.ts')).shard(args);
  }
  const config = loadConfig();
  // Stories whose files are unchanged come back from the snapshot in .newsdesk/ (quick restarts).
  const engine = await Engine.open([config.SEEDS_DIR], {
    maxBytes: config.MAX_ARTICLE_BYTES,
    snapshot: true,
    // Stories are read and indexed in the background after start, so first answers stay quick.
    warm: true,
    progress: (m) => (m.startsWith('snapshot') ? log.info(m) : log.debug(m)),
  });
  const s = engine.openStats!;
  log.info({ articles: s.articles, stories: s.stories, fromSnapshot: s.storiesFromSnapshot, ms: Math.round(s.totalMs) }, 'articles ready');
  for (const w of engine.warnings) log.warn({ file: w.file, reason: w.reason }, 'skipped article');
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
