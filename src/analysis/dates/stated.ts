// The publication date an article states about itself, and where: a crawler token (" date
// 2023-06-04"), a labelled line ("Published: …"), a byline that starts with the date ("4 June 2023
// - 13:46 A. Writer"), or a wire dateline ("NAIROBI (Agency / Wire - 4th June, 2023)",
// "SYDNEY, June 4 (AAP) -", "June 4 (AAP) -"). Only the first paragraphs are read: a date
// further down is the story's.
import type { Article, Paragraph } from '../../corpus/types.ts';
import { type Day, WEEKDAYS, daysBetween, weekdayOf } from './calendar.ts';
import { type FullDateOptions, fullDates, monthDay, writesDayFirst } from './full-date.ts';
import { temporalContext } from './tense.ts';

export interface StatedDate {
  date: Day;
  /** Offsets in the file of the text that states it (so it is never read as an event). */
  start: number;
  end: number;
  how: 'crawler' | 'label' | 'byline' | 'dateline';
  /** The text gives no year ("PRAGUE, March 9 (Wire) -"): it was guessed from the article (see yearOfArticle). */
  yearGuessed?: boolean;
  /** "Published 10/03/2026": day and month could be either way round; this is the other reading. */
  swapped?: Day;
}

const HEAD_PARAGRAPHS = 8;
// A short line with few of the story's words ("Published: Oct. 2, 2022 | Updated: 3 hours ago")
// may have been judged off topic: it still says when the article was published.
const READABLE = new Set(['story', 'standfirst', 'dateline', 'credit', 'caption', 'title', 'headline-repeat', 'offtopic']);
const CRAWLER = /(?:^|\s)date\s+(\d{4}-\d{2}-\d{2})\b/i;
const LABEL = /^(?:(?:this\s+)?(?:content|article|story|page)\s+was\s+(?:first\s+)?(?:published|posted|updated)|(?:first\s+)?(?:published|posted|updated|last\s+updated|date))\s*(?:on|at)?\s*:?\s*/i;
/** What a byline holds besides names and the date: times, zones and offsets, separators, "By", "Updated 2 hours ago", "Issue 12", "6 min read". */
const BYLINE_FILLER =
  /\b[ap]\.m\.(?!\w)|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\b\d{1,2}\s*min(?:ute)?s?\s+read\b|[+-]\d{1,2}\b|\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b(?:[ap]\.?m\.?|gmt|bst|utc|cet|cest|ist|aest|aedt|[ecmp][sd]?t|by|and|updated|published|posted|first|last|on|at|hrs|ist)\b|\b(?:issue|no|vol|volume|edition)\.?\s+\d+\b|[|,•·/–—-]+/gi;
/** "Source:", "Editor:", "UPDATED:": a byline field's label. */
const FIELD_LABEL = /\b(?:Source|Editor|Author|Writer|Reporter|Byline|Credit|Published|Posted|Updated)\s*:/gi;
/** "CITY (Outlet - 4th June, 2023)" or "CITY, June 4, 2023 (AP) —": a date before the story's first words. */
const DATELINE_PARENS = /^\p{Lu}[\p{L} .'’-]{1,40}?\s*\(([^()]{3,90})\)\s*[-–—:]?/u;
/** "June 4 (AAP) -": a wire dateline without a place. */
const DATELINE_AGENCY = /^((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)\s*\([^()]{1,40}\)\s*[-–—:]/;
/** "SYDNEY, June 4 (AAP) -", "Perth, June 4 (PTI) Text", "ZÜRICH, 3 June 2023 –", "Accra, March 3, GNA -": an agency in brackets or a dash ends it (a place in any script). */
const DATELINE_COMMA = /^\p{Lu}[\p{L} .'’-]{1,40}(?:,\s+\p{Lu}[\p{L} .'’-]{1,30})?,\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)\s*(?:\([^()]{1,40}\)\s*[-–—:]?|[-–—:]|,\s*\p{Lu}{2,6}\s*[-–—:])/u;

/** "Updated 2 hours ago", "Published: 09:12": a stamp of the page, not of the story. */
export const STAMP = /^(?:first\s+)?(?:published|posted|updated|last\s+updated)\b[^.!?]{0,60}$/i;

// The pipeline asks twice per article (publication date, then events): remember the answer.
const cache = new WeakMap<Paragraph[], StatedDate | null>();
/** How the article being read orders a date's day and month (set by findStated). */
let order: FullDateOptions = {};

export function statedPublication(article: Article, paragraphs: Paragraph[]): StatedDate | null {
  if (cache.has(paragraphs)) return cache.get(paragraphs)!;
  const found = findStated(article, paragraphs);
  if (found) found.swapped = otherReading(article.text.slice(found.start, found.end), found.date);
  cache.set(paragraphs, found);
  return found;
}

function findStated(article: Article, paragraphs: Paragraph[]): StatedDate | null {
  // "Published on 03/04/2021": read as the article's prose writes its dates, day first when it writes none.
  order = { dayFirst: writesDayFirst(article.text.slice(article.bodyStart)) !== false };
  const head = paragraphs.filter((p) => READABLE.has(p.kind)).slice(0, HEAD_PARAGRAPHS);
  for (const p of head) {
    const found = crawlerToken(p) ?? labelled(p) ?? embargo(p, article) ?? byline(p);
    if (found) return found;
  }
  for (const p of head) {
    if (p.kind !== 'story') continue;
    const found = dateline(p, article);
    if (found) return found;
  }
  return null;
}

/** A day and month in figures, joined by slashes. */
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/;

/** The date `date` read the other way round, when `text` writes it in figures either way could mean. */
function otherReading(text: string, date: Day): Day | undefined {
  const m = SLASHED.exec(text);
  if (!m) return undefined;
  const [a, b] = [m[1], m[2]].map((x) => x.padStart(2, '0'));
  if (a === b || Number(a) > 12 || Number(b) > 12) return undefined;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  const readings = [`${year}-${b}-${a}`, `${year}-${a}-${b}`];
  return readings.includes(date) ? readings.find((r) => r !== date) : undefined;
}

function crawlerToken(p: Paragraph): StatedDate | null {
  const m = CRAWLER.exec(p.text);
  if (!m || p.text.split(/\s+/).length > 10) return null;
  const at = p.start + m.index + m[0].indexOf(m[1]);
  return { date: m[1], start: at, end: at + m[1].length, how: 'crawler' };
}

function labelled(p: Paragraph): StatedDate | null {
  const m = LABEL.exec(p.text);
  if (!m || !m[0].trim() || p.text.length > 120) return null;
  const d = fullDates(withCentury(p.text.slice(m[0].length)), order)[0];
  return d ? { date: d.date, start: p.start, end: p.end, how: 'label' } : null;
}

/** "Posted 18/10/26 19:52": a page's stamp may write the year in two figures (this century's). */
function withCentury(stamp: string): string {
  return stamp.replace(SHORT_YEAR, (_, day: string, sep: string, month: string, year: string) => `${day}${sep}${month}${sep}20${year}`);
}
const SHORT_YEAR = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])/g;

/** "UNDER EMBARGO UNTIL 00:01 GMT WEDNESDAY 4 MARCH": a press release is published when its embargo ends. */
const EMBARGO = /^(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\s*(?:until|till|to)?\s*:?\s*/i;

function embargo(p: Paragraph, article: Article): StatedDate | null {
  const m = EMBARGO.exec(p.text);
  if (!m || !m[0].trim() || p.text.length > 120) return null;
  // Often in capitals: month and weekday names are read in title case.
  const rest = p.text.slice(m[0].length).replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
  const day = dayOf(rest, rest, article);
  return day && { ...day, start: p.start, end: p.end, how: 'label' };
}

/**
 * The day `text` states: a full date, else a month and day whose year is guessed from the article,
 * by the weekday `lead` names (see yearOfArticle).
 */
function dayOf(text: string, lead: string, article: Article): { date: Day; yearGuessed?: true } | null {
  const full = fullDates(text, order)[0];
  if (full) return { date: full.date };
  const md = monthDay(text);
  const year = md && yearOfArticle(article, lead, md[0], md[1]);
  return md && year ? { date: `${year}-${pad(md[0])}-${pad(md[1])}`, yearGuessed: true } : null;
}

/**
 * A short line with a full date (a second one is when it was updated) and otherwise only names,
 * a time and separators: "4 June 2023 - 13:46 A. Writer", "By Jane Doe | June 4, 2023 10:00 am ET".
 */
function byline(p: Paragraph): StatedDate | null {
  const text = unglued(p.text);
  if (text.split(/\s+/).length > 16 || /[.!?]["”’]?$/.test(text)) return null;
  // "04.03.2021, 19:45 | Updated 04.03.2021, 21:10": the first is the publication.
  const dates = fullDates(text, order);
  if (!dates.length) return null;
  const d = dates[0];
  let rest = text;
  for (const x of [...dates].reverse()) rest = rest.slice(0, x.index) + ' ' + rest.slice(x.index + x.text.length);
  // ("Source: Zhenlan News Service | 2026-06-11 10:15:40 | Editor: Wen Jia", "17:30, Tue, Mar 17, 2026 |
  // UPDATED: 18:02, …": a field's label is no name.)
  rest = rest.replace(FIELD_LABEL, ' ').replace(BYLINE_FILLER, ' ');
  if (!rest.split(/\s+/).filter(Boolean).every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w))) return null;
  return { date: d.date, start: p.start + d.index, end: p.start + d.index + d.text.length, how: 'byline' };
}

/**
 * The day the page says it was last updated ("Updated Thu, May 21 20267:55 AM EDT", "04.03.2021,
 * 19:45 | Updated 05.03.2021, 08:10"), when its head writes one after an "Updated" label.
 */
export function statedUpdate(article: Article, paragraphs: Paragraph[]): Day | null {
  if (!statedPublication(article, paragraphs)) return null; // (also sets how the article orders its dates)
  for (const p of paragraphs.filter((q) => READABLE.has(q.kind)).slice(0, HEAD_PARAGRAPHS)) {
    const label = UPDATED.exec(p.text);
    const day = label && fullDates(unglued(p.text.slice(label.index + label[0].length)), order)[0];
    if (day) return day.date;
  }
  return null;
}
const UPDATED = /\b(?:last\s+)?updated\b\s*(?:on|at)?\s*:?/i;

/**
 * "June 3, 20266:14 PM GMT+2Updated 2 hours ago": a page copied as text may run the year into the
 * time and the time into the next stamp. A space goes back in after the year and before the label
 * (inserted after the date: the date's offsets hold).
 */
function unglued(text: string): string {
  return text.replace(GLUED_TIME, '$1 ').replace(GLUED_LABEL, ' ');
}
const GLUED_TIME = /\b((?:19|20)\d\d)(?=\d{1,2}[:.]\d\d(?!\d))/g;
const GLUED_LABEL = /(?<=[\p{L}\d])(?=(?:Updated|Published|Posted)\b)/gu;

function dateline(p: Paragraph, article: Article): StatedDate | null {
  const parens = DATELINE_PARENS.exec(p.text);
  if (parens) {
    const d = fullDates(parens[1], order)[0];
    if (d) return { date: d.date, start: p.start, end: p.start + parens[0].length, how: 'dateline' };
  }
  const comma = DATELINE_COMMA.exec(p.text) ?? DATELINE_AGENCY.exec(p.text);
  const day = comma && dayOf(comma[1], p.text, article);
  return day ? { ...day, start: p.start, end: p.start + comma![0].length, how: 'dateline' } : null;
}

/**
 * A dateline without a year ("Oct 6"). The article was written after every year it tells as past
 * ("opened in 2009", "since 2011") and before any it tells as ahead ("on lease until May 2031");
 * within those bounds, the first year in which the date falls on the weekday the lead names
 * ("Oct 6 (Wire) - … said on Thursday") is taken, the lead's first weekday before any other. With no
 * weekday to go by, the latest past year. A full date written within a month of the dateline's day
 * (a caption's "June 2, 2026") settles it before all that.
 */
function yearOfArticle(article: Article, lead: string, month: number, day: number): number | null {
  const body = article.text.slice(article.bodyStart);
  // ("VIRELLA, June 3 (Wire) - … talks on Friday": a weekday the lead names may be one ahead.)
  const near = nearYear(body, month, day);
  if (near !== null) return near;
  const { past, ahead } = writtenYears(body);
  if (past === null) return null;
  const last = Math.max(past, Math.min(ahead ?? Infinity, past + YEARS_SEARCHED));
  const named = [...lead.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)].map((m) => WEEKDAYS.indexOf(`${m[1].toLowerCase()}day` as (typeof WEEKDAYS)[number]));
  for (const weekdays of [named.slice(0, 1), named]) {
    for (let year = past; year <= last; year++) if (weekdays.includes(weekdayOf(`${year}-${pad(month)}-${pad(day)}`))) return year;
  }
  return past;
}

/**
 * The year in which month/day falls within a month of a full date the text writes, the latest if
 * several do (an article is written after the dates it tells; "a year ago, on 4 March 2025" is older).
 */
function nearYear(body: string, month: number, day: number): number | null {
  let best: number | null = null;
  for (const found of fullDates(body, order)) {
    const year = Number(found.date.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      if (daysBetween(`${y}-${pad(month)}-${pad(day)}`, found.date) <= 31 && (best === null || y > best)) best = y;
    }
  }
  return best;
}

/** A date falls on every weekday within this many years. */
const YEARS_SEARCHED = 11;

/** The latest year the text tells as past and the earliest it tells as ahead. */
function writtenYears(body: string): { past: number | null; ahead: number | null } {
  let past: number | null = null;
  let ahead: number | null = null;
  // (Every year written, full dates included, is judged by its sentence: "until March 4, 2027" is ahead.)
  for (const m of body.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const year = Number(m[1]);
    // The sentence around it decides its tense.
    const from = Math.max(body.lastIndexOf('\n', m.index), body.slice(0, m.index).search(/[.!?]\s+[^.!?]*$/)) + 1;
    const to = body.slice(m.index).search(/[.!?\n]/);
    const sentence = body.slice(from, to < 0 ? body.length : m.index + to);
    // "until May 2031": the expression starts at its month.
    const month = /\b[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?$/.exec(sentence.slice(0, m.index - from));
    const at = month ? month.index : m.index - from;
    const tense = temporalContext(sentence, at, m.index - from + m[0].length);
    if (tense.cued && tense.kind !== 'happened') ahead = Math.min(ahead ?? year, year);
    else past = Math.max(past ?? year, year);
  }
  return { past, ahead };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
