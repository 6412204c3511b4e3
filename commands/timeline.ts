// /timeline (first version: being written).
import type { Command } from './types.ts';
import { storyOption } from './story-option.ts';

export const timeline: Command = {
  definition: { name: 'timeline', description: 'timeline', options: [storyOption] },
  handle: () => ({ content: 'not yet' }),
};
