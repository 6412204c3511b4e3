// A happening one source dates only by its year ("earlier this year") and another precisely ("in
// May", "on May 9") is one entry: the year-dated report joins the finest entry within that
// year that reports the same happening from other articles, and the precise date stands. (A month
// is kept: it is a date a reader can use, and a sentence dated by month often tells more than one
// happening.)
import type { Draft } from './conflicts.ts';
import { sameHappening } from './same-happening.ts';

/** Members compared per draft: enough to find the happening, bounded for very large stories. */
const SAMPLE = 25;
/** Words shared by more entries of a year than this do not make candidates on their own (see cluster.ts). */
const COMMON_DF = 50;

export function foldCoarse(drafts: Draft[]): void {
  // Precise entries by year and word, so a year-dated report is compared only with entries of its
  // year that share a rarer word with it.
  const postings = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.entry.precision === 'year') continue;
    for (const w of sampleWords(d)) {
      const key = `${d.entry.date.slice(0, 4)}|${w}`;
      if (!postings.has(key)) postings.set(key, []);
      postings.get(key)!.push(d);
    }
  }
  const rank = { day: 2, month: 1, year: 0 } as const;
  for (const coarse of drafts) {
    if (coarse.absorbed || coarse.entry.precision !== 'year') continue;
    const files = new Set(coarse.members.map((m) => m.event.file));
    const candidates = new Set<Draft>();
    for (const w of sampleWords(coarse)) {
      const list = postings.get(`${coarse.entry.date}|${w}`);
      if (list && list.length <= COMMON_DF) list.forEach((d) => candidates.add(d));
    }
    let best: Draft | null = null;
    for (const fine of candidates) {
      if (fine.absorbed || fine.members.some((m) => files.has(m.event.file))) continue;
      const same = coarse.members.slice(0, SAMPLE).some((c) => fine.members.slice(0, SAMPLE).some((f) => sameHappening(c, f)));
      if (same && (!best || rank[fine.entry.precision] > rank[best.entry.precision])) best = fine;
    }
    if (!best) continue;
    best.members.push(...coarse.members);
    best.entry.sources.push(...coarse.entry.sources);
    coarse.absorbed = true;
  }
}

function sampleWords(d: Draft): Set<string> {
  const out = new Set<string>();
  for (const m of d.members.slice(0, SAMPLE)) for (const w of m.words) out.add(w);
  return out;
}
