// The baseline the index is measured against: the same queries answered by one naive pass over the
// analysed corpus, as a bot without any index would hold it: flat lists of every quote, dated event,
// sentence and article, each with its story, every text tokenised when a query comes. Both sides do
// only the retrieval a handler asks of the engine (matching quotes, passages, timeline entries,
// autocomplete candidates); rendering the reply is the same work either way and is timed separately
// through the real handlers.
//
// A second, gentler baseline (`scopedLookup`) scans only the asked story's articles, found by a
// pass over the article list: what is left of the index's advantage once the corpus is split by
// story, which stories of at most 50 articles make small.
import MiniSearch from 'minisearch';
import { STORY_KINDS } from '../corpus/types.ts';
import type { ArticleAnalysis, DatedEvent, Quote } from '../analysis/types.ts';
import type { Engine } from '../engine.ts';
import { sameName } from '../index/search.ts';
import type { Query } from './queries.ts';

export interface FlatArticle {
  story: string;
  analysis: ArticleAnalysis;
}

/** The corpus as flat lists, each item with its story. */
export interface FlatCorpus {
  articles: FlatArticle[];
  quotes: { story: string; quote: Quote }[];
  events: { story: string; event: DatedEvent }[];
  sentences: { story: string; text: string; own: boolean }[];
}

export function flatten(engine: Engine): FlatCorpus {
  const out: FlatCorpus = { articles: [], quotes: [], events: [], sentences: [] };
  for (const s of engine.allStories()) {
    for (const analysis of s.analysis.articles) {
      out.articles.push({ story: s.name, analysis });
      for (const quote of analysis.quotes) out.quotes.push({ story: s.name, quote });
      for (const event of analysis.events) out.events.push({ story: s.name, event });
      for (const x of analysis.sentences) out.sentences.push({ story: s.name, text: x.text, own: STORY_KINDS.has(analysis.paragraphs[x.paragraph].kind) });
    }
  }
  return out;
}

const splitWords = MiniSearch.getDefault('tokenize') as (s: string) => string[];
function terms(s: string): string[] {
  const out: string[] = [];
  for (const t of splitWords(s.replace(/[’‘]/g, "'"))) {
    const term = t.toLowerCase().replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (term) out.push(term);
  }
  return out;
}

/** How many of the query's terms a text has (a term of more than 3 letters also matches as a prefix). */
function score(queryTerms: string[], text: string): number {
  const words = terms(text);
  let n = 0;
  for (const q of queryTerms) if (words.some((w) => w === q || (q.length > 3 && w.startsWith(q)))) n++;
  return n;
}

function storyOf(engine: Engine, q: Query) {
  return engine.story(typeof q.options.story === 'string' ? q.options.story : undefined);
}

/** What the handler asks of the engine's index and lists for this query. */
export function indexedLookup(engine: Engine, q: Query): number {
  const story = storyOf(engine, q);
  if (!story) return 0;
  const o = q.options;
  switch (q.kind) {
    case 'quote':
      return story.index.searchClusters(String(o.query ?? ''), { speaker: o.speaker ? String(o.speaker) : undefined }).length;
    case 'timeline':
      return story.analysis.timeline.filter((e) => (!o.actor || e.actors.some((a) => sameName(a, String(o.actor)))) && (!o.from || e.date >= String(o.from)) && (!o.to || e.date.slice(0, 4) <= String(o.to))).length;
    case 'compare':
      if (!o.topic) return story.analysis.articles.length;
      return story.index.searchClusters(String(o.topic)).length + story.index.searchPassages(String(o.topic), 40).length;
    case 'autocomplete': {
      const v = (q.value ?? '').toLowerCase();
      if (q.focused === 'speaker') return story.index.speakers.filter((s) => s.toLowerCase().includes(v)).length;
      if (q.focused === 'actor') return story.index.actors.filter((s) => s.toLowerCase().includes(v)).length;
      if (q.focused === 'story') return engine.storyNames().filter((n) => n.toLowerCase().includes(v)).length;
      if (q.focused === 'from') return story.analysis.timeline.filter((e) => e.date.startsWith(v)).length;
      return story.analysis.articles.filter((a) => `${a.outlet ?? ''} ${a.title} ${a.file}`.toLowerCase().includes(v)).length;
    }
  }
}

const optionMatch = (o: Query['options'], e: DatedEvent) =>
  (!o.actor || e.actors.some((a) => sameName(a, String(o.actor)))) && (!o.from || e.date >= String(o.from)) && (!o.to || e.date.slice(0, 4) <= String(o.to));

/** Scores one quote against the query and keeps its cluster's best score (both scans share it). */
function addQuoteHit(clusters: Map<string, number>, qt: string[], o: Query['options'], x: Quote): void {
  if (o.speaker && !sameName(x.speaker, String(o.speaker))) return;
  const s = score(qt, `${x.text} ${x.speaker ?? ''} ${x.context}`);
  if (s > 0) clusters.set(x.cluster ?? x.id, Math.max(clusters.get(x.cluster ?? x.id) ?? 0, s));
}

/** The same answer from one pass over every item of the corpus. */
export function linearLookup(flat: FlatCorpus, q: Query, defaultStory: string): number {
  const name = typeof q.options.story === 'string' ? q.options.story : defaultStory;
  const o = q.options;
  switch (q.kind) {
    case 'quote': {
      const qt = terms(String(o.query ?? ''));
      const clusters = new Map<string, number>();
      for (const { story, quote: x } of flat.quotes) {
        if (story === name) addQuoteHit(clusters, qt, o, x);
      }
      return [...clusters.values()].sort((a, b) => b - a).length;
    }
    case 'timeline': {
      let n = 0;
      for (const { story, event } of flat.events) if (story === name && optionMatch(o, event)) n++;
      return n;
    }
    case 'compare': {
      if (!o.topic) return flat.articles.filter((a) => a.story === name).length;
      const qt = terms(String(o.topic));
      const hits: number[] = [];
      for (const x of flat.sentences) {
        if (x.story !== name || !x.own) continue;
        const sc = score(qt, x.text);
        if (sc > 0) hits.push(sc);
      }
      for (const { story, quote } of flat.quotes) if (story === name && score(qt, quote.text) > 0) hits.push(1);
      return hits.sort((a, b) => b - a).slice(0, 40).length;
    }
    case 'autocomplete': {
      const v = (q.value ?? '').toLowerCase();
      const counts = new Map<string, number>();
      const count = (k: string | null | undefined) => k && counts.set(k, (counts.get(k) ?? 0) + 1);
      if (q.focused === 'story') {
        for (const a of flat.articles) count(a.story);
      } else if (q.focused === 'speaker') {
        for (const x of flat.quotes) if (x.story === name) count(x.quote.speaker);
      } else if (q.focused === 'actor') {
        for (const x of flat.events) if (x.story === name) for (const a of x.event.actors) count(a);
      } else if (q.focused === 'from') {
        for (const x of flat.events) if (x.story === name) count(x.event.date);
      } else {
        for (const { story, analysis } of flat.articles) if (story === name) count(`${analysis.outlet ?? ''} ${analysis.title} ${analysis.file}`);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).filter(([k]) => k.toLowerCase().includes(v)).length;
    }
  }
}

/** The same answer from the asked story's articles only (found by a pass over the article list). */
export function scopedLookup(flat: FlatCorpus, q: Query, defaultStory: string): number {
  return scoped(flat.articles, q, defaultStory);
}

function scoped(flat: FlatArticle[], q: Query, defaultStory: string): number {
  const name = typeof q.options.story === 'string' ? q.options.story : defaultStory;
  const o = q.options;
  switch (q.kind) {
    case 'quote': {
      const qt = terms(String(o.query ?? ''));
      const clusters = new Map<string, number>();
      for (const { story, analysis } of flat) {
        if (story !== name) continue;
        for (const x of analysis.quotes) addQuoteHit(clusters, qt, o, x);
      }
      return [...clusters.values()].sort((a, b) => b - a).length;
    }
    case 'timeline': {
      let n = 0;
      for (const { story, analysis } of flat) {
        if (story !== name) continue;
        for (const e of analysis.events) if ((!o.actor || e.actors.some((a) => sameName(a, String(o.actor)))) && (!o.from || e.date >= String(o.from)) && (!o.to || e.date.slice(0, 4) <= String(o.to))) n++;
      }
      return n;
    }
    case 'compare': {
      if (!o.topic) return flat.filter((a) => a.story === name).length;
      const qt = terms(String(o.topic));
      const hits: number[] = [];
      for (const { story, analysis } of flat) {
        if (story !== name) continue;
        for (const s of analysis.sentences) {
          if (!STORY_KINDS.has(analysis.paragraphs[s.paragraph].kind)) continue;
          const sc = score(qt, s.text);
          if (sc > 0) hits.push(sc);
        }
      }
      return hits.sort((a, b) => b - a).slice(0, 40).length;
    }
    case 'autocomplete': {
      const v = (q.value ?? '').toLowerCase();
      const counts = new Map<string, number>();
      const count = (k: string | null | undefined) => k && counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const { story, analysis } of flat) {
        if (q.focused === 'story') {
          count(story);
          continue;
        }
        if (story !== name) continue;
        if (q.focused === 'speaker') for (const x of analysis.quotes) count(x.speaker);
        else if (q.focused === 'actor') for (const e of analysis.events) for (const a of e.actors) count(a);
        else if (q.focused === 'from') for (const e of analysis.events) count(e.date);
        else count(`${analysis.outlet ?? ''} ${analysis.title} ${analysis.file}`);
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).filter(([k]) => k.toLowerCase().includes(v)).length;
    }
  }
}
