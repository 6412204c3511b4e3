// An article that states no date and mentions no full one (wire copy reprinted without its
// dateline) can only give explicit dates by itself. It is still about the story's days: it borrows
// the earliest publication date of the story's other articles, as an inferred lower bound, so its
// "said Thursday" and "on Jan. 19" can be read.
import type { ArticleAnalysis } from '../types.ts';
import { type TimelineEvent, extractEvents } from './events.ts';

export function storyEvents(articles: ArticleAnalysis[]): TimelineEvent[] {
  const dated = articles.map((a) => a.published).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const borrowed = dated.length ? dated.reduce((a, b) => (a < b ? a : b)) : null;
  return articles.flatMap((a) => {
    if (a.published || !borrowed) return a.events as TimelineEvent[];
    // The story's entities are not at hand here; names are read from the sentences themselves.
    return extractEvents({ ...a, published: borrowed, publishedInferred: true }, []);
  });
}
