// Finds quotation spans: straight and curly, double and single marks, guillemets. Apostrophes
// (don’t, countries’) are told from closing marks by what surrounds them; an opening mark never
// closed is dropped rather than allowed to swallow text up to the next quote; a paragraph that
// opens with a mark continues a quote left open at the end of the paragraph before.

export interface Span {
  /** Offset of the first character inside the marks. */
  start: number;
  /** Offset just past the last character inside the marks. */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end for a piece continued in the next paragraph. */
  close: number;
  family: 'double' | 'single';
  /** Inside another quote (a quote within a quote). */
  nested: boolean;
  paragraph: number;
  /** The piece continues in the next paragraph (no closing mark here). */
  continues?: boolean;
  /** The piece continues one from the previous paragraph. */
  continued?: boolean;
}

export interface ParagraphText {
  index: number;
  start: number;
  end: number;
}

type Role = 'open' | 'close' | 'either' | 'none' | 'possessive';

interface Mark {
  at: number;
  family: 'double' | 'single';
  role: Role;
}

const LETTER = /[\p{L}\p{N}]/u;
// After a closing mark come clause words ("…assumptions' and that…"); after a plural possessive, a noun.
const SPEECH_AFTER = /^\s(said|says|say|added|adds|he|she|they|we|i|according|told|tells|wrote|writes|and|but|or|nor|that|as|to|in|on|at|for|with|from|by|of|the|a|an|is|was|were|are|which|who|when|while|because|after|before|than|if|so)\b/;
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:;,"“‘'«>]/;
const CLOSE_AFTER = /[\s)\]}.,;:!?\u2014\u2013\-"”’'»…<]/;

function classify(text: string, i: number, pStart: number, pEnd: number): Mark | null {
  const c = text[i];
  const before = i > pStart ? text[i - 1] : ' ';
  const after = i + 1 < pEnd ? text[i + 1] : ' ';
  const canOpen = OPEN_BEFORE.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) || /['’]/.test(c) ? CLOSE_AFTER.test(after) : false;
  switch (c) {
    case '“':
      // „Wir schaffen das“: German closes with the mark English opens with, right after a word.
      // („… to the Kessanese.“: after its full stop too, and „…, by Sunday I knew,“ Põldsaar said: after its comma.)
      if ((LETTER.test(before) || /[.,;:!?…]/.test(before)) && CLOSE_AFTER.test(after)) return { at: i, family: 'double', role: 'close' };
      return { at: i, family: 'double', role: 'open' };
    case '„':
    case '«':
      return { at: i, family: 'double', role: 'open' };
    case '”':
    case '»':
      return { at: i, family: 'double', role: 'close' };
    case '"':
      return { at: i, family: 'double', role: canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either' };
    case '‘':
      // ‚stamping out‘: the German single quote closes with the mark English opens with.
      if (LETTER.test(before)) return CLOSE_AFTER.test(after) ? { at: i, family: 'single', role: 'close' } : null; // else a misprinted apostrophe inside a word
      return { at: i, family: 'single', role: 'open' };
    case '‚':
      return OPEN_BEFORE.test(before) && LETTER.test(after) ? { at: i, family: 'single', role: 'open' } : null;
    case '’':
    case "'": {
      if (LETTER.test(before) && LETTER.test(after)) return null; // don’t, it's
      if (c === "'" && canOpen && !LETTER.test(before)) return { at: i, family: 'single', role: 'open' };
      // "the workers’ union": a plural possessive, unless nothing later could close the quote.
      if (before === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && !SPEECH_AFTER.test(text.slice(i + 1, i + 12))) {
        return { at: i, family: 'single', role: 'possessive' };
      }
      if (canClose || (/\s/.test(before) && /["”]/.test(after))) return { at: i, family: 'single', role: 'close' };
      return null;
    }
    default:
      return null;
  }
}

const MARKS = /["“”„«»'‘’‚]/g;

const LIST_NUMBER = /^\d{1,2}[.)]\s+$/;

/** Quote spans of a list of paragraphs, in order. */
export function findSpans(text: string, paragraphs: ParagraphText[]): Span[] {
  const spans: Span[] = [];
  let carry: { family: 'double' | 'single' } | null = null;
  for (const p of paragraphs) {
    const marks: Mark[] = [];
    MARKS.lastIndex = p.start;
    for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
      const mark = classify(text, m.index, p.start, p.end);
      if (mark) marks.push(mark);
    }
    // ("5. “I understand …": a release's numbered paragraph carries the quote on after its number.)
    const continuing = carry !== null && marks.length > 0 && (marks[0].at === p.start || LIST_NUMBER.test(text.slice(p.start, marks[0].at))) && marks[0].role !== 'close' && marks[0].family === carry.family;
    const result = pairMarks(text, marks, p, spans.length ? spans[spans.length - 1] : undefined);
    // (The outer span, whichever order a nested one came back in.)
    const opening = continuing ? result.find((r) => r.open === marks[0].at && !r.nested) : undefined;
    if (opening) opening.continued = true;
    spans.push(...result);
    const last = result[result.length - 1];
    carry = last?.continues ? { family: last.family } : null;
  }
  // A piece left open is only a quote if the next paragraph carries it on.
  return spans.filter((s, i) => !s.continues || spans.slice(i + 1).find((n) => !n.nested)?.continued).sort((a, b) => a.open - b.open);
}

function pairMarks(text: string, marks: Mark[], p: ParagraphText, _prev?: Span): Span[] {
  const out: Span[] = [];
  let outer: Mark | null = null;
  let inner: Mark | null = null;
  const innerFamily = (o: Mark) => (o.family === 'double' ? 'single' : 'double');
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (!outer) {
      if (m.role === 'open' || m.role === 'either') outer = m;
      continue;
    }
    if (m.family === outer.family) {
      // (Nor one in a quote that runs on into the next paragraph: "…four weeks’ notice. …\n\n‘We’re …".)
      if (m.role === 'possessive' && (hasLaterClose(marks, k, outer) || runsOn(text, p, outer))) continue;
      const closes = m.role === 'close' || m.role === 'possessive' || (m.role === 'either' && !startsNewQuote(text, m, p));
      if (closes) {
        if (inner) inner = null; // an inner quote never closed: ignore it
        pushSpan(out, text, outer, m.at, false, p);
        outer = null;
      } else if (m.role === 'open' || m.role === 'either') {
        // A second opening mark while one is open: the first was never closed; drop it.
        outer = m;
        inner = null;
      }
      continue;
    }
    if (m.family === innerFamily(outer)) {
      if (!inner && m.role === 'open') inner = m;
      else if (inner && m.role === 'close' && (hasLaterClose(marks, k, outer) || m.family === 'double')) {
        pushSpan(out, text, inner, m.at, true, p);
        inner = null;
      } else if (!inner && m.role === 'close' && outer.family === 'single' && m.family === 'double') {
        // A closing double mark while a single one is open: that single mark was an apostrophe.
        outer = null;
      }
    }
  }
  // Left open at the paragraph's end: a quote running on into the next paragraph, if it does. A
  // straight single mark may be an apostrophe, so it counts only opening the paragraph or after a
  // colon ("She told jurors: 'None of those …", where no apostrophe stands); a curly one ("said:
  // ‘I have been …") opens a quote anywhere.
  if (outer && (outer.family === 'double' || outer.at === p.start || text[outer.at] === '‘' || /:\s+$/.test(text.slice(Math.max(p.start, outer.at - 3), outer.at)))) {
    out.push({ start: outer.at + 1, end: trimEnd(text, outer.at + 1, p.end), open: outer.at, close: p.end, family: outer.family, nested: false, paragraph: p.index, continues: true });
  }
  return out;
}

/**
 * A quote opened at the paragraph's start or after a colon ("said yesterday: ‘Our members …") runs
 * on: the next paragraph opens with a mark of its family, and this one ends in none.
 */
function runsOn(text: string, p: ParagraphText, outer: Mark): boolean {
  if (!/(?:^|:)\s*$/.test(text.slice(p.start, outer.at))) return false;
  const next = /^\s*(\S)/.exec(text.slice(p.end, p.end + 8))?.[1] ?? '';
  const ends = text.slice(Math.max(p.start, p.end - 2), p.end);
  return (outer.family === 'single' ? /^[‘']$/.test(next) && !/[’']\s*$/.test(ends) : /^[“"]$/.test(next) && !/[”"]\s*$/.test(ends));
}

function hasLaterClose(marks: Mark[], k: number, outer: Mark): boolean {
  return marks.slice(k + 1).some((m) => m.family === outer.family && m.role !== 'open' && m.role !== 'possessive');
}

/** A straight double mark that both could open or close: it opens when text follows it directly after a space. */
function startsNewQuote(text: string, m: Mark, p: ParagraphText): boolean {
  const before = m.at > p.start ? text[m.at - 1] : ' ';
  const after = m.at + 1 < p.end ? text[m.at + 1] : ' ';
  return /\s/.test(before) && LETTER.test(after);
}

function pushSpan(out: Span[], text: string, open: Mark, close: number, nested: boolean, p: ParagraphText): void {
  let start = open.at + 1;
  if (close <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, close))) return;
  // « Nous sommes déterminés »: the spaces French sets inside the marks are not the words.
  while (/\s/.test(text[start])) start++;
  out.push({ start, end: trimEnd(text, start, close), open: open.at, close, family: open.family, nested, paragraph: p.index });
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
