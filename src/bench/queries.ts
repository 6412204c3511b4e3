// The benchmark's fixed mix of queries: drawn with a seeded PRNG from what the loaded stories hold
// (words of their quotes, their speakers, actors, sources and dates), so the same corpus always
// gets the same mix. Each query is what a user would send: a slash command with its options, or an
// autocomplete request for one option as it is being typed.
import type { OptionValues } from '../../commands/types.ts';
import type { Engine, Story } from '../engine.ts';
import { prng } from './generate.ts';

export type Kind = 'quote' | 'timeline' | 'compare' | 'autocomplete';

export interface Query {
  kind: Kind;
  command: string;
  options: OptionValues;
  /** For autocomplete: the option being typed and what is typed so far. */
  focused?: string;
  value?: string;
  /** The story the query is about, for the linear scan. */
  story: string;
}

const MISSES = ['quarterly lantern zebra', 'volcanic harpsichord', 'submarine orchard', 'glacier saxophone'];

/** A mix of `perKind` queries of each kind over up to `stories` stories. */
export function queryMix(engine: Engine, perKind = 60, stories = 24, seed = 11): Query[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const all = engine.allStories();
  // Spread over the corpus: every k-th story, plus the default one (no story option).
  const step = Math.max(1, Math.floor(all.length / stories));
  const chosen = all.filter((_, i) => i % step === 0).slice(0, stories);
  const storyOpt = (s: Story, i: number) => (i === 0 && s === all[0] ? {} : { story: s.name });
  const out: Query[] = [];
  for (let i = 0; i < perKind; i++) {
    const s = chosen[i % chosen.length];
    const so = storyOpt(s, i);
    const quotes = s.analysis.articles.flatMap((a) => a.quotes);
    const files = s.analysis.articles.map((a) => a.file);
    // From the analysis, not the index: drawing the mix must not build any index before timing.
    const speakers = [...new Set(quotes.map((x) => x.speaker).filter((x): x is string => !!x))];
    const actors = [...new Set(s.analysis.timeline.flatMap((e) => e.actors))];

    // /quote: words of a quote (most), with a speaker, a typo, or words nobody said.
    const q = quotes.length ? pick(quotes) : undefined;
    const words = q ? q.text.split(/\s+/).filter((w) => w.length > 2) : [];
    const from = Math.floor(rand() * Math.max(1, words.length - 3));
    let query = words.slice(from, from + 2 + Math.floor(rand() * 3)).join(' ') || pick(MISSES);
    const variant = rand();
    const quoteOptions: OptionValues = { ...so, query };
    if (variant < 0.15) quoteOptions.query = pick(MISSES);
    else if (variant < 0.3 && q?.speaker) quoteOptions.speaker = q.speaker.split(' ').at(-1)!;
    else if (variant < 0.4 && query.length > 6) {
      const at = 1 + Math.floor(rand() * (query.length - 3));
      query = query.slice(0, at) + query.slice(at + 1);
      quoteOptions.query = query;
    }
    out.push({ kind: 'quote', command: 'quote', options: quoteOptions, story: s.name });

    // /timeline: the whole timeline, an actor's, a date range, or text only.
    const entries = s.analysis.timeline;
    const t = rand();
    const tlOptions: OptionValues = { ...so };
    if (t < 0.3 && actors.length) tlOptions.actor = pick(actors.slice(0, 8));
    else if (t < 0.6 && entries.length) {
      const dates = entries.map((e) => e.date).sort();
      tlOptions.from = dates[Math.floor(dates.length / 3)].slice(0, 7);
      tlOptions.to = dates[dates.length - 1].slice(0, 4);
    } else if (t < 0.75) tlOptions.format = 'text';
    out.push({ kind: 'timeline', command: 'timeline', options: tlOptions, story: s.name });

    // /compare: the overview, a topic, or two sources head to head.
    const c = rand();
    const cmpOptions: OptionValues = { ...so };
    if (c < 0.4 && words.length) cmpOptions.topic = pick(words.filter((w) => w.length > 4).concat(words)).toLowerCase().replace(/[^\p{L}]/gu, '');
    else if (c < 0.7 && files.length > 1) {
      cmpOptions.source_a = files[0];
      cmpOptions.source_b = files[1 + Math.floor(rand() * (files.length - 1))];
    }
    if (cmpOptions.topic === '') delete cmpOptions.topic;
    out.push({ kind: 'compare', command: 'compare', options: cmpOptions, story: s.name });

    // Autocomplete: a speaker, an actor, a source, a story or a date, one to three characters in.
    const a = rand();
    const typed = (name: string | undefined) => (name ?? '').slice(0, 1 + Math.floor(rand() * 3));
    if (a < 0.3) out.push({ kind: 'autocomplete', command: 'quote', focused: 'speaker', value: typed(pick(speakers.length ? speakers : [''])), options: { ...so }, story: s.name });
    else if (a < 0.5) out.push({ kind: 'autocomplete', command: 'timeline', focused: 'actor', value: typed(pick(actors.length ? actors : [''])), options: { ...so }, story: s.name });
    else if (a < 0.7) out.push({ kind: 'autocomplete', command: 'compare', focused: 'source_a', value: typed(pick(s.analysis.articles.map((x) => x.outlet ?? x.file))), options: { ...so }, story: s.name });
    else if (a < 0.85) out.push({ kind: 'autocomplete', command: 'quote', focused: 'story', value: typed(s.name), options: {}, story: s.name });
    else out.push({ kind: 'autocomplete', command: 'timeline', focused: 'from', value: (entries[0]?.date ?? '20').slice(0, 3 + Math.floor(rand() * 3)), options: { ...so }, story: s.name });
  }
  return out;
}
