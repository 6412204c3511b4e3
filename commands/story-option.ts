// The `story` option every command takes, and how a handler picks its story.
import type { Engine, Story } from '../src/engine.ts';
import type { Choice } from '../src/reply.ts';
import { UsageError, type OptionDefinition, type OptionValues } from './types.ts';

export const storyOption: OptionDefinition = {
  name: 'story',
  description: 'Which story (default: the one with the newest article)',
  type: 'string',
  autocomplete: true,
};

export function resolveStory(engine: Engine, options: OptionValues): Story {
  const name = typeof options.story === 'string' && options.story.trim() ? options.story.trim() : undefined;
  const story = engine.story(name);
  if (!story) {
    const names = engine.storyNames();
    if (!names.length) throw new UsageError('No articles are loaded yet. Add .txt or .md files to the seeds folder.');
    throw new UsageError(`No story called "${name}". Try story:${names[0]} (stories: ${names.slice(0, 10).join(', ')}).`);
  }
  return story;
}

export function storyChoices(engine: Engine, value: string): Choice[] {
  const v = value.toLowerCase();
  return engine
    .storyNames()
    .filter((n) => n.toLowerCase().includes(v))
    .map((n) => ({ name: n, value: n }));
}

/** Case-insensitive filter for autocomplete lists: prefix matches first, then substrings. */
export function matchChoices(values: string[], typed: string): Choice[] {
  const t = typed.toLowerCase().trim();
  const starts = values.filter((v) => v.toLowerCase().startsWith(t));
  const contains = values.filter((v) => !v.toLowerCase().startsWith(t) && v.toLowerCase().includes(t));
  return [...starts, ...contains].map((v) => ({ name: v, value: v }));
}
