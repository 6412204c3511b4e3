// Sources that put the same happening on different days. Only single-date reports of the same kind
// are compared ("Friday or Monday" offers alternatives, not a disagreement), only within a week,
// and only when the reports are clearly about one thing (the same quote and date words, or strong
// overlap of both the sentences and the clauses around the dates). The date most sources give
// keeps the entry; the others are listed as its conflict. Candidates are found through the rare
// words the reports share, so a large story is not compared entry by entry.
import { pairsSharingRareWord } from './rare-pairs.ts';
import type { TimelineEntry } from '../types.ts';
import type { TimelineEvent } from './events.ts';
import { type Comparable, similarity } from './same-happening.ts';
import { contentWords, overlap } from './words.ts';

const STRONG = 0.5;
const WINDOW_DAYS = 7;
const RARE_DF = 20;

export interface Draft {
  entry: TimelineEntry;
  members: Comparable[];
  /** Set when another entry absorbed this one as a conflicting date. */
  absorbed?: boolean;
}

export function flagConflicts(drafts: Draft[], all: TimelineEvent[]): void {
  const single = singleDateEvents(all);
  const times = new Map<string, number>(); // Date.parse of each entry date, once (not twice per pair)
  for (const [a, b] of candidatePairs(drafts, single)) {
    if (a.absorbed || b.absorbed || a.entry.date === b.entry.date) continue;
    if (a.entry.precision !== 'day' || b.entry.precision !== 'day' || a.entry.kind !== b.entry.kind) continue;
    if (Math.abs(parsed(times, a.entry.date) - parsed(times, b.entry.date)) > WINDOW_DAYS * 86_400_000) continue;
    const files = new Set(a.members.map((m) => m.event.file));
    if (b.members.some((m) => files.has(m.event.file))) continue; // one source giving both days is not a disagreement
    const strong = a.members.some((x) => single(x.event) && b.members.some((y) => single(y.event) && sameReport(x, y)));
    if (!strong) continue;
    if (a.members.length === b.members.length) {
      // No majority: both stay, each naming the other.
      addConflict(a, b);
      addConflict(b, a);
      continue;
    }
    const [keep, lose] = a.members.length > b.members.length ? [a, b] : [b, a];
    addConflict(keep, lose);
    lose.absorbed = true;
  }
}

/** Pairs of drafts (in a stable order) whose single-date members share a rare word. */
function candidatePairs(drafts: Draft[], single: (e: TimelineEvent) => boolean): [Draft, Draft][] {
  const words = drafts.map((d) => {
    const set = new Set<string>();
    for (const m of d.members) if (single(m.event)) for (const w of m.words) set.add(w);
    return set;
  });
  return pairsSharingRareWord(words, RARE_DF).map(([x, y]) => [drafts[x], drafts[y]]);
}

/**
 * Two reports of one thing: the same quotation with the same date words in it, or sentences that
 * agree both as a whole and in the clause around the date.
 */
function sameReport(x: Comparable, y: Comparable): boolean {
  if (x.event.quote && y.event.quote) return x.event.expression.toLowerCase() === y.event.expression.toLowerCase() && similarity(x, y) >= STRONG;
  return similarity(x, y) >= STRONG && overlap(contentWords(x.event.summary), contentWords(y.event.summary), x.weight) >= STRONG;
}

function addConflict(to: Draft, other: Draft): void {
  const files = [...new Set(other.members.map((m) => m.event.file))];
  to.entry.conflict = [...(to.entry.conflict ?? []).filter((c) => c.date !== other.entry.date), { date: other.entry.date, files }];
}

function parsed(times: Map<string, number>, date: string): number {
  let t = times.get(date);
  if (t === undefined) times.set(date, (t = Date.parse(date)));
  return t;
}

/**
 * Whether an event's sentence gave exactly one date (one event for its file and evidence). Asked
 * for every pair of members: counted by file, then evidence (no key string joined per event), and
 * each answer kept.
 */
function singleDateEvents(events: TimelineEvent[]): (e: TimelineEvent) => boolean {
  const count = new Map<string, Map<string, number>>();
  for (const e of events) {
    let byEvidence = count.get(e.file);
    if (!byEvidence) count.set(e.file, (byEvidence = new Map()));
    byEvidence.set(e.evidence, (byEvidence.get(e.evidence) ?? 0) + 1);
  }
  const known = new Map<TimelineEvent, boolean>();
  return (e) => {
    let v = known.get(e);
    if (v === undefined) known.set(e, (v = count.get(e.file)?.get(e.evidence) === 1));
    return v;
  };
}
