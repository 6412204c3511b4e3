// Hand-built stories for command tests: articles split into story paragraphs and sentences, with
// quotes, clusters and timeline entries given outright, so a test does not depend on how well the
// extraction rules do today. Also a minimal engine over such stories.
import { splitSentences } from '../src/corpus/sentences.ts';
import type { Article, Paragraph } from '../src/corpus/types.ts';
import type { ArticleAnalysis, Quote, QuoteCluster, StoryAnalysis, TimelineEntry } from '../src/analysis/types.ts';
import type { Engine, Story } from '../src/engine.ts';
import { StoryIndex } from '../src/index/search.ts';
import { Router } from '../src/router.ts';
import { commands } from '../commands/index.ts';

export interface FixtureArticle {
  file: string;
  outlet?: string | null;
  title?: string;
  published?: string | null;
  text: string;
}

export interface FixtureQuote {
  file: string;
  /** Exact words as they stand in the article. */
  text: string;
  speaker: string | null;
  cluster: string;
  relay?: string;
  inferredFrom?: string;
  kind?: 'direct' | 'partial';
  saidOn?: string;
}

export interface FixtureStory {
  name?: string;
  articles: FixtureArticle[];
  quotes?: FixtureQuote[];
  timeline?: (Pick<TimelineEntry, 'id' | 'date' | 'summary' | 'actors' | 'sources'> & Partial<TimelineEntry>)[];
}

function analyse(a: FixtureArticle, story: string): ArticleAnalysis {
  const article: Article = { file: a.file, path: `/virtual/${story}/${a.file}`, story, text: a.text, bodyStart: 0, meta: {} };
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const chunk of a.text.split(/\n\s*\n/)) {
    const start = a.text.indexOf(chunk, at);
    at = start + chunk.length;
    if (!chunk.trim()) continue;
    paragraphs.push({ index: paragraphs.length, start, end: start + chunk.length, text: chunk, kind: 'story' });
  }
  const sentences = paragraphs.flatMap((p) => splitSentences(a.text, p.start, p.end, p.index));
  return {
    article,
    file: a.file,
    title: a.title ?? a.text.split(/[.!?]/)[0].slice(0, 80),
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    publishedInferred: false,
    paragraphs,
    sentences,
    quotes: [],
    events: [],
  };
}

export function buildStory(f: FixtureStory): StoryAnalysis {
  const name = f.name ?? 'fixture';
  const articles = f.articles.map((a) => analyse(a, name));
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const clusters = new Map<string, Quote[]>();
  for (const q of f.quotes ?? []) {
    const a = byFile.get(q.file)!;
    const start = a.article.text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture quote not in ${q.file}: ${q.text}`);
    const sentence = a.sentences.find((s) => s.start <= start && start < s.end)!;
    const quote: Quote = {
      id: `${q.file}#${start}`,
      file: q.file,
      start,
      end: start + q.text.length,
      text: q.text,
      kind: q.kind ?? 'direct',
      speaker: q.speaker,
      rules: ['fixture'],
      relay: q.relay,
      inferredFrom: q.inferredFrom,
      paragraph: sentence.paragraph,
      context: sentence.text,
      cluster: q.cluster,
      saidOn: q.saidOn,
    };
    a.quotes.push(quote);
    clusters.set(q.cluster, [...(clusters.get(q.cluster) ?? []), quote]);
  }
  const clusterList: QuoteCluster[] = [...clusters.entries()].map(([id, qs]) => {
    const counts = new Map<string, number>();
    for (const q of qs) counts.set(q.text, (counts.get(q.text) ?? 0) + 1);
    const canonical = [...counts.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0][0];
    const speakers = new Map<string, number>();
    for (const q of qs) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
    const ranked = [...speakers.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
    return {
      id,
      canonical,
      speaker: ranked[0] ?? null,
      conflictingSpeakers: ranked.slice(1),
      quoteIds: qs.map((q) => q.id),
      files: [...new Set(qs.map((q) => q.file))],
      saidOn: qs.find((q) => q.saidOn)?.saidOn,
    };
  });
  const timeline: TimelineEntry[] = (f.timeline ?? []).map((e) => ({
    precision: e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year',
    kind: 'happened',
    ...e,
  })) as TimelineEntry[];
  return { story: name, articles, entities: [], clusters: clusterList, timeline };
}

/** An engine over hand-built stories (the first is the default). */
export function fixtureEngine(...analyses: StoryAnalysis[]): Engine {
  const stories: Story[] = analyses.map((analysis) => ({
    name: analysis.story,
    analysis,
    index: new StoryIndex(analysis),
    articleCount: analysis.articles.length,
    newest: analysis.articles.reduce((m, a) => ((a.published ?? '') > m ? (a.published ?? '') : m), ''),
  }));
  const engine = {
    warnings: [],
    storyNames: () => stories.map((s) => s.name),
    story: (name?: string) => (name ? stories.find((s) => s.name.toLowerCase() === name.toLowerCase()) : stories[0]),
    allStories: () => stories,
    // Hand-built stories are short: their comparison is made by the handler itself.
    prepareComparison: async () => undefined,
    whenReady: async () => undefined,
    readableNow: () => true,
    analysing: () => 0,
    analysed: Promise.resolve(),
    // Hand-built stories are never updated: the handlers' preparers are registered and never run.
    preparers: new Set(),
  };
  return engine as unknown as Engine;
}

export function fixtureRouter(...analyses: StoryAnalysis[]): Router {
  return new Router(fixtureEngine(...analyses), commands);
}

/** All the text of a reply (for "contains" checks). */
export function replyText(reply: { content?: string; embeds?: { title?: string; description?: string; footer?: string; fields?: { name: string; value: string }[] }[] }): string {
  return [
    reply.content ?? '',
    ...(reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer ?? '']),
  ].join('\n');
}
