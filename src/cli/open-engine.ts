// The engine as the serving commands (start, serve-http) open it: from the snapshot in .newsdesk/
// where files are unchanged (quick restarts), the rest analysed on worker threads in the
// background, so the bot answers within seconds even of a large new archive (a story asked about
// meanwhile is analysed first); then the newest stories read and indexed ahead of use.
import type { Config } from '../config.ts';
import { Engine } from '../engine.ts';
import type { log as Log } from '../log.ts';

export async function openEngine(config: Config, log: typeof Log): Promise<Engine> {
  const engine = await Engine.open([config.SEEDS_DIR], {
    maxBytes: config.MAX_ARTICLE_BYTES,
    snapshot: true,
    background: true,
    warm: true,
    progress: (m) => (m.startsWith('snapshot') ? log.info(m) : log.debug(m)),
  });
  const s = engine.openStats!;
  log.info({ articles: s.articles, stories: s.stories, fromSnapshot: s.storiesFromSnapshot, ms: Math.round(s.totalMs) }, s.readyMs === undefined ? 'articles ready' : `answering; analysing ${s.storiesAnalysed} stories in the background`);
  if (s.readyMs !== undefined) {
    void engine.analysed.then((done) => log.info({ stories: done.storiesAnalysed, ms: Math.round(done.totalMs) }, 'every story analysed'));
  }
  for (const w of engine.warnings) log.warn({ file: w.file, reason: w.reason }, 'skipped article');
  return engine;
}
