// What the attribution rules read about one article: the text with quotations blanked, its
// sentences and the mentions in each, resolved against the story's cast as the article goes.
import type { Paragraph, Sentence } from '../../corpus/types.ts';
import type { Entity } from '../types.ts';
import type { EntityTable } from './entities.ts';
import type { Mention } from './mentions.ts';
import type { Span } from './spans.ts';
import { STREET } from './lexicon.ts';

export interface ArticleContext {
  text: string;
  /** The text with every quotation's inside replaced by spaces (offsets unchanged). */
  masked: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Mentions per sentence, in order. */
  mentions: Mention[][];
  table: EntityTable;
  /** Outlet names of the story (an "according to" one of these is a relay). */
  outlets: Set<string>;
  /** Speakers already attributed, by sentence: a later pronoun most likely points back to them. */
  speakers: Map<number, Resolved>;
}

export function maskQuotes(text: string, spans: Span[]): string {
  // Outer spans only (nested ones lie inside them), in order; line breaks are kept.
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.nested || s.start < at) continue;
    parts.push(text.slice(at, s.start), blank(text, s.start, s.end));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** text[from, to) as spaces, line breaks kept (as .replace(/[^\n]/g, ' ') without the regex). */
function blank(text: string, from: number, to: number): string {
  const end = Math.min(to, text.length); // (slice bounds)
  if (from >= end) return '';
  let out = '';
  let at = from;
  for (let i = from; i < end; i++)
    if (text.charCodeAt(i) === 10) {
      out += ' '.repeat(i - at) + '\n';
      at = i + 1;
    }
  return out + ' '.repeat(end - at);
}

/** The context of one article, from its masked text and per-sentence mentions already computed. */
export function buildContext(text: string, masked: string, mentions: Mention[][], paragraphs: Paragraph[], sentences: Sentence[], table: EntityTable, outlets: Set<string>): ArticleContext {
  return { text, masked, paragraphs, sentences, mentions, table, outlets, speakers: new Map() };
}

export function sentenceAt(ctx: ArticleContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Subject-like: not a possessive modifier and not the object of a place/topic preposition. */
export function isSubjectLike(m: Mention): boolean {
  // "told the Harbour Daily": whom the words were told to.
  return !m.possessive && !/^(in|at|on|near|to|into|for|against|over|about|than|toward|towards|across|between|among|under|around|within|of|outside|inside|behind|beside|beyond|beneath|below|above|underneath|upon|off|onto|amid|amidst|through|along|during|until|without|via|told|tells|tell|telling)$/.test(m.before);
}

/** "three Hexford men", "two Kestravan nationals": a name describing the people after it, who are the ones it is about. */
export function describesPeople(masked: string, m: Mention): boolean {
  return m.kind === 'name' && PEOPLE_AFTER.test(masked.slice(m.end, m.end + 14));
}
const PEOPLE_AFTER = /^\s+(?:men|women|people|residents|families|fans|students|workers|officials|children|boys|girls|teenagers|nationals|citizens|voters|players|soldiers|troops|tourists|skiers|climbers)\b/;

/** "who gave her name only as Maame Efua": the name someone gave, who is whom the sentence is about. */
export function nameGiven(masked: string, m: Mention): boolean {
  return m.kind === 'name' && GAVE_NAME.test(masked.slice(Math.max(0, m.start - 40), m.start));
}
// ("who goes by the name Abu Hamzah Al Ansari", "who uses the nom de guerre X", "who calls himself X".)
// ("who gave only her first name, Denise,", "identified only by his first name, Sergio,": the name after the comma too.)
const GAVE_NAME = /\b(?:gave\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+)?name\s+(?:only\s+|simply\s+|just\s+)?as|(?:gave|giving|give)\s+only\s+(?:her|his|their)\s+first\s+name,|identified\s+only\s+by\s+(?:her|his|their)\s+first\s+name,|(?:goes|go|went)\s+by\s+the\s+(?:name|nom\s+de\s+guerre)(?:\s+of)?|uses\s+the\s+(?:name|nom\s+de\s+guerre|pseudonym)|calls\s+(?:himself|herself|themselves))\s+$/i;

/** "For Priya, the bus will have to do.": a name fronted with "for" is what the sentence is about. */
export function frontedFor(masked: string, m: Mention): boolean {
  // ("But for Lorraine Peplow, six months is too long.": after a joining word too.)
  return m.kind === 'name' && m.before === 'for' && masked[m.end] === ',' && /(?:^|[.!?”’"]\s+|\n\s*)(?:(?:But|And|Yet)\s+for|[Ff]or)\s+$/.test(masked.slice(Math.max(0, m.start - 12), m.start));
}

/** "on Main Street, Ballinvoe": a town after a street's name is the address's, nobody who acts or speaks. */
export function inAddress(masked: string, m: Mention): boolean {
  return m.before === ',' && STREET.test(masked.slice(Math.max(0, m.start - 40), m.start).replace(/,\s*$/, ''));
}

/**
 * A work's title, not anyone who speaks: untitled, in apposition to a word for a work ("his memoir,
 * Hard Yards,", "Her first novel, A Lamp for Winter (1962),") or dated in brackets ("The Salt Orchard (1978)").
 */
export function namesWork(masked: string, m: Mention): boolean {
  if (m.kind !== 'name' || m.titles.length) return false;
  // (The title may run on past the name read: "A Lamp for Winter (1962),".)
  const after = /^[^.;:!?,()“”"]{0,30}/.exec(masked.slice(m.end, m.end + 40))![0];
  const next = masked.slice(m.end + after.length, m.end + after.length + 7);
  return (WORK_APPOSED.test(masked.slice(Math.max(0, m.start - 18), m.start)) && /^[,(]/.test(next)) || /^\((?:1[5-9]|20)\d\d\)/.test(next);
}
const WORK_APPOSED = /\b(?:memoir|autobiography|book|novel|novella|album|single|film|documentary|play|series|podcast|column|biography|poem|song),\s+(?:(?:the|a|an)\s+)?$/i;

export type Resolved = { name: string; entity?: Entity; org: boolean };
