// /help: what each command does, its options, and a real example taken from the loaded story.
import type { Engine, Story } from '../src/engine.ts';
import { COLORS, type EmbedField } from '../src/reply.ts';
import { articlesByFile, fitReply, shorten } from './story-option.ts';
import type { Command, CommandDefinition } from './types.ts';

/** Examples built from what the story holds, so each one answers when typed. */
function examples(engine: Engine): Record<string, string[]> {
  const story = engine.story();
  const out: Record<string, string[]> = {
    quote: ['/quote query:<a few words of the quote>'],
    timeline: ['/timeline', '/timeline from:YYYY-MM-DD to:YYYY-MM-DD'],
    compare: ['/compare', '/compare topic:<a subject>'],
    sources: ['/sources'],
    help: ['/help'],
  };
  if (!story) return out;
  const top = story.index.searchClusters('')[0];
  if (top) {
    const words = top.cluster.canonical.replace(/[“”"‘’.,;:!?…]+/g, ' ').trim().split(/\s+/).slice(0, 5).join(' ');
    out.quote = [`/quote query:${words}`];
    const speaker = top.cluster.speaker ?? story.index.speakers[0];
    if (speaker) out.quote.push(`/quote query:${words} speaker:${speaker}`);
  }
  const days = story.analysis.timeline.map((e) => e.date).filter((d) => d.length === 10).sort();
  out.timeline = ['/timeline'];
  if (days.length) out.timeline.push(`/timeline from:${days[0]} to:${days[days.length - 1]}`);
  if (story.index.actors[0]) out.timeline.push(`/timeline actor:${story.index.actors[0]} format:timelinejs`);
  out.compare = ['/compare'];
  const topic = topicWord(story);
  if (topic) out.compare.push(`/compare topic:${topic}`);
  const files = articlesByFile(story).map((a) => a.file);
  if (files.length >= 2) out.compare.push(`/compare source_a:${files[0]} source_b:${files[1]}`);
  out.sources = ['/sources'];
  if (engine.storyNames().length > 1) out.sources.push(`/sources story:${engine.storyNames()[1]}`);
  return out;
}

/** A word several articles use in their story text: a subject worth comparing. */
function topicWord(story: Story): string | undefined {
  const df = new Map<string, number>();
  for (const a of story.analysis.articles) {
    const words = new Set((a.sentences.map((s) => s.text).join(' ').match(/\b[a-z]{6,}\b/g) ?? []).map((w) => w.toLowerCase()));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = story.analysis.articles.length;
  const ranked = [...df.entries()].filter(([, c]) => c >= Math.min(2, n) && c < Math.max(2, n)).sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
  return (ranked[0] ?? [...df.entries()].sort((x, y) => y[1] - x[1])[0])?.[0];
}

function usage(d: CommandDefinition): string {
  return [`/${d.name}`, ...d.options.map((o) => (o.required ? `${o.name}:…` : `[${o.name}:…]`))].join(' ');
}

export const help: Command = {
  definition: { name: 'help', description: 'What each command does, with an example', options: [] },
  async handle({ engine }) {
    const { commands } = await import('./index.ts');
    const ex = examples(engine);
    const fields: EmbedField[] = commands.map((c) => {
      const d = c.definition;
      const opts = d.options.map((o) => `\`${o.name}\` ${o.description}${o.required ? ' (required)' : ''}`);
      const sample = ex[d.name] ?? [`/${d.name}`];
      return {
        name: shorten(usage(d), 250),
        value: [d.description, ...opts.map((o) => `• ${o}`), `Example${sample.length > 1 ? 's' : ''}: ${sample.map((s) => `\`${s.replace(/`/g, "'")}\``).join(' · ')}`].join('\n'),
      };
    });
    const story = engine.story();
    return fitReply({
      embeds: [
        {
          title: 'newsdesk: who said what, what happened when, how the outlets differ',
          description: story
            ? `${engine.storyNames().length} stor${engine.storyNames().length === 1 ? 'y' : 'ies'} loaded; by default commands answer about “${story.name}” (${story.analysis.articles.length} articles). Add story:… to pick another.`
            : 'No articles are loaded yet: add .txt or .md files to the seeds folder.',
          color: COLORS.info,
          fields,
          footer: 'Options autocomplete as you type. Replies never ping anyone. Long answers have ◀ Prev / Next ▶ buttons (in the console: type next or prev).',
        },
      ],
    });
  },
};
