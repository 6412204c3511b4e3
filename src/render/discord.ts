// Reply model → the JSON body Discord expects for an interaction response, a webhook edit or a
// follow-up, plus the files to upload. Every Discord limit is enforced here, by truncating with an
// ellipsis (or dropping what cannot be shortened safely) rather than failing, and every body carries
// `allowed_mentions: { parse: [] }` so nothing a reply contains can ping anyone.
//
// No runtime import of discord.js: the HTTP interactions endpoint and the tests use this module too.
// The types below are structurally compatible with discord-api-types (checked at the bottom).
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponentWithCustomId,
  APIEmbed,
  RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord.js';
import type { Button, ButtonStyle, Choice, Embed, Reply } from '../reply.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  url: 2048,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  label: 80,
  files: 10,
  fileName: 1024,
  attachmentDescription: 1024,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const MessageFlagEphemeral = 64;
export const ComponentTypeActionRow = 1;
export const ComponentTypeButton = 2;

const BUTTON_STYLE: Record<ButtonStyle, 1 | 2 | 3 | 4> = { primary: 1, secondary: 2, success: 3, danger: 4 };

/** What stands in for an empty required text (Discord rejects empty field names and values). */
const BLANK = '\u200b';
const ELLIPSIS = '…';

export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: typeof ComponentTypeButton;
  style: 1 | 2 | 3 | 4;
  custom_id: string;
  label: string;
  disabled?: boolean;
}

export interface DiscordActionRow {
  type: typeof ComponentTypeActionRow;
  components: DiscordButton[];
}

export interface DiscordAttachmentMeta {
  /** The index of the file in the upload, as a string (as discord.js sends it). */
  id: string;
  filename: string;
  description?: string;
}

/** The message body: the `data` of an interaction callback, or the body of a webhook edit / follow-up. */
export interface DiscordMessageBody {
  content?: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  attachments: DiscordAttachmentMeta[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** A file to upload alongside a body; `@discordjs/rest` sends it as `files[i]` in multipart form data. */
export interface DiscordFile {
  name: string;
  data: Buffer;
  contentType?: string;
}

export interface DiscordPayload {
  body: DiscordMessageBody;
  files: DiscordFile[];
  /** What had to be shortened or dropped to fit Discord's limits (for logs; empty when nothing). */
  adjustments: string[];
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Replaces lone UTF-16 surrogates (which Discord rejects) with U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Shortens `s` to at most `max` UTF-16 code units, ending in an ellipsis, never splitting a
 * surrogate pair. Lengths are counted in code units, which is never less than Discord's count.
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${s.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function clean(s: string | undefined): string {
  return s === undefined || s === null ? '' : wellFormed(String(s));
}

function validUrl(u: string | undefined): string | undefined {
  if (!u || u.length > LIMITS.url) return undefined;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Embeds

/** The texts of an embed that count towards the 6,000-character total of a message. */
function embedTexts(e: DiscordEmbed): string[] {
  const out: string[] = [];
  if (e.title) out.push(e.title);
  if (e.description) out.push(e.description);
  for (const f of e.fields ?? []) out.push(f.name, f.value);
  if (e.footer?.text) out.push(e.footer.text);
  return out;
}

export function embedLength(e: DiscordEmbed): number {
  return embedTexts(e).reduce((n, t) => n + t.length, 0);
}

function renderEmbed(e: Embed, adjustments: string[], index: number): DiscordEmbed {
  const note = (what: string) => adjustments.push(`embeds[${index}].${what}`);
  const out: DiscordEmbed = {};
  const title = clean(e.title);
  if (title) {
    out.title = truncate(title, LIMITS.title);
    if (out.title !== title) note('title truncated');
  }
  const description = clean(e.description);
  if (description) {
    out.description = truncate(description, LIMITS.description);
    if (out.description !== description) note('description truncated');
  }
  const url = validUrl(e.url);
  if (url && out.title) out.url = url;
  else if (e.url && !url) note('url dropped (not an http(s) URL)');
  if (typeof e.color === 'number' && Number.isInteger(e.color) && e.color >= 0 && e.color <= 0xffffff) out.color = e.color;
  let fields = e.fields ?? [];
  if (fields.length > LIMITS.fields) {
    note(`${fields.length - LIMITS.fields} fields dropped`);
    fields = fields.slice(0, LIMITS.fields - 1).concat({ name: ELLIPSIS, value: `${fields.length - (LIMITS.fields - 1)} more not shown` });
  }
  if (fields.length) {
    out.fields = fields.map((f, i) => {
      const name = clean(f.name).trim() ? clean(f.name) : BLANK;
      const value = clean(f.value).trim() ? clean(f.value) : BLANK;
      const field: { name: string; value: string; inline?: boolean } = {
        name: truncate(name, LIMITS.fieldName),
        value: truncate(value, LIMITS.fieldValue),
      };
      if (field.name !== name || field.value !== value) note(`fields[${i}] truncated`);
      if (f.inline) field.inline = true;
      return field;
    });
  }
  const footer = clean(e.footer);
  if (footer) {
    out.footer = { text: truncate(footer, LIMITS.footer) };
    if (out.footer.text !== footer) note('footer truncated');
  }
  // An embed with no text at all is rejected by Discord.
  if (!out.title && !out.description && !out.fields?.length && !out.footer) out.description = BLANK;
  return out;
}

/**
 * Fits the embeds of one message into `budget` characters: finds the largest cap C such that
 * cutting every text longer than C down to C fits, and cuts those. Short texts (titles, field
 * names, most values) stay whole; the longest ones (usually descriptions) give way first.
 */
function fitTotal(embeds: DiscordEmbed[], budget: number, adjustments: string[]): void {
  const lengths = embeds.flatMap(embedTexts).map((t) => t.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  if (total <= budget) return;
  const fits = (cap: number) => lengths.reduce((n, l) => n + Math.min(l, cap), 0) <= budget;
  let lo = 1;
  let hi = Math.max(...lengths);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const cap = lo;
  for (const e of embeds) {
    if (e.title) e.title = truncate(e.title, cap);
    if (e.description) e.description = truncate(e.description, cap);
    for (const f of e.fields ?? []) {
      f.name = truncate(f.name, cap);
      f.value = truncate(f.value, cap);
    }
    if (e.footer) e.footer.text = truncate(e.footer.text, cap);
  }
  adjustments.push(`embeds shortened from ${total} to at most ${LIMITS.embedTotal} characters in all (texts capped at ${cap})`);
  // Each text now has at most `cap` characters and sum(min(len, cap)) fits; truncation can only
  // shorten further (trimEnd), so the total fits. Guard anyway against a pathological budget.
  while (embeds.length > 1 && embeds.reduce((n, e) => n + embedLength(e), 0) > budget) embeds.pop();
}

// ---------------------------------------------------------------------------------------------
// Components

function renderComponents(rows: Button[][] | undefined, adjustments: string[]): DiscordActionRow[] {
  if (!rows?.length) return [];
  const seen = new Set<string>();
  const out: DiscordActionRow[] = [];
  for (const [r, row] of rows.entries()) {
    if (out.length >= LIMITS.rows) {
      adjustments.push(`components: ${rows.length - r} rows dropped (at most ${LIMITS.rows})`);
      break;
    }
    const buttons: DiscordButton[] = [];
    for (const b of row) {
      if (buttons.length >= LIMITS.buttonsPerRow) {
        adjustments.push(`components[${r}]: ${row.length - LIMITS.buttonsPerRow} buttons dropped (at most ${LIMITS.buttonsPerRow} a row)`);
        break;
      }
      const customId = clean(b.customId);
      // A custom id carries the click's state: a shortened one could trigger the wrong action,
      // so a button whose id does not fit (or repeats one, which Discord rejects) is dropped.
      if (!customId || customId.length > LIMITS.customId) {
        adjustments.push(`components[${r}]: button "${truncate(clean(b.label), 40)}" dropped (custom id of ${customId.length} characters; 1 to ${LIMITS.customId} allowed)`);
        continue;
      }
      if (seen.has(customId)) {
        adjustments.push(`components[${r}]: button with duplicate custom id dropped`);
        continue;
      }
      seen.add(customId);
      const label = clean(b.label).trim() ? clean(b.label) : ELLIPSIS;
      const button: DiscordButton = {
        type: ComponentTypeButton,
        style: BUTTON_STYLE[b.style ?? 'secondary'] ?? 2,
        custom_id: customId,
        label: truncate(label, LIMITS.label),
      };
      if (button.label !== label) adjustments.push(`components[${r}]: label truncated`);
      if (b.disabled) button.disabled = true;
      buttons.push(button);
    }
    if (buttons.length) out.push({ type: ComponentTypeActionRow, components: buttons });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Files

function safeFileName(name: string, index: number, taken: Set<string>): string {
  let base = clean(name).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  if (!base) base = `file-${index}`;
  base = base.slice(-100);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${n}-${base}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function contentType(name: string): string | undefined {
  const ext = name.toLowerCase().split('.').pop();
  return ({ png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', txt: 'text/plain', json: 'application/json', csv: 'text/csv' } as Record<string, string>)[ext ?? ''];
}

// ---------------------------------------------------------------------------------------------
// The payload

/**
 * The files of one message, together: Discord takes 10 MiB on a server without boosts; 8 MiB leaves
 * room for the rest of the request.
 */
export const UPLOAD_BYTES = 8 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Turns a reply model into the body Discord expects plus its files, within every limit. */
export function toDiscordPayload(reply: Reply): DiscordPayload {
  const adjustments: string[] = [];
  const body: DiscordMessageBody = { embeds: [], components: [], attachments: [], allowed_mentions: { parse: [] } };

  const content = clean(reply.content);
  if (content.trim()) {
    body.content = truncate(content, LIMITS.content);
    if (body.content !== content) adjustments.push(`content truncated from ${content.length} to ${LIMITS.content}`);
  }

  let embeds = reply.embeds ?? [];
  if (embeds.length > LIMITS.embeds) {
    adjustments.push(`${embeds.length - LIMITS.embeds} embeds dropped (at most ${LIMITS.embeds})`);
    const dropped = embeds.length - LIMITS.embeds;
    embeds = embeds.slice(0, LIMITS.embeds);
    const last = embeds[embeds.length - 1];
    embeds[embeds.length - 1] = { ...last, footer: [last.footer, `${dropped} more not shown`].filter(Boolean).join(' · ') };
  }
  body.embeds = embeds.map((e, i) => renderEmbed(e, adjustments, i));
  fitTotal(body.embeds, LIMITS.embedTotal, adjustments);

  body.components = renderComponents(reply.components, adjustments);

  // Text had to give way: offer the whole answer behind a "More" button (state in its custom id).
  const shortened = adjustments.some((a) => SHORTENED.test(a) && !a.startsWith('components'));
  if (shortened) addMoreButton(body, reply.more, adjustments);

  const files: DiscordFile[] = [];
  const taken = new Set<string>();
  const tooLarge: string[] = [];
  let bytes = 0;
  for (const [i, a] of (reply.attachments ?? []).entries()) {
    if (files.length >= LIMITS.files) {
      adjustments.push(`${(reply.attachments ?? []).length - LIMITS.files} attachments dropped (at most ${LIMITS.files})`);
      break;
    }
    if (bytes + a.data.length > UPLOAD_BYTES) {
      tooLarge.push(`${a.name} (${megabytes(a.data.length)})`);
      continue;
    }
    bytes += a.data.length;
    const name = safeFileName(a.name, i, taken);
    const file: DiscordFile = { name, data: a.data };
    const type = contentType(name);
    if (type) file.contentType = type;
    files.push(file);
    const meta: DiscordAttachmentMeta = { id: String(files.length - 1), filename: name };
    const description = clean(a.description);
    if (description) meta.description = truncate(description, LIMITS.attachmentDescription);
    body.attachments.push(meta);
  }

  if (tooLarge.length) {
    adjustments.push(`attachments dropped for size: ${tooLarge.join(', ')}`);
    const note = `Left out, over Discord's upload limit of ${megabytes(UPLOAD_BYTES)} a message: ${tooLarge.join(', ')}.`;
    body.content = truncate(body.content ? `${body.content}\n${note}` : note, LIMITS.content);
  }

  if (reply.ephemeral) body.flags = MessageFlagEphemeral;

  // Discord rejects a message with nothing in it.
  if (!body.content && !body.embeds.length && !body.components.length && !files.length) body.content = 'Nothing to show.';

  return { body, files, adjustments };
}

/** Adjustments that lose text (as opposed to dropping a button or a bad URL). */
const SHORTENED = /truncated|shortened|fields dropped|embeds dropped/;

export const MORE_LABEL = 'More…';

function addMoreButton(body: DiscordMessageBody, more: string | undefined, adjustments: string[]): void {
  const id = clean(more);
  if (!id || id.length > LIMITS.customId) return;
  if (body.components.some((r) => r.components.some((b) => b.custom_id === id))) return;
  const button: DiscordButton = { type: ComponentTypeButton, style: BUTTON_STYLE.primary, custom_id: id, label: MORE_LABEL };
  if (body.components.length < LIMITS.rows) body.components.push({ type: ComponentTypeActionRow, components: [button] });
  else {
    const last = body.components[body.components.length - 1];
    if (last.components.length < LIMITS.buttonsPerRow) last.components.push(button);
    else {
      adjustments.push('no room for the More button (5 full rows)');
      return;
    }
  }
  adjustments.push('More button added');
}

/** Characters of text in one part of a "More" answer (an embed description holds 4,096). */
export const PART_CHARS = 3900;

/** A reply as plain Discord Markdown: content, then each embed's title, description, fields, footer. */
export function replyText(reply: Reply): string {
  const blocks: string[] = [];
  const content = clean(reply.content).trim();
  if (content) blocks.push(content);
  for (const e of reply.embeds ?? []) {
    const lines: string[] = [];
    const title = clean(e.title).trim();
    if (title) lines.push(`**${title}**`);
    const description = clean(e.description).trim();
    if (description) lines.push(description);
    for (const f of e.fields ?? []) {
      const name = clean(f.name).trim();
      const value = clean(f.value).trim();
      if (name) lines.push(`__${name}__`);
      if (value) lines.push(value);
    }
    const footer = clean(e.footer).trim();
    if (footer) lines.push(`-# ${footer.replace(/\n+/g, ' ')}`);
    if (lines.length) blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** Splits text into parts of at most `max` characters, at line ends where it can, else at spaces. */
export function splitParts(text: string, max = PART_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.trim() || !parts.length) parts.push(rest);
  return parts;
}

/**
 * Part `part` (from 1) of a reply shown in full: an ephemeral message with the text of the whole
 * reply cut into parts, and a button to the next part (its custom id from `idFor`).
 */
export function fullTextPart(reply: Reply, part: number, idFor: (part: number) => string): Reply {
  const parts = splitParts(replyText(reply));
  if (part > parts.length) {
    return {
      ephemeral: true,
      embeds: [{ title: 'Nothing more to show', description: 'This answer is shorter now than when the button was made. Run the command again.', color: 0x6b7280 }],
    };
  }
  const title = clean(reply.embeds?.find((e) => clean(e.title).trim())?.title).trim() || 'The whole answer';
  const next = part < parts.length ? idFor(part + 1) : undefined;
  const color = reply.embeds?.find((e) => typeof e.color === 'number')?.color;
  return {
    ephemeral: true,
    embeds: [
      {
        title: truncate(parts.length > 1 ? `${title} (part ${part} of ${parts.length})` : title, LIMITS.title),
        description: parts[part - 1] || BLANK,
        ...(color !== undefined ? { color } : {}),
        ...(next && next.length > LIMITS.customId ? { footer: 'The rest is too long to page here; narrow the command to see it.' } : {}),
      },
    ],
    ...(next && next.length <= LIMITS.customId ? { components: [[{ customId: next, label: `More (part ${part + 1} of ${parts.length})`, style: 'primary' as const }]] } : {}),
  };
}

/** Autocomplete choices within Discord's rules: at most 25, names and values of 1 to 100 characters. */
export function toAutocompleteChoices(choices: Choice[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const c of choices) {
    if (out.length >= LIMITS.choices) break;
    const name = truncate(clean(c.name), LIMITS.choiceName);
    const value = clean(c.value);
    // A shortened value would not be the value the user picked: drop instead.
    if (!name.trim() || !value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks (tests, and a last guard before sending)

type Loose = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});

/**
 * Lists every way a message body breaks Discord's limits or could ping someone; empty when it is
 * fine. Accepts any JSON (e.g. a body recorded by the loopback Discord), not only our own type.
 */
export function checkPayloadLimits(payload: unknown): string[] {
  const p = obj(payload);
  const v: string[] = [];
  const over = (what: string, len: number, max: number) => {
    if (len > max) v.push(`${what}: ${len} > ${max}`);
  };
  const am = p.allowed_mentions;
  if (!am || typeof am !== 'object') v.push('allowed_mentions: missing');
  else {
    const parse = (am as Loose).parse;
    if (!Array.isArray(parse) || parse.length) v.push(`allowed_mentions.parse: expected [], got ${JSON.stringify(parse)}`);
    if (arr((am as Loose).users).length || arr((am as Loose).roles).length) v.push('allowed_mentions: users/roles listed');
  }
  const content = str(p.content) ?? '';
  over('content', content.length, LIMITS.content);
  const embeds = arr(p.embeds);
  over('embeds', embeds.length, LIMITS.embeds);
  let total = 0;
  for (const [i, raw] of embeds.entries()) {
    const e = obj(raw);
    const title = str(e.title) ?? '';
    const description = str(e.description) ?? '';
    const footer = str(obj(e.footer).text) ?? '';
    const author = str(obj(e.author).name) ?? '';
    over(`embeds[${i}].title`, title.length, LIMITS.title);
    over(`embeds[${i}].description`, description.length, LIMITS.description);
    over(`embeds[${i}].footer.text`, footer.length, LIMITS.footer);
    over(`embeds[${i}].author.name`, author.length, 256);
    total += title.length + description.length + footer.length + author.length;
    const fields = arr(e.fields);
    over(`embeds[${i}].fields`, fields.length, LIMITS.fields);
    for (const [j, rf] of fields.entries()) {
      const f = obj(rf);
      const name = str(f.name) ?? '';
      const value = str(f.value) ?? '';
      over(`embeds[${i}].fields[${j}].name`, name.length, LIMITS.fieldName);
      over(`embeds[${i}].fields[${j}].value`, value.length, LIMITS.fieldValue);
      if (!name.length) v.push(`embeds[${i}].fields[${j}].name: empty`);
      if (!value.length) v.push(`embeds[${i}].fields[${j}].value: empty`);
      total += name.length + value.length;
    }
    if (!title && !description && !fields.length && !footer && !author && !e.image && !e.thumbnail) v.push(`embeds[${i}]: empty`);
  }
  over('embeds (all texts)', total, LIMITS.embedTotal);
  const rows = arr(p.components);
  over('components (rows)', rows.length, LIMITS.rows);
  const ids = new Set<string>();
  for (const [r, rawRow] of rows.entries()) {
    const row = obj(rawRow);
    if (row.type !== ComponentTypeActionRow) v.push(`components[${r}]: not an action row`);
    const buttons = arr(row.components);
    over(`components[${r}] (buttons)`, buttons.length, LIMITS.buttonsPerRow);
    if (!buttons.length) v.push(`components[${r}]: empty row`);
    for (const [b, rawButton] of buttons.entries()) {
      const button = obj(rawButton);
      const id = str(button.custom_id) ?? '';
      const label = str(button.label) ?? '';
      if (button.style !== 5 && !id) v.push(`components[${r}][${b}].custom_id: missing`);
      over(`components[${r}][${b}].custom_id`, id.length, LIMITS.customId);
      over(`components[${r}][${b}].label`, label.length, LIMITS.label);
      if (id && ids.has(id)) v.push(`components[${r}][${b}].custom_id: duplicate`);
      ids.add(id);
    }
  }
  const attachments = arr(p.attachments);
  over('attachments', attachments.length, LIMITS.files);
  if (!content && !embeds.length && !rows.length && !attachments.length) v.push('message: empty');
  for (const [name, text] of [['content', content], ...embeds.map((e, i) => [`embeds[${i}]`, JSON.stringify(e)])] as [string, string][]) {
    if (text !== wellFormed(text)) v.push(`${name}: lone surrogate`);
  }
  return v;
}

/** Violations of the autocomplete rules in a list of choices (empty when fine). */
export function checkChoices(choices: unknown): string[] {
  const list = arr(choices);
  const v: string[] = [];
  if (list.length > LIMITS.choices) v.push(`choices: ${list.length} > ${LIMITS.choices}`);
  for (const [i, raw] of list.entries()) {
    const c = obj(raw);
    const name = str(c.name) ?? '';
    const value = c.value;
    if (!name.length || name.length > LIMITS.choiceName) v.push(`choices[${i}].name: length ${name.length}`);
    if (typeof value === 'string' && (value.length > LIMITS.choiceValue || !value.length)) v.push(`choices[${i}].value: length ${value.length}`);
  }
  return v;
}

// Compile-time check that our shapes are what discord.js/discord-api-types accept.
type Assignable<T, U extends T> = U;
export type _EmbedIsAPIEmbed = Assignable<APIEmbed, DiscordEmbed>;
export type _RowIsAPIRow = Assignable<APIActionRowComponent<APIButtonComponentWithCustomId>, DiscordActionRow>;
export type _BodyIsWebhookEdit = Assignable<RESTPatchAPIWebhookWithTokenMessageJSONBody, DiscordMessageBody>;
export type _ChoiceIsAPIChoice = Assignable<APIApplicationCommandOptionChoice<string>, ReturnType<typeof toAutocompleteChoices>[number]>;
