// `newsdesk ingest URL|FILE [--story NAME] [--json]`: adds an article to the seeds folder and prints
// what it adds (new quotes, dated events, conflicts). Exit 0 when added; 2 with a message on stderr
// when it cannot be (bad address, refused address, 404, not HTML, too large, no article text,
// duplicate…), and nothing is written then. A running bot picks the new file up by itself.
import { existsSync } from 'node:fs';
import { ingestReply } from '../../commands/ingest.ts';
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { Desk, IngestError, settingsFromConfig, type IngestSource } from '../ingest/desk.ts';
import { renderText } from '../render/text.ts';

const USAGE = 'usage: newsdesk ingest URL|FILE [--story NAME] [--json]\n  URL: a web page (https://…); FILE: a .txt, .md or .html file';

export async function ingestCli(args: string[]): Promise<number> {
  let story: string | undefined;
  let json = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--story') {
      story = args[++i];
      if (!story) return usage('--story needs a name');
    } else if (a.startsWith('--story=')) story = a.slice('--story='.length);
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else rest.push(a);
  }
  if (rest.length !== 1) return usage(rest.length ? 'give one URL or file at a time' : 'say what to add');
  const input = rest[0];
  let source: IngestSource;
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !existsSync(input)) source = { url: input };
  else if (existsSync(input)) source = { file: input };
  else if (/^(localhost|[\w-]+(\.[\w-]+)*\.[a-z]{2,}|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])(:\d+)?(\/|$)/i.test(input) && !/^[\w-]+\.(txt|md|html?)$/i.test(input)) source = { url: input }; // a URL without its scheme: said so
  else {
    console.error(`newsdesk ingest: No such file: ${input} (for a web page, type the full address starting with https://).`);
    return 2;
  }

  const config = loadConfig();
  const engine = await Engine.open([config.SEEDS_DIR], { maxBytes: config.MAX_ARTICLE_BYTES, snapshot: true });
  const desk = new Desk(engine, settingsFromConfig(config));
  try {
    const result = await desk.ingest(source, { story });
    if (json) process.stdout.write(`${JSON.stringify({ story: result.story, file: result.file, path: result.path, new_story: result.newStory, title: result.title, outlet: result.outlet, published: result.published, meta: result.meta, adds: result.change, ms: result.ms }, null, 2)}\n`);
    else process.stdout.write(`${renderText(ingestReply(result))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      console.error(`newsdesk ingest: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

function usage(message: string): number {
  console.error(`newsdesk ingest: ${message}\n${USAGE}`);
  return 2;
}
