// What new or edited articles add to a story, found by comparing the story's analysis before and
// after: quotes whose words no other article carried, dated events only they report, and
// contradictions between sources (speaker, date, number, place) that involve them and were not
// there before. Used for the answer to an ingest and for the updates posted to followed channels.
import { createHash } from 'node:crypto';
import { CONTRADICTIONS, compareStory } from '../analysis/compare/index.ts';
import type { Quote, StoryAnalysis } from '../analysis/types.ts';

export interface NewQuote {
  text: string;
  speaker: string | null;
  file: string;
}

export interface NewEvent {
  date: string;
  summary: string;
  files: string[];
}

export interface NewConflict {
  kind: string;
  /** One line: what the sources disagree on and how. */
  summary: string;
  files: string[];
}

export interface StoryChange {
  /**
   * Names this change: the story and the changed files' texts. Every process that applies the same
   * files computes the same id, so only one of them posts the update (see Follows.notify).
   */
  id: string;
  story: string;
  /** The added or edited files. */
  files: string[];
  quotes: NewQuote[];
  events: NewEvent[];
  conflicts: NewConflict[];
}

export function hasNews(c: StoryChange): boolean {
  return c.quotes.length + c.events.length + c.conflicts.length > 0;
}

/** What `files` (added or edited) bring to the story: `before` is undefined for a new story. */
export function diffStory(before: StoryAnalysis | undefined, after: StoryAnalysis | undefined, files: string[]): StoryChange {
  const story = after?.story ?? before?.story ?? '';
  const texts = new Map((after?.articles ?? []).map((a) => [a.file, a.article.text]));
  const id = createHash('sha256')
    .update(story)
    .update([...files].sort().map((f) => `\u0000${f}\u0000${texts.get(f) ?? ''}`).join(''))
    .digest('hex')
    .slice(0, 32);
  const change: StoryChange = { id, story, files: [...files], quotes: [], events: [], conflicts: [] };
  if (!after) return change;
  const changed = new Set(files);

  // Quotes: clusters carried only by the changed files, with words not seen before.
  const seenWords = new Set<string>();
  for (const a of before?.articles ?? []) for (const q of a.quotes) seenWords.add(words(q.text));
  const quotes = new Map<string, Quote>();
  for (const a of after.articles) for (const q of a.quotes) quotes.set(q.id, q);
  for (const c of after.clusters) {
    const members = c.quoteIds.map((id) => quotes.get(id)).filter((q): q is Quote => !!q);
    if (!members.length || members.some((q) => !changed.has(q.file))) continue;
    if (members.every((q) => q.minor)) continue;
    if (members.every((q) => seenWords.has(words(q.text)))) continue;
    change.quotes.push({ text: c.canonical, speaker: c.speaker, file: members[0].file });
  }

  // Dated events: timeline entries only the changed files report, not on the timeline before.
  const seenEvents = new Set((before?.timeline ?? []).map((e) => `${e.date}|${words(e.summary)}`));
  for (const e of after.timeline) {
    if (!e.sources.length || e.sources.some((s) => !changed.has(s.file))) continue;
    if (seenEvents.has(`${e.date}|${words(e.summary)}`)) continue;
    change.events.push({ date: e.date, summary: e.summary, files: [...new Set(e.sources.map((s) => s.file))] });
  }
  change.events.sort((a, b) => a.date.localeCompare(b.date));

  // Conflicts: contradictions involving a changed file, with sides not seen before.
  const signature = (kind: string, values: string[]) => `${kind}|${[...values].map(words).sort().join('|')}`;
  const seenConflicts = new Set<string>();
  if (before?.articles.length) {
    for (const d of compareStory(before).differences) {
      if (CONTRADICTIONS.has(d.kind)) seenConflicts.add(signature(d.kind, d.sides.map((s) => s.value)));
    }
  }
  const cmp = compareStory(after);
  for (const d of cmp.differences) {
    if (!CONTRADICTIONS.has(d.kind)) continue;
    const involved = d.sides.flatMap((s) => s.files);
    if (!involved.some((f) => changed.has(f))) continue;
    const sig = signature(d.kind, d.sides.map((s) => s.value));
    if (seenConflicts.has(sig)) continue;
    seenConflicts.add(sig);
    const item = cmp.itemById.get(d.itemId);
    change.conflicts.push({ kind: d.kind, summary: item ? `${item.label}: ${d.summary}` : d.summary, files: [...new Set(involved)] });
  }
  return change;
}

function words(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
