// Splits an article body into paragraphs with offsets. Most files put one paragraph per line;
// hard-wrapped text (a line breaking mid-sentence before a lower-case word) is joined back.

/** A paragraph opening with a quotation mark (a straight single one only before a capital: not an apostrophe). */
export const OPENS_QUOTE = /^\s*(?:[“"‘]|'(?=\p{Lu}))/u;

export interface RawParagraph {
  start: number;
  end: number;
  text: string;
}

export function splitParagraphs(text: string, from = 0): RawParagraph[] {
  const lines: RawParagraph[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  const out: RawParagraph[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && continuesLine(text, prev, line)) {
      prev.end = line.end;
      prev.text = text.slice(prev.start, prev.end);
    } else out.push({ ...line });
  }
  return out;
}

/** A wrapped line: no blank line between, the previous breaks mid-sentence and this starts lower-case. */
function continuesLine(text: string, prev: RawParagraph, line: RawParagraph): boolean {
  const gap = text.slice(prev.end, line.start);
  const nl = gap.indexOf('\n');
  if (nl < 0 || gap.indexOf('\n', nl + 1) >= 0) return false; // exactly one line break
  if (/[.!?:"”’)\]]$/.test(prev.text) || /https?:\/\/\S+$/.test(prev.text)) return false;
  return /^[a-z(]/.test(line.text) && prev.text.length >= 40;
}
