// Content words of an event's text, and how much two events share, for telling whether two
// articles report the same happening. Date words are left out: the date is compared on its own.
// Words are weighted by rarity across the story's events: every report of a story names its protagonist
// and "talks"; what tells two reports of one happening apart is "Galway", "ambassador", "health".
import { memoByText } from '../memo.ts';
const STOP = new Set(
  'that this with from have has had were was been being will would could should which what when where while their there they them then than into over after before about also just said says told added according more most some such only very other another these those your ours ourselves itself himself herself does doing done because against between during under again further once here both each same whom whose upon onto mr mrs ms'.split(
    ' ',
  ),
);
const DATE_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday|week|weekend|month|year|years|day|days|night|morning|evening|afternoon|earlier|later|last|next|previous|following|\d+)$/;

/** The content words of a text, stemmed. The set is shared between callers: read it, never change it. */
export const contentWords: (text: string) => ReadonlySet<string> = memoByText(readContentWords);

function readContentWords(text: string): Set<string> {
  const out = new Set<string>();
  const low = text.toLowerCase();
  // NFKC and the Unicode classes only matter outside ASCII.
  if (!ASCII.test(low)) {
    for (const raw of low.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (raw.length <= 3 || STOP.has(raw) || DATE_WORDS.test(raw)) continue;
      out.add(stem(raw));
    }
    return out;
  }
  // ASCII: the runs of [a-z0-9] read by character codes (as low.match(/[a-z0-9]+/g)).
  const n = low.length;
  let i = 0;
  while (i < n) {
    let c = low.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      i++;
      continue;
    }
    const start = i;
    let digits = true;
    do {
      if (c > 57) digits = false;
      c = ++i < n ? low.charCodeAt(i) : 0;
    } while ((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
    if (i - start <= 3 || digits) continue; // (a run of digits is a date word)
    const raw = low.slice(start, i);
    if (STOP.has(raw) || DATE_WORD_SET.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

/** DATE_WORDS without its digits, for the ASCII path. */
const DATE_WORD_SET = new Set(DATE_WORDS.source.slice(2, DATE_WORDS.source.indexOf('|\\d+')).split('|'));

const ASCII = /^[\x00-\x7f]*$/;

/** A crude stem so "recalled"/"recalls", "proposal"/"proposes" meet. */
function stem(w: string): string {
  // As w.replace(/(ing|ed|es|s|al|ly)$/, ''): the leftmost (so longest) ending matching goes.
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  let cut = 0;
  if (last === 103 && prev === 110 && w.charCodeAt(n - 3) === 105) cut = 3; // ing
  else if ((last === 100 && prev === 101) || (last === 115 && prev === 101) || (last === 108 && prev === 97) || (last === 121 && prev === 108)) cut = 2; // ed es al ly
  else if (last === 115) cut = 1; // s
  return (cut ? w.slice(0, n - cut) : w).slice(0, 7);
}

const one = (_w: string): number => 1;

/** Shared words over the smaller set: a short report inside a longer one still counts. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (w: string) => number = one, totals?: [number, number]): number {
  if (!a.size || !b.size) return 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += weight(w);
  if (!shared) return 0;
  // (No arrays per call: this runs for every candidate pair.)
  return totals ? shared / Math.min(totals[0], totals[1]) : shared / Math.min(total(a, weight), total(b, weight));
}

export function total(words: ReadonlySet<string>, weight: (w: string) => number): number {
  let t = 0;
  for (const w of words) t += weight(w);
  return t;
}

/** Inverse document frequency over a collection of word sets: log(1 + n / df), computed once per word. */
export function rarity(docs: ReadonlySet<string>[]): (w: string) => number {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const weights = new Map<string, number>();
  for (const [w, f] of df) weights.set(w, Math.log(1 + n / f));
  const unseen = Math.log(1 + n);
  return (w) => weights.get(w) ?? unseen;
}
