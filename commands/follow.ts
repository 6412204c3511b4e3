// /follow channel [story] [stop]: from then on the bot posts one short update in that channel when
// newly added articles bring new quotes, dated events or conflicts to a story (one story, or any),
// and nothing for an article that brings nothing new. Without a channel: what is followed here.
// Manage Server by default, checked again when it runs.
import type { Follow } from '../src/follow.ts';
import { deskFor } from '../src/ingest/desk.ts';
import { COLORS, type Reply } from '../src/reply.ts';
import { MANAGE_SERVER, requireManageServer } from './permissions.ts';
import { escapeMarkdown, fitReply, shorten, storyChoices } from './story-option.ts';
import { UsageError, type Command } from './types.ts';

export const follow: Command = {
  definition: {
    name: 'follow',
    description: 'Post a short update in a channel when new articles bring new quotes, events or conflicts',
    defaultMemberPermissions: MANAGE_SERVER,
    options: [
      { name: 'channel', description: 'The channel to post updates in', type: 'channel' },
      { name: 'story', description: 'Only this story (default: every story)', type: 'string', autocomplete: true, maxLength: 80 },
      { name: 'stop', description: 'Stop posting updates in that channel', type: 'boolean' },
    ],
  },
  sideEffects: true,
  async handle(ctx) {
    requireManageServer(ctx, 'follow');
    const { engine, options } = ctx;
    const follows = deskFor(engine).follows;
    const channel = typeof options.channel === 'string' ? options.channel.trim().replace(/^<#(\d+)>$/, '$1') : '';
    const storyName = typeof options.story === 'string' && options.story.trim() ? options.story.trim() : undefined;
    const story = storyName ? (engine.story(storyName)?.name ?? storyName) : undefined;
    if (story !== undefined && !/^(?!\.)[\w.-]{1,80}$/.test(story)) throw new UsageError('That is not a story name: pick one from the list.');
    if (!channel) {
      if (options.stop === true) throw new UsageError('Say which channel to stop: /follow channel:#news stop:true');
      return listReply(await follows.store.list(), ctx.guildId, follows.canPost);
    }
    if (!/^\d{1,25}$/.test(channel)) throw new UsageError('Pick a channel from the list (channel:#news).');
    if (options.stop === true) {
      const removed = await follows.store.remove(channel, story);
      return note(
        removed ? 'Updates stopped' : 'Nothing to stop',
        removed
          ? `No more updates in <#${channel}>${story ? ` about “${escapeMarkdown(story)}”` : ''}.`
          : `<#${channel}> was not following ${story ? `“${escapeMarkdown(story)}”` : 'any story'}.`,
      );
    }
    const { replaced } = await follows.store.add({ channelId: channel, guildId: ctx.guildId, story, by: ctx.userId });
    const what = story ? `story “${escapeMarkdown(story)}”` : 'any story';
    return note(
      replaced ? 'Already following' : 'Following',
      [
        `From now on I post a short update in <#${channel}> when new articles bring new quotes, dated events or conflicts to ${what}. Articles that bring nothing new are not announced.`,
        story && !engine.story(story) ? `There is no story called “${escapeMarkdown(story)}” yet; updates start when its first article arrives.` : '',
        follows.canPost ? '' : 'Note: this process cannot post messages (no DISCORD_TOKEN); the bot that runs with the token will post.',
        `Stop with \`/follow channel:… stop:true\`.`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  },
  autocomplete: ({ engine, value }) => storyChoices(engine, value),
};

function listReply(all: Follow[], guildId: string | undefined, canPost: boolean): Reply {
  const here = guildId ? all.filter((f) => f.guildId === guildId) : all;
  const lines = here.map((f) => `• <#${f.channelId}> — ${f.story ? `“${escapeMarkdown(f.story)}”` : 'every story'}`);
  return fitReply({
    embeds: [
      {
        title: `Followed channels (${here.length})`,
        description: lines.length
          ? shorten(lines.join('\n'), 3500)
          : 'No channel follows a story yet. `/follow channel:#news` posts a short update there when new articles bring new quotes, dated events or conflicts.',
        color: COLORS.info,
        footer: canPost ? 'Add story:… to follow one story; stop:true to stop.' : 'This process cannot post messages (no DISCORD_TOKEN).',
      },
    ],
  });
}

function note(title: string, description: string): Reply {
  return fitReply({ embeds: [{ title, description, color: COLORS.info }] });
}
