// `newsdesk <command>`: dispatches to the command-line tools of CONTRACTS.md.
import { ConfigError } from '../config.ts';

const USAGE = `usage: newsdesk <command>
  start                      the Discord bot with DISCORD_TOKEN, else the local console
  ask "/quote query:…"       one slash command, printed as text (--json: the reply object)
  extract --json [PATH…]     the extraction report (--explain FILE: each quote's rule chain)
  deploy-commands [--guild ID]  register the slash commands
  serve-http                 the HTTP interactions endpoint on PORT
  shard [--shards auto|N]    the Discord bot over several shard processes (ShardingManager)
  ingest URL|FILE [--story NAME]  add an article
  bench [--json] [--sizes 5,1000,10000]  the benchmark`;

type Tool = (args: string[]) => Promise<number>;

const TOOLS: Record<string, () => Promise<Tool>> = {
  start: async () => (await import('./start.ts')).start,
  ask: async () => (await import('./ask.ts')).ask,
  extract: async () => (await import('./extract.ts')).extract,
  'deploy-commands': async () => (await import('./deploy.ts')).deployCommands,
  bench: async () => (await import('./bench.ts')).bench,
  'serve-http': async () => (await import('./serve-http.ts')).serveHttp,
  shard: async () => (await import('./shard.ts')).shard,
  ingest: async () => (await import('./ingest.ts')).ingestCli,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = TOOLS[name];
  if (!load) {
    console.error(`newsdesk: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(args);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
}
