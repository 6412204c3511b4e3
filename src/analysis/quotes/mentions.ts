// Mentions of people and bodies in reporter's text (quotes are masked out first, so "as he said"
// inside a quote is never read as an attribution): titled names, role descriptions, pronouns.
import { datelineLength } from '../datelines.ts';
import { TIME_ZONES } from '../dates/time-zones.ts';
import { IRREGULAR_PAST } from '../dates/tense.ts';
import { BODY_NOUNS, BUSINESS_NOUNS, CURRENCY_CODES, DESCRIBED_NOUNS, DESCRIPTIVE_NOUNS, DOCUMENT_NOUNS, FUNCTION_WORDS, ORG_HEADS, PEOPLE_NOUNS, POST_NOMINALS, ROLE_NOUNS, SECTOR_HEADS, SPEECH_VERBS, SURNAME_POST_NOMINALS, TITLE_WORDS } from './lexicon.ts';

export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** For names: the name with titles stripped ("Jane Doe"); for roles: the role phrase. */
  name: string;
  /** Lower-case title and role words attached to the mention ("ministry spokesman"). */
  titles: string[];
  org: boolean;
  /** Written as a possessive ("X’s"): a modifier, not an actor. */
  possessive: boolean;
  /** The word right before the mention, lower-cased (to tell subjects from objects). */
  before: string;
  pronoun?: 'he' | 'she' | 'they' | 'it' | 'we';
  /** Role descriptions: the head noun and its modifiers ("chilean" + "president"). */
  head?: string;
  modifiers?: string[];
  /** A bare plural ("officials said"): resolves to the body named nearby. */
  group?: boolean;
  /** What describes an unnamed source after its noun: "familiar with the talks" in "a person familiar with the talks". */
  qualifier?: string;
}

const BARE_PLURAL_ROLES = new Set(['regulators', 'officials', 'police', 'authorities', 'researchers', 'experts', 'analysts', 'diplomats', 'sources', 'organisers', 'organizers', 'lawmakers', 'investigators', 'inspectors', 'prosecutors', 'scientists', 'doctors']);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
/** The subject form of a possessive or object pronoun ("her speech", "asked him", "on his behalf"). */
export const SUBJECT_FORM: Readonly<Record<string, NonNullable<Mention['pronoun']>>> = { her: 'she', his: 'he', him: 'he', their: 'they', them: 'they' };

/** A pronoun the mention finder leaves out ("her speech", "quoted him as saying"), read as a mention of its own. */
export function pronounMention(at: number, text: string, pronoun: NonNullable<Mention['pronoun']>, possessive: boolean): Mention {
  return { start: at, end: at + text.length, text, kind: 'pronoun', name: pronoun, titles: [], org: false, possessive, before: '', pronoun };
}
const PRONOUN_WORDS = new Set([...PRONOUNS, 'i', 'you']);
const CONTRACTED = /^(\p{L}+)[’'](?:ll|d|ve|re|s)$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'its', 'their']);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'van', 'von', 'der', 'ter', 'ten', 'den', 'al', 'bin', 'la', 'le', 'du', 'da', 'dos', 'del']);

interface Token {
  start: number;
  end: number;
  text: string;
  /** The text lower-cased (read once here: most rules ask for it). */
  low: string;
}

/** [\p{L}\p{N}] for one code point (a character outside ASCII). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The tokens of text[from, to): runs matching /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\/u that start before
 * `to` (a run may go on past it). Read by character codes, ASCII first: the unicode regex was the
 * hottest part of reading mentions.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
        i++;
        continue;
      }
    } else {
      const cp = text.codePointAt(i)!;
      if (!WORD_CHAR.test(String.fromCodePoint(cp))) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    // No capital and nothing outside ASCII: the token is its own lower case.
    let plain = c < 65 || c > 90;
    let j = i + (c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 128) {
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 39 || d === 46 || d === 38 || d === 45) j++;
        else if (d >= 65 && d <= 90) {
          plain = false;
          j++;
        } else break;
      } else if (d === 0x2019) {
        plain = false;
        j++;
      } else {
        plain = false;
        const cp = text.codePointAt(j)!;
        if (!WORD_CHAR.test(String.fromCodePoint(cp))) break;
        j += cp > 0xffff ? 2 : 1;
      }
    }
    i = j;
    if (c >= 128) plain = false;
    let t = text.slice(start, j);
    // Trailing full stops belong to the sentence unless the token is an abbreviation ("U.S.", "Mr.").
    if (text.charCodeAt(j - 1) === 46 && !placePrefix(text, start, t)) while (t.endsWith('.') && !/^([A-Za-z]\.)+$/.test(t) && !TITLE_WORDS.has(plain ? t : t.toLowerCase())) t = t.slice(0, -1);
    const last = t[t.length - 1];
    if (last === '-' || last === '’' || last === "'") t = t.slice(0, -1);
    if (t) out.push({ start, end: start + t.length, text: t, low: plain ? t : t.toLowerCase() });
  }
  return out;
}

/**
 * "in St. Alban", "Mt. Kenya", "Ft. Worth": Saint, Mount or Fort opening a place's name keeps its full
 * stop, so the name reads on; not "Main St. He …" (a street's abbreviation after its name).
 */
function placePrefix(text: string, start: number, t: string): boolean {
  return PLACE_PREFIX.test(t) && /^ \p{Lu}/u.test(text.slice(start + 3, start + 5)) && !/\p{Lu}[\p{L}’'.-]*\s+$/u.test(text.slice(Math.max(0, start - 24), start));
}
const PLACE_PREFIX = /^(?:St|Mt|Ft)\.$/;

/** A capital first letter, in any script (the ASCII test first: nearly every word passes there). */
export const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};
const lower = (t: string) => stripS(t.toLowerCase());
/** Without a final possessive "’s" or "'s" (as .replace(/[’']s$/, '')). */
const stripS = (low: string) => (low.endsWith('s') && (low[low.length - 2] === '’' || low[low.length - 2] === "'") ? low.slice(0, -2) : low);
/** Ends in "’s", "'s", "s’" or "s'" (as /[’']s$/i or /s[’']$/i). */
const possessive = (t: string) => {
  const n = t.length;
  if (n < 2) return false;
  const last = t.charCodeAt(n - 1);
  const prev = t.charCodeAt(n - 2);
  // ("DRAVNIK'S mayor": a tabloid's capitals too.)
  return last === 115 || last === 83 ? prev === 0x2019 || prev === 39 : (last === 0x2019 || last === 39) && (prev === 115 || prev === 83);
};

/** Without a final "’s", "'s", "’" or "'" (as .replace(/[’']s?$/i, '')). */
function withoutMark(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x2019 || last === 39) return w.slice(0, -1);
  if ((last === 115 || last === 83) && n >= 2) {
    const prev = w.charCodeAt(n - 2);
    if (prev === 0x2019 || prev === 39) return w.slice(0, -2);
  }
  return w;
}

/** One character of the regex class \s. */
function isSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * s.replace(/\s.*$/, '') without the regex: "." stops at a line break, so the match starts at the
 * last line break if there is one, else at the first space.
 */
function beforeSpace(s: string): string {
  let first = -1;
  let lastBreak = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) lastBreak = i;
    else if (first < 0 && isSpace(c)) first = i;
  }
  if (lastBreak >= 0) return s.slice(0, lastBreak);
  return first >= 0 ? s.slice(0, first) : s;
}
const isTitle = (t: string) => isTitleLower(t.toLowerCase());
/** isTitle of a word already lower-cased: itself, without a final full stop ("Gov." as "gov"), or hyphenated with a rank ("President-elect", "Vice-Premier"). */
const isTitleLower = (low: string) => TITLE_WORDS.has(low) || (low.endsWith('.') && TITLE_WORDS.has(low.slice(0, -1))) || (low.includes('-') && hyphenatedTitle(low));
/** "president-elect", "vice-premier", "co-founder", "ex-minister": a title with a prefix or suffix of rank. */
const hyphenatedTitle = (low: string) => (/-(?:elect|designate)$/.test(low) && TITLE_WORDS.has(low.slice(0, low.lastIndexOf('-')))) || (/^(?:vice|co|ex)-/.test(low) && TITLE_WORDS.has(low.slice(low.indexOf('-') + 1)));
/** Nationality adjectives and short acronyms before a title ("Chilean President", "US Senator"). */
const isAffiliation = (t: string) => /^\p{Lu}\p{Ll}+(an|ian|ese|ish|i)$/u.test(t) || /^(\p{Lu}\.?){2,4}$/u.test(t);

/**
 * "Icelandic Minister of Industries Hildur Þórðardóttir": a capitalised affiliation, a title, then
 * "of" or "for" its portfolio and a name of two words or more; the title's end (0 when there is none).
 * (A title right before the name is read below; "Labour MP for Brackwell" is a role.)
 */
function titleBeforePortfolio(words: string[]): number {
  for (let t = words.length - 5; t >= 1; t--) if (isTitle(words[t]) && !isTitle(words[t - 1]) && (words[t + 1] === 'of' || words[t + 1] === 'for')) return t + 1;
  return 0;
}

/**
 * Finds mentions in text[from, to). `masked` is the same text with quotations blanked, so offsets
 * line up and nothing inside quotes is read.
 */
const PARTY_TAG = /\b[RDI]-\p{Lu}[\p{L}.]*/u;
const PARTY_TAG_ALL = /\b[RDI]-\p{Lu}[\p{L}.]*/gu;


/** "6:40AM ET", "14:05 GMT", "4 p.m. PT": a time zone after a clock time, not a body's acronym. */
const TIME_ZONE_SET = new Set(TIME_ZONES);
const CLOCK_BEFORE = /(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*$/i;
const isTimeZone = (masked: string, t: Token) => TIME_ZONE_SET.has(t.text) && CLOCK_BEFORE.test(masked.slice(Math.max(0, t.start - 12), t.start));
/** "EUR 471m", "2.1bn CHF": a currency code beside an amount, not a body's acronym. */
const AMOUNT_BESIDE = (masked: string, t: Token) => /^\s?\d/.test(masked.slice(t.end, t.end + 2)) || /\d[\d.,]*\s?(?:[mk]|bn|mn|million|billion)?\s$/.test(masked.slice(Math.max(0, t.start - 16), t.start));
/** "11:00 PM EST": the half of the day after a clock time, in capitals. */
const isMeridiem = (masked: string, t: Token) => /^[AP]\.?M\.?$/.test(t.text) && /\d\s?$/.test(masked.slice(Math.max(0, t.start - 2), t.start));
/** "Jan. 21", "Sept 4": a month's short form before a day ("Jan" alone may be a name). */
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const isShortMonth = (masked: string, t: Token) => t.text.length <= 5 && SHORT_MONTH.test(t.text) && /^\.?\s?\d/.test(masked.slice(t.end, t.end + 3));
const isUnit = (masked: string, t: Token) => isTimeZone(masked, t) || isMeridiem(masked, t) || (CURRENCY_CODES.has(t.text) && AMOUNT_BESIDE(masked, t)) || isShortMonth(masked, t);

const SAINT = /^(?:St\.?|Saint|Ste\.?)$/;
const COUPLE_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lady', 'lord', 'dame', 'prof', 'prof.', 'rev', 'rev.']);
const OWNERS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * A lone name that only qualifies the noun after it, and so is nobody in the sentence: "Sydney
 * man Tom Hessler" (the man is), "His Instagram post" (the post is, and it is his).
 */
function onlyQualifies(masked: string, tokens: Token[], first: number, next: number, mentions: Mention[]): boolean {
  const m = mentions[0];
  const noun = tokens[next];
  if (mentions.length !== 1 || !noun || m.kind !== 'name' || m.org || m.possessive || m.titles.length) return false;
  if (DESCRIBED_NOUNS.has(noun.low)) {
    const name = tokens[next + 1];
    return !!name && isCap(name.text) && blank(masked, m.end, noun.start) && blank(masked, noun.end, name.start);
  }
  const owner = tokens[first - 1];
  return !!owner && OWNERS.has(owner.low) && !isCap(noun.text) && blank(masked, owner.end, m.start) && blank(masked, m.end, noun.start);
}

/** Only white space between two offsets (no string made: this runs for every name). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/**
 * "the Vega family", "Marisol Vega’s family": the family speaks as one body, not the person it is
 * named after (often the victim of the story).
 */
function familyAfter(masked: string, tokens: Token[], next: number, mentions: Mention[]): Mention | null {
  const word = tokens[next];
  if (!word || !word.low.startsWith('famil')) return null;
  const last = mentions[mentions.length - 1];
  if (!last || last.kind !== 'name' || last.org || !/^famil(?:y|ies)(?:[’']s?)?$/.test(word.low) || !blank(masked, last.end, word.start)) return null;
  const surname = last.name.split(/\s+/).at(-1)!.replace(/[’']s?$/, '');
  return { ...last, end: word.end, text: masked.slice(last.start, word.end), name: `${surname} family`, titles: [], org: true, possessive: /[’']s?$/.test(word.text) };
}

export function findMentions(masked: string, from: number, to: number, commonWords: Set<string>, opening = true): Mention[] {
  // "NEW YORK (AP) - ": a dateline names no actor ("Mumbai: " only where the article opens).
  const dateline = datelineLength(masked.slice(from, Math.min(to, from + 100)), opening);
  from += dateline;
  // "Sen. Jane Doe, D-Minn., said": a party and state tag is an apposition, not somebody.
  if (PARTY_TAG.test(masked.slice(from, to))) masked = masked.slice(0, from) + masked.slice(from, to).replace(PARTY_TAG_ALL, (m) => ' '.repeat(m.length)) + masked.slice(to);
  const tokens = tokenize(masked, from, to);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A chunk starts with a capitalised word or a title word: skip the others without reading one.
    const t = tokens[i];
    const low = t.low;
    // Zones and currency codes are written in capitals: most tokens are not looked up.
    if (isCap(t.text) && isUnit(masked, t)) {
      i++;
      continue;
    }
    // "Analysts at Jefferies said": a group opening the sentence (read below), not a name.
    const groupOpening = BARE_PLURAL_ROLES.has(low) && /^\s+(?:at|from|with)\s/.test(masked.slice(t.end, t.end + 6));
    // "Organisers Tidewater Live said": the group word describes the name after it, no part of it.
    if (isCap(t.text) && BARE_PLURAL_ROLES.has(low) && tokens[i + 1] && isCap(tokens[i + 1].text) && /^ $/.test(masked.slice(t.end, tokens[i + 1].start))) {
      i++;
      continue;
    }
    // "Picture: Kettlewick Gazette": a credit names no one of the story ("Photo: Real Montalbán
    // president Florencio Madrazo on Tuesday" is a caption, longer than a credit).
    const label = (CREDIT_LABEL.has(low) || CAPTION_LABEL.has(low)) && masked[t.end] === ':';
    if (label && CREDIT_LABEL.has(low) && tokens.length - i <= CREDIT_WORDS) break;
    // ("Mr and Mrs Hugh Marwood said": the couple's titles, no one named "Mr", nor a Mrs Hugh Marwood.)
    if (COUPLE_TITLES.has(low) && COUPLE_TITLES.has(tokens[i + 2]?.low ?? '') && /^\s+(?:and|&)\s+$/.test(masked.slice(t.end, tokens[i + 2].start))) {
      i += 3;
      continue;
    }
    // ("… Carrow Heights. Courtesy of Halvard & Pine": a picture's credit; the body after it is named.)
    if (low === 'courtesy' && tokens[i + 1]?.low === 'of') {
      i++;
      continue;
    }
    // "Singer-songwriter Tessa Vaughan", "Brussels-based producer X": a description, not a name;
    // "Above: officials in Helwick": a caption's label.
    // (Asked of every token: a hyphen first.)
    if ((t.text.includes('-') && (DESCRIBING_COMPOUND.test(t.text) || titledCompound(t.text))) || label) {
      i++;
      continue;
    }
    // "One official said": a number opening the sentence, not a name.
    const counted = low === 'one' && !!tokens[i + 1] && !isCap(tokens[i + 1].text);
    // "One Thornby district councillor, who asked not to be named,": one of a place's people, unnamed.
    // ("One of the paper’s referees, who asked not to be named,": one of a group of people, unnamed.)
    const placed = low === 'one' && !!tokens[i + 1] ? (counted ? oneOf(masked, tokens, i) : readRole(masked, tokens, i)) : null;
    if (placed) {
      out.push(placed.mention);
      i = placed.next;
      continue;
    }
    // "His Majesty", "Her Royal Highness", "the Holy Father": a style standing for the role it is the style of.
    const styled = low === 'his' || low === 'her' || low === 'holy' ? styleRole(masked, tokens, i) : null;
    if (styled) {
      out.push(styled.mention);
      i = styled.next;
      continue;
    }
    // "He'll probably be fined", "She’d": a pronoun with a verb run into it, nobody's name.
    const contracted = CONTRACTED.exec(low);
    if (contracted && PRONOUNS.has(contracted[1])) {
      out.push(base(masked, tokens, i, i, 'pronoun', contracted[1], [], false, { pronoun: contracted[1] as Mention['pronoun'] }));
      i++;
      continue;
    }
    const chunk = (isCap(t.text) && !groupOpening && !counted && !isDemonym(masked, tokens, i)) || isTitleLower(low) ? readChunk(masked, tokens, i, commonWords, i === 0 && dateline > 0) : null;
    if (chunk) {
      const family = familyAfter(masked, tokens, chunk.next, chunk.mentions);
      if (family) {
        out.push(...chunk.mentions.slice(0, -1), family);
        i = chunk.next + 1;
        continue;
      }
      if (isTitleLower(low) && chunk.mentions[0]?.kind === 'name') chunk.mentions[0].titles.unshift(...titleModifiers(masked, tokens, i));
      // ("The group holding them, known as Ansar Al Sahraa,": the name of a body.)
      const first = chunk.mentions[0];
      if (first?.kind === 'name' && !first.org && (first.before === 'as' || first.before === 'called' || first.before === 'named') && KNOWN_AS.test(masked.slice(Math.max(0, first.start - 80), first.start))) first.org = true;
      if (!onlyQualifies(masked, tokens, i, chunk.next, chunk.mentions)) out.push(...chunk.mentions);
      i = chunk.next;
      // "Malaysia’s civil aviation regulator": a role owned by the body just named.
      const last = chunk.mentions[chunk.mentions.length - 1];
      if (last?.possessive && i < tokens.length && !isCap(tokens[i].text)) {
        const role = readRole(masked, tokens, i - 1, true);
        if (role) {
          role.mention.start = tokens[i].start;
          role.mention.text = masked.slice(role.mention.start, role.mention.end);
          role.mention.possessive = /[’']s?$/.test(role.mention.text);
          role.mention.modifiers = [...last.name.toLowerCase().split(/\s+/), ...(role.mention.modifiers ?? [])];
          out.push(role.mention);
          i = role.next;
        }
      }
      continue;
    }
    if (PRONOUNS.has(low)) {
      out.push(base(masked, tokens, i, i, 'pronoun', low, [], false, { pronoun: low as Mention['pronoun'] }));
    } else if (BARE_PLURAL_ROLES.has(low) && !DETERMINERS.has(tokens[i - 1]?.low ?? '') && !qualifiesTitle(masked, tokens, i)) {
      // "officials said", "police said": a group speaking for a body named nearby ("two officials
      // briefed on the talks": one its qualifier describes).
      const group = base(masked, tokens, i, i, 'role', t.text, [], false, { head: low.replace(/s$/, ''), modifiers: [], group: true });
      const qualified = QUALIFIER.exec(masked.slice(group.end, group.end + 80));
      if (qualified) group.qualifier = qualified[1];
      out.push(group);
    } else if (low === 'the' && AGE.test(tokens[i + 1]?.text ?? '')) {
      // "The 31-year-old (Wales international) said": a description of someone named before.
      const end = ageDescription(masked, tokens, i + 1);
      // ("said the 19-year-old, Maya Brooks": the name in apposition speaks for it.)
      if (!/^,\s*\p{Lu}/u.test(masked.slice(tokens[end].end, tokens[end].end + 3))) out.push(base(masked, tokens, i, end, 'role', masked.slice(t.start, tokens[end].end), [], false, { head: 'descriptor', modifiers: tokens.slice(i + 1, end + 1).map((x) => x.low) }));
      i = end + 1;
      continue;
    } else if (low === 'the' && isDescriptor(masked, tokens, i + 1)) {
      // "The Dutchman", "the Australian": a description of someone named before, not a name.
      out.push(base(masked, tokens, i, i + 1, 'role', masked.slice(t.start, tokens[i + 1].end), [], false, { head: 'descriptor', modifiers: [tokens[i + 1].low] }));
      i += 2;
      continue;
    } else if (DETERMINERS.has(low)) {
      const role = readRole(masked, tokens, i);
      if (role) {
        out.push(role.mention);
        i = role.next;
        continue;
      }
    }
    i++;
  }
  // "– @kofi_builds", "from @railgrumbler, who …", "wrote u/flatpedal_pete": a handle on a platform is somebody.
  const span = masked.slice(from, to);
  if (span.includes('@') || span.includes('u/')) addHandles(masked, from, to, out);
  // (Looked for after each mention only: searching the text for a bracket ran to the article's end.)
  return out.length > 1 ? withoutAsides(masked, out) : out;
}

// (A Reddit user is "u/name"; "r/ebikes" is a forum, no one.)
const HANDLE = /(?<![\p{L}\p{N}_@./])(?:@|u\/)[A-Za-z0-9_-]{2,30}\b/gu;

function addHandles(masked: string, from: number, to: number, out: Mention[]): void {
  for (const h of masked.slice(from, to).matchAll(HANDLE)) {
    const start = from + h.index!;
    const before = /([\p{L}'’]+)\W*$/u.exec(masked.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase() ?? '';
    out.push({ start, end: start + h[0].length, text: h[0], kind: 'name', name: h[0], titles: [], org: false, possessive: false, before });
  }
  out.sort((a, b) => a.start - b.start);
}

/**
 * "Mr Tobias Wrenfield (Ashcombe and Fenley) said", "Pieter Dijkgraaf (port and economy)": what a
 * bracket right after a person's name holds (a seat, a party, a portfolio) is no one of the story.
 */
function withoutAsides(masked: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let owner: Mention | null = null;
  let close = -1;
  for (const m of mentions) {
    if (owner && m.start < close) continue;
    owner = null;
    // (Not after the tail of a body's name: "… for Health and Care Excellence (Nice)".)
    if (m.kind === 'name' && !m.org && (m.titles.length || m.name.includes(' ')) && /^\s*\(/.test(masked.slice(m.end, m.end + 3)) && !/^(?:and|of|for|&)$/.test(m.before)) {
      owner = m;
      close = masked.indexOf(')', m.end);
      if (close < 0 || close - m.end > 60) owner = null;
    }
    out.push(m);
  }
  return out;
}

function base(masked: string, tokens: Token[], a: number, b: number, kind: MentionKind, name: string, titles: string[], org: boolean, extra: Partial<Mention> = {}): Mention {
  const start = tokens[a].start;
  const end = tokens[b].end;
  const text = masked.slice(start, end);
  return {
    start,
    end,
    text,
    kind,
    name,
    titles,
    org,
    // (The last word's: "People’s Alliance" is no possessive, "Jane Doe’s" is.)
    possessive: possessive(beforeSpace(masked.slice(tokens[b].start, end + 2))) || possessive(tokens[b].text),
    before: wordBefore(masked, tokens, a),
    ...extra,
  };
}

/** The word before token a, skipping an article ("by the X" gives "by"); ',' after punctuation. */
function wordBefore(masked: string, tokens: Token[], a: number): string {
  for (let k = a - 1; k >= 0 && k >= a - 2; k--) {
    if (/[,;:—–(]/.test(masked.slice(tokens[k].end, tokens[k + 1].start))) return ',';
    const w = tokens[k].low;
    if (w !== 'the' && w !== 'a' && w !== 'an') return w;
  }
  return '';
}

const ERA = new Set(['BC', 'BCE', 'AD', 'CE']);
/** A body's word, then what it is called: "the group holding them, known as". */
const KNOWN_AS = /\b(?:group|movement|militia|faction|organi[sz]ation|network|coalition|alliance|party|company|firm|charity|band)\b[^.;:!?]{0,50}?\b(?:known|called|named)\s+(?:as\s+)?$/i;
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Things known by a number ("Flight 2281", "Gate 12", "Runway 28L"). */
const NUMBERED = new Set(['flight', 'route', 'gate', 'platform', 'runway', 'terminal', 'stage', 'phase', 'level', 'tier', 'category', 'round']);
/** The parts of a law or a document, cited by number ("Section 230", "Article 5", "Chapter 11"). */
const DOCUMENT_PARTS = new Set(['section', 'article', 'chapter', 'clause', 'paragraph', 'schedule', 'amendment', 'annex', 'appendix', 'exhibit', 'rule', 'regulation', 'subsection']);
const MONEY = /^\p{Lu}\p{L}{0,2}\$?\d+(?:[.,]\d+)?(?:bn|m|k|tn)(?:-|$)|^\p{Lu}\p{L}{0,2}\$?\d+[.,]\d/u;
const TITLE_CASE_PREPOSITIONS = new Set(
  'With From To In On At As By After Over Into Against Amid About Before Under Vs Versus Despite Without Following During Ahead Toward Towards Among'.split(' '),
);

/**
 * A run of capitalised words, with titles before it: "Ministry spokesman Jan Ortiz".
 * `afterDateline`: token i is the first after a wire's dateline, so it opens its sentence
 * ("PORT AVERILL, Feb 9 (Lodestar) - Video excerpts of …").
 */
function readChunk(masked: string, tokens: Token[], i: number, common: Set<string>, afterDateline = false): { mentions: Mention[]; next: number } | null {
  // "Hundreds of Pinecrest residents", "Shares of Nimbra", "Residents of Ballinvoe": an amount, a
  // part or some people of what follows.
  if (tokens[i + 1]?.low === 'of' && partOf(tokens[i].low)) return null;
  // "Q: Governor, …", "A: For this year, yes.": an interview's label, nobody's name.
  if (tokens[i].text.length === 1 && masked[tokens[i].end] === ':') return null;
  // ("Q. Elin held you at the net …": a transcript's question label, at a paragraph's start.)
  if (/^Q\.?$/.test(tokens[i].text) && /^\.?\s/.test(masked.slice(tokens[i].end, tokens[i].end + 2)) && /(?:^|\n)\s*$/.test(masked.slice(Math.max(0, tokens[i].start - 3), tokens[i].start))) return null;
  // ("Image caption, A sign thanks customers …", "Image source, Northline": a picture's label, nobody's name.)
  if (PICTURE_LABEL.test(tokens[i].text) && LABEL_AFTER.test(masked.slice(tokens[i].end, tokens[i].end + 10))) return null;
  // ("a Cr1.1bn-a-year giveaway", "Rs2.5m": a sum in a currency's letters, nobody's name.)
  if (MONEY.test(tokens[i].text)) return null;
  // ("She was DQ'd under SW 7.6", "KO'd": an abbreviation made a verb, nobody's name; nor "a U-turn", "an X-ray".)
  if (/^\p{Lu}{1,4}['’]d$/u.test(tokens[i].text) || /^\p{Lu}-\p{Ll}+$/u.test(tokens[i].text)) return null;
  // ("lost by just SIX points": a number shouted in capitals, nobody's name.)
  if (NUMBER_WORD.test(tokens[i].low) && tokens[i].text === tokens[i].text.toUpperCase()) return null;
  // "in about 1200 BC", "AD 79": an era after or before a year, nobody's name.
  if (ERA.has(tokens[i].text) && (/\d\s+$/.test(masked.slice(Math.max(0, tokens[i].start - 3), tokens[i].start)) || /^\s+\d/.test(masked.slice(tokens[i].end, tokens[i].end + 2)))) return null;
  // "Section 230 of the act", "Under Article 5", "Flight 2281": a numbered part or thing, nobody's name.
  if ((DOCUMENT_PARTS.has(tokens[i].low) || NUMBERED.has(tokens[i].low)) && /^\s+\d/.test(masked.slice(tokens[i].end, tokens[i].end + 2))) return null;
  let j = i;
  const parts: { a: number; b: number; title: boolean }[] = [];
  /** "Thornbury & Quell", "Marks & Spencer": capitalised words joined by an ampersand name a business. */
  let ampersand = false;
  /** Inside a portfolio's list, whose "and" joins its last part; and whether the chunk has one. */
  let inList = false;
  let listedAny = false;
  while (j < tokens.length) {
    const t = tokens[j].text;
    const gap = j > i ? masked.slice(tokens[j - 1].end, tokens[j].start) : ' ';
    // ("on X. It read:": a pronoun opening the next sentence is no part of a name.)
    if (j > i && PRONOUN_WORDS.has(tokens[j].low)) break;
    // ("Custody Fight With Ex-Manager Garrett Pell": a headline in title case capitalises its prepositions.)
    if (j > i && TITLE_CASE_PREPOSITIONS.has(t)) break;
    // ("Ridgeline Airways Flight 2281", "Article 5": a numbered thing is no part of a name.)
    if (j > i && (NUMBERED.has(tokens[j].low) || DOCUMENT_PARTS.has(tokens[j].low)) && /^\s+\d/.test(masked.slice(tokens[j].end, tokens[j].end + 2))) break;
    const joined = j > i && parts.length > 0 && / & $/.test(gap) && isCap(t) && isCap(tokens[j - 1].text);
    // ("Minister of Arts, Culture and Creative Economy Funmilayo Adeoye-Bakare": one portfolio, listed.)
    const listed = j > i && gap === ', ' && portfolioList(masked, tokens, parts, j);
    if (joined) ampersand = true;
    else if (listed) inList = listedAny = true;
    else if (j > i && !/^[’']?\s+$/.test(gap)) break; // punctuation ends the chunk (a possessive mark is checked below)
    if (isCap(t) && !(j === i && isSentenceInitialWord(masked, tokens[j], common, afterDateline) && !numberedLabel(tokens, masked, j))) {
      parts.push({ a: j, b: j, title: false });
      if (possessive(t) || /[’']$/.test(masked.slice(tokens[j].end, tokens[j].end + 1))) {
        // "Workers’ Union", "People’s Alliance", "Information Commissioner’s Office": a plural's or an
        // office's possessive inside a body's name ("Slovenia’s Court of Audit" is a place's court).
        const next = tokens[j + 1];
        const owner = withoutMark(t);
        // ("St Aldric's College", "St Mary’s Hospital": a saint's possessive names the body too.)
        const inside = (/s$/.test(t) && t === owner) || /^(?:people|women|children|men)$/i.test(owner) || isTitle(owner) || (j > i && SAINT.test(tokens[j - 1].text));
        const inName = inside && next && isCap(next.text) && ORG_HEADS.has(lower(next.text)) && /^[’']?\s+$/.test(masked.slice(tokens[j].end, next.start));
        j++;
        if (!inName) break;
        continue;
      }
      j++;
    } else if (j > i && parts.length && t.includes('-') && /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|ben)-\p{Lu}/u.test(t)) {
      // "Ahmed bin Khalid al-Thani": a particle joined to a capitalised name.
      parts.push({ a: j, b: j, title: false });
      j++;
    } else if (j > i && parts.length && ((t === 'in' && tokens[j + 1]?.text === 'Charge') || (CLASS_ORDINAL.test(t) && tokens[j + 1]?.text === 'Class')) && isTitle(tokens[j - 1].text)) {
      // "Special Agent in Charge Graham Sobieski", "Sgt. 1st Class Owen Reddick": the words are the title's.
      parts.push({ a: j, b: j, title: false });
      j++;
    } else if (j === i + 1 && parts.length === 1 && numberedLabel(tokens, masked, i)) {
      // "Defendant 1", "Victim 2", "Individual 1": someone a court or a complaint keeps anonymous by number.
      parts.push({ a: j, b: j, title: false });
      j++;
      break;
    } else if (j > i && ((CONNECTORS.has(t) && connectsNames(masked, tokens, j) && (t !== 'for' || ORG_HEADS.has(lower(tokens[j - 1].text)) || isTitle(tokens[j - 1].text))) || (t === 'and' && (inList || andInBodyName(masked, tokens, j, parts.length)))) && parts.length) {
      if (t === 'and') inList = false;
      parts.push({ a: j, b: j, title: false });
      j++;
    } else if (!isCap(t) && (isTitle(t) || agentAfterTitle(tokens, j, i)) && !['union', 'members', 'member'].includes(t) && j + 1 < tokens.length && (isCap(tokens[j + 1].text) || isTitle(tokens[j + 1].text))) {
      parts.push({ a: j, b: j, title: true });
      j++;
    } else break;
  }
  // Trim trailing connectors and lower-case titles: they belong to what follows.
  while (parts.length && (CONNECTORS.has(tokens[parts[parts.length - 1].a].text) || parts[parts.length - 1].title)) parts.pop();
  if (!parts.some((p) => !p.title)) return null;
  // "an Italian engineer", "the Nordic carrier", "the French original": a lone nationality or region
  // adjective before a common noun is no name ("the Vatican said": a name before its verb).
  const lone = tokens[parts[0].a];
  // ("the French original": a nationality without the usual ending too, unless a body follows: "the French federation".)
  const irregular = IRREGULAR_NATIONALITY.test(lone.text) && !ORG_HEADS.has((tokens[parts[0].a + 1]?.low ?? '').replace(/['’]s$/, ''));
  if (parts.length === 1 && (/^\p{Lu}\p{Ll}+(an|ian|ese|ish|i|ic)$/u.test(lone.text) || irregular) && /\b(an?|the|his|her|its|their)\s+$/i.test(masked.slice(Math.max(0, lone.start - 6), lone.start)) && /^\s+\p{Ll}/u.test(masked.slice(lone.end, lone.end + 2)) && !isVerb(tokens[parts[0].a + 1].low)) return null;
  // ("Late Monday, on the eve of the hearing, he wrote", "Thursday’s announcement promised": a day, nobody's name.)
  const day = (k: number) => WEEKDAY_NAMES.has(tokens[k].low.replace(/[’']s$/, ''));
  if (day(parts[parts.length - 1].a) && parts.every((p) => day(p.a) || TITLE_WORDS.has(tokens[p.a].low))) return null;
  const next = parts[parts.length - 1].b + 1;
  // ("Minister of Arts, Culture and Creative Economy of the Federal Republic", "…, Culture and
  // Creative Economy, Dr X": a listed portfolio with no name after its last part names nobody.)
  if (listedAny && trailingWords(tokens, parts) < 3) return { mentions: [], next };
  // Split into segments at lower-case title words: "[Ministry] spokesman [Jan Ortiz]".
  const segments: number[][] = [];
  let cur: number[] = [];
  const titleWords: string[] = [];
  for (const p of parts) {
    if (p.title) {
      if (cur.length) segments.push(cur);
      cur = [];
      titleWords.push(tokens[p.a].low);
    } else cur.push(p.a);
  }
  if (cur.length) segments.push(cur);
  const mentions: Mention[] = [];
  const allTitles: string[] = [];
  segments.forEach((seg, s) => {
    const isLast = s === segments.length - 1;
    const words = seg.map((k) => tokens[k].text);
    // A body by its head word ("Ministry", "Union") or an acronym standing alone ("WRC", "CPSC").
    // (lower(word) read from the token's own lower case.)
    // ("Minister of Industries Hildur Þórðardóttir": a head word in a title's portfolio makes no body.)
    const org = ampersand || seg.some((x, n) => ORG_HEADS.has(stripS(tokens[x].low)) && !portfolio(words, n)) || (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]));
    // "Supreme Commander-in-Chief of the Armed Forces Teodor Vashkel", "Official Representative of
    // the Ministry of Foreign Affairs of the Republic of Ruvenia Ivo Ralchev": a title's body, then
    // the holder's name (two words after the body's head, or after the place its last "of" names).
    const held = org && isLast ? holderAfterBody(masked, tokens, seg, words) : null;
    if (held) {
      const titles = [...allTitles, ...titleWords, ...words.slice(0, held.body).filter((w) => w !== 'of' && w !== 'the').map(lower)].filter(Boolean);
      const body = base(masked, tokens, seg[held.body], seg[held.holder - 1], 'name', words.slice(held.body, held.holder).join(' '), [], true);
      const person = base(masked, tokens, seg[held.holder], seg[seg.length - 1], 'name', words.slice(held.holder).join(' '), titles, false);
      // (The mention of the person spans the titles before the body, as a titled name's does.)
      if (held.body === 0) {
        fromChunkStart(body, masked, tokens, parts[0].a);
        mentions.push(body, person);
      } else {
        fromChunkStart(person, masked, tokens, parts[0].a);
        mentions.push(person, body);
      }
      return;
    }
    // "Chief Executive Officer of Ridgeline Airways" (after "Paula Brannigan, President and"): titles
    // of a body and no name, a role of that body; the body named on its own.
    const titled = org && isLast ? words.findIndex((w) => !isTitle(w)) : -1;
    if (titled > 0 && words[titled] === 'of' && titled < words.length - 1 && ROLE_NOUNS.has(lower(words[titled - 1]))) {
      const role = base(masked, tokens, seg[0], seg[titled - 1], 'role', words.slice(0, titled).join(' '), [], false, { head: lower(words[titled - 1]), modifiers: words.slice(0, titled - 1).map(lower) });
      fromChunkStart(role, masked, tokens, parts[0].a);
      mentions.push(role, bodyAfterOf(masked, tokens, seg, words, titled));
      return;
    }
    let k = 0;
    if (!org) while (k < words.length - 1 && (titleAt(words, k) || (isAffiliation(words[k]) && isTitle(words[k + 1] ?? '')))) k++;
    if (!org && k === 0) k = titleBeforePortfolio(words);
    // "the Dutchman Max Verstappen", "the Italian Marco Rossi": a nationality, then the name.
    // ("unbeaten American Dario Kessington": a nationality the language knows needs no "the".)
    if (!org && k === 0 && words.length >= 3 && (DEMONYM_NOUNS.has(words[0]) || NATIONALITIES.has(words[0]) || (NATIONAL_ADJECTIVE.test(words[0]) && /\bthe\s+$/i.test(masked.slice(Math.max(0, tokens[seg[0]].start - 5), tokens[seg[0]].start))))) k = 1;
    // "Agency News Chief Anchor Jane Doe": an affiliation, then capitalised titles, then the name.
    // "Lord Mayor of Leeds Jane Doe", "Secretary of State John Roe", "Secretary for Security Chris
    // Tang": the "of" place or the "for" portfolio is part of the title.
    const afterPlace = words.slice(k + 2);
    // ("Minister for Foreign Affairs Simon Coveney", "Deputy Prime Minister for Restoration of Ukraine
    // Oleksandra Viktorivna Kulyk": a longer portfolio, then the name's last two words, or three
    // with an initial or a patronymic.)
    const nameLength = /^(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:ovych|ovich|evich|yevich|ivna|ovna|evna|yevna))$/u.test(words[words.length - 2] ?? '') ? 3 : 2;
    const portfolioThenName = afterPlace.length > nameLength && words[k + 1] !== 'State' && words.slice(-nameLength).every((w) => isCap(w) && !ORG_HEADS.has(lower(w)));
    if (!org && k > 0 && (words[k] === 'of' || words[k] === 'for') && portfolioThenName) k = words.length - nameLength;
    else if (!org && k > 0 && (words[k] === 'of' || words[k] === 'for') && afterPlace.length >= 2 && !afterPlace.some((w) => CONNECTORS.has(w))) k += 2;
    // "Minister of State for Health", "Commissioner for Health": a title with its portfolio and no
    // name after it is a role description (an apposition usually names the person).
    else if (!org && k > 0 && isLast && (words[k] === 'of' || words[k] === 'for') && words.length - k <= 4) {
      // ("the Head of State": a president or a monarch, whatever the country calls them.)
      const headOf = HEAD_OF.exec(words.join(' '))?.[1].toLowerCase();
      const role = base(masked, tokens, seg[0], seg[seg.length - 1], 'role', words.join(' '), [], false, {
        head: headOf ? `head of ${headOf}` : words[k - 1].toLowerCase().replace(/\.$/, ''),
        modifiers: headOf ? [] : [...words.slice(0, k - 1), ...words.slice(k + 1)].map((w) => w.toLowerCase()),
      });
      fromChunkStart(role, masked, tokens, parts[0].a);
      withArticle(role, masked, tokens, parts[0].a);
      mentions.push(role);
      return;
    }
    const lastTitle = findLastIndex(words, (w, n) => n < words.length - 1 && titleAt(words, n) && !CONNECTORS.has(w.toLowerCase()));
    if (lastTitle >= k && !words.slice(lastTitle + 1).some((w) => ORG_HEADS.has(lower(w)) || CONNECTORS.has(w.toLowerCase())) && ((org && words.length - lastTitle > 2) || !words.slice(0, lastTitle).some((w) => CONNECTORS.has(w.toLowerCase())))) {
      // ("Bank of England Governor Tom Reed": a body's name may hold its own "of", before a full name.)
      k = lastTitle + 1;
      if (org && s === segments.length - 1) {
        const affiliation = words.slice(0, k).map(lower);
        const name = words.slice(k).join(' ');
        const m = base(masked, tokens, seg[k], seg[seg.length - 1], 'name', name, [...allTitles, ...titleWords, ...affiliation].filter(Boolean), false);
        fromChunkStart(m, masked, tokens, parts[0].a);
        mentions.push(m);
        return;
      }
    }
    // ("Nurse A", "Manager B", "Witness P-17": a person kept anonymous by a letter is called by the title with it.)
    if (k > 0 && k === words.length - 1 && CIPHER.test(words[k])) k--;
    const titles = [...allTitles, ...words.slice(0, k).map(lower)];
    let nameWords = words.slice(k);
    while (nameWords.length > 1 && CONNECTORS.has(nameWords[0].toLowerCase())) nameWords = nameWords.slice(1);
    // "to US Jane Doe": a country abbreviation before a person's full name is no part of it.
    if (!org && nameWords.length >= 3 && /^(\p{Lu}\.?){2,4}$/u.test(nameWords[0])) nameWords = nameWords.slice(1);
    // "Tom Fairley KC", "Jane Smith MP": letters after a full name are a title, not part of it.
    // ("Thorne KC", "Marwood LJ": counsel and judges by surname.)
    while (!org && POST_NOMINALS.has(nameWords[nameWords.length - 1]) && (nameWords.length > 2 || (nameWords.length === 2 && SURNAME_POST_NOMINALS.has(nameWords[1])))) titles.push(lower(nameWords.pop()!));
    // Only the last word loses its mark: "People’s Alliance" keeps the one inside its name.
    const lastWord = nameWords.length - 1;
    let name = lastWord > 0 ? nameWords[0] : withoutMark(nameWords[0] ?? '');
    for (let x = 1; x < nameWords.length; x++) name += ' ' + (x === lastWord ? withoutMark(nameWords[x]) : nameWords[x]);
    if (!isLast && !org && segments.length > 1) {
      // An affiliation before a title ("Mayor spokesman X", "Real Castilla president X") is a
      // modifier; one of several words names a body (a single word may be a person or a country).
      allTitles.push(...words.map(lower));
      mentions.push(base(masked, tokens, seg[0], seg[seg.length - 1], 'name', name, [], words.length >= 2, { possessive: true }));
      return;
    }
    if (!isLast) {
      allTitles.push(...words.map(lower));
      mentions.push(base(masked, tokens, seg[0], seg[seg.length - 1], 'name', name, [], org, { possessive: true }));
      allTitles.push(titleWords[s] ?? '');
      return;
    }
    if (!name) return;
    // "Tara Singh of Northbank Capital", "Dr. Jean-Pierre Lefèvre of the Institut Pasteur",
    // "Mohammed bin Abdulrahman Al Thani of Qatar": a person (two to five plain capitalised words,
    // after any titles) of a body or a place.
    const of = words.indexOf('of', k);
    // ("Dr Jane Smith of the University of Leeds": the body's head word left the titles unread above.)
    // ("Crown Prince Frederik of Denmark": the same for a royal's titles.)
    let p = k;
    while ((org || ROYALS.has(words[p]?.toLowerCase())) && p < of - 1 && (titleAt(words, p) || ROYALS.has(words[p].toLowerCase()))) p++;
    // ("Queen Isaura of Lysmark": a royal's one name, then the realm.)
    const least = [...titles, ...words.slice(k, p).map(lower)].some((w) => ROYALS.has(w)) ? 1 : 2;
    if (isLast && of - p >= least && of - p <= 5 && of < words.length - 1 && words.slice(p, of).every((w) => !ORG_HEADS.has(lower(w)) && !isTitle(w) && !PLACE_HEADS.has(lower(w)))) {
      const person = base(masked, tokens, seg[p], seg[of - 1], 'name', words.slice(p, of).map(withoutMark).join(' '), [...titles, ...words.slice(k, p).map(lower), ...titleWords].filter(Boolean), false);
      fromChunkStart(person, masked, tokens, parts[0].a);
      mentions.push(person, bodyAfterOf(masked, tokens, seg, words, of));
      return;
    }
    // "the Prime Minister", "the Chief Constable": titles and no name are a role description.
    // ("The Higher Education Minister, Harriet Coldicott,": a portfolio too, when a name follows in apposition.)
    if (!org && ROLE_NOUNS.has(lower(words[words.length - 1])) && (words.every(isTitle) || portfolioRole(masked, tokens, seg, parts[0].a, words))) {
      const role = base(masked, tokens, seg[0], seg[seg.length - 1], 'role', words.join(' '), [], false, { head: lower(words[words.length - 1]), modifiers: words.slice(0, -1).map(lower) });
      fromChunkStart(role, masked, tokens, parts[0].a);
      withArticle(role, masked, tokens, parts[0].a);
      mentions.push(role);
      return;
    }
    const m = base(masked, tokens, seg[k] ?? seg[0], seg[seg.length - 1], 'name', name, [...titles, ...titleWords].filter(Boolean), org);
    fromChunkStart(m, masked, tokens, parts[0].a);
    mentions.push(m);
  });
  // (The ampersand stays in the name: "Thornbury & Quell".)
  if (ampersand) for (const m of mentions) if (m.kind === 'name' && m.org && m.text.includes(' & ')) m.name = withoutMark(m.text);
  return { mentions, next };
}

const ROYALS = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'tsar', 'czar', 'crown']);

/** The role a style of address stands for, by the pronoun before it ("His Majesty": the king). */
const STYLES: Record<string, [male: string, female: string]> = { majesty: ['king', 'queen'], highness: ['prince', 'princess'], holiness: ['pope', 'pope'] };

function styleRole(masked: string, tokens: Token[], i: number): { mention: Mention; next: number } | null {
  const low = tokens[i].low;
  // ("the Holy Father": the pope.)
  if (low === 'holy' && tokens[i + 1]?.low === 'father' && masked.slice(tokens[i].end, tokens[i + 1].start) === ' ') {
    const the = tokens[i - 1]?.low === 'the' && masked.slice(tokens[i - 1].end, tokens[i].start) === ' ' ? i - 1 : i;
    return { mention: base(masked, tokens, the, i + 1, 'role', masked.slice(tokens[the].start, tokens[i + 1].end), [], false, { head: 'pope', modifiers: [] }), next: i + 2 };
  }
  if (low !== 'his' && low !== 'her') return null;
  // ("Her Royal Highness": the word between is part of the style.)
  const k = tokens[i + 1]?.low === 'royal' ? i + 2 : i + 1;
  const style = STYLES[tokens[k]?.low ?? ''];
  if (!style || !isCap(tokens[k].text) || !/^\s+$/.test(masked.slice(tokens[k - 1].end, tokens[k].start))) return null;
  const head = style[low === 'his' ? 0 : 1];
  return { mention: base(masked, tokens, i, k, 'role', masked.slice(tokens[i].start, tokens[k].end), [], false, { head, modifiers: [] }), next: k + 1 };
}

/** A mention read from a chunk's first token on (its titles included). */
function fromChunkStart(m: Mention, masked: string, tokens: Token[], first: number): void {
  m.start = tokens[first].start;
  m.before = wordBefore(masked, tokens, first);
  m.text = masked.slice(m.start, m.end);
}

const HEAD_OF = /^Head\s+of\s+(State|Government)$/i;

/** A role's mention starts at its article ("the Prime Minister", "the Head of State"), as a lower-case role's does. */
function withArticle(role: Mention, masked: string, tokens: Token[], first: number): void {
  const article = tokens[first - 1];
  if (!article || !/^(the|a|an)$/.test(article.low) || !/^\s+$/.test(masked.slice(article.end, tokens[first].start))) return;
  role.start = article.start;
  role.text = masked.slice(role.start, role.end);
}

/** The body named after a chunk's "of" ("… of the University of Leeds"), the "the" left out. */
function bodyAfterOf(masked: string, tokens: Token[], seg: number[], words: string[], of: number): Mention {
  const body = words[of + 1] === 'the' && of + 2 < words.length ? of + 2 : of + 1;
  return base(masked, tokens, seg[body], seg[seg.length - 1], 'name', words.slice(body).map(withoutMark).join(' '), [], true);
}

/**
 * A title's body, then its holder's name ("Supreme Commander-in-Chief of the Armed Forces Teodor
 * Vashkel", "[Official Representative of the] Ministry of Foreign Affairs of the Republic of Ruvenia
 * Ivo Ralchev"): where the body starts (after the chunk's own titles and their "of") and where the
 * name starts (two capitalised words, neither a body's head nor a title, right after the last head
 * word or after the one-word place of the last "of"); null when the chunk is not so.
 */
function holderAfterBody(masked: string, tokens: Token[], seg: number[], words: string[]): { body: number; holder: number } | null {
  const n = words.length;
  if (n < 4) return null;
  // (The chunk's own titles end in a title word before "of": "Commander-in-Chief", "Representative".)
  const of = words.indexOf('of');
  const titled = of > 0 && isTitle(words[of - 1].split('-').pop()!) && words.slice(0, of).every((w) => !ORG_HEADS.has(stripS(w.toLowerCase())));
  let body = 0;
  if (titled) body = of + (words[of + 1] === 'the' ? 2 : 1);
  else if (!TITLE_OF_BEFORE.test(masked.slice(Math.max(0, tokens[seg[0]].start - 60), tokens[seg[0]].start))) return null;
  const tail = [words[n - 2], words[n - 1]];
  if (n - 2 - body < 2 || !tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_HEADS.has(stripS(w.toLowerCase())) && !isTitle(w) && !CONNECTORS.has(w.toLowerCase()))) return null;
  const before = words[n - 3].toLowerCase();
  const afterHead = ORG_HEADS.has(stripS(before));
  const afterPlace = words[n - 4] === 'of' && !afterHead;
  return afterHead || afterPlace ? { body, holder: n - 2 } : null;
}
/** "Commander-in-Chief of the ", "Representative of ": a title and its "of" right before. */
const TITLE_OF_BEFORE = /[\p{Lu}][\p{L}-]*\s+of\s+(?:the\s+)?$/u;

/** Heads of place names that take "of" ("Democratic Republic of Congo", "United States of America"). */
const PLACE_HEADS = new Set(['republic', 'states', 'kingdom', 'islands', 'isle', 'gulf', 'bay', 'sea', 'cape', 'city', 'county', 'province', 'emirates', 'federation']);

/** Professions by their ending: "the epidemiologist", "the physician", "the journalist". */
export function isRoleBySuffix(word: string): boolean {
  return word.length >= 7 && /(ologist|ist|ician|ographer)$/.test(word);
}

/** Places that end like a nationality and take "the" ("the Vatican said"). */
const PLACES_IN_AN = new Set(['vatican', 'sudan', 'lateran', 'yucatan']);

/** A lone capitalised nationality or origin word after "the" ("the Dutchman", "the Kenyan"). */
function isDescriptor(masked: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const noun = t && (/^\p{Lu}\p{Ll}+(man|woman)$/u.test(t.text) || DEMONYM_NOUNS.has(t.text));
  if (!t || (!noun && !/^\p{Lu}\p{Ll}+(an|ian|ese|ish|i)$/u.test(t.text)) || TITLE_WORDS.has(t.low)) return false;
  const next = tokens[k + 1];
  if (!next || !/^\s+$/.test(masked.slice(t.end, next.start))) return true;
  // "the Dutchman said" is a person; "the Chilean embassy" is an adjective before a noun, "the
  // Mexican told reporters" one standing for a person.
  return noun ? !isCap(next.text) : !isCap(next.text) && isVerb(next.low) && !FUNCTION_WORDS.has(next.low) && !PLACES_IN_AN.has(t.low);
}

/** "police spokesman Torben Ahlgreen": a group word right before a title word and a name describes the title. */
function qualifiesTitle(masked: string, tokens: Token[], i: number): boolean {
  const title = tokens[i + 1];
  const name = tokens[i + 2];
  return !!title && !!name && isTitleLower(title.low) && isCap(name.text) && /^ $/.test(masked.slice(tokens[i].end, title.start)) && /^ $/.test(masked.slice(title.end, name.start));
}

/**
 * "(the) regional returning officer Neil Fairbrother": lower-case words before a title qualify it,
 * so that "the regional returning officer" told before finds him. Up to three, after the start of
 * the sentence, a punctuation mark or a determiner; no verb or function word among them.
 */
function titleModifiers(masked: string, tokens: Token[], i: number): string[] {
  let k = i;
  while (k > 0 && i - k < 3 && /^[a-z][a-z-]+$/.test(tokens[k - 1].text) && !FUNCTION_WORDS.has(tokens[k - 1].low) && !SPEECH_VERBS.has(tokens[k - 1].low) && /^ $/.test(masked.slice(tokens[k - 1].end, tokens[k].start))) k--;
  if (k === i) return [];
  const before = k > 0 ? masked.slice(tokens[k - 1].start, tokens[k].start) : '';
  // ("said police spokesman Torben Ahlgreen": after the verb of an inverted attribution too.)
  const bounded = k === 0 || /[,;:(—–]\s*$/.test(before) || /^(?:the|a|an|his|her|its|their)\s+$/i.test(before) || SPEECH_VERBS.has(tokens[k - 1].low);
  return bounded ? tokens.slice(k, i).map((t) => t.low) : [];
}

const CREDIT_LABEL = new Set(['picture', 'pictures', 'photo', 'photos', 'photograph', 'image', 'credit', 'video', 'source']);
const CAPTION_LABEL = new Set(['above', 'below', 'pictured', 'top', 'left', 'right', 'inset', 'main']);
/** A credit's label and the names after it, at most. */
const CREDIT_WORDS = 7;

/** "Ex-Manager" in a headline in title case: a former role, capitalised as every word is ("Brigadier-General" is a title). */
function titledCompound(text: string): boolean {
  const m = /^Ex-(\p{Lu}\p{Ll}+)$/u.exec(text);
  return !!m && (ROLE_NOUNS.has(m[1].toLowerCase()) || TITLE_WORDS.has(m[1].toLowerCase()));
}

/** A capitalised word joined to a lower-case one: "Singer-songwriter", "Brussels-based", "Award-winning". */
const DESCRIBING_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}/u;

const AGE = /^\d{1,3}-year-old$/;

/** The last token of "31-year-old Wales international": the age, capitalised words, then one noun. */
function ageDescription(masked: string, tokens: Token[], k: number): number {
  let end = k;
  const next = (j: number) => tokens[j] && /^ $/.test(masked.slice(tokens[j - 1].end, tokens[j].start)) ? tokens[j] : undefined;
  while (next(end + 1) && isCap(next(end + 1)!.text)) end++;
  const noun = next(end + 1);
  if (noun && !isCap(noun.text) && !SPEECH_VERBS.has(noun.low) && !FUNCTION_WORDS.has(noun.low) && !/(?:ed|s)$/.test(noun.low)) end++;
  return end;
}

/** "the Higher Education Minister, …": up to three capitalised words and a role word, after "the" and before a comma. */
function portfolioRole(masked: string, tokens: Token[], seg: number[], first: number, words: string[]): boolean {
  const article = tokens[first - 1];
  return words.length <= 4 && article?.low === 'the' && /^\s+$/.test(masked.slice(article.end, tokens[first].start)) && masked.charCodeAt(tokens[seg[seg.length - 1]].end) === 44;
}

/** People of a nation named by a noun that is no adjective ("the Spaniard said"). */
const DEMONYM_NOUNS = new Set(
  `Spaniard Briton Brit Dane Swede Finn Pole Turk Scot Kiwi Aussie Croat Serb Icelander Luxembourger Filipino Filipina
  Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman Welshman Welshwoman`.split(/\s+/),
);
const NATIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(an|ian|ese|ish)$/u;
/** Common nationality adjectives, which are nobody's given name ("American", not "Christian" or "Brian"). */
const NATIONALITIES = new Set(
  `American British German French Italian Spanish Mexican Canadian Australian Irish Scottish Welsh English Russian Ukrainian
  Chinese Japanese Korean Indian Pakistani Nigerian Kenyan Ghanaian Brazilian Argentine Argentinian Colombian Chilean Peruvian
  Dutch Belgian Swiss Swedish Norwegian Danish Finnish Polish Portuguese Turkish Greek Egyptian Moroccan Israeli Iranian Iraqi
  Saudi Cuban Jamaican Venezuelan Austrian Hungarian Czech Romanian Serbian Croatian Filipino Vietnamese Thai Indonesian`.split(/\s+/),
);

function findLastIndex<T>(xs: T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i], i)) return i;
  return -1;
}

/**
 * "Competition and Markets Authority", "Saltmere and District Council": one word, "and", then up to
 * three capitalised words ending in a body's head word, are one body's name.
 */
function andInBodyName(masked: string, tokens: Token[], j: number, before: number): boolean {
  if (before !== 1) return false;
  for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
    if (!/^\s+$/.test(masked.slice(tokens[k - 1].end, tokens[k].start)) || !isCap(tokens[k].text)) return false;
    if (ORG_HEADS.has(lower(tokens[k].text))) return true;
  }
  return false;
}

/** Capitalised words at the chunk's end, after its last "of", "the" or "and". */
function trailingWords(tokens: Token[], parts: { a: number }[]): number {
  let n = 0;
  for (let k = parts.length - 1; k >= 0 && !CONNECTORS.has(tokens[parts[k].a].text) && tokens[parts[k].a].text !== 'and'; k--) n++;
  return n;
}

/**
 * At the comma before `j`, a portfolio that lists its parts after a title's "of" or "for":
 * "Minister of Arts, Culture and Creative Economy" (capitalised words, commas, then "and").
 */
function portfolioList(masked: string, tokens: Token[], parts: { a: number }[], j: number): boolean {
  if (!parts.some((p) => (tokens[p.a].text === 'of' || tokens[p.a].text === 'for') && p.a > 0 && isTitle(tokens[p.a - 1].text))) return false;
  for (let k = j; k < Math.min(tokens.length - 1, j + 8); k++) {
    if (!isCap(tokens[k].text)) return false;
    const gap = masked.slice(tokens[k].end, tokens[k + 1].start);
    if (gap === ' ' && tokens[k + 1].text === 'and') return isCap(tokens[k + 2]?.text ?? '');
    if (gap !== ' ' && gap !== ', ') return false;
  }
  return false;
}

/** "of", "of the", "de" between two capitalised words. */
function connectsNames(masked: string, tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    if (!/^\s+$/.test(masked.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (isCap(tokens[k].text)) return true;
    if (!CONNECTORS.has(tokens[k].text)) return false;
  }
  return false;
}

/** Nationalities without the usual endings ("the French original"). */
const IRREGULAR_NATIONALITY = /^(?:French|Dutch|Swiss|Greek|Czech|Slovak|Thai)$/;
/** "Chinese rivals", "Kenyan runners", "Italian delegation": a nationality before a noun, not a name. */
// ("-an" alone is left out: "Vaughan", "Logan" and "Jordan" are names as often.)
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ish|ian|ean)$/u;
function isDemonym(masked: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const last = t.text.charCodeAt(t.text.length - 1);
  // (A cheap test of the last letter first: this is asked of every capitalised word.)
  if (!next || (last !== 101 && last !== 104 && last !== 110) || !DEMONYM.test(t.text) || !/^\p{Ll}/u.test(next.text) || !/^ $/.test(masked.slice(t.end, next.start))) return false;
  // "Logan said", "Brian left": a name before its verb.
  return !isVerb(next.low);
}

/** A speech verb, a past tense or a function word ("has", "will"): what follows a name, not a noun it describes. */
export function isVerb(low: string): boolean {
  return SPEECH_VERBS.has(low) || /(?:ed|n['’]t)$/.test(low) || IRREGULAR_PAST_SET.has(low) || FUNCTION_WORDS.has(low);
}
const IRREGULAR_PAST_SET = new Set(IRREGULAR_PAST);
/** Participles that open a sentence for "when asked" ("Contacted, the club said"). */
const PARTICIPLE_OPENERS = new Set(['contacted', 'reached', 'approached', 'asked', 'pressed', 'questioned', 'interviewed', 'quizzed', 'challenged', 'consulted']);

/** Up to the comma that closes an opening participle's clause, before the sentence ends. */
const PARTICIPLE_CLAUSE = /^[^.!?\n]*,/;

/**
 * "Addressing supporters, …", "Sentencing is set for May", "Pictured: …": an opening participle or
 * gerund, not a name. Its clause ends in a comma, or a verb of its own follows, or the story uses its
 * verb in lower case. "Boeing shares fell" does none of these, and "Manning said" is a name.
 */
function isParticiple(masked: string, t: Token, common: Set<string>): boolean {
  const after = masked.slice(t.end, t.end + 200);
  const next = /^\s*(\S)[\p{L}’']*/u.exec(after);
  if (!next || /\p{Lu}/u.test(next[1])) return false;
  const word = next[0].trim().toLowerCase();
  // ("Having concluded that …, the court applied …": a perfect participle, whatever verb follows.)
  if (t.low === 'having' || t.low === 'being') return true;
  if (SPEECH_VERBS.has(word)) return false;
  // "Kettering, a former logistics executive, said", "Kettering, who conceded, told …": a name with an
  // apposition or a relative clause ("Smiling, she said" stays a participle).
  // ("Kessling, 57, joined …": an age after it.)
  if (/^,\s+(?:a|an|the|who|whose)\s|^,\s*\d{1,3},/i.test(after)) return false;
  // ("Pressed by the user – ‘Are you sure?’ – the chatbot doubled down": a passive's agent follows.)
  return next[1] === ':' || AUXILIARY.test(word) || word === 'by' || PARTICIPLE_CLAUSE.test(after) || verbInStory(t.low, common);
}
const AUXILIARY = /^(?:is|was|are|were|has|had|will|would|can|could|may|might|must|should)$/;

/** Whether the story writes the verb of an "-ing" or "-ed" form in lower case ("closed", "sentence"). */
function verbInStory(low: string, common: Set<string>): boolean {
  if (common.has(low)) return true;
  const stem = low.replace(/(ing|ed)$/, '');
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem; // "planned", "stopping"
  for (const s of [stem, undoubled]) for (const end of ['', 'e', 's', 'es', 'ed', 'ing', 'er']) if (common.has(s + end)) return true;
  return false;
}

/** A capitalised word that is only capitalised because it starts a sentence ("Meanwhile", "Officials"). */
function isSentenceInitialWord(masked: string, t: Token, common: Set<string>, afterDateline = false): boolean {
  const low = t.low;
  if (FUNCTION_WORDS.has(low)) return true;
  const before = masked.slice(Math.max(0, t.start - 3), t.start);
  const initial = afterDateline || t.start === 0 || /(^|[.!?:\n"“”]\s*|\n\s*)$/.test(before) || /^\s*$/.test(before);
  if (initial && /^\p{Lu}\p{Ll}+(ing|ed)$/u.test(t.text) && isParticiple(masked, t, common)) return true;
  // "Eleven days after she won …", "Twenty people were hurt", "Hours after …": a number or an amount of time, not a name.
  // ("UPDATE, 20:15:", "BREAKING:": a page's label.)
  // ("Second big announcement: …", "Afterwards, one member …": an ordinal or an adverb of sequence.)
  if (initial && (NUMBER_WORD.test(low) || PAGE_LABELS.has(low) || SEQUENCE_WORDS.has(low))) return true;
  // "Crucially, the stewards …": an adverb opening the sentence, before its comma.
  // ("Sought, the press office said", "Contacted, she declined": a past participle standing for a clause.)
  // (Not "Reed, the captain, said": an -ed word the story also writes in lower case.)
  if (initial && (low.endsWith('ly') || IRREGULAR_PAST_SET.has(low) || PARTICIPLE_OPENERS.has(low) || (low.endsWith('ed') && common.has(low))) && masked.charCodeAt(t.end) === 44) return true;
  // "Hi all.", "Fine, as far as it goes.", "Yes.": a greeting or a reply opening a sentence ("Fine, 54," may be somebody).
  if (initial && INTERJECTIONS.has(low) && INTERJECTION_AFTER.test(masked.slice(t.end, t.end + 12))) return true;
  // ("Cute! Then the stock fell": one word exclaimed is a sentence of its own, no name.)
  if (initial && masked.charCodeAt(t.end) === 33) return true;
  // "Try it free for 30 days.", "Join us": a verb telling the reader what to do, before its object.
  if (initial && /^\s+(?:it|us|them|me|your|our)\b/.test(masked.slice(t.end, t.end + 6))) return true;
  // ("Will she go back?", "May the council refuse?": a question's verb before its subject, not a first name.)
  if (initial && QUESTION_VERBS.has(low) && /^\s+(?:she|he|they|we|it|you|I|the|this|that|these|those|anyone|anybody)\b/.test(masked.slice(t.end, t.end + 10))) return true;
  // ("Follow Starline on X: @StarlineLotto", "Subscribe to …": a page's call to its reader, never a first name.)
  if (initial && READER_CALLS.has(low)) return true;
  // "Shortly before midnight, …", "Soon after the vote …": an adverb of time, not a name ("Kelly said" is one).
  if (initial && low.endsWith('ly') && /^\s+(?:before|after|afterwards|thereafter)\b/.test(masked.slice(t.end, t.end + 14))) return true;
  // ("Late last night, one of the group wrote …", "Early on Tuesday, …", "Later, …": a time of day, not a name.)
  if (initial && TIME_OF_DAY.test(low) && TIME_AFTER.test(masked.slice(t.end, t.end + 12))) return true;
  // "Figures from the union show …", "Observers say …": the plural of a word the story writes in lower
  // case, with a lower-case word after it ("Banks said" may be somebody: not before a speech verb).
  if (initial && low.length > 3 && low.endsWith('s') && common.has(low.slice(0, -1))) {
    const next = /^\s+(\p{Ll}+)/u.exec(masked.slice(t.end, t.end + 30))?.[1];
    if (next && !SPEECH_VERBS.has(next)) return true;
  }
  // "Evacuation orders will be reviewed", "Investment fell": an abstract noun, whether or not the
  // story also writes it in lower case ("Construction Industry Federation" stays a name).
  // So is a plural of a role ("Ministers are due to …"), nobody in particular.
  if (initial && (ABSTRACT_NOUN.test(t.text) || pluralOf(low, ROLE_NOUNS)) && !/^\s+\p{Lu}/u.test(masked.slice(t.end, t.end + 2))) return true;
  if (!initial || !common.has(low) || TITLE_WORDS.has(low)) return false;
  // "Fire Chief Henrik Vadstrup", "Health Minister Ana Ruiz": it describes the title and name after it.
  const next = TITLED_NAME_AFTER.exec(masked.slice(t.end, t.end + 40));
  return !(next && isTitle(next[1]));
}
const INTERJECTIONS = new Set(['hi', 'hello', 'hey', 'yes', 'yeah', 'no', 'fine', 'okay', 'ok', 'oh', 'well', 'thanks', 'sorry', 'welcome', 'goodbye', 'goodnight', 'morning', 'evening', 'bye', 'sure', 'right', 'wow', 'alas', 'indeed', 'absolutely', 'note']);
const INTERJECTION_AFTER = /^(?:[.!?;:]|,(?!\s*\d)|\s+(?:all|everyone|everybody|folks|there|guys)\b)/;
const TIME_OF_DAY = /^(?:late|early|later|earlier)$/;
const CLASS_ORDINAL = /^(?:First|Second|Third|1st|2nd|3rd)$/;
const SEAT_HOLDERS = new Set(['member', 'mp', 'msp', 'mla', 'mep', 'td']);
const CIPHER = /^(?:\p{Lu}(?:-?\d{1,3})?|\d{1,2})$/u;
const PICTURE_LABEL = /^(?:Image|Media|Video|Photo|Picture)$/;
const LABEL_AFTER = /^\s+(?:source|caption|credit)\s*[,:]/;
/** Tokens k and k + 1 are a numbered label: "Defendant 1" (though "defendant" is a common word, it opens no sentence here). */
function numberedLabel(tokens: Token[], masked: string, k: number): boolean {
  const number = tokens[k + 1];
  return !!number && ANONYMOUS_LABELS.has(tokens[k].low) && /^\d{1,2}$/.test(number.text) && masked.slice(tokens[k].end, number.start) === ' ' && !/^[.,]?\d/.test(masked.slice(number.end, number.end + 2));
}
/** Who a court, a complaint or an inquiry names by a number: "Defendant 1", "Victim 2", "Individual-1" is a letter's case. */
const ANONYMOUS_LABELS = new Set(['defendant', 'victim', 'witness', 'individual', 'person', 'complainant', 'patient', 'suspect', 'child', 'officer', 'employee', 'insider', 'executive', 'source', 'co-conspirator', 'whistleblower', 'claimant', 'applicant', 'resident']);
const QUESTION_VERBS = new Set(['will', 'may', 'can', 'should', 'would', 'could', 'must', 'shall', 'might']);
const READER_CALLS = new Set(['follow', 'subscribe', 'share', 'download', 'like', 'join', 'visit', 'click', 'tap', 'listen', 'sign']);
const TIME_AFTER = /^(?:,|\s+(?:last|this|that|on|in|at|yesterday|today|tonight|tomorrow|next|the)\b)/i;
const SEQUENCE_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'afterwards', 'afterward', 'thereafter', 'next']);
const PAGE_LABELS = new Set(['update', 'updated', 'breaking', 'watch', 'live', 'exclusive', 'analysis', 'opinion', 'editorial', 'correction', 'advertisement', 'sponsored', 'explainer', 'quote', 'quotes']);
const AMOUNT_OF = /^(?:hundreds|thousands|millions|dozens|scores|tens|plenty|lots|shares|stocks|bonds|parts|sections)$/;
const partOf = (low: string) => AMOUNT_OF.test(low) || pluralOf(low, PEOPLE_NOUNS);
/**
 * `low` is the plural of a word of `nouns` ("officials", "residents"): people in general. Not
 * "members" ("Members of the Eastside Parents' Network told me": a body's members, read with its name).
 */
const pluralOf = (low: string, nouns: Set<string>) => low.endsWith('s') && low !== 'members' && nouns.has(low.slice(0, -1));
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|minutes|hours|days|weeks|months|years|decades)$/;
const TITLED_NAME_AFTER = /^ (\p{Lu}[\p{Ll}.]+) \p{Lu}/u;
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:(?:tion|sion|ment|ness)s?|(?:ance|ence)s)$/u;

/** "One of the paper’s referees", "one of his aides": one person of a plural role, its words before as modifiers. */
function oneOf(masked: string, tokens: Token[], i: number): { mention: Mention; next: number } | null {
  if (tokens[i + 1].low !== 'of') return null;
  for (let j = i + 2; j < Math.min(i + 6, tokens.length); j++) {
    if (!/^[’']?s?\s+$/.test(masked.slice(tokens[j - 1].end, tokens[j].start))) return null;
    const low = tokens[j].low;
    const one = low.endsWith('s') ? low.slice(0, -1) : '';
    if (one && (ROLE_NOUNS.has(one) || PEOPLE_NOUNS.has(one))) {
      const modifiers = tokens.slice(i + 2, j).map((t) => stripS(t.low)).filter((w) => !DETERMINERS.has(w));
      // ("one of the officials said": one of those just described, read as before.)
      if (!modifiers.length && tokens[i + 2].low === 'the') return null;
      return { mention: base(masked, tokens, i, j, 'role', masked.slice(tokens[i].start, tokens[j].end), [], false, { head: one, modifiers }), next: j + 1 };
    }
    if (isCap(tokens[j].text) || FUNCTION_WORDS.has(low) && !DETERMINERS.has(low)) return null;
  }
  return null;
}

/** Things a people noun may describe ("passenger jet", "student loans", "worker numbers"). */
const COMPOUND_HEADS = new Set(['jet', 'jets', 'plane', 'planes', 'aircraft', 'airliner', 'train', 'trains', 'ship', 'ferry', 'bus', 'coach', 'car', 'cars', 'vehicle', 'vehicles', 'numbers', 'traffic', 'seat', 'seats', 'terminal', 'loans', 'visa', 'visas', 'card', 'cards', 'rights', 'data']);

/** "the Chilean leader", "the chief executive", "the company", "their coach". */
function readRole(masked: string, tokens: Token[], i: number, afterPossessive = false): { mention: Mention; next: number } | null {
  for (let j = i + 1; j <= Math.min(i + 4, tokens.length - 1); j++) {
    const gap = masked.slice(tokens[j - 1].end, tokens[j].start);
    // ("one builders’ merchant": a plural possessive describing the role.)
    const pluralPossessive = j > i + 1 && tokens[j - 1].low.endsWith('s') && /^[’']\s+$/.test(gap);
    if (!/^\s+$/.test(gap) && !pluralPossessive && !(afterPossessive && j === i + 1 && /^[’']s?\s+$/.test(gap)) && !ampersandJoins(masked, tokens, j - 1)) return null;
    const word = stripS(tokens[j].low);
    const singular = singularOf(word);
    if (ROLE_NOUNS.has(word) || ROLE_NOUNS.has(singular) || isRoleBySuffix(word)) {
      // "the Department for Transport": a capitalised body name, read as a name; "a Department for
      // Transport spokesperson", a role of that body. ("the Office of the Commissioner for
      // Ministerial Standards" too.)
      if (isCap(tokens[j].text) && CONNECTORS.has(tokens[j + 1]?.text ?? '') && (isCap(tokens[j + 2]?.text ?? '') || (tokens[j + 2]?.text === 'the' && isCap(tokens[j + 3]?.text ?? '')))) return roleOfNamedBody(masked, tokens, i, j);
      // "told the Champion", "the Champion asked him": a word for a person, capitalised and no title,
      // names something (a newspaper), read as a name.
      if (j === i + 1 && tokens[i].low === 'the' && isCap(tokens[j].text) && (DESCRIPTIVE_NOUNS.has(word) || PEOPLE_NOUNS.has(word)) && !isTitleLower(word)) return null;
      // "the chief executive", "the general secretary": the head is the last role word of the run.
      // ("the chief meteorologist", "the chief forecaster", "the chief financial officer": a
      // profession, an agent noun after a title word, or one field word before a role noun.)
      for (let more; (more = roleRunGoesOn(masked, tokens, j)); ) j += more;
      const last = stripS(tokens[j].low);
      // A title before a name is part of the name's chunk, not a role description.
      const after = tokens[j + 1];
      // ("a Ridgeline Airways passenger jet": the people noun describes the thing after it.)
      if (after && COMPOUND_HEADS.has(after.low) && /^\s+$/.test(masked.slice(tokens[j].end, after.start))) return null;
      // ("an email Harcombe sent": a document is no title.)
      if (after && isCap(after.text) && /^\s+$/.test(masked.slice(tokens[j].end, after.start)) && !FUNCTION_WORDS.has(after.low) && !DOCUMENT_NOUNS.has(last)) return null;
      // ("The Farmers’ Union of Drevonia": a plural's possessive inside a body's name, read as a name.)
      if (after && isCap(tokens[j].text) && ORG_HEADS.has(after.low) && /^[’']\s+$/.test(masked.slice(tokens[j].end, after.start))) return null;
      // "head of state", "chief of staff": keep the "of" phrase with the head.
      let end = j;
      if (tokens[j + 1]?.text === 'of' && tokens[j + 2] && !isCap(tokens[j + 2].text) && word === 'head') end = j + 2;
      else if (tokens[j + 1]?.text === 'of') end = ofField(masked, tokens, j + 1) ?? end;
      const modifiers = tokens.slice(i + 1, j).map((t) => t.low);
      // ("the member for Harwick", "the MP for Stenbury North": a seat, as "The Member for Harwick" has it.)
      if (SEAT_HOLDERS.has(last) && tokens[j + 1]?.text === 'for' && isCap(tokens[j + 2]?.text ?? '')) {
        end = j + 2;
        while (end + 1 < tokens.length && end < j + 4 && isCap(tokens[end + 1].text) && /^\s+$/.test(masked.slice(tokens[end].end, tokens[end + 1].start))) end++;
        modifiers.push(...tokens.slice(j + 2, end + 1).map((t) => t.low));
      }
      // ("The draft says parties are …": a verb between, no role.)
      if (modifiers.some((m) => (FUNCTION_WORDS.has(m) && m !== 'us') || SPEECH_VERBS.has(m))) return null;
      const head = ROLE_NOUNS.has(last) || isRoleBySuffix(last) ? last : singularOf(last);
      const mention = base(masked, tokens, i, end, 'role', masked.slice(tokens[i].start, tokens[end].end), modifiers, false, { head, modifiers });
      mention.org = isOrgRole(head);
      const qualified = SOURCE_NOUNS.has(head) || PEOPLE_NOUNS.has(head) ? QUALIFIER.exec(masked.slice(mention.end, mention.end + 80)) : null;
      if (qualified) {
        mention.qualifier = qualified[1];
        mention.end += qualified[0].length;
        mention.text = masked.slice(mention.start, mention.end);
        while (end + 1 < tokens.length && tokens[end + 1].start < mention.end) end++;
      }
      return { mention, next: end + 1 };
    }
    // "a Skylink spokesperson", "a Carnegie Hall spokeswoman", "the Labour leader": capitalised
    // words right before the role noun name whom the role serves.
    let k = j;
    // ("a Marks & Spencer spokesperson": an ampersand joins a business's names.)
    while (k < j + 2 && tokens[k + 1] && isCap(tokens[k].text) && isCap(tokens[k + 1].text) && (/^ $/.test(masked.slice(tokens[k].end, tokens[k + 1].start)) || ampersandJoins(masked, tokens, k))) k++;
    // ("a Thornby district councillor": a lower-case word may qualify the role noun; "a Pruett
    // campaign aide": a body's word too.)
    const noun = tokens[k + 1];
    const plain = lowerAfter(masked, noun, tokens[k]) && !FUNCTION_WORDS.has(noun.low) && (!ROLE_NOUNS.has(stripS(noun.low)) || BODY_NOUNS.has(noun.low)) && lowerAfter(masked, tokens[k + 2], noun) ? tokens[k + 2] : noun;
    const serves = lowerAfter(masked, plain, plain === noun ? tokens[k] : noun) && ROLE_NOUNS.has(stripS(plain.low)) && (!isOrgRole(stripS(plain.low)) || plain !== noun);
    if (isCap(tokens[j].text) && !isAffiliation(tokens[j].text) && !serves) return null;
  }
  return null;
}

/** "a Ministry of Health spokesperson": a body's name with its own "of" or "for" (from token j), then a role noun. */
function roleOfNamedBody(masked: string, tokens: Token[], i: number, j: number): { mention: Mention; next: number } | null {
  let k = j;
  const joined = (x: number) => !!tokens[x + 1] && /^\s+$/.test(masked.slice(tokens[x].end, tokens[x + 1].start));
  while (k < j + 8 && joined(k) && (isCap(tokens[k + 1].text) || CONNECTORS.has(tokens[k + 1].text))) k++;
  const noun = tokens[k + 1];
  const head = noun && joined(k) && !isCap(noun.text) ? stripS(noun.low) : '';
  if (!ROLE_NOUNS.has(head) || isOrgRole(head) || !isCap(tokens[k].text)) return null;
  const modifiers = tokens.slice(i + 1, k + 1).map((t) => t.low);
  return { mention: base(masked, tokens, i, k + 1, 'role', masked.slice(tokens[i].start, noun.end), modifiers, false, { head, modifiers }), next: k + 2 };
}

/** "Marks & Spencer": tokens k and k + 1 are capitalised words an ampersand joins into one business's name. */
function ampersandJoins(masked: string, tokens: Token[], k: number): boolean {
  return !!tokens[k + 1] && masked.slice(tokens[k].end, tokens[k + 1].start) === ' & ' && isCap(tokens[k].text) && isCap(tokens[k + 1].text);
}

/** Words the role run at token j goes on over (0 when it ends there): see readRole. */
function roleRunGoesOn(masked: string, tokens: Token[], j: number): number {
  const joined = (k: number) => !!tokens[k + 1] && /^[’']?\s+$/.test(masked.slice(tokens[k].end, tokens[k + 1].start)) && !isCap(tokens[k + 1].text);
  if (!joined(j)) return 0;
  const next = stripS(tokens[j + 1].low);
  if (ROLE_NOUNS.has(next) || isRoleBySuffix(next)) return 1;
  if (FUNCTION_WORDS.has(next) || isVerb(next)) return 0;
  // An agent noun after a title word ("chief forecaster", "deputy planner").
  const title = isTitleLower(tokens[j].low) || tokens[j].low === 'deputy';
  if (title && isAgentNoun(next)) return 1;
  // One field word between a title word and its role noun ("chief financial officer").
  return title && joined(j + 1) && ROLE_NOUNS.has(stripS(tokens[j + 2].low)) && !ROLE_NOUNS.has(next) ? 2 : 0;
}

/** "Chief regulator Dr Ian Pollexfen", "Chief forecaster Imogen Castellan": an agent noun after a title word is a title too. */
function agentAfterTitle(tokens: Token[], j: number, first: number): boolean {
  return j > first && isTitleLower(tokens[j - 1].low) && isAgentNoun(tokens[j].low);
}

/** "forecaster", "regulator": a long "-er"/"-or" noun, not a comparative ("further") nor a verb or function word. */
function isAgentNoun(low: string): boolean {
  return AGENT_NOUN.test(low) && !/(?:th|ev|ft)er$/.test(low) && !FUNCTION_WORDS.has(low) && !isVerb(low);
}
const AGENT_NOUN = /^[a-z]{4,}[^e](?:er|or)$/;

/** A plural's singular, as far as role nouns need ("families": "family", "officials": "official"). */
function singularOf(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
}

/** words[n] is a line of business after a title and "of" or "for" ("Minister of Industries", "Secretary for Shipping"). */
/** A title word at `n`; a portfolio ("Health", "Finance") only before a title ("Health Minister", not "Health NZ Southern"). */
function titleAt(words: string[], n: number): boolean {
  // ("Special Agent in Charge Graham Sobieski".)
  if ((words[n] === 'in' && words[n + 1] === 'Charge') || (words[n] === 'Charge' && words[n - 1] === 'in')) return true;
  // ("Sgt. 1st Class Owen Reddick", "Private First Class Dana Whitlock": a grade of a rank.)
  if (CLASS_ORDINAL.test(words[n]) && words[n + 1] === 'Class' && n > 0 && (isTitle(words[n - 1]) || words[n - 1] === 'Private')) return true;
  if (words[n] === 'Class' && CLASS_ORDINAL.test(words[n - 1] ?? '')) return true;
  if (words[n] === 'Private' && /^(?:First|1st)$/.test(words[n + 1] ?? '') && words[n + 2] === 'Class') return true;
  return isTitle(words[n]) && (!PORTFOLIO_WORDS.has(words[n].toLowerCase()) || isTitle(words[n + 1] ?? ''));
}
const PORTFOLIO_WORDS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'press']);

function portfolio(words: string[], n: number): boolean {
  return n >= 2 && (words[n - 1] === 'of' || words[n - 1] === 'for') && isTitle(words[n - 2]) && SECTOR_HEADS.has(words[n].toLowerCase());
}

/**
 * "director of fleet operations said", "head of research, Ann Lee,": a role's field, one to three
 * lower-case words after "of" that end where the speaker's verb or a comma follows. The index of
 * the field's last token, or undefined.
 */
function ofField(masked: string, tokens: Token[], of: number): number | undefined {
  for (let k = of + 1; k <= of + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (isCap(t.text) || FUNCTION_WORDS.has(t.low) || !/^\s+$/.test(masked.slice(tokens[k - 1].end, t.start))) return undefined;
    const after = masked.slice(t.end, t.end + 2);
    if (after.startsWith(',')) return k;
    const next = tokens[k + 1];
    if (next && /^\s+$/.test(masked.slice(t.end, next.start)) && SPEECH_VERBS.has(next.low)) return k;
  }
  return undefined;
}

/** `n` is a lower-case word right after `prev`, past nothing but spaces. (Not a closure in readRole: it is read in a hot loop.) */
function lowerAfter(masked: string, n: Token | undefined, prev: Token): n is Token {
  return !!n && !isCap(n.text) && /^\s+$/.test(masked.slice(prev.end, n.start));
}

/** Nouns for an unnamed source, and what may describe one after the noun ("close to the club"). */
const SOURCE_NOUNS = new Set(['person', 'source', 'official', 'officer', 'executive', 'diplomat', 'aide', 'insider']);
const QUALIFIER = /^\s+((?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|involved\s+in|aware\s+of|inside|within)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?[\p{L}\p{N}'’-]+)(?=\s*(?:[,;:.!?)]|\s(?:said|says|told|tells|added|who|and|but|confirmed|speaking|insisted|hit|hits|fired|shot|claimed|claims|revealed|reveals|admitted|warned|blasted|slammed)\b))/u;

const ORG_ROLE = new Set([...BODY_NOUNS, 'regulator', ...BUSINESS_NOUNS]);
export function isOrgRole(head: string): boolean {
  return ORG_ROLE.has(head);
}
