// The cross-outlet comparison of one story: its items (quote clusters, timeline entries, salient
// facts), which source carries which, what each source alone carries or leaves out, and where the
// sources differ (wording, speaker, date, number, place, relayed or first-hand).
import { QUOTE_KINDS, STORY_KINDS } from '../../corpus/types.ts';
import { memoByObject } from '../memo.ts';
import type { ArticleAnalysis, Quote, StoryAnalysis, TimelineEntry } from '../types.ts';
import { hasChanges, plainWording, wordDiff, wordingKey } from './diff.ts';
import { groupClaims, storyClaims, type Claim, type ClaimOptions, CLAIM_DEFAULTS } from './facts.ts';
import type { NumberMention, PlaceMention } from './features.ts';

export type ItemKind = 'quote' | 'event' | 'fact';

/** One source's version of an item. */
export interface Mention {
  file: string;
  /** The quote's words, or the sentence that states the event or fact. */
  text: string;
  /** Offset of `text` (quotes) or of its sentence in the file. */
  start: number;
  speaker?: string | null;
  inferredFrom?: string;
  relay?: string;
  /** The date this source gives (events). */
  date?: string;
  /** The sentence the quote stands in. */
  context?: string;
  numbers?: NumberMention[];
  places?: PlaceMention[];
}

export interface StoryItem {
  /** `q:<cluster>`, `e:<entry>` or `f:<n>`. */
  id: string;
  kind: ItemKind;
  /** One line saying what the item is. */
  label: string;
  /** Sources carrying it, in story order. */
  files: string[];
  mentions: Mention[];
  /** Quotes: the wording most sources print. */
  canonical?: string;
  clusterId?: string;
  entryIds?: string[];
  date?: string;
  speaker?: string | null;
}

export type DifferenceKind = 'wording' | 'speaker' | 'date' | 'number' | 'place' | 'relay';

/** Kinds where sources contradict each other (the rest are variants). */
export const CONTRADICTIONS: ReadonlySet<DifferenceKind> = new Set(['speaker', 'date', 'number', 'place']);

export interface DifferenceSide {
  /** What these sources say (a wording, a speaker, a date, a number, a place, "relayed via X"). */
  value: string;
  files: string[];
}

export interface Difference {
  kind: DifferenceKind;
  itemId: string;
  /** Another item involved (the same words in a different quote cluster). */
  otherItemId?: string;
  /** One line, e.g. "credited to A in 2 sources, to B in 1". */
  summary: string;
  sides: DifferenceSide[];
}

export interface SourceCoverage {
  file: string;
  carried: string[];
  /** Items no other source carries. */
  unique: string[];
  /** Items most other sources carry and this one does not. */
  missing: string[];
  /** Contradictions this source is party to. */
  conflicts: number;
}

export interface Comparison {
  story: string;
  /** Files in story order (by file name). */
  sources: string[];
  items: StoryItem[];
  differences: Difference[];
  coverage: SourceCoverage[];
  itemById: Map<string, StoryItem>;
  /** Which item a sentence or quote belongs to: `<file>#<start>` → item id. */
  itemAt: Map<string, string>;
}

export interface CompareOptions {
  claims?: ClaimOptions;
}

const cache = new WeakMap<StoryAnalysis, Comparison>();

/** The story's comparison (computed once per analysis). */
export function compareStory(analysis: StoryAnalysis, options: CompareOptions = {}): Comparison {
  const cached = options.claims ? undefined : cache.get(analysis);
  if (cached) return cached;
  const result = build(analysis, options);
  if (!options.claims) cache.set(analysis, result);
  return result;
}

/** Whether the story's comparison is at hand (a long story's is made on a worker thread, see Engine.prepareComparison). */
export function hasComparison(analysis: StoryAnalysis): boolean {
  return cache.has(analysis);
}

/** Keeps a comparison made elsewhere (on a worker thread, from the same analysis) as this analysis's. */
export function keepComparison(analysis: StoryAnalysis, comparison: Comparison): void {
  cache.set(analysis, comparison);
}

function build(analysis: StoryAnalysis, options: CompareOptions): Comparison {
  const articles = [...analysis.articles].sort((a, b) => a.file.localeCompare(b.file));
  const sources = articles.map((a) => a.file);
  const order = new Map(sources.map((f, i) => [f, i]));
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const items: StoryItem[] = [];

  // Quote clusters: every member standing in text that counts (no teasers, credits, off-topic).
  const quotes = new Map<string, Quote>();
  for (const a of articles) for (const q of a.quotes) quotes.set(q.id, q);
  for (const c of analysis.clusters) {
    const members = c.quoteIds
      .map((id) => quotes.get(id))
      .filter((q): q is Quote => !!q && QUOTE_KINDS.has(byFile.get(q.file)?.paragraphs[q.paragraph]?.kind ?? 'story'));
    if (!members.length) continue;
    items.push({
      id: `q:${c.id}`,
      kind: 'quote',
      label: `“${shorten(c.canonical, 90)}”${c.speaker ? ` — ${c.speaker}` : ''}`,
      files: sortFiles(members.map((q) => q.file), order),
      mentions: members.map((q) => ({
        file: q.file,
        text: q.text,
        start: q.start,
        speaker: q.speaker,
        inferredFrom: q.inferredFrom,
        relay: q.relay,
        context: q.context,
        date: q.saidOn,
      })),
      canonical: c.canonical,
      clusterId: c.id,
      speaker: c.speaker,
      date: c.saidOn,
    });
  }

  // Facts and timeline entries: a fact group and an entry that share a sentence are one item.
  const claims = storyClaims(analysis, options.claims ?? CLAIM_DEFAULTS);
  const { groups } = groupClaims(claims, options.claims ?? CLAIM_DEFAULTS);
  const claimByStart = new Map(claims.map((c) => [`${c.file}#${c.start}`, c]));
  const claimAt = new Map<string, number>();
  // Each timeline source's sentence is looked up twice below: once each.
  const sentenceOf = new Map<string, Map<string, number | undefined>>();
  const findSentence = (file: string, evidence: string): number | undefined => {
    let known = sentenceOf.get(file);
    if (!known) sentenceOf.set(file, (known = new Map()));
    if (known.has(evidence)) return known.get(evidence);
    const start = sentenceIn(byFile.get(file), evidence);
    known.set(evidence, start);
    return start;
  };
  groups.forEach((g, gi) => g.forEach((c) => claimAt.set(`${c.file}#${c.start}`, gi)));
  const entryGroups = analysis.timeline.map((e) => {
    const gs = new Set<number>();
    for (const s of e.sources) {
      const sentence = findSentence(s.file, s.evidence);
      if (sentence !== undefined && claimAt.has(`${s.file}#${sentence}`)) gs.add(claimAt.get(`${s.file}#${sentence}`)!);
    }
    return gs;
  });
  // Union entries and groups that touch.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  // An entry joins a component only when its date agrees with the entries already there (a fact
  // group must not fuse two happenings the timeline keeps apart).
  const datesOf = new Map<string, Set<string>>();
  const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  analysis.timeline.forEach((e, i) => {
    parent.set(`e${i}`, `e${i}`);
    datesOf.set(`e${i}`, new Set([e.date]));
    for (const g of entryGroups[i]) {
      if (!parent.has(`g${g}`)) parent.set(`g${g}`, `g${g}`);
      const ra = find(`e${i}`);
      const rb = find(`g${g}`);
      if (ra === rb) continue;
      const da = datesOf.get(ra) ?? new Set<string>();
      const db = datesOf.get(rb) ?? new Set<string>();
      if ([...da].some((x) => [...db].some((y) => !compatible(x, y)))) continue;
      union(ra, rb);
      datesOf.set(find(ra), new Set([...da, ...db]));
    }
  });
  groups.forEach((_, gi) => {
    if (!parent.has(`g${gi}`)) parent.set(`g${gi}`, `g${gi}`);
  });
  const components = new Map<string, { entries: TimelineEntry[]; claims: Claim[] }>();
  for (const key of parent.keys()) {
    const root = find(key);
    const comp = components.get(root) ?? { entries: [], claims: [] };
    components.set(root, comp);
    if (key.startsWith('e')) comp.entries.push(analysis.timeline[Number(key.slice(1))]);
    else comp.claims.push(...groups[Number(key.slice(1))]);
  }
  let factNo = 0;
  const factItems: StoryItem[] = [];
  for (const comp of components.values()) {
    const mentions: Mention[] = [];
    for (const e of comp.entries)
      for (const s of e.sources) {
        const article = byFile.get(s.file);
        const start = findSentence(s.file, s.evidence);
        if (start === undefined || !article) continue;
        const para = paragraphAt(article, start);
        if (para !== undefined && !STORY_KINDS.has(article.paragraphs[para]?.kind)) continue; // not the story's own text
        if (mentions.some((m) => m.file === s.file && m.start === start)) continue;
        const claim = claimByStart.get(`${s.file}#${start}`);
        mentions.push({ file: s.file, text: s.evidence, start, date: s.date, numbers: claim?.features.numbers, places: claim?.features.places });
      }
    for (const c of comp.claims) {
      if (mentions.some((m) => m.file === c.file && m.start === c.start)) continue;
      mentions.push({ file: c.file, text: c.text, start: c.start, numbers: c.features.numbers, places: c.features.places });
    }
    if (!mentions.length) continue;
    mentions.sort((a, b) => (order.get(a.file)! - order.get(b.file)!) || a.start - b.start);
    const files = sortFiles(mentions.map((m) => m.file), order);
    if (comp.entries.length) {
      const main = [...comp.entries].sort((a, b) => b.sources.length - a.sources.length || a.date.localeCompare(b.date))[0];
      factItems.push({
        id: `e:${main.id}`,
        kind: 'event',
        label: `${main.date} ${shorten(main.summary, 90)}`,
        files,
        mentions,
        entryIds: comp.entries.map((e) => e.id),
        date: main.date,
      });
    } else {
      factItems.push({ id: '', kind: 'fact', label: shorten(representative(comp.claims), 100), files, mentions });
    }
  }
  // Facts in story order of their first sentence, numbered.
  factItems.sort((a, b) => order.get(a.mentions[0].file)! - order.get(b.mentions[0].file)! || a.mentions[0].start - b.mentions[0].start);
  for (const it of factItems) if (it.kind === 'fact') it.id = `f:${++factNo}`;
  items.push(...factItems);

  const itemById = new Map(items.map((it) => [it.id, it]));
  const itemAt = new Map<string, string>();
  for (const it of items) for (const m of it.mentions) itemAt.set(`${m.file}#${m.start}`, it.id);

  const entryById = new Map(analysis.timeline.map((e) => [e.id, e]));
  const differences = items.flatMap((it) => itemDifferences(it, entryById));
  differences.push(...crossQuoteSpeakers(items));

  const coverage = sourceCoverage(sources, items, differences);

  return { story: analysis.story, sources, items, differences, coverage, itemById, itemAt };
}

function sortFiles(files: string[], order: Map<string, number>): string[] {
  return [...new Set(files)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** An article's sentences by their text (white space squashed): the first one's offset. */
const sentenceIndex = memoByObject((a: ArticleAnalysis) => {
  const index = new Map<string, number>();
  for (const s of a.sentences) {
    const key = squash(s.text);
    if (!index.has(key)) index.set(key, s.start);
  }
  return index;
});

/** An article's sentences by offset: the first one's paragraph. */
const paragraphIndex = memoByObject((a: ArticleAnalysis) => {
  const index = new Map<number, number>();
  for (const s of a.sentences) if (!index.has(s.start)) index.set(s.start, s.paragraph);
  return index;
});

/** The paragraph of the (first) article sentence starting at `start`. */
function paragraphAt(a: ArticleAnalysis, start: number): number | undefined {
  return paragraphIndex(a).get(start);
}

/** Offset of the article sentence that holds `evidence` (the timeline's evidence sentence). */
function sentenceIn(a: ArticleAnalysis | undefined, evidence: string): number | undefined {
  if (!a) return undefined;
  const index = sentenceIndex(a);
  const ev = squash(evidence);
  const exact = index.get(ev);
  if (exact !== undefined) return exact;
  const at = a.article.text.indexOf(evidence.trim());
  if (at >= 0) {
    const s = a.sentences.find((x) => x.start <= at && at < x.end) ?? a.sentences.find((x) => x.start >= at && x.start < at + evidence.length);
    if (s) return s.start;
  }
  const inside = a.sentences.find((s) => s.text.includes(ev) || (ev.length > 30 && ev.includes(s.text)));
  return inside?.start;
}

/** Any whitespace but a single inner space: only then does squash change anything. */
const UNSQUASHED = /[^\S ]| {2}|^ | $/;

function squash(s: string): string {
  return UNSQUASHED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The member claim closest to the others (for a group's label), else the shortest. */
function representative(claims: Claim[]): string {
  if (claims.length === 1) return claims[0].text;
  const sets = claims.map((c) => new Set(c.features.terms));
  let best = 0;
  let bestScore = -1;
  claims.forEach((_, i) => {
    let score = 0;
    sets.forEach((s, j) => {
      if (i !== j) for (const t of sets[i]) if (s.has(t)) score++;
    });
    score -= claims[i].text.length / 400;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return claims[best].text;
}

function groupSides(entries: { value: string; file: string }[]): DifferenceSide[] {
  const map = new Map<string, Set<string>>();
  for (const e of entries) {
    const s = map.get(e.value) ?? new Set<string>();
    s.add(e.file);
    map.set(e.value, s);
  }
  return [...map.entries()].map(([value, files]) => ({ value, files: [...files] })).sort((a, b) => b.files.length - a.files.length);
}

function describe(sides: DifferenceSide[], verb: string): string {
  return sides.map((s) => `${verb ? `${verb} ` : ''}${s.value} (${s.files.length} source${s.files.length === 1 ? '' : 's'})`).join('; ');
}

function itemDifferences(it: StoryItem, entryById: Map<string, TimelineEntry>): Difference[] {
  const out: Difference[] = [];
  if (it.kind === 'quote') {
    // Wording: members whose words differ (not just punctuation or case).
    // One side per distinct wording (punctuation and case aside), shown as its first source prints it.
    const byKey = new Map<string, { value: string; files: Set<string> }>();
    for (const m of it.mentions) {
      const key = wordingKey(m.text);
      const side = byKey.get(key) ?? { value: plainWording(m.text), files: new Set<string>() };
      side.files.add(m.file);
      byKey.set(key, side);
    }
    const wordings = [...byKey.values()].map((x) => ({ value: x.value, files: [...x.files] })).sort((a, b) => b.files.length - a.files.length);
    const keys = byKey;
    if (keys.size > 1 && hasChanges(wordDiff(wordings[0].value, wordings[1].value))) {
      out.push({ kind: 'wording', itemId: it.id, summary: `${keys.size} wordings of the same words`, sides: wordings });
    }
    // Speakers: the same words credited to different people.
    const speakers = groupSides(it.mentions.filter((m) => m.speaker).map((m) => ({ value: m.speaker!, file: m.file })));
    if (speakers.length > 1) out.push({ kind: 'speaker', itemId: it.id, summary: describe(speakers, 'credited to'), sides: speakers });
    // Relayed versus first-hand.
    const relayed = it.mentions.filter((m) => m.relay);
    if (relayed.length && relayed.length < it.mentions.length) {
      const sides = groupSides(it.mentions.map((m) => ({ value: m.relay ? `relayed via ${m.relay}` : 'first-hand', file: m.file })));
      // A source that prints it both ways counts as first-hand.
      const firstHand = new Set(sides.find((s) => s.value === 'first-hand')?.files ?? []);
      const cleaned = sides.map((s) => (s.value === 'first-hand' ? s : { ...s, files: s.files.filter((f) => !firstHand.has(f)) })).filter((s) => s.files.length);
      if (cleaned.length > 1) out.push({ kind: 'relay', itemId: it.id, summary: describe(cleaned, ''), sides: cleaned });
    }
    return out;
  }
  // Dates: the timeline's own conflicts, or sources giving different days for one merged item.
  if (it.kind === 'event') {
    for (const id of it.entryIds ?? []) {
      const e = entryById.get(id);
      if (!e) continue;
      let sides = groupSides(e.sources.map((s) => ({ value: s.date || e.date, file: s.file })));
      for (const c of e.conflict ?? []) for (const f of c.files) sides.push({ value: c.date, files: [f] });
      sides = mergeSides(sides);
      // A coarser date that contains a finer one ("2019-05" and "2019-05-04") is no contradiction.
      const incompatible = sides.some((a) => sides.some((b) => a !== b && !a.value.startsWith(b.value) && !b.value.startsWith(a.value)));
      if (sides.length > 1 && incompatible) out.push({ kind: 'date', itemId: it.id, summary: describe(sides, 'dated'), sides });
    }
  }
  // Numbers with the same unit but different values, from different sources.
  const byUnit = new Map<string, { value: string; file: string }[]>();
  for (const m of it.mentions)
    for (const n of m.numbers ?? []) {
      if (!n.unit) continue;
      listIn(byUnit, n.unit).push({ value: n.text, file: m.file });
    }
  for (const [unit, list] of byUnit) {
    const files = new Set(list.map((x) => x.file));
    if (files.size < 2) continue;
    const perFile = new Map<string, Set<string>>();
    for (const x of list) perFile.set(x.file, (perFile.get(x.file) ?? new Set()).add(normaliseNumber(x.value)));
    const sets = distinctSets(perFile.values());
    const disjoint = sets.some((a) => sets.some((b) => a !== b && ![...a].some((v) => b.has(v))));
    if (disjoint) {
      const sides = groupSides(list.map((x) => ({ value: x.value, file: x.file })));
      out.push({ kind: 'number', itemId: it.id, summary: `different figures for ${unit === '%' ? 'a percentage' : `"${unit}"`}: ${sides.map((s) => s.value).join(' vs ')}`, sides });
    }
  }
  // Places after the same preposition, where sources name different ones.
  const bySlot = new Map<string, { value: string; file: string }[]>();
  for (const m of it.mentions)
    for (const p of m.places ?? []) listIn(bySlot, p.slot).push({ value: p.name, file: m.file });
  for (const [slot, list] of bySlot) {
    const perFile = new Map<string, Set<string>>();
    for (const x of list) perFile.set(x.file, (perFile.get(x.file) ?? new Set()).add(x.value.toLowerCase()));
    if (perFile.size < 2) continue;
    const sets = distinctSets(perFile.values());
    const disjoint = sets.some((a) => sets.some((b) => a !== b && ![...a].some((v) => b.has(v) || [...b].some((w) => w.includes(v) || v.includes(w)))));
    if (disjoint) {
      const sides = groupSides(list);
      const what = slot === 'to' ? 'destination' : slot === 'from' ? 'origin' : 'place';
      out.push({ kind: 'place', itemId: it.id, summary: `different ${what}: ${sides.map((s) => `${slot} ${s.value}`).join(' vs ')}`, sides: sides.map((s) => ({ ...s, value: `${slot} ${s.value}` })) });
    }
  }
  return out;
}

/**
 * The sources' sets of values, each content once: two sources with the same (non-empty) set are
 * never disjoint, so only distinct sets need comparing (thousands of sources give a handful).
 */
function distinctSets(sets: Iterable<Set<string>>): Set<string>[] {
  const byContent = new Map<string, Set<string>>();
  for (const set of sets) {
    const key = [...set].sort().join('\u0000');
    if (!byContent.has(key)) byContent.set(key, set);
  }
  return [...byContent.values()];
}

function mergeSides(sides: DifferenceSide[]): DifferenceSide[] {
  const map = new Map<string, Set<string>>();
  for (const s of sides) {
    const files = map.get(s.value);
    if (files) for (const f of s.files) files.add(f);
    else map.set(s.value, new Set(s.files));
  }
  return [...map.entries()].map(([value, files]) => ({ value, files: [...files] })).sort((a, b) => b.files.length - a.files.length);
}

function normaliseNumber(text: string): string {
  return text.toLowerCase().replace(/[^0-9.%]/g, '');
}

/**
 * What each source carries, alone carries, leaves out of what most others carry, and how many
 * contradictions it is party to. One pass over the items and the differences (a pass per source
 * was quadratic in a story of a thousand articles); each list keeps the items' order.
 */
function sourceCoverage(sources: string[], items: StoryItem[], differences: Difference[]): SourceCoverage[] {
  const others = sources.length - 1;
  const bySource = new Map(sources.map((file): [string, SourceCoverage] => [file, { file, carried: [], unique: [], missing: [], conflicts: 0 }]));
  for (const it of items) {
    const files = new Set(it.files);
    for (const f of files) bySource.get(f)?.carried.push(it.id);
    if (others > 0 && it.files.length === 1) bySource.get(it.files[0])?.unique.push(it.id);
    if (others >= 2 && it.files.length >= 2 && it.files.length > others / 2) for (const f of sources) if (!files.has(f)) bySource.get(f)!.missing.push(it.id);
  }
  for (const d of differences) {
    if (!CONTRADICTIONS.has(d.kind)) continue;
    for (const f of new Set(d.sides.flatMap((s) => s.files))) {
      const c = bySource.get(f);
      if (c) c.conflicts++;
    }
  }
  return sources.map((f) => bySource.get(f)!);
}

/**
 * The same words in two quote clusters (one quote contains the other, or they share a long run of
 * words) credited to different speakers: a conflict no single cluster shows.
 */
function crossQuoteSpeakers(items: StoryItem[]): Difference[] {
  const out: Difference[] = [];
  const quotes = items.filter((it) => it.kind === 'quote');
  // Each mention's words, padded with spaces (so containment is of whole words), and their count.
  const keys = quotes.map((q) =>
    q.mentions.map((m) => {
      const words = wordingKey(m.text);
      return { key: ` ${words} `, words: words.split(' ').length, m };
    }),
  );
  for (const [i, j] of sharingFourWords(keys)) {
    const shared: Mention[] = [];
    for (const a of keys[i])
      for (const b of keys[j]) {
        // The shorter (4 words or more) as one run of whole words in the longer.
        const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
        if (short.words >= 4 && long.key.includes(short.key)) shared.push(a.m, b.m);
      }
    if (!shared.length) continue;
    const entries = shared.filter((m) => m.speaker).map((m) => ({ value: m.speaker!, file: m.file }));
    const sides = groupSides(entries);
    if (sides.length < 2) continue;
    out.push({
      kind: 'speaker',
      itemId: quotes[i].id,
      otherItemId: quotes[j].id,
      summary: `the same words credited to ${sides.map((s) => s.value).join(' and to ')}`,
      sides,
    });
  }
  return out;
}

/**
 * The pairs of clusters (i < j, in order) where a mention of one can be a run of four words or more
 * in a mention of the other: its first four words are four words in a row of the other. Comparing
 * only these, not every pair, keeps a story of thousands of quotes quick.
 */
function sharingFourWords(keys: { key: string; words: number }[][]): [number, number][] {
  const words = keys.map((list) => list.map((k) => k.key.trim().split(' ')));
  const holders = new Map<string, number[]>();
  words.forEach((list, q) => {
    for (const w of list)
      for (let x = 0; x + 4 <= w.length; x++) {
        const gram = w.slice(x, x + 4).join(' ');
        const l = holders.get(gram);
        if (!l) holders.set(gram, [q]);
        else if (l[l.length - 1] !== q) l.push(q);
      }
  });
  const n = keys.length;
  const pairs = new Set<number>();
  keys.forEach((list, q) =>
    list.forEach((k, m) => {
      if (k.words < 4) return;
      for (const o of holders.get(words[q][m].slice(0, 4).join(' ')) ?? []) if (o !== q) pairs.add(Math.min(o, q) * n + Math.max(o, q));
    }),
  );
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

function shorten(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:]+$/, '')}…`;
}

// ---- views ----------------------------------------------------------------------------------------

export interface HeadToHead {
  a: string[];
  b: string[];
  shared: { item: StoryItem; differences: Difference[] }[];
  onlyA: StoryItem[];
  onlyB: StoryItem[];
}

/**
 * Two sources side by side (each one article, or several articles of one outlet): what both carry
 * with where they differ, and what only one of them carries. `within` limits it to some items.
 */
export function headToHead(cmp: Comparison, a: string[], b: string[], within?: Set<string>): HeadToHead {
  const shared: HeadToHead['shared'] = [];
  const onlyA: StoryItem[] = [];
  const onlyB: StoryItem[] = [];
  const has = (files: string[], set: string[]) => files.some((f) => set.includes(f));
  // Each side's items from the per-file index: an item a thousand sources carry is not scanned for two of them.
  const ofA = itemsOfFiles(cmp, a);
  const ofB = itemsOfFiles(cmp, b);
  for (const it of cmp.items) {
    if (within && !within.has(it.id)) continue;
    const inA = ofA.has(it);
    const inB = ofB.has(it);
    if (inA && inB) {
      const differences = differencesOf(cmp, it.id).filter((d) => {
        const sa = d.sides.filter((s) => has(s.files, a));
        const sb = d.sides.filter((s) => has(s.files, b));
        return sa.length > 0 && sb.length > 0 && !sa.some((x) => sb.includes(x));
      });
      shared.push({ item: it, differences });
    } else if (inA) onlyA.push(it);
    else if (inB) onlyB.push(it);
  }
  shared.sort((x, y) => y.differences.length - x.differences.length);
  return { a, b, shared, onlyA, onlyB };
}

/** A coverage matrix as CSV, and how many of the items it has. */
export interface CoverageCsv {
  csv: string;
  rows: number;
}

/**
 * The coverage matrix as CSV: one row per item, one 0/1 column per source. Within `maxBytes` (a
 * story of thousands of sources and items would make hundreds of megabytes): when the whole matrix
 * does not fit, the most widely carried items that do, in story order.
 */
export function coverageCsv(cmp: Comparison, sourceNames: Map<string, string> = new Map(), maxBytes = Infinity): CoverageCsv {
  const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const line = (cells: string[]) => `${cells.map(esc).join(',')}\r\n`;
  const header = line(['item', 'kind', 'label', 'sources', 'differences', ...cmp.sources.map((f) => sourceNames.get(f) ?? f)]);
  const row = (it: StoryItem) => {
    const kinds = [...new Set(differencesOf(cmp, it.id).map((d) => d.kind))];
    const carried = new Set(it.files);
    return line([it.id, it.kind, it.label, String(it.files.length), kinds.join(' '), ...cmp.sources.map((f) => (carried.has(f) ? '1' : '0'))]);
  };
  // Every row has a 0/1 per source: the whole matrix's size is bounded before building any row.
  const whole = header.length + cmp.items.reduce((n, it) => n + 2 * cmp.sources.length + it.id.length + 2 * it.label.length + 64, 0);
  if (whole <= maxBytes) return { csv: header + cmp.items.map(row).join(''), rows: cmp.items.length };
  // The most widely carried items whose rows fit, in story order.
  const built = new Map<StoryItem, string>();
  let used = header.length;
  for (const it of rankItems(cmp.items)) {
    const r = row(it);
    if (used + r.length > maxBytes) break;
    used += r.length;
    built.set(it, r);
  }
  const rows = cmp.items.filter((it) => built.has(it)).map((it) => built.get(it)!);
  return { csv: header + rows.join(''), rows: rows.length };
}

/** Differences that involve an item, in the comparison's order. */
export function differencesOf(cmp: Comparison, itemId: string): Difference[] {
  return [...(differencesByItem(cmp).get(itemId) ?? [])];
}

const differencesByItem = memoByObject((cmp: Comparison) => {
  const index = new Map<string, Difference[]>();
  for (const d of cmp.differences) {
    listIn(index, d.itemId).push(d);
    if (d.otherItemId !== undefined && d.otherItemId !== d.itemId) listIn(index, d.otherItemId).push(d);
  }
  return index;
});

/** The list kept under `key`, made empty on first use. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Items ordered for display: widest coverage first, then quotes, events, facts, then story order. */
export function rankItems(items: StoryItem[]): StoryItem[] {
  const kindOrder: Record<ItemKind, number> = { quote: 0, event: 1, fact: 2 };
  return [...items].sort((a, b) => b.files.length - a.files.length || kindOrder[a.kind] - kindOrder[b.kind]);
}

export interface TopicHit {
  item: StoryItem;
  score: number;
  /** The item's mentions, those the search found first. */
  matched: Mention[];
}

/** Each file's items. */
const itemsByFile = memoByObject((cmp: Comparison) => {
  const index = new Map<string, StoryItem[]>();
  for (const item of cmp.items) for (const f of item.files) listIn(index, f).push(item);
  return index;
});

/** The items any of `files` carries. */
function itemsOfFiles(cmp: Comparison, files: string[]): Set<StoryItem> {
  return new Set(files.flatMap((f) => itemsByFile(cmp).get(f) ?? []));
}

/** Each file's quote mentions, in item order then mention order. */
const quoteMentionsByFile = memoByObject((cmp: Comparison) => {
  const index = new Map<string, { item: StoryItem; mention: Mention }[]>();
  for (const item of cmp.items) if (item.kind === 'quote') for (const mention of item.mentions) listIn(index, mention.file).push({ item, mention });
  return index;
});

/** The ids of items some difference involves. */
const differingItems = memoByObject((cmp: Comparison) => new Set(cmp.differences.flatMap((d) => [d.itemId, d.otherItemId ?? ''])));

/** The mention itemAt's item has at each `<file>#<start>` (its first there). */
const mentionAt = memoByObject((cmp: Comparison) => {
  const index = new Map<string, Mention>();
  for (const item of cmp.items) {
    for (const m of item.mentions) {
      const key = `${m.file}#${m.start}`;
      if (cmp.itemAt.get(key) === item.id && !index.has(key)) index.set(key, m);
    }
  }
  return index;
});

/**
 * The best `limit` items matching a topic, from the index's hits: quote clusters by id, sentences
 * by file and offset. Weak hits (well below the best) are dropped.
 */
export function topicItems(
  cmp: Comparison,
  clusterHits: { clusterId: string; score: number }[],
  passageHits: { file: string; start: number; text: string; score: number }[],
  relative = 0.35,
  limit = Infinity,
): TopicHit[] {
  const scores = new Map<string, { score: number; matched: Set<Mention> }>();
  const add = (id: string | undefined, score: number, mention?: Mention) => {
    if (!id || !cmp.itemById.has(id)) return;
    const cur = scores.get(id) ?? { score: 0, matched: new Set<Mention>() };
    cur.score = Math.max(cur.score, score);
    if (mention) cur.matched.add(mention);
    scores.set(id, cur);
  };
  const norm = (hits: { score: number }[]) => Math.max(1e-9, ...hits.map((h) => h.score));
  const qMax = norm(clusterHits);
  for (const h of clusterHits) if (h.score / qMax >= relative) add(`q:${h.clusterId}`, h.score / qMax);
  const pMax = norm(passageHits);
  for (const h of passageHits) {
    if (h.score / pMax < relative) continue;
    const key = `${h.file}#${h.start}`;
    const id = cmp.itemAt.get(key);
    add(id, (h.score / pMax) * 0.95, id ? mentionAt(cmp).get(key) : undefined);
    // Quotes standing in the sentence the search found (each quote's first mention there).
    let last: StoryItem | undefined;
    for (const { item, mention } of quoteMentionsByFile(cmp).get(h.file) ?? []) {
      if (item === last || mention.start < h.start || mention.start >= h.start + h.text.length) continue;
      last = item;
      add(item.id, (h.score / pMax) * 0.9, mention);
    }
  }
  // For a comparison, the items worth showing first are those several sources carry and tell
  // differently; a one- or two-word fragment matches easily and says little.
  const differing = differingItems(cmp);
  for (const [id, s] of scores) {
    const item = cmp.itemById.get(id)!;
    const words = item.kind === 'quote' ? wordingKey(item.canonical ?? '').split(' ').length : 10;
    s.score *= (1 + 0.25 * (item.files.length - 1)) * (words <= 2 ? 0.5 : 1) * (differing.has(id) ? 1.3 : 1);
  }
  return [...scores.entries()]
    .map(([id, s]) => ({ item: cmp.itemById.get(id)!, score: s.score, found: s.matched }))
    .sort((a, b) => b.score - a.score || b.item.files.length - a.item.files.length)
    .slice(0, limit)
    .map(({ item, score, found }) => ({
      item,
      score,
      // Every source's version of the item, the ones the search found first.
      matched: [...found, ...item.mentions.filter((m) => !found.has(m))],
    }));
}
