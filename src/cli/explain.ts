// `newsdesk extract --explain FILE`: each quote of one article with its speaker and the chain of
// rules that decided it.
import { basename, dirname } from 'node:path';
import { Engine } from '../engine.ts';

export function explain(file: string, maxBytes?: number): number {
  // The whole folder is analysed: speakers and clusters draw on the other articles of the story.
  const engine = Engine.fromPaths([dirname(file)], maxBytes);
  const name = basename(file);
  const a = engine.allStories().flatMap((s) => s.analysis.articles).find((x) => x.file === name);
  if (!a) {
    const warning = engine.warnings.find((w) => basename(w.file) === name);
    console.error(`extract --explain: ${file}: ${warning ? warning.reason : 'not an article file (.txt or .md) in that folder'}`);
    return 2;
  }
  console.log(`${a.file}: ${a.title}`);
  console.log(`  outlet ${a.outlet ?? 'unknown'} · published ${a.published ?? 'unknown'}${a.publishedInferred ? ' (inferred)' : ''} · ${a.quotes.length} quotes\n`);
  a.quotes.forEach((q, i) => {
    console.log(`${i + 1}. “${q.text}”  [${q.kind}${q.minor ? ', minor' : ''}, ${q.start}–${q.end}, cluster ${q.cluster ?? '-'}]`);
    console.log(`   speaker: ${q.speaker ?? 'unknown'}${q.inferredFrom ? ` (inferred from ${q.inferredFrom})` : ''}${q.relay ? ` · relayed by ${q.relay}` : ''}`);
    for (const step of q.trace ?? []) console.log(`     ${step}`);
  });
  return 0;
}
