// Dated events of one article: every story sentence with a date expression, one event per
// distinct date it gives. Dates outside quotations are read against the article's day (an embedded
// post: its own signature's day); dates inside one against the day the words were said; "the same
// day" against the last dated event. Teasers, ads, off-topic passages and the article's own
// byline or dateline never give an event.
import { STORY_KINDS, type Paragraph, type Sentence } from '../../corpus/types.ts';
import { datelineLength } from '../datelines.ts';
import { findAnaphora } from '../dates/anaphora.ts';
import { type Day, addDays, isDay } from '../dates/calendar.ts';
import { hasDateCue } from '../dates/cues.ts';
import { type DateMention, MONTH_NAMED, type ParseOptions, WRITTEN_YEAR, parseCuedDates, parseDates, slackDays } from '../dates/expressions.ts';
import { fullDates } from '../dates/full-date.ts';
import { slashOrder } from '../dates/parsers/slash-date.ts';
import { STAMP, statedPublication, statedUpdate } from '../dates/stated.ts';
import { IRREGULAR_PAST, type TemporalContext, temporalContext } from '../dates/tense.ts';
import type { ArticleAnalysis, DatedEvent, Entity, EventKind, Precision } from '../types.ts';
import { type ActorNames, actorNames, sentenceActors } from './actors.ts';
import { type LiveEntry, dayHeading, liveBlog } from './live-blog.ts';
import { type QuotedSpan, quotedSpans } from './quoted.ts';
import { type PastDay, saidDay } from './said-day.ts';
import { resolveAnaphora } from './anaphora-anchor.ts';
import { blank, evidenceText, statedEnd } from './sentence-text.ts';
import { summarize } from './summary.ts';
import { yearOfWeekday } from './weekday-year.ts';
import { contentWords } from './words.ts';

/** How the day a relative expression counts from was found. */
export type AnchorKind = 'explicit' | 'article' | 'embed' | 'said' | 'said-default' | 'previous-event';

/** A DatedEvent plus what the story-wide merge needs to know about it. */
export interface TimelineEvent extends DatedEvent {
  anchor: AnchorKind;
  /** The words of the quotation the expression stands in, when it does. */
  quote?: string;
  quoteCluster?: string;
}

/** A resolved mention; offsets in the file. */
interface Found {
  start: number;
  end: number;
  text: string;
  date: string;
  precision: Precision;
  kind: EventKind;
  anchor: AnchorKind;
  quote?: QuotedSpan;
  spoken?: boolean;
  /** A past verb tells of a day after the one it is told from ("bought shares on June 17", told on June 16): of an earlier year. */
  late?: boolean;
}

interface Reading {
  reference: Day | null;
  options: ParseOptions;
}

export function extractEvents(article: ArticleAnalysis, entities: Entity[]): TimelineEvent[] {
  const text = article.article.text;
  const published = article.published && isDay(article.published) ? article.published : null;
  const stated = statedPublication(article.article, article.paragraphs);
  // The article's own dateline says when it was published, not when anything happened (a wire
  // dateline too when a byline stated the day: "LONDON, April 17 (Wire) -").
  const masked = stated ? [{ start: stated.start, end: stated.end }] : [];
  const lead = article.paragraphs.find((p) => p.kind === 'story');
  const wire = lead ? datelineLength(lead.text.slice(0, 100)) : 0;
  if (lead && wire) masked.push({ start: lead.start, end: lead.start + wire });
  const quotes = quotedSpans(article);
  const history: PastDay[] = [];
  /** Every date read outside quotations so far, for "that year". */
  const mentioned: { date: string; at: number }[] = [];
  const events: TimelineEvent[] = [];
  const byParagraph = groupSentences(article.sentences);
  const names = actorNames(entities);
  const blog = liveBlog(article.paragraphs, published);
  const headings = new Map(blog?.entries.filter((e) => e.heading).map((e) => [e.heading!.index, e]));

  /** The article's last full date of a past year so far, and the years it writes (read when first needed). */
  let pastFull: Found | null = null;
  let years: Set<number> | undefined;
  /** Day or month first, in its slash dates (see slash-date.ts). */
  const order = slashOrder(text);
  /** The day an "UPDATE, Wednesday 2 September" heading gives the paragraphs after it. */
  let updated: Day | null = null;

  for (const p of article.paragraphs) {
    if (!STORY_KINDS.has(p.kind) || notTheStory(p.text) || blog?.dayHeadings.has(p.index)) continue;
    const update = published && !blog ? UPDATE_HEADING.exec(p.text) : null;
    const updateDay = update && dayHeading(update[1], published!);
    if (updateDay) {
      updated = updateDay;
      continue;
    }
    // A live blog's entry heading tells what happened at its stamp ("02:12 BST / Recount granted").
    const entry = headings.get(p.index);
    if (entry) events.push(entryEvent(article.file, entry, p, blog!.dayOf.has(p.index + 1) ? byParagraph.get(p.index + 1)?.[0] : undefined, names));
    const caption = isCaption(article.paragraphs, p);
    // ("A store in Castlebridge, May 21, 2025. AGENCY/Jo Hale/File Photo": an old picture's day.)
    if (caption && FILE_PHOTO.test(p.text)) continue;
    const embed = p.kind === 'embed' ? embedDay(article.paragraphs, p) : null;
    // ("Update: shares were up 4% on Thursday": a paragraph added when the page says it was updated.)
    const added = published && UPDATE_NOTE.test(p.text) ? statedUpdate(article.article, article.paragraphs) : null;
    const reading: Reading = {
      reference: embed ?? blog?.dayOf.get(p.index) ?? (added && added > published! ? added : null) ?? updated ?? published,
      options: { inferred: !embed && article.publishedInferred, caption, slashOrder: order },
    };
    const sentences = (byParagraph.get(p.index) ?? []).filter((s) => hasDateCue(s.text) || quotes.some((q) => q.start < s.end && q.end > s.start));
    const found = new Map<Sentence, Found[]>();
    /** The paragraph's last full date of a past year: its later days without a year are of that year. */
    let fullDate: Found | null = null;

    // Outside quotations first: they also say when the quotations were said.
    for (const s of sentences) {
      const inSentence = quotes.filter((q) => q.start < s.end && q.end > s.start);
      const outside = blank(s, [...inSentence, ...masked], 'inside');
      // A sentence no quotation overlaps was kept for its date cue; unmasked, it is what is read.
      const list: Found[] = readOutside(outside, s, reading, p.kind === 'embed', !inSentence.length && outside === s.text);
      for (const f of list) if (f.anchor !== 'explicit') settleYear(f, pastFull, (y) => (years ??= writtenYears(text)).has(y));
      for (const a of findAnaphora(outside)) {
        // The sentence's own earlier dates count too: "in early 2019 …, and signed a lease that June".
        const own = list.filter((f) => f.anchor !== 'previous-event');
        const resolved = resolveAnaphora(
          a,
          s.start + a.start,
          [...history, ...own.filter((f) => f.kind === 'happened' && f.precision === 'day').map((f) => ({ date: f.date, at: f.start, paragraph: p.index, actors: [] }))],
          [...mentioned, ...own.map((f) => ({ date: f.date, at: f.start }))],
        );
        if (!resolved) continue;
        removeOverlaps(list, s.start + a.start, s.start + a.end);
        list.push({ start: s.start + a.start, end: s.start + a.end, text: a.text, ...resolved, kind: 'happened', anchor: 'previous-event' });
      }
      fullDate = sameYear(list, fullDate, reading.reference);
      if (fullDate) pastFull = fullDate;
      found.set(s, list);
      if (!list.length) continue;
      const words = contentWords(s.text);
      const actors = sentenceActors(s.text, [], names);
      for (const f of list) {
        mentioned.push({ date: f.date, at: f.start });
        if (f.kind === 'happened' && f.precision === 'day') history.push({ date: f.date, at: f.start, paragraph: p.index, actors, words, spoken: f.spoken });
      }
    }

    // Then inside them, each read from the day it was said.
    readQuotes(sentences, quotes, found, history, p.index, reading.reference);

    for (const s of sentences) {
      const list = found.get(s) ?? [];
      if (!list.length) continue;
      const inSentence = quotes.filter((q) => q.start < s.end && q.end > s.start);
      const actors = sentenceActors(s.text, inSentence.map((q) => q.speaker), names);
      for (const f of distinctDates(list)) {
        events.push({
          file: article.file,
          date: f.date,
          precision: f.precision,
          kind: f.kind,
          summary: summarize(told(s, byParagraph.get(p.index) ?? [], byParagraph.get(p.index + 1)?.[0]), f.start - s.start, f.end - s.start, statedEnd(stated, s)),
          evidence: evidenceText(text, s, inSentence),
          expression: f.text,
          actors,
          start: f.start,
          end: f.end,
          anchor: f.anchor,
          ...(f.quote ? { quote: text.slice(f.quote.start, f.quote.end), quoteCluster: f.quote.cluster } : {}),
        });
      }
    }
  }
  return events;
}

/** How long after a paragraph's full date a day it names without a year is still read in that year. */
const SAME_YEAR_DAYS = 300;

/**
 * "… in committee on March 12, 2019. On March 28, he voted for an amendment": a day or month named
 * without a year, after a full date of an earlier year in the same paragraph, goes on that year's
 * story (it had been read as this year's March). Changes `list` in place; returns the last full date.
 */
function sameYear(list: Found[], last: Found | null, reference: Day | null): Found | null {
  if (!list.length) return last;
  for (const f of [...list].sort((a, b) => a.start - b.start)) {
    if (f.anchor === 'explicit') {
      if (f.precision === 'day' && f.kind === 'happened' && reference && f.date.slice(0, 4) < reference.slice(0, 4)) last = f;
      continue;
    }
    if (!last || f.quote || f.kind !== 'happened' || f.precision === 'year' || !MONTH_NAMED.test(f.text)) continue;
    const date = last.date.slice(0, 4) + f.date.slice(4);
    if (date > last.date && date <= addDays(last.date, SAME_YEAR_DAYS).slice(0, date.length)) f.date = date;
  }
  return last;
}

/**
 * A day named without its year whose weekday or tense rules out the year it was read in: "on
 * Friday June 21" goes to the nearest year the article writes in which June 21 is a Friday; "he
 * bought the shares on June 17", told on June 16, to the year of the article's last full date of
 * a past year ("on June 14, 2024"). Changes `f` in place.
 */
function settleYear(f: Found, pastFull: Found | null, named: (year: number) => boolean): void {
  if (f.precision !== 'day' || !MONTH_NAMED.test(f.text)) return;
  const moved = yearOfWeekday(f.text, f.date, named);
  if (moved) {
    f.date = moved;
    if (f.late) f.kind = 'happened';
  } else if (f.late && pastFull) {
    f.date = pastFull.date.slice(0, 4) + f.date.slice(4);
    f.kind = 'happened';
  }
}

/** The years 1000–2099 a text writes. */
function writtenYears(text: string): Set<number> {
  return new Set([...text.matchAll(WRITTEN_YEARS)].map((m) => Number(m[0])));
}
const WRITTEN_YEARS = new RegExp(WRITTEN_YEAR.source, 'g');

/** The event a live blog's entry heading tells, on the entry's day; its evidence the heading and the entry's first sentence. */
function entryEvent(file: string, entry: LiveEntry, heading: Paragraph, first: Sentence | undefined, names: ActorNames): TimelineEvent {
  // Told as it happens, unless the heading says otherwise ("Polls to close at 10pm").
  const told = temporalContext(heading.text, 0, 0);
  return {
    file,
    date: entry.day,
    precision: 'day',
    kind: told.cued ? told.kind : 'happened',
    summary: heading.text,
    evidence: first ? `${heading.text}. ${first.text}` : heading.text,
    expression: entry.stamp.text,
    actors: sentenceActors(heading.text, [], names),
    start: heading.start,
    end: heading.end,
    anchor: 'explicit',
  };
}

/** Below this many characters a dated sentence rarely says who did what on its own. */
const SHORT_SENTENCE = 80;

/**
 * What a summary is cut from: the sentence, and when it is short ("She went further on the
 * radio on Friday night."), the next sentence of its paragraph if that one gives no date of
 * its own (or, when this one has no words, the first of the next paragraph): it goes on about
 * the same happening.
 */
function told(s: Sentence, paragraph: Sentence[], following: Sentence | undefined): string {
  // ("01/24/2025  #1" above "Complaint filed by …": a line with no words is a heading for the next line, dates and all.)
  const wordless = !/\p{L}{2}/u.test(s.text);
  const next = paragraph[paragraph.indexOf(s) + 1] ?? (wordless ? following : undefined);
  if (s.text.length >= SHORT_SENTENCE || !next || (hasDateCue(next.text) && !wordless)) return s.text;
  return `${s.text} ${next.text}`;
}

/**
 * Dates inside quotations, read from the day the words were said: a past date outside the
 * quotation in the sentences it spans ("…tomorrow. It did not look good," he had said after the
 * match on Saturday), else what said-day.ts finds. Adds to `found`, per sentence.
 */
function readQuotes(sentences: Sentence[], quotes: QuotedSpan[], found: Map<Sentence, Found[]>, history: PastDay[], paragraph: number, reference: Day | null): void {
  for (const s of sentences) {
    for (const q of quotes.filter((x) => x.start < s.end && x.end > s.start && x.start >= s.start)) {
      const spanned = sentences.filter((x) => x.start < q.end + 2 && x.end > q.start - 2);
      if (!spanned.some((x) => hasDateCue(blank(x, [q], 'outside')))) continue;
      const fallback = reference ?? q.saidOn ?? null;
      if (!fallback) continue;
      const around = spanned
        .flatMap((x) => found.get(x) ?? [])
        .filter((f) => f.kind === 'happened' && f.precision === 'day' && (f.start < q.start || f.start >= q.end))
        .map((f) => ({ date: f.date, at: f.start, paragraph, actors: [] }));
      const said = saidDay(q, around, history, paragraph, fallback);
      for (const x of spanned) {
        const part = blank(x, [q], 'outside');
        const list = found.get(x) ?? [];
        for (const m of parseDates(part, said.date)) {
          const f = foundAt(m, x, part, said.date, NO_OPTIONS, m.explicit ? 'explicit' : said.how, q);
          // "We might cut again in June if the data allow": a speaker's conjecture about a month or
          // a year is a view, not a dated event (a day proposed in a quote still is one).
          if (f.kind === 'proposed' && m.precision !== 'day') continue;
          list.push(f);
        }
        found.set(x, list);
      }
    }
  }
}

/** Mentions outside quotations. With no day to count from, only dates that name their year. */
/** `cued`: hasDateCue() is known to hold for `outside` (the parser need not test it again). */
function readOutside(outside: string, s: Sentence, reading: Reading, embed: boolean, cued: boolean): Found[] {
  // With no day to count from, a sentence that writes no year has nothing to give.
  const parse = cued ? parseCuedDates : parseDates;
  let mentions = reading.reference ? parse(outside, reading.reference, reading.options) : WRITTEN_YEAR.test(outside) ? parse(outside, '2000-01-01').filter((m) => m.explicit) : [];
  // "The singer in Paris in May 2019. Photo: …": a caption's month or year says when the picture
  // was taken (a file photo), not when anything of the story happened.
  // ("…, the first of which opened in 2009" above a credit tells a past: its year stands.)
  if (reading.options.caption && !PAST_FORM.test(outside)) mentions = mentions.filter((m) => m.precision === 'day');
  // "Chicken Korma, 400g – use by 4, 5 and 6 June 2026": a pack's date is no event of the story.
  if (PACK_DATE_CUE.test(outside)) mentions = mentions.filter((m) => !PACK_DATE.test(outside.slice(Math.max(0, m.start - 60), m.start)));
  // ("Inflation ran at 4.6% in the year to April": the end of a statistic's period, no happening.)
  mentions = mentions.filter((m) => !PERIOD_END.test(outside.slice(Math.max(0, m.start - 40), m.start)));
  // One object per mention, built in one go (object spreads of two partial objects were a hot spot).
  const out: Found[] = [];
  for (const m of mentions) out.push(foundAt(m, s, outside, reading.reference, reading.options, m.explicit ? 'explicit' : embed ? 'embed' : 'article'));
  return out;
}

/** The mention `m` of `text` (sentence `s`, blanked as read), its kind judged against `reference`. */
function foundAt(m: DateMention, s: Sentence, text: string, reference: Day | null, options: ParseOptions, anchor: AnchorKind, quote?: QuotedSpan): Found {
  const context = temporalContext(text, m.start, m.end, { presentIsPast: options.caption });
  const kind = kindFrom(context, m, reference, options);
  const f: Found = { start: s.start + m.start, end: s.start + m.end, text: m.text, date: m.date, precision: m.precision, kind, anchor };
  if (quote) f.quote = quote;
  if (context.spoken) f.spoken = true;
  if (context.cued && context.kind === 'happened' && kind === 'scheduled' && !m.explicit) f.late = true;
  return f;
}

const NO_OPTIONS: ParseOptions = {};

function kindFrom(context: TemporalContext, m: DateMention, reference: Day | null, options: ParseOptions): EventKind {
  let kind = context.kind;
  const cued = context.cued;
  const told = reference?.slice(0, m.date.length);
  // "The closures take effect on 15 May", told on 21 May: in force, so it happened.
  if (context.timetable && told && m.date < told) return 'happened';
  const after = !!reference && m.precision === 'day' && m.date > addDays(reference, slackDays(options));
  // With no verb to go by, the date itself tells: before the day it is told from, it happened. A
  // month or year tells only when it is wholly before or after ("The 2008 financial crisis hit …").
  if (!cued && reference && m.precision === 'day') kind = after ? 'scheduled' : 'happened';
  if (!cued && told && m.precision !== 'day') {
    if (m.date < told) kind = 'happened';
    else if (m.date > told) kind = 'scheduled';
  }
  // Anything dated after the day it is told from has not happened yet. (An inferred day is only a
  // lower bound: what a past verb tells of a later day has happened by the time it is told.)
  if (kind === 'happened' && after && !(options.inferred && cued)) kind = 'scheduled';
  return kind;
}

/**
 * One event per date per sentence: "Thursday, March 18" and "that day" on the same day are one, and
 * a coarser date the sentence makes precise is dropped ("earlier this year, at the end of March").
 */
function distinctDates(found: Found[]): Found[] {
  const out: Found[] = [];
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    if (out.some((o) => o.date === f.date)) continue;
    if (sorted.some((o) => o !== f && o.date.length > f.date.length && o.date.startsWith(`${f.date}-`))) continue;
    out.push(f);
  }
  return out;
}

function removeOverlaps(found: Found[], start: number, end: number): void {
  for (let i = found.length - 1; i >= 0; i--) if (found[i].start < end && start < found[i].end) found.splice(i, 1);
}

/**
 * A line the page labels as something besides the report: "Related: …", "Read more: …",
 * "Sponsored: …", "Editor's note: …". Its dates are not the story's.
 */
const ASIDE = /^(?:related(?:\s+stories|\s+articles?)?|read\s+(?:more|also)|also\s+read|see\s+also|more\s+on\s+this|recommended|watch|listen|sponsored|promoted|advertisement|disclosure|opinion|editor['’]?s\s+note|correction|(?:previous|next|older|newer)\s+(?:post|article|story|entry|issue))\s*[:|]/i;

/**
 * A masthead's motto: "Serving the valley since 1931", "Established 1887", "Est. 1902". A short
 * line with no sentence end; its year is the outlet's, not the story's.
 */
const MOTTO = /^(?:(?:proudly\s+)?serving\b[^.!?]{0,80}\bsince|established(?:\s+in)?|est\.|founded(?:\s+in)?)\s+\d{4}\.?$/i;
/** A masthead line in title case ending "Since 1971": "The Student Voice of Kestrel Valley High School Since 1971". */
const TITLE_CASE_MOTTO = /^(?:(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|in|on|at)\s+){2,14}Since\s+\d{4}$/u;

/**
 * The end of a year an annual figure is measured over: "in the year to April", "the 12 months
 * ending March". (A quarter's or half-year's end often dates results the story reports.)
 */
const PERIOD_END = /\b(?:year|(?:12|twelve)\s+months)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?$/i;

/** The date printed on a pack ("use by", "best before", "display until", "BBE"), then the list of dates. */
const PACK_DATE_CUE = /\b(?:use|best|sell|display|expiry|bbe)\b/i;
const PACK_DATE = new RegExp(
  String.raw`\b(?:use[-\s]by|best[-\s]before(?:\s+end)?|sell[-\s]by|display[-\s]until|expiry\s+dates?|BBE)\b(?:\s+dates?)?[\s:,]*(?:(?:\d{1,4}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?|and|or|&)[\s,./-]*){0,16}$`,
  'i',
);

/** A past tense in the sentence: a regular -ed form or an irregular past. */
const PAST_FORM = new RegExp(`\\b(?:[a-z]{3,}ed|${IRREGULAR_PAST.join('|')})\\b`);

/** "Harbour fees explained - 3 days ago": a listed link with its age, a teaser of another article. */
const LISTED_AGE = /\s[-–—|·]\s*(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\.?$/i;

const LEAD_MARK = /^[←→«»‹›<>•·▸▶|]+\s*/;

/** A page stamp, an aside, a motto or a listed link: a paragraph whose dates are not the story's. */
function notTheStory(text: string): boolean {
  const t = text.trim();
  // ("← Previous post: …", "» Related: …": a page's arrow or bullet before its label.)
  if (STAMP.test(t) || ASIDE.test(t.replace(LEAD_MARK, '')) || MOTTO.test(t) || TITLE_CASE_MOTTO.test(t)) return true;
  // LISTED_AGE scans the whole paragraph: only one that ends in "ago" can match.
  const tail = t.slice(-4).toLowerCase();
  return (tail.endsWith('ago') || tail === 'ago.') && LISTED_AGE.test(t);
}

const FILE_PHOTO = /\bfile\s+(?:photo|picture|image)\b/i;
/** "UPDATE, Wednesday 2 September": an article's later section, told on that day. */
const UPDATE_HEADING = /^UPDATE[D]?\s*[,:–—-]?\s+(.{6,30})$/i;
/** "Update: …", "UPDATED: …": a paragraph the page added when it was updated. */
const UPDATE_NOTE = /^UPDATE[D]?\s*:/i;

/** "Photo: …" or "Photograph by …": a credit line, which makes the line above it a caption. */
const PHOTO_CREDIT = /^\(?\s*(?:photo(?:graph)?s?|pictures?|image|credit|submitted\s+by)\b/i;

/** A caption, told in the present about a past moment: so classified, labelled, or above a photo credit. */
function isCaption(paragraphs: Paragraph[], p: Paragraph): boolean {
  if (p.kind === 'caption') return true;
  if (p.kind !== 'story') return false;
  if (/^(?:photo|picture|image|pictured)\s*:/i.test(p.text)) return true;
  const next = paragraphs[p.index + 1];
  return !!next && next.text.length < 120 && PHOTO_CREDIT.test(next.text);
}

/** An embedded post's day: the full date on the signature line that follows it. */
function embedDay(paragraphs: Paragraph[], p: Paragraph): Day | null {
  for (let i = p.index + 1; i < paragraphs.length; i++) {
    const q = paragraphs[i];
    if (q.kind === 'embed-signature') return fullDates(q.text)[0]?.date ?? null;
    if (q.kind !== 'embed') return null;
  }
  return null;
}

function groupSentences(sentences: Sentence[]): Map<number, Sentence[]> {
  const out = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (!out.has(s.paragraph)) out.set(s.paragraph, []);
    out.get(s.paragraph)!.push(s);
  }
  return out;
}
