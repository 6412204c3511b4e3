// Temporal expressions of one piece of text, resolved against a reference day. The caller decides
// the reference (the article's day, or the day a quote was said) and blanks out text that belongs
// to another reference (quotation contents, or everything but them), keeping offsets.
import type { ParsedResult } from 'chrono-node';
import type { Precision } from '../types.ts';
import { type Day, chronoReference, formatDay } from './calendar.ts';
import { newsChrono } from './chrono.ts';
import { hasDateCue } from './cues.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, at `precision`. */
  date: string;
  precision: Precision;
  /** True when the text gives the date outright (a year is stated); false for "on Thursday". */
  explicit: boolean;
}

export function parseDates(text: string, reference: Day): DateMention[] {
  if (!hasDateCue(text)) return [];
  const out: DateMention[] = [];
  for (const r of newsChrono.parse(text, chronoReference(reference))) {
    const mention = toMention(r, text);
    if (mention) out.push(mention);
  }
  return out;
}

function toMention(r: ParsedResult, text: string): DateMention | null {
  const precision = precisionOf(r);
  if (!precision) return null;
  const day = formatDay(r.start.date());
  const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
  let start = r.index;
  const end = r.index + r.text.length;
  // "earlier this year", "late last month": keep the qualifier in the expression shown.
  const qualifier = /\b(earlier|later|early|late|mid-?|the (?:start|end|beginning|middle) of)\s*$/i.exec(text.slice(Math.max(0, start - 24), start));
  if (qualifier && precision !== 'day') start -= qualifier[0].length;
  return { start, end, text: text.slice(start, end).trim(), date, precision, explicit: r.start.isCertain('year') };
}

function precisionOf(r: ParsedResult): Precision | null {
  const t = r.text;
  if (/\byears?\s+(ago|earlier|before)\b/i.test(t)) return 'year';
  if (/\bmonths?\s+(ago|earlier|before)\b/i.test(t)) return 'month';
  const s = r.start;
  if (s.isCertain('day') || s.isCertain('weekday')) return 'day';
  if (s.isCertain('month')) return 'month';
  if (s.isCertain('year')) return 'year';
  return null;
}
