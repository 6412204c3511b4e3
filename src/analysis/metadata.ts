// Title and outlet of an article: front matter first, then generic cues in the text.
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { datelineAgency } from './datelines.ts';

/** "NAIROBI (Agency News / Wire - 4th June, 2023)", "SYDNEY (AAP) -", "BERLIN, Dec 20 (Reuters) -": the outlet in the dateline. */
const DATELINE_OUTLET = /^[A-Z][A-Z .,'’-]{1,40}(?:,[^()\n]{0,30})?\s*\(([^()\d]{2,60}?)(?:\s*[-–—,]\s*[^()]*)?\)\s*[-–—:]?\s/;

export function articleTitle(article: Article, paragraphs: Paragraph[], sentences: Sentence[]): string {
  if (article.meta.title) return article.meta.title;
  const title = paragraphs.find((p) => p.kind === 'title');
  if (title) return title.text;
  const first = sentences.find((s) => paragraphs[s.paragraph].kind === 'story');
  if (!first) return article.file;
  return first.text.length <= 120 ? first.text : `${first.text.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}

export function articleOutlet(article: Article, paragraphs: Paragraph[]): string | null {
  if (article.meta.outlet) return article.meta.outlet;
  for (const p of paragraphs.slice(0, 8)) {
    if (p.kind !== 'story') continue;
    const m = DATELINE_OUTLET.exec(p.text);
    if (m) return m[1].trim();
    // "Paris (AFP) – ": in mixed case.
    const agency = datelineAgency(p.text);
    if (agency) return agency;
  }
  return null;
}
