// /sources: the indexed articles of a story with title, outlet, date and what was found in them,
// and the other stories loaded.
import type { Story } from '../src/engine.ts';
import { compareStory } from '../src/analysis/compare/index.ts';
import { COLORS, type EmbedField, type Reply } from '../src/reply.ts';
import {
  articlesByFile,
  escapeMarkdown,
  fitReply,
  outdatedReply,
  pageButtons,
  parsePageArgs,
  resolveStory,
  shorten,
  storyByFingerprint,
  storyChoices,
  storyFingerprint,
  storyOption,
} from './story-option.ts';
import type { Command } from './types.ts';
import type { Engine } from '../src/engine.ts';

const PER_PAGE = 15;

export const sources: Command = {
  definition: {
    name: 'sources',
    description: 'List the articles of a story with their outlet, date and what was found in them',
    options: [storyOption],
  },
  handle({ engine, options }) {
    return render(engine, resolveStory(engine, options), 0);
  },
  autocomplete: ({ engine, value }) => storyChoices(engine, value),
  button({ engine, args }) {
    const parsed = parsePageArgs(args, 1);
    const story = parsed && storyByFingerprint(engine, parsed.fixed[0]);
    if (!parsed || !story) return outdatedReply('sources');
    if (parsed.page * PER_PAGE >= story.analysis.articles.length) return outdatedReply('sources', 'that page of sources no longer exists');
    return render(engine, story, parsed.page);
  },
};

function render(engine: Engine, story: Story, page: number): Reply {
  const articles = articlesByFile(story);
  const pages = Math.max(1, Math.ceil(articles.length / PER_PAGE));
  const at = Math.min(page, pages - 1);
  const cmp = compareStory(story.analysis);
  const fields: EmbedField[] = articles.slice(at * PER_PAGE, (at + 1) * PER_PAGE).map((a) => {
    const cv = cmp.coverage.find((c) => c.file === a.file);
    const skipped = a.paragraphs.filter((p) => !['story', 'caption', 'embed', 'standfirst', 'title', 'headline-repeat', 'dateline', 'embed-signature'].includes(p.kind)).length;
    return {
      name: shorten(`${a.outlet ?? 'Outlet not stated'} — ${a.file}`, 250),
      value: [
        `**${escapeMarkdown(shorten(a.title, 200))}**`,
        [
          a.published ? `${a.published}${a.publishedInferred ? ' (date inferred)' : ''}` : 'date unknown',
          plural(a.quotes.length, 'quote'),
          plural(a.events.length, 'dated event'),
          cv ? `${plural(cv.unique.length, 'item')} only here` : '',
          skipped ? `${plural(skipped, 'paragraph')} set aside (ads, credits, teasers, off-topic)` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ].join('\n'),
    };
  });
  const stories = engine.allStories();
  if (stories.length > 1 || at === 0) {
    fields.push({
      name: `Stories loaded (${stories.length})`,
      value: shorten(
        stories.map((s) => `${s.name === story.name ? '▸ ' : '• '}${escapeMarkdown(s.name)} — ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}${s.newest ? `, newest ${s.newest}` : ''}`).join('\n'),
        1000,
      ),
    });
  }
  const warnings = engine.warnings.length ? ` · ${engine.warnings.length} file${engine.warnings.length === 1 ? '' : 's'} skipped (see the log)` : '';
  return fitReply({
    embeds: [
      {
        title: shorten(`Sources for “${story.name}” (${articles.length})`, 250),
        description: `${story.analysis.clusters.length} quotes across articles · ${story.analysis.timeline.length} timeline entries · ${cmp.items.length} comparable items`,
        color: COLORS.info,
        fields,
        footer: `${pages > 1 ? `Page ${at + 1} of ${pages} · ` : ''}Pick another story with story:…${warnings}`,
      },
    ],
    components: pageButtons('sources', at, pages, [storyFingerprint(story)]),
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
