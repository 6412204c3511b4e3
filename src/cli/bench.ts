// `newsdesk bench [--json] [--sizes 5,1000,10000]`: the benchmark of CONTRACTS.md. The table (or,
// with --json, the report object) on stdout; progress on stderr. Sizes other than 5 (the seeds
// folder) are generated corpora; 50000 runs only when asked for.
import { loadConfig } from '../config.ts';
import { formatTable, runBench, runChild, runLongStoryChild, runTextRateChild } from '../bench/run.ts';

const USAGE = `usage: newsdesk bench [--json] [--sizes 5,1000,10000] [--story N] [--runs N] [--rounds N] [--queries N] [--seed N]
  --sizes    corpus sizes in articles (5 is the seeds folder; default 5,1000,10000)
  --story    articles of the one long story whose queries and updates are timed (default 1000; 0 skips it)
  --runs     cold and snapshot starts per size (default 3, 1 from 50000)
  --rounds   rounds of the query mix (default 7)
  --queries  queries of each kind in the mix (default 60)`;

export async function bench(args: string[]): Promise<number> {
  const flags = new Map<string, string>();
  const bare = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      console.error(`bench: unexpected argument "${a}"\n${USAGE}`);
      return 2;
    }
    const [key, inline] = a.slice(2).split('=', 2);
    if (['json', 'with-queries', 'first-answers', 'help'].includes(key) && inline === undefined) bare.add(key);
    else flags.set(key, inline ?? args[++i] ?? '');
  }
  if (bare.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const int = (key: string, min: number): number | undefined | null => {
    if (!flags.has(key)) return undefined;
    const n = Number(flags.get(key));
    return Number.isInteger(n) && n >= min ? n : null;
  };

  if (flags.get('child') === 'long-story') {
    await runLongStoryChild(flags.get('dir')!, int('story', 1) ?? 1000, int('seed', 0) ?? 7);
    return 0;
  }
  if (flags.get('child') === 'text-rate') {
    await runTextRateChild(flags.get('dir')!, flags.get('generated'));
    return 0;
  }
  if (flags.has('child')) {
    const mode = flags.get('child');
    if (mode !== 'cold' && mode !== 'snapshot') return 2;
    await runChild({
      mode,
      dir: flags.get('dir')!,
      snapshot: flags.get('snapshot')!,
      queries: bare.has('with-queries'),
      firstAnswers: bare.has('first-answers'),
      rounds: int('rounds', 1) ?? 7,
      perKind: int('per-kind', 1) ?? 60,
      spawnedAt: int('spawned-at', 0) ?? undefined,
    });
    return 0;
  }

  const sizes = (flags.get('sizes') ?? '5,1000,10000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`bench: --sizes takes whole numbers of articles separated by commas, e.g. --sizes 5,1000\n${USAGE}`);
    return 2;
  }
  const checked = { runs: int('runs', 1), rounds: int('rounds', 2), queries: int('queries', 1), seed: int('seed', 0), story: int('story', 0) };
  for (const [key, v] of Object.entries(checked)) {
    if (v === null) {
      console.error(`bench: --${key} takes a whole number${key === 'rounds' ? ' of at least 2' : ''}, not "${flags.get(key)}"\n${USAGE}`);
      return 2;
    }
  }
  const config = loadConfig();
  const report = await runBench({
    sizes,
    runs: checked.runs ?? undefined,
    rounds: checked.rounds ?? undefined,
    queriesPerKind: checked.queries ?? undefined,
    seed: checked.seed ?? undefined,
    storyArticles: checked.story ?? undefined,
    seedsDir: config.SEEDS_DIR,
  });
  if (bare.has('json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else console.log(formatTable(report));
  return 0;
}
