// The extract report of CONTRACTS.md: per article its quotes, and the story timelines.
import type { Engine } from './engine.ts';

export interface ReportQuote {
  text: string;
  speaker: string | null;
  kind: 'direct' | 'partial';
  cluster: string | null;
  start: number;
  end: number;
  relay?: string;
  speaker_inferred_from?: string;
  rules: string[];
}

export interface ReportArticle {
  file: string;
  story: string;
  title: string;
  outlet: string | null;
  published: string | null;
  published_inferred: boolean;
  quotes: ReportQuote[];
}

export interface ReportEntry {
  date: string;
  precision: string;
  kind: string;
  summary: string;
  actors: string[];
  story: string;
  sources: { file: string; evidence: string }[];
  conflict?: { date: string; files: string[] }[];
}

export interface ExtractReport {
  articles: ReportArticle[];
  timeline: ReportEntry[];
  warnings: { file: string; reason: string }[];
}

export function buildReport(engine: Engine): ExtractReport {
  const articles: ReportArticle[] = [];
  const timeline: ReportEntry[] = [];
  for (const story of engine.allStories()) {
    const { analysis } = story;
    // Cluster ids are per story; prefix them when several stories share one report.
    const prefix = engine.storyNames().length > 1 ? `${story.name}/` : '';
    for (const a of analysis.articles) {
      articles.push({
        file: a.file,
        story: story.name,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        published_inferred: a.publishedInferred,
        quotes: a.quotes.map((q) => ({
          text: q.text,
          speaker: q.speaker,
          kind: q.kind,
          cluster: q.cluster ? prefix + q.cluster : null,
          start: q.start,
          end: q.end,
          ...(q.relay ? { relay: q.relay } : {}),
          ...(q.inferredFrom ? { speaker_inferred_from: q.inferredFrom } : {}),
          rules: q.rules,
        })),
      });
    }
    for (const e of analysis.timeline) {
      timeline.push({
        date: e.date,
        precision: e.precision,
        kind: e.kind,
        summary: e.summary,
        actors: e.actors,
        story: story.name,
        sources: e.sources.map((s) => ({ file: s.file, evidence: s.evidence })),
        ...(e.conflict ? { conflict: e.conflict } : {}),
      });
    }
  }
  return { articles, timeline, warnings: engine.warnings.map((w) => ({ file: w.file, reason: w.reason })) };
}
