// /quote query [speaker] [source] [story]: who said it, how each outlet worded it, who relayed it.
// One matching quote cluster per page, best first; ◀ Prev / Next ▶ page through the rest, with the
// whole search in the button's custom id.
import type { Story } from '../src/engine.ts';
import type { Quote, QuoteCluster } from '../src/analysis/types.ts';
import { plainWording, wordDiff, wordingKey, hasChanges } from '../src/analysis/compare/diff.ts';
import { isStopword, stem, tokens } from '../src/analysis/compare/features.ts';
import { COLORS, type EmbedField, type Reply } from '../src/reply.ts';
import type { ClusterHit } from '../src/index/search.ts';
import { inSlices } from '../src/slices.ts';
import {
  around,
  articleByFile,
  compactText,
  decodeSource,
  diffMarkdown,
  escapeMarkdown,
  fitReply,
  listSome,
  matchChoices,
  outdatedReply,
  pageButtons,
  parsePageArgs,
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

/** What a page needs: it all fits a button's custom id. */
interface QuoteSearch {
  query: string;
  speaker: string;
  source?: SourceFilter;
}

const QUERY_MAX = 52;
const SPEAKER_MAX = 20;
/** Matches scoring below this share of the best one are not worth a page. */
const RELATIVE_SCORE = 0.25;
const MAX_PAGES = 25;
const MAX_WORDINGS = 8;

export const quote: Command = {
  definition: {
    name: 'quote',
    description: 'Find who said something, and how each outlet worded it',
    options: [
      { name: 'query', description: 'A few words of the quote', type: 'string', required: true, maxLength: 200 },
      { name: 'speaker', description: 'Only quotes credited to this person or body', type: 'string', autocomplete: true },
      sourceOption,
      storyOption,
    ],
  },

  handle({ engine, options }) {
    const story = resolveStory(engine, options);
    const query = compactText(String(options.query ?? ''), QUERY_MAX);
    if (!query) throw new UsageError('/quote needs query: — a few words of the quote, e.g. /quote query:we will not give up');
    const speaker = compactText(String(options.speaker ?? '').replace(/:/g, ' '), SPEAKER_MAX);
    const source = resolveSource(story, options.source);
    return page(story, { query, speaker, source }, 0);
  },

  autocomplete({ engine, options, focused, value }) {
    if (focused === 'story') return storyChoices(engine, value);
    const story = storyFor(engine, options);
    if (!story) return [];
    if (focused === 'speaker') return matchChoices(story.index.speakers, value);
    if (focused === 'source') return sourceChoices(story, value);
    return [];
  },

  // Every cluster's card: a search shows some of them, which ones depends on the words asked.
  async prepare(story, pause) {
    await inSlices(story.index.searchClusters(''), (hit) => clusterEmbed(story, hit.cluster, hit.quotes), pause);
  },

  button({ engine, args }) {
    const parsed = parsePageArgs(args, 3);
    if (!parsed) return outdatedReply('quote', 'this button comes from an older version of the bot');
    const [fp, sourceCode, speaker] = parsed.fixed;
    const story = storyByFingerprint(engine, fp);
    if (!story) return outdatedReply('quote');
    const source = decodeSource(story, sourceCode);
    if (source === null) return outdatedReply('quote');
    const search = { query: parsed.free, speaker, source };
    if (parsed.page >= matches(story, search).length) return outdatedReply('quote', 'that page of matches no longer exists');
    return page(story, search, parsed.page);
  },
};

/**
 * The clusters matching a search, best first, weak matches dropped: those below RELATIVE_SCORE of
 * the best one that carries the query's content words, and any past MAX_PAGES. Hits come best
 * first, so the scan stops at the first one too weak (or when the pages are full).
 */
function matches(story: Story, search: QuoteSearch): ClusterHit[] {
  const wanted = contentStems(search.query);
  const out: ClusterHit[] = [];
  for (const h of story.index.searchClusters(search.query, { speaker: search.speaker || undefined })) {
    if (out.length && h.score < out[0].score * RELATIVE_SCORE) break;
    if (search.source && !h.cluster.files.some((f) => search.source!.files.includes(f))) continue;
    if (wanted.length && !sharesContent(story, wanted, h)) continue;
    out.push(h);
    if (out.length >= MAX_PAGES) break;
  }
  return out;
}

/** The query's content words, stemmed (function words match everything and prove nothing). */
function contentStems(query: string): string[] {
  return [...new Set(tokens(query).map((t) => t.lower).filter((w) => !isStopword(w)).map(stem))];
}

/** Whether a hit carries at least one of the query's content words (or a word they begin). */
function sharesContent(story: Story, wanted: string[], hit: ClusterHit): boolean {
  const words = story.index.clusterWords(hit.cluster);
  const close = (w: string, x: string) => x.startsWith(w) || (x.length >= 4 && w.startsWith(x)) || (w.length > 5 && within(w, x, w.length > 8 ? 2 : 1));
  return wanted.some((w) => words.set.has(w) || (w.length >= 4 && words.list.some((x) => close(w, x))));
}

/** Whether two words are at most `max` edits apart (a typo). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

function page(story: Story, search: QuoteSearch, n: number): Reply {
  const hits = matches(story, search);
  if (!hits.length) return noMatch(story, search);
  const at = Math.min(n, hits.length - 1);
  const hit = hits[at];
  const embed = clusterEmbed(story, hit.cluster, hit.quotes);
  const next = hits.slice(at + 1, at + 4);
  if (next.length) {
    embed.fields!.push({
      name: 'Further matches',
      value: next.map((h, i) => `${at + 2 + i}. “${escapeMarkdown(shorten(h.cluster.canonical, 90))}”${h.cluster.speaker ? ` — ${escapeMarkdown(h.cluster.speaker)}` : ''}`).join('\n'),
    });
  }
  const filters = [search.speaker && `speaker ${search.speaker}`, search.source && `source ${search.source.label}`].filter(Boolean);
  embed.footer = `Match ${at + 1} of ${hits.length} for “${search.query}”${filters.length ? ` (${filters.join(', ')})` : ''} · story ${story.name}`;
  const fixed = [storyFingerprint(story), search.source?.code ?? '-', search.speaker];
  return fitReply({ embeds: [embed], components: pageButtons('quote', at, hits.length, fixed, search.query) });
}

type ClusterEmbed = { title: string; description: string; color: number; fields: EmbedField[]; footer?: string };

/**
 * A cluster's card (speaker, sources, each wording marked against the canonical one), written once
 * per cluster: the word diffs are most of the work of a /quote reply, and clusters belong to the
 * story's analysis (a changed story has new ones). Returns a copy the caller may add to.
 */
const cards = new WeakMap<QuoteCluster, ClusterEmbed>();
function clusterEmbed(story: Story, cluster: QuoteCluster, quotes: readonly Quote[]): ClusterEmbed {
  let card = cards.get(cluster);
  if (!card) {
    card = writeClusterEmbed(story, cluster, quotes);
    cards.set(cluster, card);
  }
  return { ...card, fields: [...card.fields] };
}

function writeClusterEmbed(story: Story, cluster: QuoteCluster, quotes: readonly Quote[]): ClusterEmbed {
  const label = (file: string) => {
    const a = articleByFile(story, file);
    return a ? sourceLabel(a) : file;
  };
  const name = (file: string) => {
    const a = articleByFile(story, file);
    return a ? sourceName(a) : file;
  };
  const lines: string[] = [];

  // Speaker: who the sources credit, which of them only by inference from another article.
  const named = quotes.filter((q) => q.speaker && !q.inferredFrom);
  const inferred = quotes.filter((q) => q.speaker && q.inferredFrom);
  if (cluster.speaker) {
    let line = `**Speaker:** ${escapeMarkdown(cluster.speaker)}`;
    const namedFiles = unique(named.filter((q) => q.speaker === cluster.speaker).map((q) => q.file));
    if (inferred.length) {
      const from = unique(inferred.map((q) => q.inferredFrom!)).map((f) => escapeMarkdown(articleByFile(story, f) ? name(f) : f));
      line += namedFiles.length ? ` — named in ${listSome(namedFiles.map((f) => escapeMarkdown(name(f))))}` : '';
      line += `; ${listSome(unique(inferred.map((q) => q.file)).map((f) => escapeMarkdown(name(f))))} print${inferred.length === 1 ? 's' : ''} it without a speaker (inferred from ${listSome(from)})`;
    }
    lines.push(line);
  } else {
    lines.push('**Speaker:** not named in any article that carries it');
  }
  const otherSpeakers = unique([...cluster.conflictingSpeakers, ...quotes.map((q) => q.speaker).filter((s): s is string => !!s)]).filter((s) => s !== cluster.speaker);
  if (otherSpeakers.length) {
    const credits = otherSpeakers.map((s) => {
      const files = unique(quotes.filter((q) => q.speaker === s).map((q) => q.file));
      return `${escapeMarkdown(s)}${files.length ? ` in ${listSome(files.map((f) => escapeMarkdown(name(f))))}` : ''}`;
    });
    lines.push(`⚠ **Conflicting speakers:** the same words are also credited to ${listSome(credits)}`);
  }
  const said = cluster.saidOn ?? quotes.find((q) => q.saidOn)?.saidOn;
  if (said) lines.push(`**Said:** ${said}`);
  const files = unique(quotes.map((q) => q.file));
  lines.push(`**Carried by ${files.length} source${files.length === 1 ? '' : 's'}:** ${listSome(files.map((f) => escapeMarkdown(label(f))), 6)}`);

  // Each distinct wording, marked against the canonical one, with the sources that print it.
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = wordingKey(q.text);
    const group = groups.get(key);
    // (Pushed, not copied: a quote a thousand sources carry is a group of a thousand.)
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  const canonicalKey = wordingKey(cluster.canonical);
  const ordered = [...groups.entries()].sort((a, b) => Number(b[0] === canonicalKey) - Number(a[0] === canonicalKey) || b[1].length - a[1].length);
  const variants = ordered.filter(([key]) => key !== canonicalKey).length;
  if (variants) lines.push(`${variants + (groups.has(canonicalKey) ? 1 : 0)} wordings: below, words a source adds are in **bold**, words it leaves out ~~struck~~.`);

  const fields: EmbedField[] = [];
  for (const [key, members] of ordered.slice(0, MAX_WORDINGS)) {
    const sample = members[0];
    const diff = wordDiff(cluster.canonical, sample.text);
    const same = key === canonicalKey || !hasChanges(diff);
    const shown = key === canonicalKey ? cluster.canonical : sample.text;
    const body: string[] = [same ? `“${escapeMarkdown(plainWording(shown))}”` : `“${diffMarkdown(diff)}”`];
    for (const q of members) {
      const notes: string[] = [];
      if (q.relay) notes.push(`via ${escapeMarkdown(q.relay)}`);
      if (q.speaker && q.speaker !== cluster.speaker) notes.push(`credited to ${escapeMarkdown(q.speaker)}`);
      if (!q.speaker) notes.push('no speaker named');
      if (q.inferredFrom) notes.push(`speaker inferred from ${escapeMarkdown(articleByFile(story, q.inferredFrom) ? name(q.inferredFrom) : q.inferredFrom)}`);
      if (q.kind === 'partial') notes.push('partial quote');
      if (q.minor) notes.push('in a headline or nested quote');
      if (q.saidOn && q.saidOn !== said) notes.push(`said ${q.saidOn}`);
      const context = q.context && wordingKey(q.context) !== wordingKey(q.text) ? `\n> ${escapeMarkdown(around(q.context, q.text, 200))}` : '';
      body.push(`*${escapeMarkdown(name(q.file))}*${notes.length ? ` — ${notes.join('; ')}` : ''}${context}`);
    }
    const who = unique(members.map((q) => q.file)).map(label);
    fields.push({ name: shorten(`${same ? 'Canonical wording' : 'Variant'} · ${who.join(' · ')}`, 250), value: body.join('\n') });
  }
  if (ordered.length > MAX_WORDINGS) fields.push({ name: 'More wordings', value: `${ordered.length - MAX_WORDINGS} further wordings not shown.` });

  return {
    title: shorten(`“${plainWording(cluster.canonical)}”`, 250),
    description: lines.join('\n'),
    color: COLORS.quote,
    fields,
  };
}

function noMatch(story: Story, search: QuoteSearch): Reply {
  const { index } = story;
  const lines: string[] = [];
  if (!story.analysis.clusters.length) {
    lines.push(`No quotes were found in the articles of story “${escapeMarkdown(story.name)}”.`);
  } else {
    const filters = [search.speaker && `speaker “${escapeMarkdown(search.speaker)}”`, search.source && `source ${escapeMarkdown(search.source.label)}`].filter(Boolean);
    if (filters.length) {
      const unfiltered = index.searchClusters(search.query).length;
      lines.push(`Nothing matches with ${filters.join(' and ')}${unfiltered ? `; without ${filters.length > 1 ? 'those filters' : 'that filter'} ${unfiltered} quote${unfiltered === 1 ? '' : 's'} match` : ''}.`);
    }
    if (search.speaker && !index.speakers.some((s) => s.toLowerCase().includes(search.speaker))) {
      lines.push(`No speaker called “${escapeMarkdown(search.speaker)}” is quoted in this story.`);
    }
    const suggestions = index.suggest(search.query).filter((s) => s !== search.query);
    if (suggestions.length) lines.push(`**Closest words in the quotes:** ${suggestions.map((s) => `\`/quote query:${s.replace(/`/g, "'")}\``).join(', ')}`);
  }
  const speakers = index.speakers.slice(0, 8);
  const fields: EmbedField[] = speakers.length
    ? [{ name: 'Most quoted speakers', value: speakers.map((s) => `${escapeMarkdown(s)} — \`/quote query:… speaker:${s.replace(/`/g, "'")}\``).join('\n') }]
    : [];
  return fitReply({
    embeds: [
      {
        title: shorten(`No quote matches “${search.query}”`, 250),
        description: lines.join('\n') || 'Try fewer or other words.',
        color: COLORS.info,
        fields,
        footer: `Story ${story.name} · ${story.analysis.clusters.length} quotes indexed`,
      },
    ],
  });
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
