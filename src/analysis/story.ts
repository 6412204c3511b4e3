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
import type { ArticleAnalysis, StoryAnalysis } from './types.ts';

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
  return { story, articles: analyses, entities, clusters, timeline: buildTimeline(analyses) };
}

/** Words the story writes in lower case somewhere: a capitalised one of these opening a sentence is no name. */
function lowerCaseWords(articles: Article[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) for (const m of a.text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu)) out.add(m[0]);
  return out;
}
