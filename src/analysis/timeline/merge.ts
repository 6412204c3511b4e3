// The story timeline: every article's events (undated articles read against the story's days),
// quote dates re-anchored across sources, merged per happening (same date, same precision, similar
// report from another article), reports dated only by year folded into precise entries of the same
// happening, with sources that disagree on the date flagged. Inputs are not modified.
import type { ArticleAnalysis, EventKind, TimelineEntry } from '../types.ts';
import { sameActor } from './actors.ts';
import { type Draft, flagConflicts } from './conflicts.ts';
import type { TimelineEvent } from './events.ts';
import { reanchorQuotes } from './reanchor.ts';
import { storyEvents } from './story-dates.ts';
import { clusterDay } from './cluster.ts';
import { foldCoarse } from './coarse.ts';
import { type Comparable, comparables, similarity } from './same-happening.ts';

export function buildTimeline(articles: ArticleAnalysis[]): TimelineEntry[] {
  const events = reanchorQuotes(storyEvents(articles));
  const drafts: Draft[] = [];
  for (const day of groupByDate(comparables(events))) {
    for (const members of clusterDay(day)) drafts.push({ entry: toEntry(members), members });
  }
  foldCoarse(drafts);
  flagConflicts(drafts, events);
  const entries = drafts.filter((d) => !d.absorbed).map((d) => d.entry);
  entries.sort((a, b) => a.date.localeCompare(b.date) || firstSource(a).localeCompare(firstSource(b)));
  return entries.map((e, i) => ({ ...e, id: `t${i + 1}` }));
}

function groupByDate(items: Comparable[]): Comparable[][] {
  const by = new Map<string, Comparable[]>();
  for (const c of items) {
    const key = `${c.event.date}|${c.event.precision}`;
    if (!by.has(key)) by.set(key, []);
    by.get(key)!.push(c);
  }
  return [...by.values()];
}

function toEntry(members: Comparable[]): TimelineEntry {
  const events = members.map((m) => m.event);
  const central = members.length > 2 ? medoid(members) : events[0];
  // Only the first six actors are kept, and the list only grows: stop once it has them. A name
  // seen before is skipped without comparing (it was kept, or matched one that was).
  const actors: string[] = [];
  const seen = new Set<string>();
  gather: for (const e of events)
    for (const a of e.actors) {
      if (actors.length >= 6) break gather;
      if (seen.has(a)) continue;
      seen.add(a);
      if (!actors.some((x) => sameActor(x, a))) actors.push(a);
    }
  return {
    id: '',
    date: central.date,
    precision: central.precision,
    kind: entryKind(events.map((e) => e.kind)),
    summary: central.summary,
    actors: actors.slice(0, 6),
    sources: events.map((e) => ({ file: e.file, evidence: e.evidence, date: e.date })),
  };
}

/** What happened outranks what was planned: a report that it happened settles it. */
function entryKind(kinds: EventKind[]): EventKind {
  if (kinds.includes('happened')) return 'happened';
  return kinds.includes('scheduled') ? 'scheduled' : 'proposed';
}

/** The member most like the others (among the first few): its summary speaks for the entry. */
const MEDOID_SAMPLE = 25;

function medoid(all: Comparable[]): TimelineEvent {
  const members = all.slice(0, MEDOID_SAMPLE);
  let best = members[0];
  let bestScore = -1;
  for (const m of members) {
    let score = 0;
    for (const o of members) score += o === m ? 0 : similarity(m, o);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best.event;
}

function firstSource(e: TimelineEntry): string {
  return `${e.sources[0]?.file ?? ''}`;
}
