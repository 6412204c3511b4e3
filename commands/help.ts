// /help: what each command does, with an example each.
import type { Command } from './types.ts';
import { COLORS } from '../src/reply.ts';

const EXAMPLES: Record<string, string> = {
  quote: '/quote query:pay a price speaker:…',
  timeline: '/timeline from:2024-01-01 actor:…',
  compare: '/compare topic:ambassador',
  sources: '/sources',
  help: '/help',
};

export const help: Command = {
  definition: { name: 'help', description: 'What each command does, with an example', options: [] },
  async handle() {
    const { commands } = await import('./index.ts');
    return {
      embeds: [
        {
          title: 'newsdesk: who said what, what happened when, how the outlets differ',
          color: COLORS.info,
          fields: commands.map((c) => ({
            name: `/${c.definition.name}`,
            value: `${c.definition.description}\nExample: \`${EXAMPLES[c.definition.name] ?? `/${c.definition.name}`}\``,
          })),
          footer: 'Options autocomplete as you type. Replies never ping anyone.',
        },
      ],
    };
  },
};
