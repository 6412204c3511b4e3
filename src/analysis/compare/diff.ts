// Word-level differences between two wordings of one utterance or claim (jsdiff), as segments that
// each surface can mark up its own way.
import { diffWords } from 'diff';
import { memoByText } from '../memo.ts';

export type DiffOp = 'same' | 'add' | 'del';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Typographic quote marks and apostrophes made plain, spaces collapsed: what a diff compares. */
export function plainWording(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words only (lower case, letters and digits): two wordings with the same key differ only in punctuation or case. */
export const wordingKey: (s: string) => string = memoByText(readWordingKey);

function readWordingKey(s: string): string {
  return plainWording(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How `variant` differs from `base`: words it adds, words it drops, the rest shared. */
export function wordDiff(base: string, variant: string): DiffSegment[] {
  const parts = diffWords(plainWording(base), plainWording(variant));
  const out: DiffSegment[] = [];
  for (const p of parts) {
    const op: DiffOp = p.added ? 'add' : p.removed ? 'del' : 'same';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += p.value;
    else out.push({ op, text: p.value });
  }
  return out;
}

/** True when the diff has any change beyond spacing. */
export function hasChanges(segments: DiffSegment[]): boolean {
  return segments.some((s) => s.op !== 'same' && s.text.trim() !== '');
}

/** Counts of words added and dropped. */
export function diffStats(segments: DiffSegment[]): { added: number; dropped: number } {
  const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  let added = 0;
  let dropped = 0;
  for (const s of segments) {
    if (s.op === 'add') added += words(s.text);
    if (s.op === 'del') dropped += words(s.text);
  }
  return { added, dropped };
}
