// Sentence boundaries with offsets. A boundary is terminal punctuation (plus closing quotes or
// brackets) followed by space and a capital, digit or opening quote, unless the word before is an
// abbreviation or an initial.
import type { Sentence } from './types.ts';

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof pres gen sen rep gov lt col capt sgt st jr sr inc ltd co corp dept no vs etc fig approx est ave rev hon maj adm cmdr cdr brig cpl pfc spc supt insp det engr barr arc jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);

const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])/g;

export function splitSentences(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const body = text.slice(start, end);
  const out: Sentence[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const stop = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && !m[2] && isAbbreviation(body, m.index)) continue;
    push(out, text, start + from, start + stop, paragraph);
    from = m.index + m[0].length;
  }
  push(out, text, start + from, end, paragraph);
  return out;
}

function isAbbreviation(body: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(body.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!word) return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "George W. Bush"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(out: Sentence[], text: string, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
}
