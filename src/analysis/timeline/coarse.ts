// A happening one source dates only by its year ("earlier this year") and another precisely ("in
// January", "on Jan. 19") is one entry: the year-dated report joins the finest entry within that
// year that reports the same happening from other articles, and the precise date stands. (A month
// is kept: it is a date a reader can use, and a sentence dated by month often tells more than one
// happening.)
import type { Draft } from './conflicts.ts';
import { sameHappening } from './same-happening.ts';

/** Members compared per draft: enough to find the happening, bounded for very large stories. */
const SAMPLE = 25;

export function foldCoarse(drafts: Draft[]): void {
  const byYear = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.entry.precision === 'year') continue;
    const year = d.entry.date.slice(0, 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(d);
  }
  const rank = { day: 2, month: 1, year: 0 } as const;
  for (const coarse of drafts) {
    if (coarse.absorbed || coarse.entry.precision !== 'year') continue;
    const files = new Set(coarse.members.map((m) => m.event.file));
    let best: Draft | null = null;
    for (const fine of byYear.get(coarse.entry.date) ?? []) {
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
