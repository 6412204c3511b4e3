// /quote (first version: being written).
import type { Command } from './types.ts';
import { storyOption } from './story-option.ts';

export const quote: Command = {
  definition: { name: 'quote', description: 'quote', options: [storyOption] },
  handle: () => ({ content: 'not yet' }),
};
