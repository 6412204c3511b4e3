// Publication date: front matter, else stated in the text, else inferred. (First version.)
import type { Article, Paragraph } from '../../corpus/types.ts';

export interface Published {
  date: string | null;
  inferred: boolean;
}

export function publicationDate(article: Article, _paragraphs: Paragraph[]): Published {
  if (article.meta.published) return { date: article.meta.published, inferred: false };
  return { date: null, inferred: false };
}
