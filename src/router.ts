// One entry point for every surface: runs a command, an autocomplete or a button click through
// the command modules, and always comes back with an answer (an ephemeral error if a handler fails).
import type { Command, OptionValues } from '../commands/types.ts';
import { UsageError } from '../commands/types.ts';
import type { Engine } from './engine.ts';
import type { Logger } from './log.ts';
import { errorReply, type Choice, type Reply } from './reply.ts';

export const AUTOCOMPLETE_MAX = 25;
export const CHOICE_MAX = 100;

export class Router {
  private readonly byName: Map<string, Command>;

  constructor(
    readonly engine: Engine,
    readonly commands: Command[],
    private readonly log?: Logger,
  ) {
    this.byName = new Map(commands.map((c) => [c.definition.name, c]));
  }

  command(name: string): Command | undefined {
    return this.byName.get(name);
  }

  async run(name: string, options: OptionValues, meta: { userId?: string; interactionId?: string } = {}): Promise<Reply> {
    const command = this.byName.get(name);
    if (!command) return errorReply(`Unknown command /${name}. Type /help to see the commands.`);
    return this.guard(meta, name, () => command.handle({ engine: this.engine, options, userId: meta.userId }));
  }

  autocomplete(name: string, focused: string, value: string, options: OptionValues): Choice[] {
    const command = this.byName.get(name);
    if (!command?.autocomplete) return [];
    try {
      return command
        .autocomplete({ engine: this.engine, options, focused, value })
        .slice(0, AUTOCOMPLETE_MAX)
        .map((c) => ({ name: clip(c.name, CHOICE_MAX), value: clip(c.value, CHOICE_MAX) }))
        .filter((c) => c.name.length > 0 && c.value.length > 0);
    } catch (err) {
      this.log?.error({ err, command: name, focused }, 'autocomplete failed');
      return [];
    }
  }

  async button(customId: string, meta: { userId?: string; interactionId?: string } = {}): Promise<Reply> {
    const [name, ...args] = customId.split(':');
    const command = this.byName.get(name);
    if (!command?.button) return errorReply('This button is no longer active. Run the command again.');
    return this.guard(meta, name, () => command.button!({ engine: this.engine, args, userId: meta.userId }));
  }

  private async guard(meta: { interactionId?: string }, name: string, fn: () => Promise<Reply> | Reply): Promise<Reply> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof UsageError) return errorReply(err.message);
      this.log?.error({ err, command: name, interaction: meta.interactionId }, 'command failed');
      return errorReply('Something went wrong while answering. The error was logged; try again or rephrase.');
    }
  }
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
