// Dated events of one article: every story sentence with a date expression, one event per
// distinct date it gives. Dates outside quotations are read against the article's day (an embedded
// post: its own signature's day); dates inside one against the day the words were said; "the same
// day" against the last dated event. Teasers, ads, off-topic passages and the article's own
// byline or dateline never give an event.
import { STORY_KINDS, type Paragraph, type Sentence } from '../../corpus/types.ts';
import { findAnaphora } from '../dates/anaphora.ts';
import { type Day, addDays, isDay } from '../dates/calendar.ts';
import { hasDateCue } from '../dates/cues.ts';
import { type DateMention, parseDates } from '../dates/expressions.ts';
import { fullDates } from '../dates/full-date.ts';
import { statedPublication } from '../dates/stated.ts';
import { temporalContext } from '../dates/tense.ts';
import type { ArticleAnalysis, DatedEvent, Entity, EventKind, Precision } from '../types.ts';
import { sentenceActors } from './actors.ts';
import { type QuotedSpan, quotedSpans } from './quoted.ts';
import { type PastDay, saidDay } from './said-day.ts';
import { summarize } from './summary.ts';

/** How the day a relative expression counts from was found. */
export type AnchorKind = 'explicit' | 'article' | 'embed' | 'said' | 'said-default' | 'previous-event';

/** A DatedEvent plus what the story-wide merge needs to know about it. */
export interface TimelineEvent extends DatedEvent {
  anchor: AnchorKind;
  /** The words of the quotation the expression stands in, when it does. */
  quote?: string;
  quoteCluster?: string;
}

/** Resolved mention, offsets within the sentence. */
interface Found {
  start: number;
  end: number;
  text: string;
  date: string;
  precision: Precision;
  kind: EventKind;
  anchor: AnchorKind;
  quote?: QuotedSpan;
}

export function extractEvents(article: ArticleAnalysis, entities: Entity[]): TimelineEvent[] {
  const text = article.article.text;
  const reference = article.published && isDay(article.published) ? article.published : null;
  const stated = statedPublication(article.article, article.paragraphs);
  const quotes = quotedSpans(article);
  const history: PastDay[] = [];
  const events: TimelineEvent[] = [];
  const byParagraph = groupSentences(article.sentences);

  for (const p of article.paragraphs) {
    if (!STORY_KINDS.has(p.kind)) continue;
    const pref = p.kind === 'embed' ? (embedDay(article.paragraphs, p) ?? reference) : reference;
    for (const s of byParagraph.get(p.index) ?? []) {
      if (!hasDateCue(s.text)) continue;
      const inSentence = quotes.filter((q) => q.start < s.end && q.end > s.start);
      // The article's own dateline says when it was published, not when anything happened.
      const masked = stated ? [{ start: stated.start, end: stated.end }] : [];
      const outside = blank(s, [...inSentence, ...masked], 'inside');
      const found: Found[] = [];

      for (const m of readMentions(outside, pref, article.publishedInferred && pref === reference)) {
        found.push({ ...m, ...kindOf(outside, m, pref), anchor: m.explicit ? 'explicit' : p.kind === 'embed' ? 'embed' : 'article' });
      }
      for (const a of findAnaphora(outside)) {
        const anchor = history.filter((h) => h.at < s.start + a.start).at(-1) ?? lastDayEvent(events);
        if (!anchor) continue;
        removeOverlaps(found, a.start, a.end);
        const date = addDays(anchor.date, a.offset);
        found.push({ start: a.start, end: a.end, text: a.text, date, precision: 'day', kind: 'happened', anchor: 'previous-event' });
      }

      const sameSentence: PastDay[] = found
        .filter((f) => f.kind === 'happened' && f.precision === 'day')
        .map((f) => ({ date: f.date, at: s.start + f.start, paragraph: p.index, actors: [] }));
      for (const q of inSentence) {
        const inside = blank(s, [q], 'outside');
        if (!hasDateCue(inside)) continue;
        const fallback = pref ?? null;
        if (!fallback && !q.saidOn) continue;
        const said = saidDay(q, sameSentence, history, p.index, (fallback ?? q.saidOn)!);
        for (const m of parseDates(inside, said.date)) {
          found.push({ ...m, ...kindOf(inside, m, said.date), anchor: m.explicit ? 'explicit' : said.how, quote: q });
        }
      }

      const speakers = inSentence.map((q) => q.speaker);
      const actors = sentenceActors(s.text, speakers, entities);
      for (const f of distinctDates(found)) {
        const event: TimelineEvent = {
          file: article.file,
          date: f.date,
          precision: f.precision,
          kind: f.kind,
          summary: summarize(s.text, f.start, f.end, statedEnd(stated, s)),
          evidence: evidenceText(text, s, inSentence),
          expression: f.text,
          actors,
          start: s.start + f.start,
          end: s.start + f.end,
          anchor: f.anchor,
          ...(f.quote ? { quote: text.slice(f.quote.start, f.quote.end), quoteCluster: f.quote.cluster } : {}),
        };
        events.push(event);
        if (!f.quote && f.kind === 'happened' && f.precision === 'day') history.push({ date: f.date, at: event.start, paragraph: p.index, actors });
      }
    }
  }
  return events;
}

/**
 * The sentence, grown to hold the whole of any quotation it is part of: a sentence splitter cuts
 * inside quotes, and “The offer is fair. Anything beyond it …,” she said on Wednesday needs both.
 */
function evidenceText(text: string, s: Sentence, quotes: QuotedSpan[]): string {
  let start = s.start;
  let end = s.end;
  for (const q of quotes) {
    if (q.start < start) start = Math.max(0, q.start - 1);
    if (q.end > end) end = Math.min(text.length, q.end + 1);
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Where a sentence's own text starts when the article's dateline opens it. */
function statedEnd(stated: { start: number; end: number } | null, s: Sentence): number {
  return stated && stated.start >= s.start && stated.end > s.start && stated.end < s.end ? stated.end - s.start : 0;
}

/** With no day to count from, only dates that name their year can be read. */
function readMentions(text: string, reference: Day | null, inferred: boolean): DateMention[] {
  if (reference) return parseDates(text, reference, { inferred });
  return parseDates(text, '2000-01-01').filter((m) => m.explicit);
}

function kindOf(text: string, m: DateMention, reference: Day | null): { kind: EventKind } {
  let { kind } = temporalContext(text, m.start, m.end);
  // Anything dated after the day it is told from has not happened yet.
  if (kind === 'happened' && reference && m.date.slice(0, 10) > reference && m.precision === 'day') kind = 'scheduled';
  return { kind };
}

/**
 * One event per date per sentence: "Thursday, March 18" and "that day" on the same day are one, and
 * a coarser date the sentence makes precise is dropped ("earlier this year, at the end of March").
 */
function distinctDates(found: Found[]): Found[] {
  const out: Found[] = [];
  const sorted = found.sort((a, b) => a.start - b.start);
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

function lastDayEvent(events: TimelineEvent[]): PastDay | undefined {
  const e = events.filter((x) => x.precision === 'day' && !x.quote && x.kind === 'happened').at(-1);
  return e ? { date: e.date, at: e.start, paragraph: -1, actors: e.actors } : undefined;
}

/**
 * The sentence's text with spans blanked (spaces keep every offset): 'inside' blanks the words
 * inside the given spans, 'outside' everything but them.
 */
function blank(s: Sentence, spans: { start: number; end: number }[], which: 'inside' | 'outside'): string {
  let out = '';
  for (let i = 0; i < s.text.length; i++) {
    const c = s.text[i];
    const inSpan = spans.some((q) => s.start + i >= q.start && s.start + i < q.end);
    out += inSpan === (which === 'inside') && !/\s/.test(c) ? ' ' : c;
  }
  return out;
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
  for (const s of sentences) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  return out;
}
