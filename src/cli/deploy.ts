// `newsdesk deploy-commands [--guild [ID]] [--force] [--clear]`: registers the slash commands with
// Discord (PUT replaces the whole set of a scope, so commands no longer defined disappear too).
// Guild-scoped commands appear at once in that guild; global ones in every guild the bot is in.
// The definitions' hash is kept per scope in .newsdesk/commands-hash.json and nothing is sent
// when they did not change (`--force` sends anyway).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandDefinition, OptionDefinition, OptionType } from '../../commands/types.ts';
import { loadConfig } from '../config.ts';

export const OPTION_TYPES: Record<OptionType, number> = { string: 3, integer: 4, boolean: 5, channel: 7, attachment: 11 };

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export interface DiscordCommandJSON {
  name: string;
  description: string;
  type: 1;
  options: DiscordOptionJSON[];
  default_member_permissions: string | null;
}

export interface DiscordOptionJSON {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  max_length?: number;
}

/** Our plain definitions as Discord's JSON; throws naming the command when one cannot be registered. */
export function toDiscordCommands(definitions: CommandDefinition[]): DiscordCommandJSON[] {
  const names = new Set<string>();
  return definitions.map((d) => {
    const where = `/${d.name}`;
    if (!NAME.test(d.name)) throw new Error(`${where}: a command name must be 1 to 32 lowercase letters, digits, - or _`);
    if (names.has(d.name)) throw new Error(`${where}: defined twice`);
    names.add(d.name);
    if (d.options.length > 25) throw new Error(`${where}: at most 25 options`);
    const optionNames = new Set<string>();
    const options = d.options.map((o) => {
      if (!NAME.test(o.name)) throw new Error(`${where} ${o.name}: an option name must be 1 to 32 lowercase letters, digits, - or _`);
      if (optionNames.has(o.name)) throw new Error(`${where} ${o.name}: option defined twice`);
      optionNames.add(o.name);
      return toDiscordOption(o, where);
    });
    // Discord requires the required options first; keep the order otherwise.
    const sorted = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
    return {
      name: d.name,
      description: describe(d.description, where),
      type: 1,
      options: sorted,
      default_member_permissions: d.defaultMemberPermissions ?? null,
    };
  });
}

function toDiscordOption(o: OptionDefinition, where: string): DiscordOptionJSON {
  const type = OPTION_TYPES[o.type];
  if (!type) throw new Error(`${where} ${o.name}: unknown option type "${o.type}"`);
  const out: DiscordOptionJSON = { type, name: o.name, description: describe(o.description, `${where} ${o.name}`) };
  if (o.required) out.required = true;
  if (o.autocomplete && o.choices?.length) throw new Error(`${where} ${o.name}: an option has either choices or autocomplete, not both`);
  if (o.autocomplete) {
    if (type !== 3 && type !== 4) throw new Error(`${where} ${o.name}: only string and integer options can autocomplete`);
    out.autocomplete = true;
  }
  if (o.choices?.length) {
    if (o.choices.length > 25) throw new Error(`${where} ${o.name}: at most 25 choices`);
    out.choices = o.choices.map((c) => ({ name: c.name.slice(0, 100), value: type === 4 ? Number(c.value) : c.value.slice(0, 100) }));
  }
  if (o.maxLength !== undefined && type === 3) out.max_length = Math.max(1, Math.min(6000, o.maxLength));
  return out;
}

function describe(text: string, where: string): string {
  const t = text.trim();
  if (!t) throw new Error(`${where}: a description is required`);
  return t.length <= 100 ? t : `${t.slice(0, 99)}…`;
}

/** A stable hash of what would be sent. */
export function definitionsHash(body: DiscordCommandJSON[]): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export interface RegisterOptions {
  definitions: CommandDefinition[];
  token: string;
  clientId: string;
  apiUrl: string;
  guildId?: string;
  force?: boolean;
  /** Where commands-hash.json lives (default `.newsdesk`). */
  stateDir?: string;
}

export interface RegisterResult {
  status: 'sent' | 'unchanged';
  scope: string;
  count: number;
}

export async function registerCommands(o: RegisterOptions): Promise<RegisterResult> {
  const body = toDiscordCommands(o.definitions);
  const hash = definitionsHash(body);
  const api = o.apiUrl.replace(/\/+$/, '');
  const scope = o.guildId ? `guild:${o.guildId}` : 'global';
  // Keyed by application and scope (and by API base when it is not Discord's own, e.g. a loopback).
  const key = `${api === 'https://discord.com/api' ? '' : `${api} `}${o.clientId}/${scope}`;
  const file = join(o.stateDir ?? '.newsdesk', 'commands-hash.json');
  const state = readState(file);
  if (!o.force && state[key] === hash) return { status: 'unchanged', scope, count: body.length };

  const { REST, Routes } = await import('discord.js');
  const rest = new REST({ api }).setToken(o.token);
  const route = o.guildId ? Routes.applicationGuildCommands(o.clientId, o.guildId) : Routes.applicationCommands(o.clientId);
  await rest.put(route, { body });
  state[key] = hash;
  writeState(file, state);
  return { status: 'sent', scope, count: body.length };
}

function readState(file: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function writeState(file: string, state: Record<string, string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, file);
}

const USAGE = 'usage: newsdesk deploy-commands [--guild [ID]] [--force] [--clear]';

export async function deployCommands(args: string[]): Promise<number> {
  let guild: string | undefined;
  let guildFlag = false;
  let force = false;
  let clear = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--force') force = true;
    else if (a === '--clear') clear = true;
    else if (a === '--guild' || a.startsWith('--guild=')) {
      guildFlag = true;
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1] && !args[i + 1].startsWith('--') ? args[++i] : undefined;
      guild = value;
    } else {
      console.error(`deploy-commands: unknown argument "${a}"\n${USAGE}`);
      return 2;
    }
  }
  const config = loadConfig();
  if (guildFlag && !guild) guild = config.DISCORD_GUILD_ID;
  if (guildFlag && !guild) {
    console.error('deploy-commands: --guild needs a guild id (or set DISCORD_GUILD_ID).');
    return 2;
  }
  if (guild && !/^\d{5,25}$/.test(guild)) {
    console.error(`deploy-commands: --guild expects a numeric guild id, got "${guild}".`);
    return 2;
  }
  const missing = (['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] as const).filter((k) => !config[k]);
  if (missing.length) {
    console.error(`deploy-commands: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (in the environment or .env); registering commands needs ${missing.length > 1 ? 'them' : 'it'}.`);
    return 2;
  }
  const definitions = clear ? [] : (await import('../../commands/index.ts')).commands.map((c) => c.definition);
  const where = guild ? `guild ${guild}` : 'global (every guild; may take a while to show)';
  try {
    const result = await registerCommands({
      definitions,
      token: config.DISCORD_TOKEN!,
      clientId: config.DISCORD_CLIENT_ID!,
      apiUrl: config.DISCORD_API_URL,
      guildId: guild,
      force: force || clear,
    });
    if (result.status === 'unchanged') console.log(`Commands unchanged for ${where}: nothing sent (--force sends anyway).`);
    else if (clear) console.log(`Removed every command registered for ${where}.`);
    else console.log(`Registered ${result.count} commands for ${where}: ${definitions.map((d) => `/${d.name}`).join(' ')}`);
    if (!guild && config.DISCORD_GUILD_ID && !clear) console.log('(DISCORD_GUILD_ID is set: `deploy-commands --guild` registers there instead, instantly.)');
    return 0;
  } catch (err) {
    const e = err as { status?: number; message?: string };
    const hint = e.status === 401 ? ' (is DISCORD_TOKEN right?)' : e.status === 403 || e.status === 404 ? ' (is DISCORD_CLIENT_ID right, and is the bot in that guild?)' : '';
    const message = e.message ?? String(err);
    const status = e.status && !message.startsWith(String(e.status)) ? `${e.status} ` : '';
    console.error(`deploy-commands: Discord refused the commands: ${status}${message}${hint}`);
    return 1;
  }
}
