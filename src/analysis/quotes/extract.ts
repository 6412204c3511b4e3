import type { ArticleAnalysis, Quote } from '../types.ts';
export function extractQuotes(_a: ArticleAnalysis): Quote[] {
  return [];
}
