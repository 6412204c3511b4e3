import type { ArticleAnalysis, Entity, QuoteCluster } from '../types.ts';
export function linkStory(_articles: ArticleAnalysis[]): { entities: Entity[]; clusters: QuoteCluster[] } {
  return { entities: [], clusters: [] };
}
