// /compare [topic] [source_a] [source_b] [story] [format]: how the outlets of a story differ.
// No options: one row per source (what it carries, what only it carries, what it leaves out,
// its conflicts) and a PNG coverage grid. topic: the matching items, each source's version side by
// side. source_a + source_b: head to head. format:csv attaches the coverage matrix.
import type { Story } from '../src/engine.ts';
import {
  CONTRADICTIONS,
  compareStory,
  coverageCsv,
  differencesOf,
  headToHead,
  rankItems,
  topicItems,
  type Comparison,
  type Difference,
  type Mention,
  type StoryItem,
} from '../src/analysis/compare/index.ts';
import { hasChanges, plainWording, wordDiff, wordingKey } from '../src/analysis/compare/diff.ts';
import { isStopword, stem, tokens } from '../src/analysis/compare/features.ts';
import { UPLOAD_BYTES } from '../src/render/discord.ts';
import { coverageGridChart } from '../src/render/png/charts.ts';
import { COLORS, type Attachment, type Embed, type EmbedField, type Reply } from '../src/reply.ts';
import {
  around,
  articleByFile,
  compactText,
  decodeSource,
  diffMarkdown,
  embedSize,
  escapeMarkdown,
  fitReply,
  listSome,
  memo,
  outdatedReply,
  pageButtons,
  parsePageArgs,
  resolveSource,
  resolveStory,
  shorten,
  sourceChoices,
  sourceLabel,
  sourceName,
  storyByFingerprint,
  storyChoices,
  storyFingerprint,
  storyFor,
  storyOption,
  type SourceFilter,
} from './story-option.ts';
import { UsageError, type Command } from './types.ts';

interface CompareQuery {
  topic: string;
  a?: SourceFilter;
  b?: SourceFilter;
  csv: boolean;
}

const TOPIC_MAX = 50;
const PAGE_CHARS = 4200;
const TOPIC_ITEMS_PER_PAGE = 3;
/** Sources shown side by side for one item of a topic. */
const TOPIC_FIELDS = 12;
const MAX_TOPIC_ITEMS = 15;
/** Topic hits scoring under this share of the best one are dropped. */
const TOPIC_RELATIVE = 0.35;
const GRID_ROWS = 40;
/** The CSV's share of a reply's upload room (the coverage PNG takes well under 1 MB). */
const CSV_BYTES = UPLOAD_BYTES - 1024 * 1024;
const GRID_OWN_PER_SOURCE = 3;

/** A column heading short enough for the grid: the outlet, else the file name's start. */
function gridName(story: Story, file: string): string {
  const a = articleByFile(story, file);
  if (a?.outlet) return shorten(a.outlet, 12);
  return file.replace(/\.[^.]+$/, '').slice(0, 10);
}

export const compare: Command = {
  definition: {
    name: 'compare',
    description: 'How the outlets differ: what each carries, leaves out, words differently or contradicts',
    options: [
      { name: 'topic', description: 'Only what is said about this subject (a few words)', type: 'string', maxLength: 100 },
      { name: 'source_a', description: 'Head to head: the first source', type: 'string', autocomplete: true },
      { name: 'source_b', description: 'Head to head: the second source', type: 'string', autocomplete: true },
      storyOption,
      { name: 'format', description: 'Also attach the coverage matrix as CSV', type: 'string', choices: [{ name: 'CSV coverage matrix', value: 'csv' }] },
    ],
  },

  async handle({ engine, options }) {
    const story = resolveStory(engine, options);
    const a = resolveSource(story, options.source_a, 'source_a');
    const b = resolveSource(story, options.source_b, 'source_b');
    if ((a && !b) || (b && !a)) {
      const given = a ? 'source_a' : 'source_b';
      const missing = a ? 'source_b' : 'source_a';
      throw new UsageError(`A head to head needs two sources: you gave ${given}: but no ${missing}:. Example: /compare source_a:${articlesOf(story)[0] ?? '…'} source_b:${articlesOf(story)[1] ?? '…'}`);
    }
    if (a && b && a.files.length === b.files.length && a.files.every((f) => b.files.includes(f))) {
      throw new UsageError('source_a: and source_b: are the same source. Pick two different ones.');
    }
    const query: CompareQuery = { topic: compactText(String(options.topic ?? ''), TOPIC_MAX), a, b, csv: options.format === 'csv' };
    await engine.prepareComparison(story);
    return render(story, query, 0);
  },

  autocomplete({ engine, options, focused, value }) {
    if (focused === 'story') return storyChoices(engine, value);
    const story = storyFor(engine, options);
    if (focused === 'source_a' || focused === 'source_b') {
      const other = String(options[focused === 'source_a' ? 'source_b' : 'source_a'] ?? '');
      return sourceChoices(story, value).filter((c) => c.value !== other);
    }
    return [];
  },

  async button({ engine, args }) {
    const parsed = parsePageArgs(args, 4);
    if (!parsed) return outdatedReply('compare', 'this button comes from an older version of the bot');
    const [fp, ca, cb, fmt] = parsed.fixed;
    const story = storyByFingerprint(engine, fp);
    if (!story) return outdatedReply('compare');
    const a = decodeSource(story, ca);
    const b = decodeSource(story, cb);
    if (a === null || b === null) return outdatedReply('compare');
    const query: CompareQuery = { topic: parsed.free, a, b, csv: fmt === 'c' };
    await engine.prepareComparison(story);
    const pages = buildPages(story, query);
    if (parsed.page >= pages.count) return outdatedReply('compare', 'that page of the comparison no longer exists');
    return render(story, query, parsed.page);
  },
};

function articlesOf(story: Story): string[] {
  return [...story.analysis.articles].sort((x, y) => x.file.localeCompare(y.file)).map((a) => a.file);
}

// ---- naming ------------------------------------------------------------------------------------

function namer(story: Story) {
  const short = (f: string) => {
    const a = articleByFile(story, f);
    return a ? sourceName(a) : f;
  };
  const long = (f: string) => {
    const a = articleByFile(story, f);
    return a ? sourceLabel(a) : f;
  };
  // Only the names shown are written: an item a thousand sources carry shows a few of them.
  return { short, long, list: (files: string[], max = 3) => listSome(files.slice(0, max).map((f) => escapeMarkdown(short(f))), max, files.length) };
}

const KIND_MARK: Record<StoryItem['kind'], string> = { quote: 'Quote', event: 'Event', fact: 'Fact' };
const DIFF_MARK: Record<Difference['kind'], string> = {
  wording: '✎ Wording',
  speaker: '⚠ Speaker',
  date: '⚠ Date',
  number: '⚠ Figure',
  place: '⚠ Place',
  relay: '↪ Relayed',
};

function itemLine(it: StoryItem, max = 110): string {
  return `${KIND_MARK[it.kind]}: ${escapeMarkdown(shorten(it.label, max))}`;
}

/** One line per difference, written once per story version (differences belong to its comparison). */
const differenceLines = new WeakMap<Difference, string>();
function differenceLine(story: Story, cmp: Comparison, d: Difference): string {
  let line = differenceLines.get(d);
  if (line === undefined) {
    line = writeDifferenceLine(story, cmp, d);
    differenceLines.set(d, line);
  }
  return line;
}

function writeDifferenceLine(story: Story, cmp: Comparison, d: Difference): string {
  const n = namer(story);
  const item = cmp.itemById.get(d.itemId)!;
  const what = item.kind === 'quote' ? `“${escapeMarkdown(shorten(plainWording(cmpCanonical(item)), 60))}”` : escapeMarkdown(shorten(item.label, 70));
  if (d.kind === 'wording') return `${DIFF_MARK.wording}: ${what} — ${d.sides.length} wordings (${d.sides.map((s) => n.list(s.files, 2)).join(' / ')})`;
  const sides = d.sides.map((s) => `${escapeMarkdown(shorten(s.value, 50))} (${n.list(s.files, 2)})`).join(' vs ');
  return `${DIFF_MARK[d.kind]}: ${what} — ${sides}`;
}

function cmpCanonical(item: StoryItem): string {
  return item.canonical ?? item.label;
}

// ---- pages -------------------------------------------------------------------------------------

/** A comparison's pages: how many, and each one's embeds, written when asked for. */
interface Pages {
  count: number;
  page: (n: number) => Embed[];
  attachments: Attachment[];
}

function allPages(embeds: Embed[][], attachments: Attachment[]): Pages {
  return { count: embeds.length, page: (n) => embeds[n], attachments };
}

function render(story: Story, query: CompareQuery, n: number): Reply {
  const pages = buildPages(story, query);
  const at = Math.min(n, pages.count - 1);
  // Copies: pages may be kept for the story (the overview), and the footer below is this reply's.
  const embeds = pages.page(at).map((e) => ({ ...e }));
  if (pages.count > 1) {
    const last = embeds[embeds.length - 1];
    last.footer = `${last.footer ? `${last.footer} · ` : ''}Page ${at + 1} of ${pages.count}`;
  }
  const fixed = [storyFingerprint(story), query.a?.code ?? '-', query.b?.code ?? '-', query.csv ? 'c' : '-'];
  return fitReply({ embeds, attachments: pages.attachments, components: pageButtons('compare', at, pages.count, fixed, query.topic) });
}

function buildPages(story: Story, query: CompareQuery): Pages {
  const cmp = compareStory(story.analysis);
  let within: Set<string> | undefined;
  let topicHits: ReturnType<typeof topicItems> = [];
  if (query.topic) {
    topicHits = findTopic(story, cmp, query.topic);
    if (!topicHits.length) return allPages([[noTopic(story, query.topic)]], []);
    within = new Set(topicHits.map((h) => h.item.id));
  }
  const attachments: Attachment[] = [];
  if (query.csv) {
    const names = new Map(cmp.sources.map((f) => [f, namer(story).long(f)]));
    const csvCmp = within ? { ...cmp, items: cmp.items.filter((it) => within!.has(it.id)) } : cmp;
    const { csv, rows } = coverageCsv(csvCmp, names, CSV_BYTES);
    const description =
      rows < csvCmp.items.length
        ? `Coverage matrix of the ${rows.toLocaleString('en-US')} most widely carried of ${csvCmp.items.length.toLocaleString('en-US')} items (the whole matrix is over Discord's upload limit; a topic: narrows it)`
        : 'Coverage matrix: one row per item, 1 where a source carries it';
    attachments.push({ name: 'coverage.csv', data: Buffer.from(csv), description });
  }
  if (query.a && query.b) return allPages(headToHeadPages(story, cmp, query.a, query.b, within, query.topic), [...gridAttachment(story, cmp, [...query.a.files, ...query.b.files], within), ...attachments]);
  if (query.topic) return { ...topicPages(story, cmp, topicHits, query.topic), attachments: [...gridAttachment(story, cmp, cmp.sources, within), ...attachments] };
  return allPages(overviewPages(story, cmp), [...gridAttachment(story, cmp, cmp.sources), ...attachments]);
}

function findTopic(story: Story, cmp: Comparison, topic: string) {
  // A quote found only through the sentence around it (not its own words) is weaker evidence.
  const wanted = [...new Set(tokens(topic).map((t) => t.lower).filter((w) => !isStopword(w)).map(stem))];
  const scored = story.index.searchClusters(topic).map((h) => {
    const saysIt = !wanted.length || wanted.some((w) => story.index.saidStems(h.cluster).has(w));
    return { clusterId: h.cluster.id, score: h.score * (saysIt ? 1 : 0.4) };
  });
  // Hits under the relative cut are never taken: leave them out before the item lookup.
  const best = Math.max(0, ...scored.map((h) => h.score));
  const clusters = scored.filter((h) => h.score >= best * TOPIC_RELATIVE);
  const passages = story.index.searchPassages(topic, 40);
  return topicItems(cmp, clusters, passages, TOPIC_RELATIVE, MAX_TOPIC_ITEMS);
}

/** The coverage grid PNG: the widest-carried items first (and some of each source's own). */
function gridAttachment(story: Story, cmp: Comparison, files: string[], within?: Set<string>): Attachment[] {
  const wanted = new Set(files);
  const sources = cmp.sources.filter((f) => wanted.has(f));
  if (!sources.length) return [];
  // The grid follows from the story, the sources and the items in scope: drawn once for them.
  const key = `grid\u0000${storyFingerprint(story)}\u0000${sources.join(',')}\u0000${within ? [...within].sort().join(',') : '*'}`;
  return memo(key, () => drawGrid(story, cmp, sources, within));
}

function drawGrid(story: Story, cmp: Comparison, sources: string[], within?: Set<string>): Attachment[] {
  // Sets, not list lookups: a story of thousands of sources made this quadratic.
  const inScope = new Set(sources);
  const pool = rankItems(cmp.items.filter((it) => (!within || within.has(it.id)) && it.files.some((f) => inScope.has(f))));
  const shared = pool.filter((it) => it.files.filter((f) => inScope.has(f)).length > 1);
  const isShared = new Set(shared);
  const own = rankUnique(pool.filter((it) => !isShared.has(it)));
  // Room left after the shared items goes to each source's own items in turn (a few each).
  const rows = [...shared.slice(0, GRID_ROWS)];
  const queueOf = new Map(sources.map((f): [string, StoryItem[]] => [f, []]));
  for (const it of own) for (const f of new Set(it.files)) queueOf.get(f)?.push(it);
  const queues = sources.map((f) => queueOf.get(f)!);
  for (let i = 0; i < GRID_OWN_PER_SOURCE && rows.length < GRID_ROWS && queues.some((q) => i < q.length); i++) for (const q of queues) if (q[i] && rows.length < GRID_ROWS) rows.push(q[i]);
  if (!rows.length) return [];
  const n = namer(story);
  const grid = {
    title: `Coverage: ${story.name} (${rows.length} of ${pool.length} items)`,
    sources: sources.map((f) => gridName(story, f)),
    items: rows.map((it) => {
      const carriedBy = new Set(it.files);
      return { label: `${it.kind[0].toUpperCase()} ${it.label}`, carried: sources.map((f) => carriedBy.has(f)) };
    }),
  };
  return [{ name: 'coverage.png', data: coverageGridChart(grid), description: `Which source carries which item (${rows.length} rows)` }];
}

/** Splits fields into embeds that each stay within a page's size. */
function packFields(base: Embed, fields: EmbedField[]): Embed[] {
  const pages: Embed[] = [];
  let cur: EmbedField[] = [];
  let size = embedSize(base);
  for (const f of fields) {
    const len = f.name.length + Math.min(f.value.length, 1024);
    if (cur.length && (size + len > PAGE_CHARS || cur.length >= 20)) {
      pages.push({ ...base, fields: cur });
      cur = [];
      size = embedSize(base);
    }
    cur.push(f);
    size += len;
  }
  pages.push({ ...base, fields: cur });
  return pages;
}

/** Long lists as fields of at most ~1000 characters each. */
function listFields(name: string, lines: string[]): EmbedField[] {
  const out: EmbedField[] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (cur.length && cur.join('\n').length + line.length + 1 > 1000) {
      out.push({ name: out.length ? `${name} (cont.)` : name, value: cur.join('\n') });
      cur = [];
    }
    cur.push(shorten(line, 1000));
  }
  if (cur.length) out.push({ name: out.length ? `${name} (cont.)` : name, value: cur.join('\n') });
  return out;
}

// ---- overview ----------------------------------------------------------------------------------

/**
 * The overview depends on nothing but the story: written once per story version (its comparison
 * is new when the story changes). Callers copy an embed before changing it.
 */
const overviews = new WeakMap<Comparison, Embed[][]>();
function overviewPages(story: Story, cmp: Comparison): Embed[][] {
  let pages = overviews.get(cmp);
  if (!pages) {
    pages = writeOverview(story, cmp);
    overviews.set(cmp, pages);
  }
  return pages;
}

function writeOverview(story: Story, cmp: Comparison): Embed[][] {
  const n = namer(story);
  const count = (ids: string[], kind: StoryItem['kind']) => ids.filter((id) => cmp.itemById.get(id)!.kind === kind).length;
  if (cmp.sources.length === 1) {
    const file = cmp.sources[0];
    const cv = cmp.coverage[0];
    const a = articleByFile(story, file)!;
    return [
      [
        {
          title: shorten(`Compare: ${story.name}`, 250),
          color: COLORS.compare,
          description: [
            `This story has only one source, ${escapeMarkdown(sourceLabel(a))}, so there is nothing to compare it with yet. Add more articles on it to the story’s folder.`,
            `It carries ${cv.carried.length} items: ${count(cv.carried, 'quote')} quotes, ${count(cv.carried, 'event')} dated events, ${count(cv.carried, 'fact')} facts.`,
          ].join('\n'),
          fields: listFields('What it carries', rankItems(cv.carried.map((id) => cmp.itemById.get(id)!)).slice(0, 12).map((it) => `• ${itemLine(it)}`)),
          footer: `Story ${story.name} · /quote and /timeline work on it as usual`,
        },
      ],
    ];
  }
  const sharedItems = cmp.items.filter((it) => it.files.length > 1).length;
  const contradictions = cmp.differences.filter((d) => CONTRADICTIONS.has(d.kind));
  const base: Embed = {
    title: shorten(`Compare: ${story.name} — ${cmp.sources.length} sources`, 250),
    color: COLORS.compare,
    description: [
      `${cmp.items.length} items (quotes, dated events, facts); ${sharedItems} carried by more than one source.`,
      `${cmp.differences.length} differences between sources, ${contradictions.length} of them contradictions (speaker, date, figure or place).`,
      sharedItems === 0 ? '**These sources have nothing in common:** no quote, event or fact appears in more than one of them.' : '',
      'Per source: date · items carried · items only it carries · contradictions it is party to.',
    ]
      .filter(Boolean)
      .join('\n'),
    footer: `Story ${story.name} · /compare topic:… for one subject · /compare source_a:… source_b:… head to head`,
  };
  const fields: EmbedField[] = cmp.coverage.map((cv) => {
    const a = articleByFile(story, cv.file)!;
    const date = a.published ? `${a.published}${a.publishedInferred ? ' (inferred)' : ''}` : 'date unknown';
    const lines = [
      `${date} · **${cv.carried.length}** items (${count(cv.carried, 'quote')} quotes, ${count(cv.carried, 'event')} events, ${count(cv.carried, 'fact')} facts) · **${cv.unique.length}** only here · **${cv.conflicts}** conflicts`,
    ];
    const unique = rankUnique(cv.unique.map((id) => cmp.itemById.get(id)!));
    if (unique.length) lines.push(`Only here: ${unique.slice(0, 3).map((it) => itemLine(it, 90)).join(' · ')}${unique.length > 3 ? ` (+${unique.length - 3})` : ''}`);
    if (cv.missing.length) {
      const missing = rankItems(cv.missing.map((id) => cmp.itemById.get(id)!));
      lines.push(`Leaves out: ${missing.slice(0, 2).map((it) => `${itemLine(it, 70)} (in ${it.files.length})`).join(' · ')}${missing.length > 2 ? ` (+${missing.length - 2})` : ''}`);
    }
    return { name: shorten(n.long(cv.file), 250), value: lines.join('\n') };
  });
  const ordered = [...cmp.differences].sort((x, y) => Number(CONTRADICTIONS.has(y.kind)) - Number(CONTRADICTIONS.has(x.kind)));
  fields.push(...listFields('Where the sources differ', ordered.map((d) => `• ${differenceLine(story, cmp, d)}`)));
  if (!ordered.length) fields.push({ name: 'Where the sources differ', value: 'No differences found between the sources.' });
  return packFields(base, fields).map((e) => [e]);
}

/** Facts first (what a source adds), then events and quotes; longer claims first within a kind. */
function rankUnique(items: StoryItem[]): StoryItem[] {
  const order = { fact: 0, event: 1, quote: 2 } as const;
  return [...items].sort((a, b) => order[a.kind] - order[b.kind] || b.mentions[0].text.length - a.mentions[0].text.length);
}

// ---- topic ---------------------------------------------------------------------------------------

/** A mention's wording key, once per mention. */
const mentionKeys = new WeakMap<Mention, string>();
function mentionKey(m: Mention): string {
  let key = mentionKeys.get(m);
  if (key === undefined) mentionKeys.set(m, (key = wordingKey(m.text)));
  return key;
}

/**
 * A source's version of an item, its words marked against `canonical` when given. Kept per mention
 * (mentions belong to the story's comparison, so a changed story has new ones): word diffs are the
 * costly part of a topic or head-to-head page, and the same versions come up again and again.
 */
const mentionValues = new WeakMap<Mention, Map<string, string>>();
function mentionValue(story: Story, it: StoryItem, m: Mention, canonical?: string): string {
  let known = mentionValues.get(m);
  if (!known) mentionValues.set(m, (known = new Map()));
  const key = `${it.kind}\u0000${canonical ?? '\u0000'}`;
  let value = known.get(key);
  if (value === undefined) {
    value = writeMention(story, it, m, canonical);
    known.set(key, value);
  }
  return value;
}

function writeMention(story: Story, it: StoryItem, m: Mention, canonical?: string): string {
  const parts: string[] = [];
  if (it.kind === 'quote') {
    const diff = canonical ? wordDiff(canonical, m.text) : [];
    const text = canonical && hasChanges(diff) ? diffMarkdown(diff) : escapeMarkdown(plainWording(m.text));
    parts.push(`“${text}”`);
    const who: string[] = [m.speaker ? `— ${escapeMarkdown(m.speaker)}` : '— no speaker named'];
    if (m.inferredFrom) who.push(`(inferred from ${escapeMarkdown(namer(story).short(m.inferredFrom))})`);
    if (m.relay) who.push(`via ${escapeMarkdown(m.relay)}`);
    parts.push(who.join(' '));
  } else {
    parts.push(escapeMarkdown(around(m.text, '', 400)));
    if (m.date) parts.push(`dated ${m.date}`);
  }
  return parts.join('\n');
}

/**
 * A topic's pages: a head embed, then TOPIC_ITEMS_PER_PAGE items each with every source's version
 * side by side. Only the page asked for is written (the count depends only on the number of hits).
 */
function topicPages(story: Story, cmp: Comparison, hits: ReturnType<typeof topicItems>, topic: string): Omit<Pages, 'attachments'> {
  const n = namer(story);
  const itemEmbed = ({ item, matched }: (typeof hits)[number]): Embed => {
    const diffs = differencesOf(cmp, item.id);
    const canonical = item.kind === 'quote' ? cmpCanonical(item) : undefined;
    const lines = [`Carried by ${item.files.length} of ${cmp.sources.length} sources: ${n.list(item.files, 6)}.`];
    if (item.files.length < cmp.sources.length) {
      const carried = new Set(item.files);
      lines.push(`Not in: ${n.list(cmp.sources.filter((f) => !carried.has(f)), 6)}.`);
    }
    for (const d of diffs) lines.push(differenceLine(story, cmp, d));
    if (diffs.some((d) => d.kind === 'wording')) lines.push('Words a source adds to the common wording are in **bold**, words it leaves out ~~struck~~.');
    // One field per source (the first of its mentions), side by side.
    const seen = new Set<string>();
    const fields: EmbedField[] = [];
    for (const m of matched) {
      if (fields.length >= TOPIC_FIELDS) break;
      if (item.kind !== 'quote' && seen.has(m.file)) continue;
      const key = `${m.file}|${mentionKey(m)}`;
      if (seen.has(key)) continue;
      seen.add(m.file);
      seen.add(key);
      fields.push({ name: shorten(n.long(m.file), 250), value: mentionValue(story, item, m, canonical), inline: true });
    }
    return {
      title: shorten(`${KIND_MARK[item.kind]}: ${item.kind === 'quote' ? `“${plainWording(canonical ?? item.label)}”` : item.label}`, 250),
      description: lines.join('\n'),
      color: diffs.some((d) => CONTRADICTIONS.has(d.kind)) ? COLORS.error : COLORS.compare,
      fields,
    };
  };
  // Contradictions (the same words credited to different people, different dates, figures or
  // places) are the headline of a topic: say them first.
  const hitIds = new Set(hits.map((h) => h.item.id));
  const crossed = cmp.differences.filter((d) => CONTRADICTIONS.has(d.kind) && (hitIds.has(d.itemId) || (d.otherItemId !== undefined && hitIds.has(d.otherItemId))));
  const head: Embed = {
    title: shorten(`Compare: “${topic}” in ${story.name}`, 250),
    color: COLORS.compare,
    description: [
      `${hits.length} item${hits.length === 1 ? '' : 's'} about “${escapeMarkdown(topic)}”, each source’s version side by side.`,
      ...crossed.map((d) => differenceLine(story, cmp, d)),
    ].join('\n'),
    footer: `Story ${story.name}`,
  };
  return {
    count: Math.ceil(hits.length / TOPIC_ITEMS_PER_PAGE),
    page: (i) => {
      const page = [head, ...hits.slice(i * TOPIC_ITEMS_PER_PAGE, (i + 1) * TOPIC_ITEMS_PER_PAGE).map(itemEmbed)];
      // Keep the whole message inside Discord's 6000 characters: drop fields from the largest embed.
      while (page.reduce((s, e) => s + embedSize(e), 0) > 5800) {
        const big = page.slice(1).sort((x, y) => embedSize(y) - embedSize(x))[0];
        if (!big?.fields?.length) break;
        big.fields.pop();
      }
      return page;
    },
  };
}

function noTopic(story: Story, topic: string): Embed {
  const suggestions = story.index.suggest(topic).filter((s) => s !== topic);
  return {
    title: shorten(`Compare: nothing about “${topic}”`, 250),
    color: COLORS.info,
    description: [
      `No quote, event or fact in story “${escapeMarkdown(story.name)}” matches “${escapeMarkdown(topic)}”.`,
      suggestions.length ? `Closest words: ${suggestions.map((s) => `\`/compare topic:${s.replace(/`/g, "'")}\``).join(', ')}` : 'Try other words, or /compare with no topic for the overview.',
    ].join('\n'),
  };
}

// ---- head to head --------------------------------------------------------------------------------

function headToHeadPages(story: Story, cmp: Comparison, a: SourceFilter, b: SourceFilter, within: Set<string> | undefined, topic: string): Embed[][] {
  const h = headToHead(cmp, a.files, b.files, within);
  const nameA = escapeMarkdown(a.label);
  const nameB = escapeMarkdown(b.label);
  const differing = h.shared.filter((s) => s.differences.length);
  const same = h.shared.filter((s) => !s.differences.length);
  const base: Embed = {
    title: shorten(`Head to head: ${a.label} vs ${b.label}`, 250),
    color: COLORS.compare,
    description: [
      topic ? `About “${escapeMarkdown(topic)}”.` : '',
      h.shared.length
        ? `**${h.shared.length}** items in both (${differing.length} told differently) · **${h.onlyA.length}** only in ${nameA} · **${h.onlyB.length}** only in ${nameB}.`
        : `**These two sources have nothing in common${topic ? ' on this topic' : ''}:** no quote, event or fact appears in both. ${h.onlyA.length} items only in ${nameA}, ${h.onlyB.length} only in ${nameB}.`,
    ]
      .filter(Boolean)
      .join('\n'),
    footer: `Story ${story.name}`,
  };
  const fields: EmbedField[] = [];
  for (const s of differing) {
    const ma = s.item.mentions.find((x) => a.files.includes(x.file))!;
    const mb = s.item.mentions.find((x) => b.files.includes(x.file))!;
    const lines = [itemLine(s.item, 120), ...s.differences.map((d) => differenceLine(story, cmp, d))];
    // B's version marked against A's: what B adds in bold, what it leaves out struck.
    lines.push(`**${nameA}:** ${mentionValue(story, s.item, ma).replace(/\n/g, ' ')}`);
    lines.push(`**${nameB}:** ${mentionValue(story, s.item, mb, s.item.kind === 'quote' ? ma.text : undefined).replace(/\n/g, ' ')}`);
    fields.push({ name: 'Told differently', value: lines.join('\n') });
  }
  if (differing.some((s) => s.item.kind === 'quote')) base.description += `\nIn quotes told differently, words ${nameB} adds are in **bold**, words it leaves out ~~struck~~.`;
  fields.push(...listFields('In both, told alike', same.map((s) => `• ${itemLine(s.item, 110)}`)));
  fields.push(...listFields(`Only in ${shorten(a.label, 200)}`, rankUnique(h.onlyA).map((it) => `• ${itemLine(it, 110)}`)));
  fields.push(...listFields(`Only in ${shorten(b.label, 200)}`, rankUnique(h.onlyB).map((it) => `• ${itemLine(it, 110)}`)));
  return packFields(base, fields).map((e) => [e]);
}
