// Who an event is about: the speakers of the quotes in its sentence, then the capitalised names
// in it. Titles ("Press Secretary"), nationality adjectives ("Chilean") and sentence openers are
// stripped; a surface form the story's entities know maps to its canonical name.
import { CALENDAR_WORD } from '../dates/calendar.ts';
import { TIME_ZONES } from '../dates/time-zones.ts';
import { memoByText } from '../memo.ts';
import { ORG_HEADS } from '../quotes/lexicon.ts';
import { datelineLength } from '../datelines.ts';
import { isCap } from '../quotes/mentions.ts';
import type { Entity } from '../types.ts';

const NAME = /[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|de|del|la|van|von|bin|al|the|and)\s+)?[A-Z][\w'’.-]*)*/g;
// The same in letters of any script: "Aleš Korošec", "Łukasz Żak", "Özil" are whole names, not
// "Ale" and "Koro". Several times slower, so only for a sentence with a letter beyond ASCII (curly
// quotes and dashes are not letters).
const WIDE_NAME = /\p{Lu}[\p{L}\p{M}\d_'’.-]*(?:\s+(?:(?:of|for|de|del|la|van|von|bin|al|the|and)\s+)?\p{Lu}[\p{L}\p{M}\d_'’.-]*)*/gu;
const WIDE_LETTER = /[^\x00-\x7F\u2000-\u206F]/;
const OPENERS = new Set(
  'the a an on in at by for from to of and or but then so as if after before when while during since until meanwhile however also later earlier following according this that these those it its he she they we i his her their our you your there here what who why how where last next yesterday today tomorrow tonight mr mrs ms dr prof sir dame lord lady pres'.split(
    ' ',
  ),
);
const TITLES = new Set(
  'president prime minister secretary spokesman spokeswoman spokesperson anchor ambassador senator sen rep representative governor gov mayor chancellor king queen prince princess general gen colonel col captain capt sergeant sgt officer inspector detective judge justice chairman chairwoman chair ceo cfo director head leader coach manager captain commissioner counsellor councillor minister secretary-general pope bishop professor doctor sheriff lieutenant lt admiral adm'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?$/i;
/** "until 06:00 GMT": a time zone is nobody. */
const ZONES = new Set(TIME_ZONES);
/** "Chilean", "Irish", "Chinese", "Australian": a nationality adjective before a title or name. */
const NATIONALITY = /^[A-Z][a-z]+(?:ian|ean|ese|ish|ic|i|an)$/;

/** Every surface form the story's entities know, lower-cased, to its canonical name. */
export type ActorNames = Map<string, string>;

const namesCache = new WeakMap<Entity[], ActorNames>();

export function actorNames(entities: Entity[]): ActorNames {
  const cached = namesCache.get(entities);
  if (cached) return cached;
  const out: ActorNames = new Map();
  for (const e of entities) for (const form of [e.name, ...e.aliases]) if (!out.has(form.toLowerCase())) out.set(form.toLowerCase(), e.name);
  namesCache.set(entities, out);
  return out;
}

export function sentenceActors(sentence: string, speakers: (string | null)[], names: ActorNames): string[] {
  // A sentence with no speakers gives the same actors every time it is asked (once for the
  // history, once for its events): remembered per sentence and story, handed out as copies.
  if (!speakers.length) {
    const known = readingOf(sentence, names);
    return (known.actors ??= resolve(sentence, speakers, names)).slice();
  }
  return resolve(sentence, speakers, names);
}

function resolve(sentence: string, speakers: (string | null)[], names: ActorNames): string[] {
  const out: string[] = [];
  for (const speaker of speakers) addActor(out, speaker, names);
  for (const name of readingOf(sentence, names).names) addActor(out, name, names);
  return out.slice(0, 6);
}

function addActor(out: string[], name: string | null, names: ActorNames): void {
  if (!name) return;
  const canonical = names.get(name.toLowerCase()) ?? name;
  for (const n of out) if (sameActor(n, canonical)) return;
  out.push(canonical);
}

/** A sentence's names as written and, once asked, its actors when no speaker is given. */
interface NameReading {
  names: string[];
  actors?: string[];
}

// A sentence is read for names once per story, however many events and quotes it carries (one
// bounded table for all stories: a table per story would outlive it).
const readings = memoByText(() => new WeakMap<ActorNames, NameReading>(), 5_000);

function readingOf(sentence: string, names: ActorNames): NameReading {
  const byStory = readings(sentence);
  let found = byStory.get(names);
  if (!found) byStory.set(names, (found = { names: readNames(sentence, names) }));
  return found;
}

/** The capitalised names of a sentence, in order, as written (before mapping to canonical names). */
function readNames(sentence: string, names: ActorNames): string[] {
  const found: string[] = [];
  // Links carry capitalised junk ("pic.twitter.com/aRaOzCUDKc"); blank them, keeping offsets.
  let text = /https?:\/\/|www\.|\.com\//.test(sentence) ? sentence.replace(/\S*(?:https?:\/\/|www\.|\.com\/)\S*/g, (u) => ' '.repeat(u.length)) : sentence;
  // "BERLIN, Dec 20 (Reuters) - ": the dateline's place and agency are nobody in the story.
  const dateline = datelineLength(text.slice(0, 100));
  if (dateline) text = ' '.repeat(dateline) + text.slice(dateline);
  // An exec loop over the shared global pattern (nothing below uses it) spares matchAll's iterator.
  const pattern = WIDE_LETTER.test(text) ? WIDE_NAME : NAME;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const parts = m[0].includes(' and ') && twoNames(m[0], names) ? m[0].split(' and ') : [m[0]];
    parts.forEach((part, k) => readName(part, k ? -1 : m!.index, text, names, found));
  }
  return found;
}

/**
 * "Volkswagen and Germany's IG Metall", "Texas and Louisiana": two actors, unless the story knows
 * the whole as one name or it reads as a body's ("Food and Drug Administration", "Centre for
 * Disease Control and Prevention").
 */
function twoNames(run: string, names: ActorNames): boolean {
  if (names.has(run.toLowerCase())) return false;
  const last = run.slice(run.lastIndexOf(' ') + 1).replace(/(?:['’]s)?[.,]*$/, '').toLowerCase();
  return !ORG_HEADS.has(last) && !/ (?:of|for) /.test(run.slice(0, run.indexOf(' and ')));
}

/** One run of capitalised words (`at`: its offset in `text`, or -1 when it follows another). */
function readName(raw: string, at: number, text: string, names: ActorNames, found: string[]): void {
  // "Germany's IG Metall", "Malaysia's Seri Angkasa Airlines": the name of two words or more after
  // the possessive (not "People’s Alliance", one name).
  const owned = OWNED.exec(raw);
  const rest = owned ? raw.slice(owned[0].length) : '';
  if (owned && rest.includes(' ') && !names.has(raw.toLowerCase())) {
    raw = raw.slice(owned[0].length);
    at = -1;
  }
  // A word the story knows as a name stays one, even if it looks like an adjective ("Logan", "Morgan").
  const name = cleanName(raw) ?? knownWord(raw, names);
  if (!name) return;
  // A lone capitalised word opening the sentence, or the quotation that opens it, says nothing
  // ("Harbour master X resigned", "“Security is …”"), unless the story knows it as a name.
  const opening = at >= 0 && raw === name && !name.includes(' ') && !/[^\s"“”‘’'«»„]/.test(text.slice(0, at));
  if (opening && !names.has(name.toLowerCase())) return;
  found.push(name);
}
const OWNED = /^[^\s'’]+['’]s\s+(?=\p{Lu})/u;

function knownWord(raw: string, names: ActorNames): string | null {
  const known = raw.replace(/['’]s$/, '').replace(/[.,]+$/, '');
  return names.has(known.toLowerCase()) && !known.includes(' ') ? known : null;
}

/** A word lower-cased, without one final full stop. */
function bare(w: string | undefined): string {
  const l = (w ?? '').toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
}


/** A calendar word opening a run of names: "Tuesday Smith", "In May Boeing", but not the first name in "Jan Ortiz". */
function leadingCalendar(words: string[]): boolean {
  const w = words[0];
  return CALENDAR.test(w) && (words.length === 1 || w.endsWith('.') || CALENDAR_WORD.test(w));
}

function cleanName(raw: string): string | null {
  const stem = raw.length > 1 && raw.endsWith('s') && (raw[raw.length - 2] === "'" || raw[raw.length - 2] === '’') ? raw.slice(0, -2) : raw;
  // NAME's words are joined by white space; mostly single spaces, which a plain split handles.
  const words = /[^\S ]| {2}/.test(stem) ? stem.split(/\s+/) : stem.split(' ');
  // "Chilean President Ana Reyes": a nationality counts as part of a title only before one.
  while (words.length) {
    const first = bare(words[0]);
    if (!(OPENERS.has(first) || TITLES.has(first) || leadingCalendar(words) || (NATIONALITY.test(words[0]) && TITLES.has(bare(words[1]))))) break;
    words.shift();
  }
  // "Irish Transport Minister Sean Boyle": everything up to a title before a two-word name.
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) if (TITLES.has(bare(words[i])) && i <= words.length - 3) lastTitle = i;
  if (lastTitle >= 0 && words.slice(lastTitle + 1).every(isCap)) words.splice(0, lastTitle + 1);
  while (words.length && (CALENDAR.test(words.at(-1)!) || /^(of|for|and|the|de|la)$/i.test(words.at(-1)!))) words.pop();
  if (!words.length) return null;
  const name = words.join(' ').replace(/[.,]+$/, '');
  // Too short ("A", "J."), or a contraction ("I’ve").
  if (name.length < 2 || (name.length === 2 && name[1] === '.' && isCap(name)) || /['’](ve|ll|d|m|re|t)$/i.test(name)) return null;
  if (words.length === 1 && (NATIONALITY.test(name) || TITLES.has(name.toLowerCase()) || ZONES.has(name))) return null;
  return name;
}

/** Same actor when one name's words contain the other's or the surnames agree ("Reyes", "Ana Reyes"). */
export function sameActor(a: string, b: string): boolean {
  const ta = a.toLowerCase().split(/\s+/);
  const tb = b.toLowerCase().split(/\s+/);
  // (One surname, other first names: "Harold Aldous" founded the shop, "Jenny Aldous" closes it.)
  return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t)) || (ta.at(-1) === tb.at(-1) && ta[0][0] === tb[0][0]);
}
