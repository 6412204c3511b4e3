// A .md article's body as the plain text a reader sees: heading and quote marks, list bullets,
// emphasis, code ticks and link targets go; the words stay. Lines are kept one for one, so the
// paragraphs are those of the file. Only what Markdown itself writes is touched: an asterisk or an
// underscore inside a word ("snake_case", "5*3") stays.

const HEADING = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const QUOTE = /^ {0,3}(?:>\s?)+/;
const BULLET = /^(\s*)[-*+]\s+(?=\S)/;
const RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
const STRONG = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const EMPHASIS = /(^|[^\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^\n]*?[^\s*_\\])\2(?![\p{L}\p{N}*_])/gu;
const CODE = /`([^`\n]+)`/g;

/** Markdown as plain text, line for line. */
export function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (RULE.test(line)) return '';
      const heading = HEADING.exec(line);
      let out = heading ? heading[1] : line.replace(QUOTE, '').replace(BULLET, '$1');
      if (out.includes('](')) out = out.replace(IMAGE, '').replace(LINK, '$1');
      if (out.includes('`')) out = out.replace(CODE, '$1');
      if (out.includes('**') || out.includes('__')) out = out.replace(STRONG, '$2');
      if (out.includes('*') || out.includes('_')) out = out.replace(EMPHASIS, '$1$3');
      return out;
    })
    .join('\n');
}
