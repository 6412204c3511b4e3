// /sources: the indexed articles of a story with title, outlet, date and counts.
import type { Command } from './types.ts';
import { resolveStory, storyChoices, storyOption } from './story-option.ts';
import { COLORS, type EmbedField } from '../src/reply.ts';

export const sources: Command = {
  definition: {
    name: 'sources',
    description: 'List the articles of a story with their outlet, date and what was found in them',
    options: [storyOption],
  },
  handle({ engine, options }) {
    const story = resolveStory(engine, options);
    const fields: EmbedField[] = story.analysis.articles.map((a) => ({
      name: `${a.outlet ?? a.file}`,
      value: [
        `**${a.title}**`,
        `${a.published ? `${a.published}${a.publishedInferred ? ' (inferred)' : ''}` : 'date unknown'} · ${a.quotes.length} quotes · ${a.events.length} dated events`,
        `\`${a.file}\``,
      ].join('\n'),
    }));
    const others = engine.storyNames().filter((n) => n !== story.name);
    return {
      embeds: [
        {
          title: `Sources for “${story.name}” (${fields.length})`,
          color: COLORS.info,
          fields,
          footer: others.length ? `Other stories: ${others.join(', ')}` : undefined,
        },
      ],
    };
  },
  autocomplete: ({ engine, value }) => storyChoices(engine, value),
};
