// Quotes of one article: spans, then an ordered sieve of attribution rules per quote, each
// recording its name so `extract --explain` can show the chain that decided.
import { QUOTE_KINDS, STORY_KINDS } from '../../corpus/types.ts';
import type { ArticleAnalysis, Entity, Quote } from '../types.ts';
import { buildContext, type ArticleContext } from './context.ts';
import type { EntityTable } from './entities.ts';
import { quoteKind } from './kind.ts';
import { findMentions, type Mention } from './mentions.ts';
import { findSpans, type Span } from './spans.ts';
import { accordingTo } from './speakers/according-to.ts';
import { afterVerb, saidInClause } from './speakers/after-verb.ts';
import { beforeVerb } from './speakers/before-verb.ts';
import { selfNamed } from './speakers/self-named.ts';
import { readOnBehalf } from './speakers/behalf.ts';
import { exchange } from './speakers/exchange.ts';
import { transcriptAnswer } from './speakers/transcript.ts';
import { cameTheReply } from './speakers/reply.ts';
import { previousParagraph, nextParagraphIntroduction, previousSentence, samePargraphPrevious } from './speakers/carry-over.ts';
import { siteOf } from './speakers/cues.ts';
import { laterVerb } from './speakers/later-verb.ts';
import { speechNoun } from './speakers/speech-noun.ts';
import { subjectRule } from './speakers/subject.ts';
import type { Attribution, Rule, SieveState } from './speakers/types.ts';
import { maskQuotes } from './context.ts';

export interface PreparedArticle {
  spans: Span[];
  masked: string;
  mentions: Mention[][];
}

/** Spans and mentions of an article (before the story's cast is known). */
export function prepareArticle(a: ArticleAnalysis, common: Set<string>): PreparedArticle {
  const paras = a.paragraphs.filter((p) => QUOTE_KINDS.has(p.kind));
  const spans = findSpans(a.article.text, paras);
  const masked = maskQuotes(a.article.text, spans);
  // ("Mumbai: Hours after …": a dateline opens the first paragraph of some length, past a section's label.)
  const lead = a.paragraphs.find((p) => p.kind === 'story' && LEAD_LENGTH.test(p.text))?.start;
  const mentions = a.sentences.map((s) => (STORY_KINDS.has(a.paragraphs[s.paragraph].kind) ? findMentions(masked, s.start, creditStart(masked, s, a.paragraphs[s.paragraph].kind), common, s.start === lead) : []));
  return { spans, masked, mentions };
}

/** "Dear Senator Talbott:", "Dear Ms Quayle,": the one a letter quoted from its opening is written to. */
const SALUTATION = /^Dear\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*[,:]/u;
function addressed(ctx: ArticleContext, span: Span): Entity | undefined {
  const m = SALUTATION.exec(ctx.text.slice(span.start, span.start + 80));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  // (Past the titles: "Senator Talbott" is Talbott.)
  for (let k = 0; k < words.length; k++) {
    const e = ctx.table.resolveName(words.slice(k).join(' '));
    if (e) return e;
  }
  return undefined;
}

const LEAD_LENGTH = /^(?:\S+\s+){7}\S/;

/** "Photo: Jamie Orme / Brackton Evening Post": a caption's credit names who took the picture, nobody of the story. */
const CREDIT = /\b(?:Photo(?:graph)?s?|Pictures?|Image|Credit)\s*(?::|by\b)/;

function creditStart(masked: string, s: { start: number; end: number }, kind: string): number {
  if (kind !== 'caption') return s.end;
  const at = masked.slice(s.start, s.end).search(CREDIT);
  return at < 0 ? s.end : s.start + at;
}

/** The sieve, in order: cues in the quote's own sentence first, then carried-over speakers. */
const SIEVE: { name: string; rule: Rule; when?: (ctx: ArticleContext, span: Span) => boolean }[] = [
  { name: 'speech-verb-after', rule: afterVerb },
  { name: 'transcript', rule: transcriptAnswer },
  { name: 'reply', rule: cameTheReply },
  { name: 'speech-noun', rule: speechNoun },
  { name: 'speech-verb-before', rule: beforeVerb },
  { name: 'speech-verb-later', rule: laterVerb },
  { name: 'self-named', rule: selfNamed },
  { name: 'sentence-subject', rule: subjectRule, when: (_ctx, span) => !span.continues },
  { name: 'same-paragraph', rule: samePargraphPrevious },
  { name: 'previous-sentence', rule: previousSentence },
  { name: 'exchange', rule: exchange },
  { name: 'previous-paragraph', rule: previousParagraph },
  { name: 'next-paragraph', rule: nextParagraphIntroduction },
];

export function extractQuotes(a: ArticleAnalysis, prepared: PreparedArticle, table: EntityTable, outlets: Set<string>): Quote[] {
  const text = a.article.text;
  const ctx = buildContext(text, prepared.masked, prepared.mentions, a.paragraphs, a.sentences, table, outlets);
  const state: SieveState = { previous: [] };
  const quotes: Quote[] = [];
  // A name in quotation marks ("‘A Field of Glass’ opens in November") is a title, not speech
  // (in a headline, where every word is capitalised, it is speech beside a speech verb: "White
  // House Says 'Nothing To Report'").
  const headline = (s: Span) => a.paragraphs[s.paragraph].kind === 'title' || a.paragraphs[s.paragraph].kind === 'headline-repeat';
  const said = (s: Span) => HEADLINE_SPEECH.test(text.slice(Math.max(0, s.open - 12), s.open)) || HEADLINE_SPEECH.test(text.slice(s.end + 1, s.end + 14));
  const spans = prepared.spans.filter((s) => (headline(s) && said(s)) || !isTitleOfWork(text.slice(s.start, s.end)));
  const outer = spans.filter((s) => !s.nested);
  const attributions = new Map<Span, { attribution: Attribution | null; relay?: string; trace: string[] }>();
  for (const span of outer) {
    const para = a.paragraphs[span.paragraph];
    const site = siteOf(ctx, span);
    const sourcing = accordingTo(ctx, site);
    let attribution: Attribution | null = null;
    const trace: string[] = [];
    if (STORY_KINDS.has(para.kind)) {
      const addressee = addressed(ctx, span);
      for (const { name, rule, when } of SIEVE) {
        if (when && !when(ctx, span)) continue;
        attribution = rule(ctx, site, state);
        // ("The letter reads: “Dear Senator Talbott: …”": whom a letter is written to did not write it.)
        if (attribution && addressee && attribution.speaker.entity === addressee) {
          trace.push(`${name} → ${attribution.speaker.name}, to whom it is addressed`);
          attribution = null;
          continue;
        }
        trace.push(attribution ? `${name} → ${attribution.speaker.name}${attribution.weak ? ' (weak)' : ''}` : `${name}: no`);
        if (attribution) break;
      }
      const client = readOnBehalf(ctx, site);
      if (client) {
        attribution = { speaker: client, rule: 'read-on-behalf' };
        trace.push(`read-on-behalf → ${client.name}`);
      }
      // (A fronted "According to X," outranks a subject that only did what X recounts, as does a
      // ", according to X" right after the quote.)
      if ((!attribution || attribution.weak || ((sourcing.fronted || sourcing.trailing) && attribution.rule === 'sentence-subject')) && sourcing.attribution) {
        attribution = sourcing.attribution;
        trace.push(`according-to → ${attribution.speaker.name}`);
      }
      if (sourcing.relay) trace.push(`relay: ${sourcing.relay}`);
    } else trace.push(`${para.kind} paragraph: speaker only from other articles`);
    state.previous.push({ site, attribution });
    // (Not "in what Haskell called “…”, Kellaway said he would …": her words, but his sentence.)
    if (attribution && !attribution.weak && !saidInClause(ctx, site)) ctx.speakers.set(site.sentence, attribution.speaker);
    attributions.set(span, { attribution, relay: sourcing.relay ?? para.relay, trace });
  }
  // A continuation piece with no cue of its own belongs to whoever spoke the piece before it.
  for (let i = 1; i < outer.length; i++) {
    const here = attributions.get(outer[i])!;
    const before = attributions.get(outer[i - 1])!;
    // (Even a weak one: the piece before was read against the paragraph introducing the quote, this
    // one only against that piece.)
    if (outer[i].continued && outer[i - 1].continues && before.attribution && (!here.attribution || here.attribution.weak)) {
      here.attribution = { ...before.attribution, rule: 'continued-quote' };
      here.trace.push(`continued-quote → ${before.attribution.speaker.name}`);
    }
  }
  // A piece continued in the next paragraph takes the speaker its continuation names.
  for (let i = outer.length - 2; i >= 0; i--) {
    const here = attributions.get(outer[i])!;
    if (outer[i].continues && outer[i + 1].continued) {
      const next = attributions.get(outer[i + 1])!;
      if (next.attribution && (!here.attribution || here.attribution.weak)) {
        here.attribution = { ...next.attribution, rule: 'continued-quote' };
        here.trace.push(`continued-quote → ${next.attribution.speaker.name}`);
      }
    }
  }
  for (const span of spans) {
    const para = a.paragraphs[span.paragraph];
    const container = span.nested ? outer.find((o) => o.start <= span.start && o.end >= span.end) : undefined;
    const found = attributions.get(container ?? span);
    const att = found?.attribution ?? null;
    const inner = text.slice(span.start, span.end);
    quotes.push({
      id: `${a.file}#${span.start}`,
      file: a.file,
      start: span.start,
      end: span.end,
      text: inner,
      kind: quoteKind(text, span.open, inner, para.start),
      speaker: att?.speaker.name ?? null,
      rules: att ? [...(container ? ['nested'] : []), att.rule, ...(att.weak ? ['weak'] : [])] : [],
      relay: found?.relay,
      trace: container ? ['nested in another quote: its speaker', ...(found?.trace ?? [])] : found?.trace,
      minor: span.nested || para.kind === 'title' || para.kind === 'headline-repeat',
      paragraph: span.paragraph,
      context: sentenceText(a, span),
    });
  }
  return quotes;
}

const HEADLINE_SPEECH = /\b(?:says|said|say|tells|told|warns|warned|claims|vows|insists|admits|denies)\b/i;

/** Small words a title leaves in lower case ("A Field of Glass", "Salt and Cedar"). */
const TITLE_SMALL = new Set('a an the of and or in on at to for from by with as but nor vs'.split(' '));
const MAX_TITLE_WORDS = 8;

/**
 * Two to eight words, each capitalised but for small ones, and no sentence punctuation: the name of
 * a film, a book, a song or a scheme, which news puts in quotation marks.
 */
export function isTitleOfWork(inner: string): boolean {
  const t = inner.trim().replace(/[,.]$/, '');
  if (/[.!?;:]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL.has(w));
}

function sentenceText(a: ArticleAnalysis, span: Span): string {
  const s = a.sentences.find((x) => x.start <= span.open && x.end >= span.open);
  const p = a.paragraphs[span.paragraph];
  return s && s.end >= span.end ? s.text : a.article.text.slice(p.start, p.end);
}
