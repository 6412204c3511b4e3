// A reply model as readable plain text, for the console and `newsdesk ask`: the embed title
// underlined, the description, fields as "name: value" blocks, the footer, buttons as hints, and
// attachments by name. Discord Markdown is turned into plain marks a terminal shows as is.
import type { Attachment, Button, Embed, Reply } from '../reply.ts';

export interface TextOptions {
  /** How paging buttons can be pressed where the text is shown. */
  paging?: 'console' | 'ask' | 'none';
}

/** Discord Markdown to plain text: **added** → *added*, ~~dropped~~ → ~dropped~, escapes removed. */
export function plainMarkdown(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const ch = md[i];
    if (ch === '\\' && i + 1 < md.length && /[\\*_~`|[\]()>#-]/.test(md[i + 1])) {
      out += md[++i];
      continue;
    }
    const two = md.slice(i, i + 2);
    if (two === '**') {
      out += '*';
      i++;
      continue;
    }
    if (two === '~~') {
      out += '~';
      i++;
      continue;
    }
    if (two === '__' || two === '||') {
      i++;
      continue;
    }
    if (ch === '`') continue;
    if (ch === '*' || ch === '_') {
      // Single-mark italics: drop the mark when it hugs a word (never inside words like snake_case).
      const prev = md[i - 1] ?? ' ';
      const next = md[i + 1] ?? ' ';
      if ((/\s|^$/.test(prev) && /\S/.test(next)) || (/\S/.test(prev) && /[\s.,;:!?)]|^$/.test(next))) continue;
    }
    out += ch;
  }
  // Block quotes and masked links.
  return out.replace(/^> ?/gm, '  | ').replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 <$2>');
}

function underline(title: string): string {
  const width = Math.min([...title].length, 100);
  return `${title}\n${'═'.repeat(Math.max(3, width))}`;
}

function indent(text: string, pad = '  '): string {
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

function renderEmbed(e: Embed): string {
  const parts: string[] = [];
  if (e.title) parts.push(underline(plainMarkdown(e.title)));
  if (e.url) parts.push(e.url);
  if (e.description) parts.push(plainMarkdown(e.description));
  for (const f of e.fields ?? []) {
    const name = plainMarkdown(f.name).trim();
    const value = plainMarkdown(f.value).trim();
    if (!value || value === '\u200b') parts.push(`${name}:`);
    else if (!value.includes('\n') && name.length + value.length < 100) parts.push(`${name}: ${value}`);
    else parts.push(`${name}:\n${indent(value)}`);
  }
  if (e.footer) parts.push(`— ${plainMarkdown(e.footer)}`);
  return parts.join('\n\n');
}

function renderButtons(rows: Button[][], options: TextOptions): string {
  const buttons = rows.flat();
  const shown = buttons.map((b) => (b.disabled ? `(${b.label})` : `[${b.label}]`)).join(' ');
  const paging = buttons.filter((b) => !b.disabled && /prev|next/i.test(b.label));
  if (!paging.length || options.paging === 'none') return shown;
  const words = paging.map((b) => (/next/i.test(b.label) ? 'next' : 'prev'));
  if (options.paging === 'ask') return `${shown}   more pages: run the command in the console (npm start) and type next`;
  return `${shown}   type ${words.join(' or ')} to turn the page`;
}

function renderAttachment(a: Attachment): string {
  const size = a.data.length >= 1024 ? `${(a.data.length / 1024).toFixed(1)} kB` : `${a.data.length} B`;
  return `${a.name} (${size})${a.description ? ` — ${a.description}` : ''}`;
}

/** The whole reply as text (no trailing newline). */
export function renderText(reply: Reply, options: TextOptions = {}): string {
  const parts: string[] = [];
  if (reply.content) parts.push(plainMarkdown(reply.content));
  for (const e of reply.embeds ?? []) parts.push(renderEmbed(e));
  if (reply.attachments?.length) parts.push(`Attached: ${reply.attachments.map(renderAttachment).join(', ')}`);
  if (reply.components?.length) parts.push(renderButtons(reply.components, options));
  return parts.join('\n\n');
}

/** The reply as JSON-ready data: attachments by name and size, never their bytes. */
export function replyJson(reply: Reply): unknown {
  return {
    ...reply,
    attachments: reply.attachments?.map((a) => ({ name: a.name, ...(a.description ? { description: a.description } : {}), bytes: a.data.length })),
  };
}
