// `newsdesk ask "/quote query:… speaker:…" [--json]`: one slash command through the
// same router the bot uses, printed as text (or, with --json, the reply object). Exit 0 on success,
// 2 on a usage error (message on stderr), 1 when the command failed.
import { commands } from '../../commands/index.ts';
import { UsageError } from '../../commands/types.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { log } from '../log.ts';
import { COLORS, type Reply } from '../reply.ts';
import { renderText, replyJson } from '../render/text.ts';
import { Router } from '../router.ts';
import { parseCommandLine } from '../surfaces/parse-line.ts';

const USAGE = 'usage: newsdesk ask "/quote query:some words of a quote" [--json]';

export async function ask(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const line = args.filter((a) => a !== '--json').join(' ').trim();
  if (!line) {
    console.error(`${USAGE}\nType a command line in quotes, e.g. "/timeline from:2024-05" or "/help".`);
    return 2;
  }
  const config = loadConfig();
  const engine = Engine.fromPaths([config.SEEDS_DIR], config.MAX_ARTICLE_BYTES);
  for (const w of engine.warnings) log.warn({ file: w.file, reason: w.reason }, 'skipped article');
  // Tell a usage error (the router answers it with an error reply) from a failure (it also logs).
  let failed = false;
  const watch = new Proxy(log, {
    get(target, prop, receiver) {
      if (prop === 'error') return (...a: unknown[]) => ((failed = true), (target.error as (...x: unknown[]) => void)(...a));
      return Reflect.get(target, prop, receiver);
    },
  });
  const router = new Router(engine, commands, watch);
  let reply: Reply;
  try {
    const { name, options } = parseCommandLine(line, router.commands.map((c) => c.definition));
    reply = await router.run(name, options);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  if (isErrorReply(reply)) {
    console.error(reply.embeds?.[0]?.description ?? 'The command could not be answered.');
    return failed ? 1 : 2;
  }
  process.stdout.write(json ? `${JSON.stringify(replyJson(reply), null, 2)}\n` : `${renderText(reply, { paging: 'ask' })}\n`);
  return 0;
}

function isErrorReply(reply: Reply): boolean {
  return Boolean(reply.ephemeral && reply.embeds?.length && reply.embeds[0].color === COLORS.error);
}
