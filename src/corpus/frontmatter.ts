// Optional front matter: a leading `---` block of `key: value` lines, validated with zod.
import { z } from 'zod';
import type { FrontMatter } from './types.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$/, 'a date such as 2024-05-01')
  .transform((s) => s.slice(0, 10));

const schema = z
  .object({
    title: z.string().min(1).max(500).optional(),
    outlet: z.string().min(1).max(200).optional(),
    url: z.url().optional(),
    published: isoDate.optional(),
    story: z
      .string()
      .regex(/^[\w.-]{1,80}$/, 'letters, digits, dot, dash or underscore')
      .optional(),
    author: z.string().max(300).optional(),
  })
  .strict();

export interface ParsedFrontMatter {
  meta: FrontMatter;
  bodyStart: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Returns the metadata and where the body starts; throws with a specific reason if it is invalid. */
export function parseFrontMatter(text: string): ParsedFrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, bodyStart: text.startsWith('\uFEFF') ? 1 : 0 };
  const close = /\r?\n---[ \t]*(\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(text);
  if (!end) throw new Error('front matter opened with --- is never closed');
  const block = text.slice(open[0].length, end.index);
  const raw: Record<string, string> = {};
  for (const [n, line] of block.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`front matter line ${n + 1} is not "key: value"`);
    raw[m[1].toLowerCase()] = unquote(m[2].trim());
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path.join('.') || 'front matter';
    const what = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.join(', ')}` : issue.message;
    throw new Error(`front matter ${key}: ${what}`);
  }
  return { meta: parsed.data, bodyStart: end.index + end[0].length };
}

function unquote(v: string): string {
  if (/^".*"$/.test(v)) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  const m = /^'(.*)'$/.exec(v);
  return m ? m[1] : v;
}

/** Serialises front matter for files the bot writes itself (ingest). */
export function formatFrontMatter(meta: FrontMatter): string {
  const lines = Object.entries(meta)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${JSON.stringify(String(v).replace(/\s+/g, ' '))}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
