// /timeline [from] [to] [actor] [source] [story] [format]: the story's dated entries in order,
// grouped by day, each with its sources and the sentence that dates it; conflicting dates flagged.
// A PNG chart comes with every page; format:timelinejs adds a TimelineJS file.
import type { Story } from '../src/engine.ts';
import type { TimelineEntry } from '../src/analysis/types.ts';
import { sameName } from '../src/index/search.ts';
import { wordingKey } from '../src/analysis/compare/diff.ts';
import { timelineChart } from '../src/render/png/charts.ts';
import { COLORS, type Attachment, type EmbedField, type Reply } from '../src/reply.ts';
import {
  articleByFile,
  compactText,
  decodeSource,
  escapeMarkdown,
  fitReply,
  listSome,
  matchChoices,
  memo,
  outdatedReply,
  pageButtons,
  parsePageArgs,
  perStory,
  resolveSource,
  resolveStory,
  shorten,
  sourceChoices,
  sourceLabel,
  sourceName,
  sourceOption,
  storyByFingerprint,
  storyChoices,
  storyFingerprint,
  storyFor,
  storyOption,
  type SourceFilter,
} from './story-option.ts';
import { UsageError, type Command } from './types.ts';
import { inSlices } from '../src/slices.ts';

type Format = 'default' | 'timelinejs' | 'text';

interface TimelineQuery {
  from?: DateBound;
  to?: DateBound;
  actor: string;
  source?: SourceFilter;
  format: Format;
}

interface DateBound {
  /** As typed (normalised): YYYY, YYYY-MM or YYYY-MM-DD. */
  text: string;
  /** First and last day it covers. */
  start: string;
  end: string;
}

const PAGE_CHARS = 5400;
const PAGE_ENTRIES = 20;
const ACTOR_MAX = 30;
const FORMAT_CODE: Record<Format, string> = { default: '-', timelinejs: 'j', text: 't' };

export const timeline: Command = {
  definition: {
    name: 'timeline',
    description: 'What happened when: the story’s dated events in order, with their sources',
    options: [
      { name: 'from', description: 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD', type: 'string', maxLength: 10, autocomplete: true },
      { name: 'to', description: 'Latest date: YYYY, YYYY-MM or YYYY-MM-DD', type: 'string', maxLength: 10, autocomplete: true },
      { name: 'actor', description: 'Only events involving this person, body or place', type: 'string', autocomplete: true },
      sourceOption,
      storyOption,
      {
        name: 'format',
        description: 'Also attach a TimelineJS file, or leave out the chart',
        type: 'string',
        choices: [
          { name: 'TimelineJS JSON file (with the chart)', value: 'timelinejs' },
          { name: 'Text only, no chart', value: 'text' },
        ],
      },
    ],
  },

  handle({ engine, options }) {
    const story = resolveStory(engine, options);
    const from = parseBound(options.from, 'from');
    const to = parseBound(options.to, 'to');
    if (from && to && from.start > to.end) throw new UsageError(`from:${from.text} is after to:${to.text}. Swap them, e.g. /timeline from:${to.text} to:${from.text}`);
    const format = (['timelinejs', 'text'].includes(String(options.format)) ? options.format : 'default') as Format;
    const query: TimelineQuery = {
      from,
      to,
      actor: compactText(String(options.actor ?? '').replace(/:/g, ' '), ACTOR_MAX),
      source: resolveSource(story, options.source),
      format,
    };
    return page(story, query, 0);
  },

  autocomplete({ engine, options, focused, value }) {
    if (focused === 'story') return storyChoices(engine, value);
    const story = storyFor(engine, options);
    if (!story) return [];
    if (focused === 'actor') return matchChoices(story.index.actors, value);
    if (focused === 'source') return sourceChoices(story, value);
    if (focused === 'from' || focused === 'to') return dateChoices(story, value);
    return [];
  },

  // The whole timeline's first page, chart included: what /timeline with no option shows. Every
  // entry's text is written first, a slice at a time (the pages are cut by their lengths).
  async prepare(story, pause) {
    await inSlices(inDateOrder(story), (e) => entryBlock(story, e), pause);
    await pause();
    page(story, { actor: '', format: 'default' }, 0);
  },

  button({ engine, args }) {
    const parsed = parsePageArgs(args, 5);
    if (!parsed) return outdatedReply('timeline', 'this button comes from an older version of the bot');
    const [fp, from, to, sourceCode, format] = parsed.fixed;
    const story = storyByFingerprint(engine, fp);
    if (!story) return outdatedReply('timeline');
    const source = decodeSource(story, sourceCode);
    if (source === null) return outdatedReply('timeline');
    const query: TimelineQuery = {
      from: parseBound(from || undefined, 'from'),
      to: parseBound(to || undefined, 'to'),
      actor: parsed.free,
      source,
      format: (Object.entries(FORMAT_CODE).find(([, c]) => c === format)?.[0] ?? 'default') as Format,
    };
    if (parsed.page >= selection(story, query).pages.length) return outdatedReply('timeline', 'that page of the timeline no longer exists');
    return page(story, query, parsed.page);
  },
};

/** Reads a date bound; a bad value is a usage error saying what to type. */
export function parseBound(value: unknown, name: 'from' | 'to'): DateBound | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const text = String(value).trim();
  const example = name === 'from' ? 'from:2024-01-31' : 'to:2024-12';
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) throw new UsageError(`${name}: type a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. ${example} (not "${shorten(text, 40)}").`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) throw new UsageError(`${name}: ${text} has no month ${month}; months run 01 to 12, e.g. ${example}.`);
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > last) throw new UsageError(`${name}: ${text} is not a day of that month (1 to ${last}), e.g. ${example}.`);
  }
  const y = String(year).padStart(4, '0');
  const mm = month !== undefined ? String(month).padStart(2, '0') : undefined;
  const dd = day !== undefined ? String(day).padStart(2, '0') : undefined;
  const norm = [y, mm, dd].filter(Boolean).join('-');
  return { text: norm, start: `${y}-${mm ?? '01'}-${dd ?? '01'}`, end: `${y}-${mm ?? '12'}-${dd ?? '31'}` };
}

/** The days a date covers, once per entry (a long story's timeline is read by every query). */
const spans = new WeakMap<TimelineEntry, { start: string; end: string }>();
function span(e: TimelineEntry): { start: string; end: string } {
  let s = spans.get(e);
  if (!s) {
    const [y, m, d] = e.date.split('-');
    spans.set(e, (s = { start: `${y}-${m ?? '01'}-${d ?? '01'}`, end: `${y}-${m ?? '12'}-${d ?? '31'}` }));
  }
  return s;
}

/** The story's timeline in date order (the analysis keeps its own order). */
const inDateOrder = perStory((story) => [...story.analysis.timeline].sort((a, b) => a.date.localeCompare(b.date) || b.sources.length - a.sources.length || a.id.localeCompare(b.id)));

/** The entries a query selects, in date order. */
function select(story: Story, q: TimelineQuery): TimelineEntry[] {
  return inDateOrder(story).filter((e) => {
    // An entry counts when all of it lies in the range ("2024-05" is not "from:2024-05-20").
    const s = span(e);
    if (q.from && s.start < q.from.start) return false;
    if (q.to && s.end > q.to.end) return false;
    if (q.actor && !e.actors.some((a) => sameName(a, q.actor))) return false;
    if (q.source && !e.sources.some((x) => q.source!.files.includes(x.file))) return false;
    return true;
  });
}

interface Block {
  date: string;
  text: string;
}

/**
 * Background: an entry dated only to a month or a year, from before the month the articles were
 * published in. Shown on one line, so the story's own days stay together on the first page.
 */
function isBackground(story: Story, e: TimelineEntry): boolean {
  if (e.date.length === 10) return false;
  const first = firstPublished(story);
  return !!first && e.date < first.slice(0, 7) && !first.startsWith(e.date);
}

const firstPublished = perStory((story): string | undefined => story.analysis.articles.map((a) => a.published).filter((d): d is string => !!d).sort()[0]);

/**
 * An entry's text, written once per story version: the entries belong to the story's analysis, and
 * a changed story has a new analysis with new entries.
 */
const blocks = new WeakMap<TimelineEntry, string>();
function entryBlock(story: Story, e: TimelineEntry): string {
  let text = blocks.get(e);
  if (text === undefined) {
    text = writeEntryBlock(story, e);
    blocks.set(e, text);
  }
  return text;
}

function writeEntryBlock(story: Story, e: TimelineEntry): string {
  if (isBackground(story, e) && !e.conflict?.length) {
    const a = articleByFile(story, e.sources[0].file);
    const more = e.sources.length > 1 ? ` +${e.sources.length - 1}` : '';
    return `• ${escapeMarkdown(shorten(e.summary, 110))} ↳ ${escapeMarkdown(a ? sourceLabel(a) : e.sources[0].file)}${more}`;
  }
  const lines: string[] = [];
  const kind = e.kind === 'happened' ? '' : ` *(${e.kind})*`;
  const who = e.actors.length ? ` — ${escapeMarkdown(listSome(e.actors, 4))}` : '';
  lines.push(`• **${escapeMarkdown(shorten(e.summary, 140))}**${kind}${who}`);
  // Sources on one line; the evidence sentence once, when it says more than the summary.
  const summaryKey = wordingKey(e.summary.replace(/^…|…$/g, ''));
  const labels = e.sources.slice(0, 4).map((s) => {
    const a = articleByFile(story, s.file);
    return escapeMarkdown(a ? sourceLabel(a) : s.file);
  });
  const more = e.sources.length > 4 ? ` and ${e.sources.length - 4} more` : '';
  const telling = e.sources.find((s) => {
    const k = wordingKey(s.evidence);
    return !(k.includes(summaryKey) || summaryKey.includes(k));
  });
  const evidence = telling ? `: “${escapeMarkdown(shorten(telling.evidence, 110))}”` : '';
  lines.push(`  ↳ ${labels.join(' · ')}${more}${evidence}`);
  if (e.conflict?.length) {
    const here = e.sources.map((s) => s.file);
    const name = (f: string) => escapeMarkdown(articleByFile(story, f) ? sourceName(articleByFile(story, f)!) : f);
    const others = e.conflict.map((c) => `${c.date} in ${listSome(unique(c.files).map(name), 3)}`);
    lines.push(`  ⚠ **Sources disagree on the date:** ${e.date} in ${listSome(unique(here).map(name), 3)}; ${others.join('; ')}`);
  }
  return lines.join('\n');
}

/** Splits the entries into pages of day-grouped blocks that fit an embed. */
function paginate(story: Story, entries: TimelineEntry[]): Block[][] {
  const pages: Block[][] = [];
  let cur: Block[] = [];
  let size = 0;
  for (const e of entries) {
    const text = entryBlock(story, e);
    if (cur.length && (size + text.length > PAGE_CHARS || cur.length >= PAGE_ENTRIES)) {
      pages.push(cur);
      cur = [];
      size = 0;
    }
    cur.push({ date: e.date, text });
    size += text.length + 40;
  }
  if (cur.length) pages.push(cur);
  return pages;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Friday 3 May 2024", "May 2024", "1990". */
export function dayHeading(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return `${y}`;
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** What a query selects, paged, with the counts the reply states. */
interface Selection {
  key: string;
  entries: TimelineEntry[];
  pages: Block[][];
  conflicts: number;
  sources: number;
}

/** Selections kept per story version, a few dozen filters each (every page of one shares it). */
const selections = perStory(() => new Map<string, Selection>());
const SELECTIONS_PER_STORY = 32;

function selection(story: Story, q: TimelineQuery): Selection {
  const key = [q.from?.text ?? '', q.to?.text ?? '', q.actor, q.source?.files.join('\u0001') ?? ''].join('\u0000');
  const kept = selections(story);
  let sel = kept.get(key);
  if (!sel) {
    const entries = select(story, q);
    sel = {
      key,
      entries,
      pages: paginate(story, entries),
      conflicts: entries.filter((e) => e.conflict?.length).length,
      sources: new Set(entries.flatMap((e) => e.sources.map((s) => s.file))).size,
    };
    if (kept.size >= SELECTIONS_PER_STORY) kept.clear();
    kept.set(key, sel);
  }
  return sel;
}

function page(story: Story, q: TimelineQuery, n: number): Reply {
  const sel = selection(story, q);
  const { entries, pages } = sel;
  if (!entries.length) return noEntries(story, q);
  const at = Math.min(n, pages.length - 1);
  const fields: EmbedField[] = [];
  let lastDate = '';
  for (const block of pages[at]) {
    const last = fields[fields.length - 1];
    if (last && block.date === lastDate && last.value.length + block.text.length + 1 <= 1024) last.value += `\n${block.text}`;
    else fields.push({ name: `${dayHeading(block.date)}${block.date === lastDate ? ' (cont.)' : ''}`, value: block.text });
    lastDate = block.date;
  }
  const conflicts = sel.conflicts;
  const filters = [
    q.from && `from ${q.from.text}`,
    q.to && `to ${q.to.text}`,
    q.actor && `involving ${escapeMarkdown(q.actor)}`,
    q.source && `from ${escapeMarkdown(q.source.label)}`,
  ].filter(Boolean);
  const sources = sel.sources;
  const description = [
    `${entries.length} dated entr${entries.length === 1 ? 'y' : 'ies'}, ${entries[0].date} to ${entries[entries.length - 1].date}, from ${sources} source${sources === 1 ? '' : 's'}${filters.length ? ` (${filters.join(', ')})` : ''}.`,
    conflicts ? `⚠ ${conflicts} entr${conflicts === 1 ? 'y has' : 'ies have'} sources that disagree on the date.` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const attachments: Attachment[] = [];
  if (q.format !== 'text') {
    attachments.push({
      name: 'timeline.png',
      data: memo(`timeline\u0000${storyFingerprint(story)}\u0000${sel.key}`, () =>
        timelineChart(
          `Timeline: ${story.name}`,
          entries.map((e) => ({ date: e.date, label: shorten(e.summary, 80), actors: e.actors, sources: e.sources.length, conflict: Boolean(e.conflict?.length) })),
        ),
      ),
      description: `Chart of ${entries.length} timeline entries`,
    });
  }
  if (q.format === 'timelinejs') {
    attachments.push({ name: 'timeline.json', data: Buffer.from(JSON.stringify(timelineJs(story, entries), null, 2)), description: 'TimelineJS data (upload to timeline.knightlab.com)' });
  }
  const fixed = [storyFingerprint(story), q.from?.text ?? '', q.to?.text ?? '', q.source?.code ?? '-', FORMAT_CODE[q.format]];
  return fitReply({
    embeds: [
      {
        title: shorten(`Timeline: ${story.name}`, 250),
        description,
        color: COLORS.timeline,
        fields,
        footer: `Page ${at + 1} of ${pages.length} · story ${story.name}`,
      },
    ],
    attachments,
    components: pageButtons('timeline', at, pages.length, fixed, q.actor),
  });
}

function noEntries(story: Story, q: TimelineQuery): Reply {
  const all = story.analysis.timeline;
  const lines: string[] = [];
  if (!all.length) lines.push(`No dated events were found in the articles of story “${escapeMarkdown(story.name)}”.`);
  else {
    const dates = all.map((e) => e.date).sort();
    lines.push(`Nothing matches those filters. The timeline runs from ${dates[0]} to ${dates[dates.length - 1]} (${all.length} entries).`);
    if (q.actor && !story.index.actors.some((a) => sameName(a, q.actor))) lines.push(`No actor called “${escapeMarkdown(q.actor)}” appears in it.`);
    const actors = story.index.actors.slice(0, 8);
    if (actors.length) lines.push(`**Actors:** ${actors.map(escapeMarkdown).join(', ')}`);
    lines.push(`Try \`/timeline from:${dates[0]}\` or \`/timeline actor:${story.index.actors[0] ?? '…'}\`.`);
  }
  return fitReply({ embeds: [{ title: shorten(`Timeline: ${story.name}`, 250), description: lines.join('\n'), color: COLORS.info }] });
}

/** The entries as a TimelineJS document (https://timeline.knightlab.com/docs/json-format.html). */
export function timelineJs(story: Story, entries: TimelineEntry[]) {
  const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    title: { text: { headline: html(`Timeline: ${story.name}`), text: html(`${entries.length} dated entries from ${story.analysis.articles.length} articles`) } },
    events: entries.map((e) => {
      const [year, month, day] = e.date.split('-').map(Number);
      const sources = e.sources
        .map((s) => {
          const a = articleByFile(story, s.file);
          return `<p><b>${html(a ? sourceLabel(a) : s.file)}</b>: ${html(s.evidence)}</p>`;
        })
        .join('');
      const conflict = e.conflict?.length
        ? `<p>⚠ Sources disagree on the date: ${html(e.conflict.map((c) => `${c.date} (${c.files.join(', ')})`).join('; '))}</p>`
        : '';
      return {
        unique_id: e.id,
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: { headline: html(shorten(e.summary, 120)), text: `${e.actors.length ? `<p>${html(e.actors.join(', '))}</p>` : ''}${sources}${conflict}` },
        group: e.kind,
      };
    }),
  };
}

/** Dates of the timeline that start with what was typed (for from/to). */
function dateChoices(story: Story, typed: string) {
  const t = typed.trim();
  return storyDates(story)
    .filter((d) => d.value.startsWith(t))
    .map((d) => ({ ...d }));
}

/** Every day, month and year the timeline has, as choices. */
const storyDates = perStory((story) =>
  unique(story.analysis.timeline.flatMap((e) => [e.date, e.date.slice(0, 7), e.date.slice(0, 4)]))
    .sort()
    .map((d) => ({ name: d.length === 10 ? `${d} (${dayHeading(d)})` : d, value: d })),
);

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
