// /follow: channel state persisted in follows.json; one short update per followed channel when new
// articles bring new quotes, dated events or conflicts; nothing when they bring nothing new.
// Posting goes through a fake Poster; the REST poster is checked against a loopback server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { FollowStore, Follows, restPoster, updateReply } from '../src/follow.ts';
import type { StoryChange } from '../src/ingest/changes.ts';
import { checkPayloadLimits, replyText, toDiscordPayload } from '../src/render/discord.ts';
import { COLORS } from '../src/reply.ts';
import { Router } from '../src/router.ts';
import { SeedsWatcher } from '../src/watch.ts';
import { FakePoster, articlePage, engineWithDesk, html, startServer, workspace, type TestServer, type Workspace } from './ingest-support.ts';

let server: TestServer;
let ws: Workspace;
let poster: FakePoster;
let ctx: ReturnType<typeof engineWithDesk>;
let router: Router;
const manager = { userId: '42', memberPermissions: '32', guildId: '7' };

beforeAll(async () => {
  server = await startServer({
    '/ferry': html(articlePage()),
    '/winter': html(
      articlePage({
        title: 'Winter timetable set',
        canonical: 'https://coastline.example/news/winter',
        body: [
          '"Winter crossings will run every hour," the operator said on May 22, 2024, when the council published the timetable.',
          'The first winter boat leaves at six in the morning, according to the timetable published by the council.',
        ],
      }),
    ),
    '/ferry-copy': html(articlePage({ canonical: 'https://coastline.example/news/ferry-copy' }).replace('Critics said the fares were too high', 'Some critics said the fares were too high')),
  });
  ws = workspace();
  poster = new FakePoster();
  ctx = engineWithDesk(ws, {}, poster);
  router = new Router(ctx.engine, commands, undefined, { cooldown: false });
});

afterAll(async () => {
  await server.close();
  ws.cleanup();
});

describe('/follow', () => {
  it('saves the channel, posts one short update per channel for news, nothing for an article with nothing new', async () => {
    const follow = await router.run('follow', { channel: '1001' }, manager);
    expect(replyText(follow)).toMatch(/From now on I post a short update in <#1001> when new articles bring new quotes, dated events or conflicts to any story/);
    await router.run('follow', { channel: '1002', story: 'harbour' }, manager);
    await router.run('follow', { channel: '1003', story: 'elsewhere' }, manager);
    // Following the same pair again replaces it.
    expect(replyText(await router.run('follow', { channel: '1002', story: 'harbour' }, manager))).toMatch(/Already following/);

    const saved = JSON.parse(readFileSync(join(ws.state, 'follows.json'), 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.follows.map((f: { channelId: string; story?: string; guildId?: string }) => [f.channelId, f.story ?? '*', f.guildId])).toEqual([
      ['1001', '*', '7'],
      ['1002', 'harbour', '7'],
      ['1003', 'elsewhere', '7'],
    ]);

    const listed = replyText(await router.run('follow', {}, manager));
    expect(listed).toMatch(/Followed channels \(3\)/);
    expect(listed).toContain('<#1002> — “harbour”');

    // An article with news: one post in each channel following that story (1001 and 1002), none in 1003.
    const added = await router.run('ingest', { url: `${server.url}/ferry`, story: 'harbour' }, manager);
    expect(added.ephemeral).toBeFalsy();
    await ctx.desk.follows.settled();
    expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['1001', '1002']);
    const update = poster.posts[0].reply;
    const text = replyText(update);
    expect(text).toContain('New in “harbour”');
    expect(text).toContain('We expect the first boats to be full');
    expect(text).toMatch(/2 new quotes/);
    const payload = toDiscordPayload(update).body;
    expect(checkPayloadLimits(payload)).toEqual([]);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(payload).length).toBeLessThan(2000); // short

    // An article that brings nothing new (the same quotes and events, another address): no post.
    poster.posts = [];
    const copy = await router.run('ingest', { url: `${server.url}/ferry-copy`, story: 'harbour' }, manager);
    expect(copy.ephemeral, replyText(copy)).toBeFalsy();
    expect(replyText(copy)).toMatch(/Nothing new for the story/);
    await ctx.desk.follows.settled();
    expect(poster.posts).toEqual([]);
  });

  it('posts for files dropped into the folder too (through the watcher)', async () => {
    poster.posts = [];
    const watcher = SeedsWatcher.start(ctx.engine, ws.seeds, { onChanges: (c) => void ctx.desk.follows.notify(c) });
    try {
      writeFileSync(join(ws.seeds, 'harbour', 'dropped.txt'), 'Night ferry added\n\n"A night boat was the most requested change," the operator said on May 20, 2024, announcing a late crossing.\n');
      const t0 = Date.now();
      while (poster.posts.length < 2 && Date.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 25));
      expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['1001', '1002']);
      expect(replyText(poster.posts[0].reply)).toContain('A night boat was the most requested change');

      // /ingest while the watcher runs: the watcher sees the new file too, but each channel gets one post.
      poster.posts = [];
      const added = await router.run('ingest', { url: `${server.url}/winter`, story: 'harbour' }, manager);
      expect(replyText(added)).toContain('Winter crossings will run every hour');
      await new Promise((r) => setTimeout(r, 600));
      await watcher.flush();
      await ctx.desk.follows.settled();
      expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['1001', '1002']);
    } finally {
      watcher.close();
    }
  });

  it('stops, lists per server, and checks the permission again', async () => {
    expect(replyText(await router.run('follow', { channel: '1001', stop: true }, manager))).toMatch(/No more updates in <#1001>/);
    expect(replyText(await router.run('follow', { channel: '1001', stop: true }, manager))).toMatch(/was not following/);
    expect(replyText(await router.run('follow', {}, { ...manager, guildId: '999' }))).toMatch(/Followed channels \(0\)/);
    const denied = await router.run('follow', { channel: '1004' }, { userId: '42', memberPermissions: '0', guildId: '7' });
    expect(denied.embeds?.[0]?.color).toBe(COLORS.error);
    expect(replyText(denied)).toMatch(/needs the Manage Server permission/);
    const store = new FollowStore(join(ws.state, 'follows.json'));
    expect((await store.list()).map((f) => f.channelId)).toEqual(['1002', '1003']);
    // A bad channel value is a usage error.
    expect(replyText(await router.run('follow', { channel: '@everyone' }, manager))).toMatch(/Pick a channel/);
  });

  it('keeps going when one channel cannot be posted to, and sets an unreadable list aside', async () => {
    const file = join(ws.dir, 'other', 'follows.json');
    const store = new FollowStore(file);
    await store.add({ channelId: '1', story: 'harbour' });
    await store.add({ channelId: '2' });
    const got: string[] = [];
    const follows = new Follows(store, {
      async post(channelId) {
        if (channelId === '1') throw new Error('Missing Access');
        got.push(channelId);
      },
    });
    const change: StoryChange = { id: 'c1', story: 'harbour', files: ['x.txt'], quotes: [{ text: 'words', speaker: null, file: 'x.txt' }], events: [], conflicts: [] };
    expect(await follows.notify([change])).toEqual({ posted: 1, failed: 1 });
    expect(got).toEqual(['2']);
    expect(await follows.notify([{ ...change, id: 'c2', quotes: [] }])).toEqual({ posted: 0, failed: 0 });

    // Another process (a shard, a replica) applying the same file posts nothing: the first one did.
    const other = new FakePoster();
    const replica = new Follows(new FollowStore(file), other);
    expect(await replica.notify([change])).toEqual({ posted: 0, failed: 0 });
    expect(await replica.notify([{ ...change, id: 'c3' }])).toEqual({ posted: 2, failed: 0 });
    expect(other.posts.map((p) => p.channelId).sort()).toEqual(['1', '2']);

    writeFileSync(file, '{ not json');
    const fresh = new FollowStore(file);
    expect(await fresh.list()).toEqual([]);
    await fresh.add({ channelId: '3' });
    expect((await new FollowStore(file).list()).map((f) => f.channelId)).toEqual(['3']);
  });

  it('the REST poster sends the update to POST /channels/{id}/messages with the bot token, mentions off', async () => {
    const seen: { url: string; auth: string; body: string }[] = [];
    const api = await startServer({});
    const real = await startServer({
      '/api/v10/channels/555/messages': (res, req) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          seen.push({ url: req.url ?? '', auth: String(req.headers.authorization), body });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id":"1"}');
        });
      },
    });
    try {
      const p = restPoster({ apiUrl: `${real.url}/api`, token: 'test-token' });
      const change: StoryChange = { id: 'r1', story: 'harbour', files: ['x.txt'], quotes: [{ text: '@everyone look', speaker: 'A', file: 'x.txt' }], events: [{ date: '2024-05-20', summary: 'A late crossing.', files: ['x.txt'] }], conflicts: [] };
      await p.post('555', updateReply([change]));
      expect(seen).toHaveLength(1);
      expect(seen[0].auth).toBe('Bot test-token');
      const body = JSON.parse(seen[0].body);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds[0].title).toBe('New in “harbour”');
      await expect(restPoster({ apiUrl: `${api.url}/api`, token: 't' }).post('555', updateReply([change]))).rejects.toThrow(/Discord answered 404/);
    } finally {
      await api.close();
      await real.close();
    }
  });
});
