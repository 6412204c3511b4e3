// A slash command: its definition (plain data, registered as is) and handlers that return reply
// models. No Discord client in here; surfaces call these.
import type { Choice, Reply } from '../src/reply.ts';
import type { Engine, Story } from '../src/engine.ts';

export type OptionType = 'string' | 'integer' | 'boolean' | 'channel' | 'attachment';

export interface OptionDefinition {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Choice[];
  maxLength?: number;
}

export interface CommandDefinition {
  name: string;
  description: string;
  options: OptionDefinition[];
  /** Discord permission bit set as a string, e.g. Manage Server; absent = everyone. */
  defaultMemberPermissions?: string;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

export interface CommandContext {
  engine: Engine;
  options: OptionValues;
  /** Who asked (for cooldowns, logs); absent in the console. */
  userId?: string;
  /**
   * The member's permission bit set (Discord's decimal string) when asked in a server; absent in a
   * DM and in the console. Commands with `defaultMemberPermissions` check it again when they run.
   */
  memberPermissions?: string;
  /** The server asked in, when there is one. */
  guildId?: string;
}

export interface AutocompleteContext {
  engine: Engine;
  options: OptionValues;
  focused: string;
  value: string;
}

export interface ButtonContext {
  engine: Engine;
  /** The custom id split on ':' after the command name. */
  args: string[];
  userId?: string;
}

export interface Command {
  definition: CommandDefinition;
  handle(ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(ctx: AutocompleteContext): Choice[];
  /** Answers a click on a button whose custom id starts with `<name>:`. */
  button?(ctx: ButtonContext): Promise<Reply> | Reply;
  /** The command changes things (adds articles, follows channels): never cached, never replayed. */
  sideEffects?: boolean;
  /**
   * Does the per-version work of the command's commonest answers for a new version of a story in
   * use, before the bot shows it (see Engine.preparers), so the first question after an update finds
   * it done. Long work pauses now and then (`pause`), so that the bot answers meanwhile.
   */
  prepare?(story: Story, pause: () => Promise<unknown>): Promise<void> | void;
}

/** A user-facing mistake in the options: surfaces answer it with an ephemeral error. */
export class UsageError extends Error {}
