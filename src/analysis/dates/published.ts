// Publication date: front matter wins; else the date the article states about itself (stated.ts);
// else the latest explicit full date its own text mentions (an embedded post's signature, a dated
// caption, a past event), or a later day of that year it tells as past, marked as inferred; else
// unknown. Dates in plans ("will meet on 4 May 2025") are not evidence of when the article was
// written, nor are teasers, ads or off-topic text.
import type { Article, Paragraph, ParagraphKind } from '../../corpus/types.ts';
import { MONTH_NAMES, MONTH_WORDS, daysBetween, toDay } from './calendar.ts';
import { fullDates } from './full-date.ts';
import { statedPublication } from './stated.ts';
import { temporalContext } from './tense.ts';

export interface Published {
  date: string | null;
  inferred: boolean;
  /** A stated day whose year the article does not write (see StatedDate). */
  yearGuessed?: boolean;
  /** The stated day read with day and month the other way round (see StatedDate). */
  swapped?: string;
}

const EVIDENCE: ReadonlySet<ParagraphKind> = new Set(['story', 'caption', 'embed', 'embed-signature', 'standfirst', 'dateline']);

export function publicationDate(article: Article, paragraphs: Paragraph[]): Published {
  const front = toDay(article.meta.published) ?? frontMatterText(article.meta.published);
  if (front) return { date: front, inferred: false };
  const stated = statedPublication(article, paragraphs);
  if (stated) {
    const out: Published = { date: stated.date, inferred: false };
    if (stated.yearGuessed) out.yearGuessed = true;
    if (stated.swapped) out.swapped = stated.swapped;
    return out;
  }
  const latest = latestMentionedDate(paragraphs);
  return latest ? { date: latest, inferred: true } : { date: null, inferred: false };
}

/** Farther than this from every date the story's other articles state, a guessed date is not believed. */
const STORY_SPAN_DAYS = 183;

/**
 * The story's stated dates settle what one article could only guess. A day whose year was guessed
 * ("March 9 (Wire) -", with "listed in 2019" the only year written) takes the year that puts it
 * nearest the story's stated dates. A date inferred from the latest day an article mentions, long
 * before the rest of the story, is only a retrospective's last date ("the first patient was dosed
 * on 17 May 2021"): unknown instead. A day written in figures either way round ("10/03/2026") is
 * read the way that puts it nearer the others. Changes `list` in place.
 */
export function settleWithStory(list: Published[]): void {
  const firm = list.filter((p) => p.date && !p.inferred && !p.yearGuessed && !p.swapped).map((p) => p.date!);
  if (!firm.length) return;
  const distance = (day: string) => Math.min(...firm.map((d) => daysBetween(day, d)));
  for (const p of list) {
    // ("Published 10/03/2026" in a story the others date 3 and 5 March: the 10th of March.)
    if (p.swapped && p.date && distance(p.swapped) < distance(p.date)) p.date = p.swapped;
    if (!p.date || (!p.inferred && !p.yearGuessed)) continue;
    const days = firm.map((d) => daysBetween(p.date!, d));
    const nearest = firm[days.indexOf(Math.min(...days))];
    if (Math.min(...days) <= STORY_SPAN_DAYS) continue;
    if (p.yearGuessed) p.date = nearestYear(p.date, nearest);
    else if (p.date < nearest) {
      p.date = null;
      p.inferred = false;
    }
  }
}


/** `day`'s month and day in the year (of three around `near`'s) that puts it nearest `near`. */
function nearestYear(day: string, near: string): string {
  const year = Number(near.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => `${y}${day.slice(4)}`).filter((d) => !Number.isNaN(Date.parse(d)));
  return options.reduce((best, d) => (daysBetween(d, near) < daysBetween(best, near) ? d : best), options[0] ?? day);
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
  return latest && laterInYear(paragraphs, latest);
}

/**
 * "In a ballot which closed on 3 June 2026 …" and "a meeting on Saturday 11 July, which voted …":
 * a day without its year, told as past in the year of the latest full date and within a few months
 * after it, is later evidence (an undated release names its last days so).
 */
function laterInYear(paragraphs: Paragraph[], latest: string): string {
  const year = latest.slice(0, 4);
  let out = latest;
  for (const p of paragraphs) {
    if (!EVIDENCE.has(p.kind) || !MONTH_WORD.test(p.text)) continue;
    for (const m of p.text.matchAll(YEARLESS_DAY)) {
      const month = MONTH_NAMES.indexOf((m[2] ?? m[3]).toLowerCase() as (typeof MONTH_NAMES)[number]) + 1;
      const day = Number(m[1] ?? m[4]);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (day > 31 || date <= out || daysBetween(date, latest) > LATER_DAYS) continue;
      // (Told in a past verb of its own clause, in a sentence with nothing ahead: "The stoppage goes
      // ahead on 10 & 11 October" is a timetable.)
      const sentence = sentenceAround(p.text, m.index!);
      if (AHEAD_WORDS.test(sentence) || !PAST_BEFORE.test(p.text.slice(Math.max(0, m.index! - 80), m.index!))) continue;
      const tense = temporalContext(p.text, m.index!, m.index! + m[0].length);
      if (tense.cued && tense.kind === 'happened' && !tense.spoken) out = date;
    }
  }
  return out;
}
const LATER_DAYS = 120;
const AHEAD_WORDS = /\b(?:will|would|due|plans?|planned|expected|scheduled|set\s+to|going\s+to|until|from)\b/i;
/** A past verb (or "was"/"were") in the clause before the day. */
const PAST_BEFORE = /\b(?:was|were|had|[a-z]{3,}ed)\b[^,;.:]{0,70}$/i;

/** The sentence of `text` around `at`. */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, text.lastIndexOf('. ', at) + 1);
  const to = text.indexOf('. ', at);
  return text.slice(from, to < 0 ? text.length : to);
}
const MONTH = MONTH_WORDS.join('|');
const MONTH_WORD = new RegExp(`\\b(?:${MONTH})\\b`);
/** "11 July", "July 11th", with no year after. */
const YEARLESS_DAY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s+\\d{4})`, 'g');
