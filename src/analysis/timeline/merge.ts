// The story timeline: events from all articles, merged per happening. (First version.)
import type { ArticleAnalysis, TimelineEntry } from '../types.ts';

export function buildTimeline(articles: ArticleAnalysis[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const a of articles)
    for (const e of a.events)
      entries.push({
        id: `t${entries.length + 1}`,
        date: e.date,
        precision: e.precision,
        kind: e.kind,
        summary: e.summary,
        actors: e.actors,
        sources: [{ file: e.file, evidence: e.evidence, date: e.date }],
      });
  return entries.sort((x, y) => x.date.localeCompare(y.date));
}
