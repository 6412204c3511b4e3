// A paragraph is off the story's topic when almost none of its content words occur anywhere else
// in the story (its other paragraphs and the other articles). Needs the whole story, so it runs
// after every article's paragraphs are classified.
import { OPENS_QUOTE } from './paragraphs.ts';
import type { Paragraph } from './types.ts';

const STOP = new Set(
  'the a an and or but if of in on at to for from by with as is are was were be been being has have had do does did not no it its this that these those there their they them he she his her him we our you your i me my who whom which what when where why how than then so also into over after before about more most other some such only own same can will would could should may might must said says say told just still very out up down off new one two three'.split(
    ' ',
  ),
);

export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (let w of text.toLowerCase().match(WORD) ?? []) {
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.endsWith('s')) w = w.slice(0, -1);
    if (w.length > 2 && !STOP.has(w)) out.push(w);
  }
  return out;
}

const WORD = /[a-z][a-z'-]+/g;

/** The distinct content words of a text (contentWords as a set, built without the list). */
function contentWordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (let w of text.toLowerCase().match(WORD) ?? []) {
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.endsWith('s')) w = w.slice(0, -1);
    if (w.length > 2 && !STOP.has(w)) out.add(w);
  }
  return out;
}

const MIN_WORDS = 6;
const SUBJECT_CHANGE =
  /^(?:meanwhile|elsewhere|separately|in other (?:news|markets|business|developments|headlines|trading)|in unrelated news|one more thing\b|quick hits\b|in separate\b|programming note|housekeeping|also on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the same day)\s*,)/i;
/** "Elsewhere: …", "Also in Springfield: …", "One more thing: …": a newsletter's next item, whatever its words. */
const NEW_ITEM = /^(?:[Ee]lsewhere|[Aa]lso in (?:\p{Lu}[\p{L}'’.-]*\s*){1,3}|[Ii]n other news|[Oo]ne more thing)\s*:/u;
/** A sponsor's line ("Supported by Acme.", "This issue is sponsored by Acme,") or a call to sign up ("… Register now."). */
// (Case matters in the sponsor's name: under /i, \p{Lu} matches any letter, and "Supported by
// volunteers, the team …" is story.)
const PROMO =
  /^(?:[Tt]his\s+(?:issue|newsletter|edition|episode|email|post)\s+is\s+)?(?:[Ss]ponsored|[Ss]upported|[Pp]resented|[Bb]rought\s+to\s+you)\s+by\s+(?:\p{Lu}[\p{L}&'’.-]*\s?){1,4}(?:[.,:]|[–—-]\s)|\b(?:[Rr]egister|[Ss]ign\s+up|[Ss]ubscribe|[Bb]ook)\s+(?:now|today|here)[.!]?$/u;
/** "… More on that next week.": a newsletter's aside, to be taken up another time. */
const ASIDE = /\bMore on (?:that|this|it) (?:next week|tomorrow|later|soon|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[.!]?$/;
/** A section heading: a short line with no sentence end ("Elsewhere in the region"). */
const HEADING = (text: string) => text.length <= 60 && !/[.!?:"”’]$/.test(text.trim()) && text.trim().split(/\s+/).length <= 8;
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|week|month|year|thi|last|next)$/;
const MOSTLY_SHARED = 0.6;
/**
 * PROMO can match only a text that opens with one of its first words or ends with one of its
 * last: a cheap test first (same flags), most paragraphs being neither.
 */
const PROMO_START = /^(?:this|sponsored|supported|presented|brought)/iu;
const PROMO_END = /(?:now|today|here)[.!]?$/iu;
const promo = (text: string) => (PROMO_START.test(text) || PROMO_END.test(text.slice(-6))) && PROMO.test(text);
/** Quotation marks around words, not apostrophes ("the council's … the mayor's"). */
const SPEECH = /[“"][^”"]{3,}[”"]|(?<![\p{L}])['‘][^'’]{3,}['’](?![\p{L}])/u;
/** Someone speaking: "said", "says", "told". */
const REPORTED_SPEECH = /\b(?:said|says|told)\b/;
/** A quotation attributed to a pronoun only: "…,’ she said." */
const PRONOUN_SAID = /[,?!][’”"']\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|explained|explains|continued|wrote|writes)\b/;
/** A paragraph opening with a pronoun as its subject. */
const PRONOUN_OPENS = /^(?:He|She|They)\s/;
/** An opening quotation mark before a capital (a closing one may be far off, apostrophes between). */
const QUOTE_OPENS = /(?:^|[\s:,(])[“"‘']\p{Lu}/u;
const TOPIC_SIZE = 20;
const MIN_PARAGRAPHS = 8;

/**
 * Marks off-topic paragraphs in place. `articles` are the story's articles' paragraph lists.
 * The topic is the story's most widespread content words; an off-topic paragraph uses none of
 * them and shares few of its words with the rest of the story.
 */
export function markOffTopic(articles: Paragraph[][]): void {
  const eligible = (p: Paragraph) => p.kind === 'story' || p.kind === 'caption';
  const counted = (p: Paragraph) => eligible(p) || p.kind === 'title' || p.kind === 'standfirst' || p.kind === 'embed';
  // Document frequency by paragraph, so a paragraph's own repeats do not count as support.
  const df = new Map<string, number>();
  const words = articles.map((paras) => paras.map((p) => (counted(p) ? contentWordSet(p.text) : new Set<string>())));
  for (const list of words) for (const set of list) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const topic = new Set(
    topWords(df)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOPIC_SIZE)
      .map(([w]) => w),
  );
  // A newsletter's next item announced with a colon, a sponsor's line, a call to register, an aside
  // deferred to another issue: off topic
  // even in the story's words and in a story of any size.
  for (const paras of articles) {
    for (const p of paras) if (eligible(p) && (NEW_ITEM.test(p.text) || promo(p.text.trim()) || ASIDE.test(p.text.trim())) && !SPEECH.test(p.text)) p.kind = 'offtopic';
  }
  // Too little text to know what the story is about: judge nothing off topic.
  const eligibleCount = articles.reduce((n, paras) => n + paras.filter(eligible).length, 0);
  if (eligibleCount < MIN_PARAGRAPHS || topic.size < TOPIC_SIZE / 2) return;
  const offTopic = (set: Set<string>, minWords: number, maxShared: number) => {
    if (set.size < minWords) return false;
    let shared = 0;
    for (const w of set) {
      if (topic.has(w)) return false;
      if ((df.get(w) ?? 0) > 1) shared++;
    }
    return shared / set.size < maxShared;
  };
  // Quote paragraphs are never judged: their words are the speaker's, not the story's summary.
  // (So is a paragraph opening with a quotation mark it does not close: a quote going on to the next.)
  // (And one with an opening mark before a capital: "He fumed: ‘We’ve been …" has apostrophes inside.)
  const quoted = (p: Paragraph) => /[“"‘'][^”"’']{3,}[”"’']/.test(p.text) || OPENS_QUOTE.test(p.text) || QUOTE_OPENS.test(p.text);
  // Nor is one that has someone speak just before a quote paragraph: it introduces the speaker
  // ("Ellie Barraclough, 24, …, said the group had spent …" then "‘…,’ she said.").
  // So is one whose next quote paragraph says only "she said": who "she" is stands here ("Dr Imogen
  // Ashdown, who lectures in sports law, thinks the odds are long.").
  // So is one whose next paragraph has a pronoun open it and speak ("He fumed: ‘…’").
  const introduces = (paras: Paragraph[], i: number) => {
    const next = paras[i + 1]?.text;
    if (!next) return false;
    if (OPENS_QUOTE.test(next)) return REPORTED_SPEECH.test(paras[i].text) || PRONOUN_SAID.test(next);
    return PRONOUN_OPENS.test(next) && QUOTE_OPENS.test(next);
  };
  const candidates = articles.map((paras, a) => paras.map((p, i) => eligible(p) && !quoted(p) && !introduces(paras, i) && offTopic(words[a][i], MIN_WORDS, 0.5)));
  // A paragraph naming someone or something that on-topic paragraphs name is on topic after all
  // (a quote paragraph after the one introducing its speaker).
  const topicalNames = new Set<string>();
  if (candidates.some((list) => list.includes(true))) {
    articles.forEach((paras, a) => paras.forEach((p, i) => counted(p) && !candidates[a][i] && properNames(p.text).forEach((n) => topicalNames.add(n))));
  }
  articles.forEach((paras, a) =>
    paras.forEach((p, i) => {
      if (candidates[a][i] && !properNames(p.text).some((n) => topicalNames.has(n))) p.kind = 'offtopic';
    }),
  );
  // "Meanwhile, …", "Elsewhere in the city, …", "In other news, …": a paragraph that announces a
  // change of subject is off topic unless most of its words (dates aside) are the story's own.
  articles.forEach((paras, a) =>
    paras.forEach((p, i) => {
      if (!eligible(p) || SPEECH.test(p.text) || !SUBJECT_CHANGE.test(p.text)) return;
      const own = [...words[a][i]].filter((w) => !DATE_WORD.test(w));
      if (own.length >= MIN_WORDS && own.filter((w) => (df.get(w) ?? 0) > 1).length / own.length < MOSTLY_SHARED) p.kind = 'offtopic';
    }),
  );
  // "Elsewhere in the region" as a newsletter's section heading: the section under it, to the
  // next heading, is about other things.
  for (const paras of articles) {
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      if (!eligible(p) || !HEADING(p.text) || !SUBJECT_CHANGE.test(p.text.trim())) continue;
      p.kind = 'offtopic';
      for (let j = i + 1; j < paras.length && !(HEADING(paras[j].text) && !SUBJECT_CHANGE.test(paras[j].text.trim())); j++) {
        if (eligible(paras[j])) paras[j].kind = 'offtopic';
      }
    }
  }
  // A headline-like line directly above an off-topic paragraph is its heading.
  articles.forEach((paras, a) =>
    paras.forEach((p, i) => {
      const next = paras[i + 1];
      if (next?.kind === 'offtopic' && eligible(p) && !/[.!?"”]$/.test(p.text) && offTopic(words[a][i], 3, 0.6)) p.kind = 'offtopic';
    }),
  );
}

/**
 * The words used in 3 paragraphs or more that can be among the TOPIC_SIZE most used: those used at
 * least as often as the TOPIC_SIZE-th (ties included), in the table's order, so that sorting them
 * ranks the first TOPIC_SIZE as sorting every word would, without comparing them all by locale.
 */
function topWords(df: Map<string, number>): [string, number][] {
  const counts: number[] = [];
  for (const n of df.values()) if (n >= 3) counts.push(n);
  const least = counts.length > TOPIC_SIZE ? counts.sort((a, b) => b - a)[TOPIC_SIZE - 1] : 3;
  const out: [string, number][] = [];
  for (const e of df) if (e[1] >= least) out.push(e);
  return out;
}

/** Capitalised words not opening a sentence: names of people, places and bodies. */
function properNames(text: string): string[] {
  return [...text.matchAll(/(?<![.!?]\s|^)(?<=\s)(\p{Lu}[\p{L}-]{2,})/gu)].map((m) => m[1].toLowerCase());
}
