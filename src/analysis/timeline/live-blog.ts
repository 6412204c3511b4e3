// A live blog: entries stamped with a bare clock time ("22:41 BST"), each with a short heading
// ("Recount granted in Saltmarsh West"), under day headings ("Friday 8 May") or none. What an entry
// says happened on its day, which is not always the page's: past midnight it is the next one. The
// day also anchors the entry's own relative dates ("at 10am on Saturday").
import type { Paragraph } from '../../corpus/types.ts';
import { type Day, addDays } from '../dates/calendar.ts';
import { monthDay } from '../dates/full-date.ts';

export interface LiveEntry {
  /** The time line ("02:12 BST"). */
  stamp: Paragraph;
  /** The entry's heading, when its first paragraph is one. */
  heading?: Paragraph;
  day: Day;
}

export interface LiveBlog {
  entries: LiveEntry[];
  /** The day of each paragraph inside an entry, by paragraph index. */
  dayOf: Map<number, Day>;
  /** The paragraphs that are day headings: page structure, no event. */
  dayHeadings: Set<number>;
}

/** Fewer stamps than this make no live blog (a time alone on a line happens in ordinary copy). */
const MIN_STAMPS = 3;
const STAMP_LINE = /^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i;
/** "20:14 – Ahmed on housing": the stamp and the entry's heading on one line. */
const STAMPED_HEADING = /^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s+[–—-]\s+\S[^\n]*$/i;
const DAY_HEADING = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?$/;
/** A heading is a short line that ends without a full stop. */
const MAX_HEADING = 100;
/** A step back of more than this many minutes between stamps read in order is a new day. */
const MIDNIGHT_GAP = 12 * 60;

/** The live blog `paragraphs` hold, read from the page's day `reference`; null when they hold none. */
export function liveBlog(paragraphs: Paragraph[], reference: Day | null): LiveBlog | null {
  if (!reference) return null;
  const stamps = paragraphs.filter((p) => stampOf(p) !== null);
  if (stamps.length < MIN_STAMPS) return null;
  const minutes = stamps.map((p) => minuteOf(stampOf(p)!, p.text));
  // Newest first or oldest first: the way most steps go.
  let up = 0;
  for (let i = 1; i < minutes.length; i++) up += Math.sign(minutes[i] - minutes[i - 1]);
  const step = up >= 0 ? 1 : -1;
  const entries: LiveEntry[] = [];
  const dayOf = new Map<number, Day>();
  const dayHeadings = new Set<number>();
  let day = reference;
  let last: number | null = null;
  let entry: LiveEntry | null = null;
  for (const p of paragraphs) {
    const heading = dayHeading(p.text, reference);
    if (heading) {
      dayHeadings.add(p.index);
      day = heading;
      last = null;
      entry = null;
      continue;
    }
    const stamp = stampOf(p);
    if (stamp) {
      const m = minuteOf(stamp, p.text);
      // Past midnight with no day heading: the clock went back (oldest first) or on (newest first).
      if (last !== null && (m - last) * step < -MIDNIGHT_GAP) day = addDays(day, step);
      last = m;
      entry = stamp === STAMPED_HEADING ? { stamp: p, heading: p, day } : { stamp: p, day };
      entries.push(entry);
      continue;
    }
    if (!entry) continue;
    dayOf.set(p.index, entry.day);
    if (!entry.heading && p.kind === 'story' && p.text.length <= MAX_HEADING && !/[.!?]["”’]?$/.test(p.text) && isFirstAfter(paragraphs, entry.stamp, p)) entry.heading = p;
  }
  return { entries, dayOf, dayHeadings };
}

function isFirstAfter(paragraphs: Paragraph[], stamp: Paragraph, p: Paragraph): boolean {
  return paragraphs[stamp.index + 1] === p;
}

/** How the paragraph is a stamp: a line that is only one, one with the heading after it, or neither. */
function stampOf(p: Paragraph): RegExp | null {
  if (p.text.length <= 16 && STAMP_LINE.test(p.text)) return STAMP_LINE;
  return p.kind === 'story' && p.text.length <= MAX_HEADING && !/[.!?]["”’]?$/.test(p.text) && STAMPED_HEADING.test(p.text) ? STAMPED_HEADING : null;
}

function minuteOf(stamp: RegExp, text: string): number {
  const m = stamp.exec(text)!;
  const hour = m[3] ? (Number(m[1]) % 12) + (/^p/i.test(m[3]) ? 12 : 0) : Number(m[1]);
  return hour * 60 + Number(m[2]);
}

/** "Friday 8 May", "May 8, 2026": a line that is only a day; its year the page's unless written. */
export function dayHeading(text: string, reference: Day): Day | null {
  if (text.length > 30) return null;
  const m = DAY_HEADING.exec(text);
  const md = m && monthDay(text);
  if (!m || !md) return null;
  const year = m[1] ?? reference.slice(0, 4);
  return `${year}-${String(md[0]).padStart(2, '0')}-${String(md[1]).padStart(2, '0')}`;
}
