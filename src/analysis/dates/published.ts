// Publication date: front matter wins; else the date the article states about itself (stated.ts);
// else the latest explicit full date its own text mentions (an embedded post's signature, a dated
// caption, a past event), marked as inferred; else unknown. Dates in plans ("will meet on 4 May
// 2025") are not evidence of when the article was written, nor are teasers, ads or off-topic text.
import type { Article, Paragraph, ParagraphKind } from '../../corpus/types.ts';
import { toDay } from './calendar.ts';
import { fullDates } from './full-date.ts';
import { statedPublication } from './stated.ts';
import { temporalContext } from './tense.ts';

export interface Published {
  date: string | null;
  inferred: boolean;
}

const EVIDENCE: ReadonlySet<ParagraphKind> = new Set(['story', 'caption', 'embed', 'embed-signature', 'standfirst', 'dateline']);

export function publicationDate(article: Article, paragraphs: Paragraph[]): Published {
  const front = toDay(article.meta.published) ?? frontMatterText(article.meta.published);
  if (front) return { date: front, inferred: false };
  const stated = statedPublication(article, paragraphs);
  if (stated) return { date: stated.date, inferred: false };
  const latest = latestMentionedDate(paragraphs);
  return latest ? { date: latest, inferred: true } : { date: null, inferred: false };
}

function frontMatterText(value: string | undefined): string | null {
  return value ? (fullDates(value)[0]?.date ?? null) : null;
}

export function latestMentionedDate(paragraphs: Paragraph[]): string | null {
  let latest: string | null = null;
  for (const p of paragraphs) {
    if (!EVIDENCE.has(p.kind)) continue;
    for (const d of fullDates(p.text)) {
      const tense = temporalContext(p.text, d.index, d.index + d.text.length);
      if (tense.cued && tense.kind !== 'happened') continue; // a plan, not a day already reached
      if (!latest || d.date > latest) latest = d.date;
    }
  }
  return latest;
}
