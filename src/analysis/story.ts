// The analysis pipeline for one story: clean every article, mark off-topic paragraphs against the
// whole story, then quotes, entities, clusters and the timeline.
import { classifyParagraphs } from '../corpus/clean.ts';
import { markOffTopic } from '../corpus/offtopic.ts';
import { splitSentences } from '../corpus/sentences.ts';
import type { Article } from '../corpus/types.ts';
import { publicationDate } from './dates/published.ts';
import { articleOutlet, articleTitle } from './metadata.ts';
import { extractQuotes } from './quotes/extract.ts';
import { linkStory } from './quotes/story.ts';
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
    analysis.quotes = extractQuotes(analysis);
    return analysis;
  });
  const { entities, clusters } = linkStory(analyses);
  for (const a of analyses) a.events = extractEvents(a, entities);
  return { story, articles: analyses, entities, clusters, timeline: buildTimeline(analyses) };
}
