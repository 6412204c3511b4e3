// A short description of an event: the sentence when it is short; else a window of ~140
// characters that holds the date expression and starts where a clause starts, as early as
// possible (the subject and verb usually come first).
const MAX = 140;
const BOUNDARY = /[;:]\s+|,\s+|\s+[—–]\s+|\s+-\s+|\)\s+/g;

/** `start`/`end`: the expression's offsets within `sentence`; `from`: where the usable text starts. */
export function summarize(sentence: string, start: number, end: number, from = 0): string {
  const body = sentence.slice(from);
  if (body.trim().length <= MAX) return tidy(body);
  const s = Math.max(0, start - from);
  const e = Math.max(s, end - from);
  const cuts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) cuts.push(m.index + m[0].length);
  let clause = cuts.filter((c) => c <= s).find((c) => e - c <= MAX - 10);
  // A clause that is little more than the date ("Russia, March 18 2021.") says nothing: the
  // sentence's opening, which names who did what, serves better even if the date falls outside.
  if (clause !== undefined && body.slice(clause).replace(body.slice(s, e), '').trim().split(/\s+/).length < 6) clause = 0;
  // No clause start near enough: start mid-clause, at a word, and say so.
  const left = clause ?? body.indexOf(' ', Math.max(0, e - (MAX - 10))) + 1;
  let window = body.slice(left, left + MAX);
  if (left + MAX < body.length) window = `${window.replace(/\s+\S*$/, '')}…`;
  return (clause === undefined ? '…' : '') + tidy(window);
}

function tidy(s: string): string {
  // Fast paths with the same result: single plain spaces need no collapsing, and the trailing
  // strip (an end-anchored pattern tried from every position) can only match when the last
  // character is one it strips.
  if (/[^\S ]| {2}/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.replace(/^[,;:—–\s)-]+/, '');
  if (s.length && TRAILING_CHAR.test(s[s.length - 1])) s = s.replace(/[,;:—–\s-]+$/, '');
  return s.trim();
}

const TRAILING_CHAR = /[,;:—–\s-]/;
