// How long the five seed articles take to analyse once warm (the quotes issue's 50 ms budget):
// `npm run bench:seeds`. Loads once, warms up, then reports the median and p90 of repeated runs.
import { analyzeStory } from '../src/analysis/story.ts';
import { loadArticles } from '../src/corpus/load.ts';

const folder = process.argv[2] ?? 'seeds';
const { articles } = loadArticles([folder]);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
for (let i = 0; i < 10; i++) analyzeStory('bench', articles);
// Wall time, and the process's CPU time (which a busy machine does not inflate by making the run
// wait for a core).
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  analyzeStory('bench', articles);
  const used = process.cpuUsage(c);
  wall.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(1);
console.log(
  `${articles.length} articles, ${(bytes / 1000).toFixed(1)} kB, ${wall.length} warm runs: ` +
    `wall median ${at(wall, 0.5)} ms (p90 ${at(wall, 0.9)}, fastest ${at(wall, 0)}), CPU median ${at(cpu, 0.5)} ms (p90 ${at(cpu, 0.9)})`,
);
