// `newsdesk extract --json [PATH…]`: the report on stdout, warnings on stderr.
import { loadConfig } from '../config.ts';
import { Engine } from '../engine.ts';
import { buildReport } from '../report.ts';
import { explain } from './explain.ts';

export async function extract(args: string[]): Promise<number> {
  const config = loadConfig();
  const paths: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--explain') {
      const file = args[i + 1];
      if (!file) {
        console.error('extract: --explain needs a file, e.g. extract --explain seeds/article.txt');
        return 2;
      }
      return explain(file, config.MAX_ARTICLE_BYTES);
    } else if (a.startsWith('--')) {
      console.error(`extract: unknown option ${a} (expected --json or --explain FILE)`);
      return 2;
    } else paths.push(a);
  }
  const engine = Engine.fromPaths(paths.length ? paths : [config.SEEDS_DIR], config.MAX_ARTICLE_BYTES);
  for (const w of engine.warnings) console.error(`warning: skipped ${w.file}: ${w.reason}`);
  const report = buildReport(engine);
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const a of report.articles) {
      console.log(`${a.file}  ${a.published ?? 'undated'}${a.published_inferred ? ' (inferred)' : ''}  ${a.title}`);
      for (const q of a.quotes) console.log(`  [${q.speaker ?? '?'}] “${q.text}”`);
    }
    for (const e of report.timeline) console.log(`${e.date}  ${e.summary}  (${e.sources.map((s) => s.file).join(', ')})`);
  }
  return 0;
}
