// What a sentence claims, reduced to comparable features: content words (light stems), names
// (capitalised sequences), numbers with the word they count, and places after a preposition.
// Generic cues only: function words, capitalisation, digits, prepositions.
import { memoByText } from '../memo.ts';

/** Function words and reporting verbs: they say nothing about what a sentence claims. */
const STOP = new Set(
  `a about above after again against all also although am an and any are aren't around as at be because been before being
  below between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each either else
  even ever every few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let's like
  many may me meanwhile might more most much must mustn't my myself no nor not now of off on once one only or other ought
  our ours ourselves out over own per quite rather same shan't she she'd she'll she's should shouldn't since so some such
  than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this
  those though through thus to too under until up upon us very was wasn't we we'd we'll we're we've were weren't what
  what's when when's where where's whether which while who who's whom whose why why's will with within without won't
  would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
  said says say saying told tells tell added adding according noted asked stated stating continued continues
  mr mrs ms dr also still already later earlier meanwhile reportedly allegedly`.split(/\s+/),
);

const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
// Maps, not object literals: a token such as "constructor" must not find an inherited property.
const NUMBER_WORDS = new Map<string, number>(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
}));
const SCALES = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 }));
/** Prepositions after which a capitalised name is read as a place (destination, origin, location). */
const PLACE_PREPOSITIONS = new Map<string, string>(Object.entries({ to: 'to', toward: 'to', towards: 'to', into: 'to', from: 'from', in: 'in', at: 'in' }));

export interface NumberMention {
  /** Normalised value ("12000000", "1987"). */
  value: string;
  /** The word it counts (light stem), or "year" for a bare year. */
  unit: string;
  /** As written. */
  text: string;
}

export interface PlaceMention {
  /** The preposition's role: to (destination), from (origin), in (location). */
  slot: string;
  name: string;
  /** The words before it, as written, for display ("sent to"). */
  text: string;
}

export interface Features {
  /** Content terms (stems), names included. */
  terms: string[];
  /** Terms that came from capitalised names (weigh more). */
  names: Set<string>;
  numbers: NumberMention[];
  places: PlaceMention[];
}

interface Token {
  raw: string;
  /** The characters between the previous token and this one. */
  gap: string;
  lower: string;
  start: number;
  capital: boolean;
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[.,-](?=[\p{L}\p{N}]))*\.?/gu;

const ABBREVIATION = /^(\p{L}\.)+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const OPENS_SENTENCE = /[.!?:]["'”’)]*\s*$|[“"‘(]\s*$/;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  const re = new RegExp(TOKEN);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let raw = m[0];
    // Keep the dot only for abbreviations such as "U.S." or "D.C.".
    if (raw.endsWith('.') && !ABBREVIATION.test(raw)) raw = raw.slice(0, -1);
    const between = text.slice(prevEnd, m.index);
    const lower = raw.toLowerCase();
    const c = raw.charCodeAt(0);
    out.push({
      raw,
      gap: between,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: m.index,
      capital: c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(raw),
      // A single space (the usual gap) neither ends a sentence nor opens a quote.
      sentenceStart: out.length === 0 || (between !== ' ' && OPENS_SENTENCE.test(between)),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** A light stem: plural and verb endings off, abbreviations' dots dropped, possessives off. */
export const stem: (word: string) => string = memoByText(readStem, 50_000);

function readStem(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$|s'$/, '').replace(/\./g, '');
  if (/^\d/.test(w)) return w.replace(/,/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // normalise/normalize, realise/realize
  w = w.replace(/is(e|ation)?$/, (m) => m.replace('is', 'iz'));
  return w;
}

export function isStopword(lower: string): boolean {
  return STOP.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

function isDateWord(lower: string): boolean {
  return MONTHS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) || WEEKDAYS.has(lower);
}

/** Starts with an ASCII digit. */
function digitFirst(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Features of one sentence (its quoted words already blanked out by the caller when they belong
 * to a quote item). `personal` lists the lower-case surface forms of people the story knows, so a
 * name after "to" ("talk to X") is not read as a place.
 */
export function features(text: string, personal: ReadonlySet<string> = new Set()): Features {
  const read = featuresOf(text);
  const places: PlaceMention[] = [];
  for (const p of read.places) {
    if (personal.has(p.lower) || p.partsLower.some((x) => personal.has(x))) continue;
    places.push({ slot: p.slot, name: p.name, text: p.text });
  }
  return { terms: read.terms, names: read.names, numbers: read.numbers, places };
}

/** A place as read from the text, before the story's people are set aside. */
interface PlaceCandidate extends PlaceMention {
  lower: string;
  partsLower: string[];
}

/** What a text says whoever the story's people are (shared between calls: read only). */
interface TextFeatures {
  terms: string[];
  names: Set<string>;
  numbers: NumberMention[];
  places: PlaceCandidate[];
}

const featuresOf: (text: string) => TextFeatures = memoByText(readFeatures);

function readFeatures(text: string): TextFeatures {
  const toks = tokens(text);
  const terms: string[] = [];
  const names = new Set<string>();
  const numbers: NumberMention[] = [];
  const places: PlaceCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (digitFirst(t.lower)) {
      if (nearDateWord(toks, i)) continue; // part of a date: the timeline compares those
      if (i > 0 && toks[i - 1].capital && t.gap === ' ' && !digitFirst(toks[i - 1].lower) && !toks[i - 1].sentenceStart) continue; // part of a name ("Model 3")
      const n = readNumber(toks, i);
      numbers.push(n.mention);
      terms.push(`#${n.mention.value}`);
      // What is counted is evidence too: two figures for one thing still share their unit.
      if (n.mention.unit && n.mention.unit !== 'year') terms.push(`#${n.mention.unit}`);
      i = n.next - 1;
      continue;
    }
    if (NUMBER_WORDS.has(t.lower) && toks[i + 1] && !isStopword(toks[i + 1].lower)) {
      const unit = stem(toks[i + 1].lower);
      numbers.push({ value: String(NUMBER_WORDS.get(t.lower)), unit, text: `${t.raw} ${toks[i + 1].raw}` });
      continue;
    }
    if (isStopword(t.lower) || isDateWord(t.lower) || t.lower.length < 2) continue;
    const isName = t.capital && (!t.sentenceStart || toks[i + 1]?.capital === true);
    if (isName) {
      // A run of capitalised words is one name: one term for the whole, one for its last word
      // (surname, head noun), so a long name does not outweigh the rest of the sentence.
      const parts = [t];
      let j = i + 1;
      while (j < toks.length && toks[j].capital && toks[j].gap === ' ' && !isDateWord(toks[j].lower) && !digitFirst(toks[j].lower)) parts.push(toks[j++]);
      const stems = parts.filter((p) => !isStopword(p.lower)).map((p) => stem(p.lower));
      if (stems.length > 1) {
        const whole = stems.join('_');
        terms.push(whole);
        names.add(whole);
      }
      const head = stems[stems.length - 1];
      if (head) {
        terms.push(head);
        names.add(head);
      }
      i = j - 1;
      continue;
    }
    terms.push(stem(t.lower));
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const slot = PLACE_PREPOSITIONS.get(toks[i].lower);
    if (!slot || !toks[i + 1].capital || isDateWord(toks[i + 1].lower)) continue;
    const parts: string[] = [];
    let j = i + 1;
    while (j < toks.length && toks[j].capital && !isDateWord(toks[j].lower) && parts.length < 4 && (j === i + 1 || /^\s+$/.test(toks[j].gap))) {
      parts.push(toks[j++].raw);
      if (/['’]s$/.test(parts[parts.length - 1])) break;
    }
    if (/['’]s$/.test(parts[parts.length - 1])) continue; // "to X's …": a possessive, not a place
    const name = parts.join(' ');
    const lower = name.toLowerCase();
    if (parts.length === 1 && isStopword(lower)) continue;
    // The story's people are set aside by the caller (see features).
    places.push({ slot, name, text: `${toks[i].raw} ${name}`, lower, partsLower: parts.map((p) => p.toLowerCase()) });
  }
  return { terms, names, numbers, places };
}

/** A number that belongs to a date ("May 4, 2019", "4th May", "Saturday 4"). */
function nearDateWord(toks: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= Math.min(toks.length - 1, i + 1); k++) {
    if (k === i || !isDateWord(toks[k].lower)) continue;
    const between = toks.slice(Math.min(k, i) + 1, Math.max(k, i));
    if (between.every((t) => /^\d/.test(t.lower))) return true;
  }
  return false;
}

function readNumber(toks: Token[], i: number): { mention: NumberMention; next: number } {
  const raw = toks[i].raw;
  let value = Number(raw.replace(/,/g, ''));
  let next = i + 1;
  let text = raw;
  const scale = toks[next] ? SCALES.get(toks[next].lower) : undefined;
  if (scale && Number.isFinite(value)) {
    value *= scale;
    text += ` ${toks[next].raw}`;
    next++;
  }
  let unit = '';
  const after = toks[next];
  if (/^\s*%/.test(after?.gap ?? '') || (next === toks.length && /%/.test(raw))) {
    unit = '%';
    text += '%';
  } else if (after?.lower === 'percent' || (after?.lower === 'per' && /^cent/.test(toks[next + 1]?.lower ?? ''))) {
    unit = '%';
    text += after.lower === 'per' ? ' per cent' : ' percent';
    next += after.lower === 'per' ? 2 : 1;
  } else if (after && !after.capital && !isStopword(after.lower) && !/^\d/.test(after.lower)) {
    unit = stem(after.lower);
    text += ` ${after.raw}`;
  } else if (/^(1[5-9]|20)\d\d$/.test(raw)) unit = 'year';
  return { mention: { value: Number.isFinite(value) ? String(value) : raw, unit, text }, next };
}

/** Blanks out character ranges (quoted words) so they do not count as the sentence's own claim. */
export function blank(text: string, ranges: [number, number][]): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (e <= at) continue;
    out += text.slice(at, Math.max(at, s));
    out += ' '.repeat(Math.max(0, e - Math.max(at, s)));
    at = Math.max(at, e);
  }
  return out + text.slice(at);
}

const QUOTE_MARK = /[“”"‘’']/;

/**
 * Quoted stretches of a sentence found by their marks (quote extraction's offsets are used too; this
 * also catches a quote that opened in the sentence before, or runs on into the next one).
 */
export function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!QUOTE_MARK.test(text)) return out; // no mark, no quote

  // Curly double marks pair up; a lone closing mark closes a quote opened earlier, a lone opening one runs to the end.
  let open = -1;
  let lastClose = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') open = open < 0 ? i : open;
    else if (ch === '”') {
      out.push([open >= 0 ? open : lastClose + 1, i + 1]);
      open = -1;
      lastClose = i;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  // Straight double marks: pairs; an odd one out is a closing mark when it follows a word or punctuation.
  const straight = [...text.matchAll(/"/g)].map((m) => m.index!);
  let k = 0;
  if (straight.length % 2 === 1) {
    const first = straight[0];
    if (first > 0 && /\S/.test(text[first - 1]) && !/[\s(]/.test(text[first - 1])) {
      out.push([0, first + 1]);
      k = 1;
    } else {
      out.push([straight[straight.length - 1], text.length]);
      straight.pop();
    }
  }
  for (; k + 1 < straight.length; k += 2) out.push([straight[k], straight[k + 1] + 1]);
  // Single marks: an opening one after a space or the start; a closing one after punctuation or
  // before a space (an apostrophe inside a word never counts).
  const single = /[‘']/;
  let sOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + 1 < text.length ? text[i + 1] : ' ';
    if (single.test(ch) && /[\s(—–-]/.test(before) && /\S/.test(after) && (ch === '‘' || sOpen < 0)) {
      if (sOpen < 0) sOpen = i;
      continue;
    }
    if ((ch === '’' || ch === "'") && /[\s,.;:!?)—–-]/.test(after) && /\S/.test(before)) {
      if (sOpen >= 0) {
        out.push([sOpen, i + 1]);
        sOpen = -1;
      } else if (/[,.!?]/.test(before)) out.push([0, i + 1]);
    }
  }
  if (sOpen >= 0 && text[sOpen] === '‘') out.push([sOpen, text.length]);
  return out;
}
