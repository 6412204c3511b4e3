// How long the five seed articles take to analyse once warm (the quotes issue's 50 ms budget):
// `npm run bench:seeds`. Loads once, warms up, then reports the median and p90 of repeated runs.
import { analyzeStory } from '../src/analysis/story.ts';
import { loadArticles } from '../src/corpus/load.ts';

const folder = process.argv[2] ?? 'seeds';
const { articles } = loadArticles([folder]);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
for (let i = 0; i < 10; i++) analyzeStory('bench', articles);
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  analyzeStory('bench', articles);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`${articles.length} articles, ${(bytes / 1000).toFixed(1)} kB: median ${at(0.5)} ms, p90 ${at(0.9)} ms, fastest ${times[0].toFixed(1)} ms over ${times.length} warm runs`);
