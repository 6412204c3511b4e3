// The analysis pipeline for one story: clean every article, mark off-topic paragraphs against the
// whole story, then quotes, entities, clusters and the timeline.
import { classifyParagraphs } from '../corpus/clean.ts';
import { markOffTopic } from '../corpus/offtopic.ts';
import { splitSentences } from '../corpus/sentences.ts';
import type { Article } from '../corpus/types.ts';
import { publicationDate } from './dates/published.ts';
import { articleOutlet, articleTitle } from './metadata.ts';
import { buildCast } from './quotes/cast.ts';
import { extractQuotes, prepareArticle } from './quotes/extract.ts';
import { linkQuotes } from './quotes/story.ts';
import { extractEvents } from './timeline/events.ts';
import { buildTimeline } from './timeline/merge.ts';
import type { ArticleAnalysis, Quote, QuoteCluster, StoryAnalysis } from './types.ts';

export function analyzeStory(story: string, articles: Article[]): StoryAnalysis {
  const paragraphs = articles.map(classifyParagraphs);
  markOffTopic(paragraphs);
  const analyses: ArticleAnalysis[] = articles.map((article, i) => {
    const paras = paragraphs[i];
    const sentences = paras.flatMap((p) => splitSentences(article.text, p.start, p.end, p.index));
    const published = publicationDate(article, paras);
    const analysis: ArticleAnalysis = {
      article,
      file: article.file,
      title: articleTitle(article, paras, sentences),
      outlet: articleOutlet(article, paras),
      published: published.date,
      publishedInferred: published.inferred,
      paragraphs: paras,
      sentences,
      quotes: [],
      events: [],
    };
    return analysis;
  });
  const common = lowerCaseWords(articles);
  const prepared = analyses.map((a) => prepareArticle(a, common));
  const cast = buildCast(analyses.map((a, i) => ({ file: a.file, masked: prepared[i].masked, mentions: prepared[i].mentions })));
  const outlets = new Set(analyses.map((a) => a.outlet?.toLowerCase()).filter((o): o is string => !!o));
  analyses.forEach((a, i) => (a.quotes = extractQuotes(a, prepared[i], cast, outlets)));
  const clusters = linkQuotes(analyses);
  const entities = cast.entities();
  for (const a of analyses) a.events = extractEvents(a, entities);
  dateQuotes(analyses, clusters);
  return { story, articles: analyses, entities, clusters, timeline: buildTimeline(analyses) };
}

/**
 * When words were said: a day-precise event dated in the quote's own sentence by words outside the
 * quote ("the spokesman said on Friday, “…”"); a cluster takes the earliest day its members give.
 */
function dateQuotes(analyses: ArticleAnalysis[], clusters: QuoteCluster[]): void {
  const byId = new Map<string, Quote>();
  for (const a of analyses) {
    for (const q of a.quotes) {
      byId.set(q.id, q);
      const s = a.sentences.find((x) => x.start <= q.start && q.start < x.end);
      if (!s) continue;
      const outside = (x: { start: number }) => x.start >= s.start && x.start < s.end && (x.start < q.start || x.start >= q.end);
      const e = a.events.find((x) => x.precision === 'day' && x.kind === 'happened' && outside(x));
      if (e) q.saidOn = e.date;
    }
  }
  for (const c of clusters) {
    const days = c.quoteIds.map((id) => byId.get(id)?.saidOn).filter((d): d is string => !!d).sort();
    if (days.length) c.saidOn = days[0];
  }
}

/** Words the story writes in lower case somewhere: a capitalised one of these opening a sentence is no name. */
function lowerCaseWords(articles: Article[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) for (const m of a.text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu)) out.add(m[0]);
  return out;
}
