// /follow: channels that get a short update when newly added articles bring something new to a
// story (new quotes, dated events or conflicts), and nothing for an article that brings nothing new.
// The list lives in .newsdesk/follows.json (written atomically). Posting goes through `Poster`,
// which a surface implements; `restPoster` does it over Discord's REST API with the bot token, so
// the gateway bot and the HTTP endpoint can share it.
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { escapeMarkdown, fitReply, shorten } from '../commands/story-option.ts';
import { type StoryChange, hasNews } from './ingest/changes.ts';
import { writeFileAtomic } from './ingest/save.ts';
import type { Logger } from './log.ts';
import { toDiscordPayload } from './render/discord.ts';
import { COLORS, type Reply } from './reply.ts';

/** Sends a message to a channel. */
export interface Poster {
  post(channelId: string, reply: Reply): Promise<void>;
}

export interface Follow {
  channelId: string;
  guildId?: string;
  /** Only this story; absent = every story. */
  story?: string;
  /** Who set it up (user id). */
  by?: string;
  /** When (ISO time). */
  since: string;
}

const fileSchema = z.object({
  version: z.literal(1),
  follows: z.array(
    z.object({
      channelId: z.string().regex(/^\d{1,25}$/),
      guildId: z.string().regex(/^\d{1,25}$/).optional(),
      story: z.string().min(1).max(100).optional(),
      by: z.string().max(40).optional(),
      since: z.string(),
    }),
  ),
});

type Log = Pick<Logger, 'info' | 'warn' | 'error'>;

/** The followed channels, persisted as JSON. Loaded on first use; every change is saved at once. */
export class FollowStore {
  private follows?: Follow[];
  private stamp?: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly log?: Log,
  ) {}

  async list(): Promise<Follow[]> {
    return [...(await this.load())];
  }

  /** Follows a channel (for one story, or all when `story` is absent); replaces the same pair. */
  add(follow: Omit<Follow, 'since'> & { since?: string }): Promise<{ replaced: boolean }> {
    return this.change((all) => {
      const at = all.findIndex((f) => f.channelId === follow.channelId && sameStory(f.story, follow.story));
      const entry: Follow = { ...follow, since: follow.since ?? new Date().toISOString() };
      for (const k of Object.keys(entry) as (keyof Follow)[]) if (entry[k] === undefined) delete entry[k];
      if (at >= 0) all[at] = entry;
      else all.push(entry);
      return { replaced: at >= 0 };
    });
  }

  /** Stops following: one story of a channel, or everything the channel follows when `story` is absent. */
  remove(channelId: string, story?: string): Promise<number> {
    return this.change((all) => {
      const keep = all.filter((f) => f.channelId !== channelId || (story !== undefined && !sameStory(f.story, story)));
      const removed = all.length - keep.length;
      all.splice(0, all.length, ...keep);
      return removed;
    });
  }

  private change<T>(fn: (all: Follow[]) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const all = await this.load();
      const before = JSON.stringify(all);
      const out = fn(all);
      if (JSON.stringify(all) !== before) await this.save(all);
      return out;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The list, read again when the file changed (another process, e.g. the HTTP endpoint, may write it). */
  private async load(): Promise<Follow[]> {
    let stamp = 'missing';
    try {
      const st = await stat(this.file);
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch {
      // No file yet.
    }
    if (this.follows && stamp === this.stamp) return this.follows;
    this.stamp = stamp;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log?.warn({ err, file: this.file }, 'follows: could not read the list; starting empty');
      return (this.follows = []);
    }
    try {
      this.follows = fileSchema.parse(JSON.parse(text)).follows;
    } catch (err) {
      // Keep the unreadable file for a person to look at; start a new list.
      const aside = `${this.file}.unreadable-${Date.now()}`;
      await rename(this.file, aside).catch(() => undefined);
      this.log?.error({ err: (err as Error).message, file: this.file, keptAs: aside }, 'follows: the list was unreadable; set aside, starting empty');
      this.follows = [];
    }
    return this.follows;
  }

  private async save(all: Follow[]): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, follows: all }, null, 2)}\n`, { replace: true });
    try {
      const st = await stat(this.file);
      this.stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch {
      this.stamp = undefined;
    }
  }
}

export interface NotifyResult {
  posted: number;
  failed: number;
}

/** Posts updates to the followed channels. */
export class Follows {
  private readonly pending = new Set<Promise<NotifyResult>>();

  constructor(
    readonly store: FollowStore,
    private poster?: Poster,
    private readonly log?: Log,
  ) {}

  setPoster(poster: Poster | undefined): void {
    this.poster = poster;
  }

  /** Takes the right to post about change `id`: false when another process (or an earlier call) took it. */
  private async claim(id: string): Promise<boolean> {
    const dir = join(dirname(this.store.file), 'posted');
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, id), `${process.pid}\n`, { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      this.log?.warn({ err: (err as Error).message }, 'follows: cannot record posted updates; posting anyway');
      return true;
    }
    if (Math.random() < 0.05) void prunePosted(dir);
    return true;
  }

  get canPost(): boolean {
    return this.poster !== undefined;
  }

  /**
   * One short update per followed channel for the changes that bring something new to a story it
   * follows; nothing where nothing is new. A failed post is logged and does not stop the others.
   */
  notify(changes: StoryChange[]): Promise<NotifyResult> {
    const run = this.post(changes);
    this.pending.add(run);
    void run.catch(() => undefined).finally(() => this.pending.delete(run));
    return run;
  }

  /** Resolves when the updates under way have been posted (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private async post(changes: StoryChange[]): Promise<NotifyResult> {
    const news = changes.filter(hasNews);
    const result: NotifyResult = { posted: 0, failed: 0 };
    if (!news.length) return result;
    const follows = await this.store.list();
    const byChannel = new Map<string, StoryChange[]>();
    for (const f of follows) {
      const relevant = news.filter((c) => f.story === undefined || sameStory(f.story, c.story));
      if (!relevant.length) continue;
      const list = byChannel.get(f.channelId) ?? [];
      for (const c of relevant) if (!list.includes(c)) list.push(c);
      byChannel.set(f.channelId, list);
    }
    if (!byChannel.size) return result;
    if (!this.poster) {
      this.log?.warn({ channels: byChannel.size }, 'follows: news to post, but no way to post (set DISCORD_TOKEN)');
      return result;
    }
    // Several processes (shards, replicas) may apply the same new file: the first to claim it posts.
    const mine = new Set<string>();
    for (const c of new Set([...byChannel.values()].flat())) if (await this.claim(c.id)) mine.add(c.id);
    for (const [channelId, all] of byChannel) {
      const list = all.filter((c) => mine.has(c.id));
      if (!list.length) continue;
      try {
        await this.poster.post(channelId, updateReply(list));
        result.posted++;
        this.log?.info({ channel: channelId, stories: list.map((c) => c.story) }, 'follows: update posted');
      } catch (err) {
        result.failed++;
        this.log?.warn({ channel: channelId, err: (err as Error).message }, 'follows: could not post the update');
      }
    }
    return result;
  }
}

/** Forgets claims older than a week (an article re-added after that may be announced again). */
async function prunePosted(dir: string): Promise<void> {
  const limit = Date.now() - 7 * 86_400_000;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    const st = await stat(path).catch(() => undefined);
    if (st && st.mtimeMs < limit) await unlink(path).catch(() => undefined);
  }
}

/** The update for one channel: one short embed per story with news (at most 10). */
export function updateReply(changes: StoryChange[]): Reply {
  return fitReply({
    embeds: changes.filter(hasNews).slice(0, 10).map((c) => {
      const lines: string[] = [];
      for (const q of c.quotes.slice(0, 3)) lines.push(`💬 “${escapeMarkdown(shorten(q.text, 140))}”${q.speaker ? ` — ${escapeMarkdown(q.speaker)}` : ''}`);
      for (const e of c.events.slice(0, 3)) lines.push(`📅 ${e.date}: ${escapeMarkdown(shorten(e.summary, 140))}`);
      for (const d of c.conflicts.slice(0, 2)) lines.push(`⚠️ ${escapeMarkdown(shorten(d.summary, 160))}`);
      return {
        title: shorten(`New in “${c.story}”`, 250),
        description: lines.join('\n'),
        color: COLORS.info,
        footer: shorten(`${counts(c)} · from ${c.files.join(', ')} · /quote, /timeline or /compare story:${c.story}`, 500),
      };
    }),
  });
}

/** "2 new quotes, 1 dated event, 1 conflict". */
export function counts(c: StoryChange): string {
  const parts = [plural(c.quotes.length, 'new quote'), plural(c.events.length, 'new dated event'), plural(c.conflicts.length, 'new conflict')].filter((p) => !p.startsWith('0 '));
  return parts.join(', ') || 'nothing new';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sameStory(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

export interface RestPosterOptions {
  /** REST base, e.g. https://discord.com/api (DISCORD_API_URL). */
  apiUrl: string;
  token: string;
  fetch?: typeof fetch;
}

/** Posts with the bot token to `POST /channels/{id}/messages`; waits out one 429 and retries. */
export function restPoster(options: RestPosterOptions): Poster {
  const base = `${options.apiUrl.replace(/\/+$/, '')}/v10`;
  const doFetch = options.fetch ?? fetch;
  return {
    async post(channelId, reply) {
      if (!/^\d{1,25}$/.test(channelId)) throw new Error('not a channel id');
      const body = JSON.stringify(toDiscordPayload(reply).body);
      for (let attempt = 0; ; attempt++) {
        const res = await doFetch(`${base}/channels/${channelId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bot ${options.token}`, 'content-type': 'application/json', 'user-agent': 'DiscordBot (newsdesk, 0.1)' },
          body,
          signal: AbortSignal.timeout(15_000),
        });
        if (res.ok) {
          await res.arrayBuffer().catch(() => undefined);
          return;
        }
        const text = await res.text().catch(() => '');
        if (res.status === 429 && attempt === 0) {
          let wait = 1;
          try {
            wait = Number((JSON.parse(text) as { retry_after?: number }).retry_after ?? 1) || 1;
          } catch {
            // Not JSON: wait a second.
          }
          await new Promise((r) => setTimeout(r, Math.min(10_000, Math.max(0, wait * 1000))));
          continue;
        }
        throw new Error(`Discord answered ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
      }
    },
  };
}
