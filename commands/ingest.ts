// /ingest url|file [story]: adds an article (a web page, or an attached .txt, .md or .html file) to a
// story's folder and answers with what it adds: new quotes, new dated events, new conflicts.
// Manage Server by default, checked again when it runs.
import type { StoryChange } from '../src/ingest/changes.ts';
import { Desk, IngestError, deskFor, type IngestResult, type IngestSource } from '../src/ingest/desk.ts';
import { counts } from '../src/follow.ts';
import { COLORS, type EmbedField, type Reply } from '../src/reply.ts';
import { MANAGE_SERVER, requireManageServer } from './permissions.ts';
import { escapeMarkdown, fitReply, shorten, storyChoices } from './story-option.ts';
import { UsageError, type Command } from './types.ts';

export const ingest: Command = {
  definition: {
    name: 'ingest',
    description: 'Add an article to a story: a web page (url) or an attached .txt, .md or .html file',
    defaultMemberPermissions: MANAGE_SERVER,
    options: [
      { name: 'url', description: 'Address of the article (https://…)', type: 'string', maxLength: 2000 },
      { name: 'file', description: 'A .txt, .md or .html file with the article', type: 'attachment' },
      { name: 'story', description: 'Which story to add it to (default: the one with the newest article)', type: 'string', autocomplete: true, maxLength: 80 },
    ],
  },
  sideEffects: true,
  async handle(ctx) {
    requireManageServer(ctx, 'ingest');
    const { engine, options } = ctx;
    const url = typeof options.url === 'string' ? options.url.trim() : '';
    const file = typeof options.file === 'string' ? options.file.trim() : '';
    const story = typeof options.story === 'string' && options.story.trim() ? options.story.trim() : undefined;
    const desk = deskFor(engine);
    if (url && file) throw new UsageError('Give either url: or file:, not both.');
    if (!url && !file) return howTo(desk);
    let source: IngestSource;
    if (url) source = { url };
    else if (/^https?:\/\//i.test(file)) source = { attachment: file };
    else if (ctx.userId === undefined) source = { file }; // the console: a path on this machine
    else throw new UsageError('Attach the file with file: (a .txt, .md or .html file).');
    try {
      return ingestReply(await desk.ingest(source, { story }));
    } catch (err) {
      if (err instanceof IngestError) throw new UsageError(err.message);
      throw err;
    }
  },
  autocomplete: ({ engine, value }) => storyChoices(engine, value),
};

/** The answer to an ingest: where it went and what it adds. */
export function ingestReply(r: IngestResult): Reply {
  const m = r.meta;
  const about = [r.outlet, r.published, m.author ? `by ${m.author}` : ''].filter(Boolean).map((s) => escapeMarkdown(String(s)));
  const lines = [about.join(' · '), m.url ? `<${m.url}>` : ''].filter(Boolean);
  const fields = changeFields(r.change);
  if (!fields.length) lines.push(r.newStory ? 'A new story. No quotes, dated events or conflicts were found in this article.' : 'Nothing new for the story: its quotes and dated events were already there.');
  return fitReply({
    embeds: [
      {
        title: shorten(`Added to “${r.story}”: ${r.title}`, 250),
        description: lines.join('\n'),
        color: COLORS.info,
        fields,
        footer: shorten(`${counts(r.change)} · saved as ${r.file}${r.newStory ? ' (new story)' : ''} · ${r.ms} ms · /quote story:${r.story}`, 500),
      },
    ],
  });
}

/** Fields listing a change: new quotes, new dated events, new conflicts (a few of each). */
export function changeFields(c: StoryChange): EmbedField[] {
  const fields: EmbedField[] = [];
  const list = (items: string[], total: number) => [...items, ...(total > items.length ? [`…and ${total - items.length} more`] : [])].join('\n');
  if (c.quotes.length) {
    const items = c.quotes.slice(0, 6).map((q) => `“${escapeMarkdown(shorten(q.text, 150))}”${q.speaker ? ` — ${escapeMarkdown(q.speaker)}` : ''}`);
    fields.push({ name: `New quotes (${c.quotes.length})`, value: clipLines(list(items, c.quotes.length), 1000) });
  }
  if (c.events.length) {
    const items = c.events.slice(0, 6).map((e) => `${e.date}: ${escapeMarkdown(shorten(e.summary, 150))}`);
    fields.push({ name: `New dated events (${c.events.length})`, value: clipLines(list(items, c.events.length), 1000) });
  }
  if (c.conflicts.length) {
    const items = c.conflicts.slice(0, 4).map((d) => escapeMarkdown(shorten(d.summary, 200)));
    fields.push({ name: `New conflicts (${c.conflicts.length})`, value: clipLines(list(items, c.conflicts.length), 1000) });
  }
  return fields;
}

function howTo(desk: Desk): Reply {
  const stories = desk.engine.storyNames();
  const target = desk.engine.story()?.name;
  return fitReply({
    embeds: [
      {
        title: 'Add an article with /ingest',
        description: [
          '`/ingest url:https://…` fetches the page and keeps the article text (menus, footers and ads are left out).',
          '`/ingest file:` takes an attached .txt, .md or .html file.',
          `Add \`story:\` to choose the story${target ? ` (default: ${escapeMarkdown(target)})` : ''}; a new name starts a new story.`,
          'A page already added (same address or same text) is refused, and the answer lists what the article adds: new quotes, dated events and conflicts.',
        ].join('\n'),
        color: COLORS.info,
        fields: stories.length ? [{ name: `Stories (${stories.length})`, value: clipLines(stories.map((s) => `• ${escapeMarkdown(s)}`).join('\n'), 1000) }] : [],
      },
    ],
  });
}

/** Keeps whole lines within `max` characters, with an ellipsis line when some are left out. */
function clipLines(s: string, max: number): string {
  if (s.length <= max) return s;
  const lines = s.split('\n');
  const out: string[] = [];
  let n = 0;
  for (const l of lines) {
    if (n + l.length + 1 > max - 2) break;
    out.push(l);
    n += l.length + 1;
  }
  return out.length ? `${out.join('\n')}\n…` : `${s.slice(0, max - 1)}…`;
}
