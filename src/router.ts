// One entry point for every surface: runs a command, an autocomplete or a button click through
// the command modules, and always comes back with an answer (an ephemeral error if a handler fails).
//
// Around the handlers it adds what every surface needs:
// - a per-user cooldown (commands and clicks; never autocomplete), answered with a friendly
//   ephemeral note: only when the surface says who asked (`meta.userId`), so never in the console;
// - a small cache of replies: handlers are pure functions of the engine and their options, and a
//   chart or a comparison can cost a few hundred milliseconds of CPU that would stall every other
//   interaction of the process;
// - the "More" button: every reply carries `more`, a custom id that re-runs the same request and
//   shows it in full over several ephemeral parts, for when the renderer has to shorten it.
import type { Command, OptionValues } from '../commands/types.ts';
import { UsageError } from '../commands/types.ts';
import { storyFor } from '../commands/story-option.ts';
import type { Engine } from './engine.ts';
import type { Logger } from './log.ts';
import { fullTextPart } from './render/discord.ts';
import { COLORS, errorReply, type Choice, type Reply } from './reply.ts';

export const AUTOCOMPLETE_MAX = 25;
export const CHOICE_MAX = 100;
export const CUSTOM_ID_MAX = 100;
/** Custom ids starting with this are "More" clicks, answered by the router itself. */
export const MORE_PREFIX = 'more:';

export interface Meta {
  userId?: string;
  interactionId?: string;
  /** The member's permission bit set in the guild (Discord's decimal string); absent outside a guild. */
  memberPermissions?: string;
  guildId?: string;
}

export interface CooldownOptions {
  /** How many commands or clicks a user may send in a burst (default 5). */
  burst?: number;
  /** One more is allowed every this many ms (default 1500). */
  refillMs?: number;
}

export interface RouterOptions {
  /** Per-user cooldown; `false` turns it off. */
  cooldown?: CooldownOptions | false;
  /** How many replies to keep for identical requests (default 200; 0 turns the cache off). */
  cacheEntries?: number;
  /** How long a kept reply stays valid (default 10 minutes). */
  cacheTtlMs?: number;
}

export class Router {
  private readonly byName: Map<string, Command>;
  readonly cooldown: Cooldown | undefined;
  private readonly cache: ReplyCache | undefined;

  constructor(
    readonly engine: Engine,
    readonly commands: Command[],
    private readonly log?: Logger,
    options: RouterOptions = {},
  ) {
    this.byName = new Map(commands.map((c) => [c.definition.name, c]));
    for (const c of commands) if (c.prepare) engine.preparers.add(c.prepare);
    this.cooldown = options.cooldown === false ? undefined : new Cooldown(options.cooldown);
    const entries = options.cacheEntries ?? 200;
    this.cache = entries > 0 ? new ReplyCache(entries, options.cacheTtlMs ?? 10 * 60_000) : undefined;
  }

  command(name: string): Command | undefined {
    return this.byName.get(name);
  }

  /**
   * Runs every command that needs no option once, so that the first users of a new process do not
   * pay for the default views' cold work (charts, comparisons). Returns how long it took.
   */
  async warm(budgetMs = 10_000): Promise<number> {
    const t0 = performance.now();
    for (const c of this.commands) {
      if (c.sideEffects || c.definition.options.some((o) => o.required)) continue;
      const left = budgetMs - (performance.now() - t0);
      if (left <= 0) break;
      // A handler that waits on something (not CPU) is not worth waiting for here.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.run(c.definition.name, {}), new Promise((r) => (timer = setTimeout(r, Math.min(left, 2000))))]);
      clearTimeout(timer);
    }
    return Math.round(performance.now() - t0);
  }

  async run(name: string, options: OptionValues, meta: Meta = {}): Promise<Reply> {
    const command = this.byName.get(name);
    if (!command) return errorReply(`Unknown command /${name}. Type /help to see the commands.`);
    const wait = this.throttled(meta);
    if (wait) return wait;
    const ctx = { engine: this.engine, options, userId: meta.userId, memberPermissions: meta.memberPermissions, guildId: meta.guildId };
    // Just after a start that analyses in the background: the asked story first (usually at once).
    await this.engine.whenReady(typeof options.story === 'string' ? options.story : undefined);
    // A command that changes things (ingest, follow) runs every time and is never replayed by More.
    if (command.sideEffects) return this.guard(meta, name, () => command.handle(ctx));
    const origin = encodeCommandOrigin(name, options);
    return this.withMore(
      origin,
      await this.cached(`c\u0000${name}\u0000${stableJson(options)}`, () => this.guard(meta, name, () => command.handle(ctx))),
    );
  }

  autocomplete(name: string, focused: string, value: string, options: OptionValues): Choice[] {
    const command = this.byName.get(name);
    if (!command?.autocomplete) return [];
    // Just after a background start: a story not ready at once is put first on the workers, and its
    // choices come on a later keystroke (story names need no analysis).
    const story = focused === 'story' ? undefined : storyFor(this.engine, options);
    if (story && !this.engine.readableNow(story)) return [];
    try {
      return command
        .autocomplete({ engine: this.engine, options, focused, value })
        // A shortened value would not be the value the user picked: such a choice is dropped.
        .filter((c) => typeof c.value === 'string' && c.value.length > 0 && c.value.length <= CHOICE_MAX)
        .slice(0, AUTOCOMPLETE_MAX)
        .map((c) => ({ name: clip(String(c.name ?? ''), CHOICE_MAX), value: c.value }))
        .filter((c) => c.name.trim().length > 0);
    } catch (err) {
      this.log?.error({ err, command: name, focused }, 'autocomplete failed');
      return [];
    }
  }

  async button(customId: string, meta: Meta = {}): Promise<Reply> {
    const wait = this.throttled(meta);
    if (wait) return wait;
    if (customId.startsWith(MORE_PREFIX)) return this.more(customId, meta);
    return this.withMore(`b:${customId}`, await this.click(customId, meta));
  }

  /** A click without the cooldown and the More id (the More button replays clicks through it). */
  private async click(customId: string, meta: Meta): Promise<Reply> {
    const [name, ...args] = customId.split(':');
    const command = this.byName.get(name);
    if (!command?.button) return staleButtonReply();
    const produce = () => this.guard(meta, name, () => command.button!({ engine: this.engine, args, userId: meta.userId }));
    return command.sideEffects ? produce() : this.cached(`b\u0000${customId}`, produce);
  }

  /** `more:<part>:<origin>`: the reply of the origin again, as plain text in parts. */
  private async more(customId: string, meta: Meta): Promise<Reply> {
    const m = /^more:(\d{1,3}):(.*)$/s.exec(customId);
    const part = m ? Number(m[1]) : NaN;
    const origin = m?.[2] ?? '';
    let full: Reply | undefined;
    if (origin.startsWith('b:')) full = await this.click(origin.slice(2), meta);
    else if (origin.startsWith('c:')) {
      const decoded = decodeCommandOrigin(origin);
      const command = decoded && this.byName.get(decoded.name);
      if (decoded && command && !command.sideEffects) {
        full = await this.cached(`c\u0000${decoded.name}\u0000${stableJson(decoded.options)}`, () =>
          this.guard(meta, decoded.name, () => command.handle({ engine: this.engine, options: decoded.options, userId: meta.userId })),
        );
      }
    }
    if (!full || !Number.isInteger(part) || part < 1) return staleButtonReply();
    // An error or a note (the story changed since): show it as it is.
    if (full.ephemeral) return full;
    return fullTextPart(full, part, (n) => `${MORE_PREFIX}${n}:${origin}`);
  }

  private withMore(origin: string, reply: Reply): Reply {
    if (reply.ephemeral || reply.more !== undefined) return reply;
    const more = `${MORE_PREFIX}1:${origin}`;
    return more.length <= CUSTOM_ID_MAX ? { ...reply, more } : reply;
  }

  private throttled(meta: Meta): Reply | undefined {
    if (!meta.userId || !this.cooldown) return undefined;
    const waitMs = this.cooldown.take(meta.userId);
    if (!waitMs) return undefined;
    this.log?.info({ user: meta.userId, interaction: meta.interactionId, waitMs }, 'cooldown: asked to wait');
    return cooldownReply(waitMs);
  }

  private async cached(key: string, produce: () => Promise<Reply>): Promise<Reply> {
    if (!this.cache) return produce();
    // Answers are functions of the articles too: a change to them makes every kept answer stale.
    key = `${this.engine.version}\u0000${key}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const reply = await produce();
    // Errors and notes are cheap, and an error may be transient: keep only real answers.
    if (!reply.ephemeral) this.cache.set(key, reply);
    return reply;
  }

  private async guard(meta: Meta, name: string, fn: () => Promise<Reply> | Reply): Promise<Reply> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof UsageError) return errorReply(err.message);
      this.log?.error({ err, command: name, interaction: meta.interactionId }, 'command failed');
      return errorReply('Something went wrong while answering. The error was logged; try again or rephrase.');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cooldown

/**
 * A token bucket per user: `burst` commands at once, then one every `refillMs`. In memory, per
 * process: behind several replicas a user gets at most that much from each, which is the point
 * (protecting each process), not an exact global quota.
 */
export class Cooldown {
  readonly burst: number;
  readonly refillMs: number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweptAt = 0;

  constructor(options: CooldownOptions = {}, private readonly now: () => number = Date.now) {
    this.burst = Math.max(1, options.burst ?? 5);
    this.refillMs = Math.max(1, options.refillMs ?? 1500);
  }

  /** Takes one token for `userId`: 0 when allowed, else how many ms until the next one. */
  take(userId: string): number {
    const now = this.now();
    this.sweep(now);
    const b = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, b.tokens + (now - b.at) / this.refillMs);
    if (tokens >= 1) {
      this.buckets.set(userId, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(userId, { tokens, at: now });
    return Math.ceil((1 - tokens) * this.refillMs);
  }

  get size(): number {
    return this.buckets.size;
  }

  /** Forgets users whose bucket is full again, so memory follows active users only. */
  private sweep(now: number): void {
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    const full = this.burst * this.refillMs;
    for (const [id, b] of this.buckets) if (now - b.at >= full) this.buckets.delete(id);
  }
}

export function cooldownReply(waitMs: number): Reply {
  const s = Math.max(1, Math.ceil(waitMs / 1000));
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'One moment',
        description: `You are sending commands faster than I can keep up with. Try again in ${s} second${s === 1 ? '' : 's'}.`,
        color: COLORS.info,
      },
    ],
  };
}

export function staleButtonReply(): Reply {
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'This button is out of date',
        description: 'It comes from an older version of the bot or of this answer. Run the command again for fresh buttons.',
        color: COLORS.info,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Origins of a "More" button: enough to run the same request again, in a custom id.

/** `c:<name>:<k>=<v>&…`: strings as they are, numbers as `#n`, booleans as `!1`/`!0`. */
export function encodeCommandOrigin(name: string, options: OptionValues): string {
  const parts = Object.keys(options)
    .sort()
    .filter((k) => options[k] !== undefined)
    .map((k) => {
      const v = options[k]!;
      const value = typeof v === 'number' ? `#${v}` : typeof v === 'boolean' ? `!${v ? 1 : 0}` : /^[#!\\]/.test(v) ? `\\${v}` : v;
      return `${esc(k)}=${esc(value)}`;
    });
  return `c:${name}:${parts.join('&')}`;
}

export function decodeCommandOrigin(origin: string): { name: string; options: OptionValues } | undefined {
  const m = /^c:([^:]+):(.*)$/s.exec(origin);
  if (!m) return undefined;
  const options: OptionValues = {};
  for (const pair of m[2] ? m[2].split('&') : []) {
    const at = pair.indexOf('=');
    if (at < 0) return undefined;
    const key = unesc(pair.slice(0, at));
    const raw = unesc(pair.slice(at + 1));
    if (raw.startsWith('#')) options[key] = Number(raw.slice(1));
    else if (raw.startsWith('!')) options[key] = raw === '!1';
    else options[key] = raw.startsWith('\\') ? raw.slice(1) : raw;
  }
  return { name: m[1], options };
}

const esc = (s: string) => s.replace(/[%&=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unesc = (s: string) => s.replace(/%(25|26|3D)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

// ---------------------------------------------------------------------------------------------
// Cache

class ReplyCache {
  private readonly map = new Map<string, { reply: Reply; until: number }>();

  constructor(
    private readonly max: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string): Reply | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    if (hit.until < Date.now()) return undefined;
    this.map.set(key, hit); // most recently used last
    return hit.reply;
  }

  set(key: string, reply: Reply): void {
    this.map.delete(key);
    this.map.set(key, { reply, until: Date.now() + this.ttlMs });
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

function stableJson(options: OptionValues): string {
  return JSON.stringify(Object.keys(options).sort().map((k) => [k, options[k]]));
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${s.slice(0, cut)}…`;
}
