// /compare (first version: being written).
import type { Command } from './types.ts';
import { storyOption } from './story-option.ts';

export const compare: Command = {
  definition: { name: 'compare', description: 'compare', options: [storyOption] },
  handle: () => ({ content: 'not yet' }),
};
