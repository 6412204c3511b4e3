// Dated events of one article. (First version: none.)
import type { ArticleAnalysis, DatedEvent, Entity } from '../types.ts';

export function extractEvents(_article: ArticleAnalysis, _entities: Entity[]): DatedEvent[] {
  return [];
}
