// Look and layout pieces shared by the charts: palette, type sizes, header, empty state, "+N more".
import { createCanvas, type Canvas, type Rgb } from './canvas.ts';
import { encodePng } from './encode.ts';
import { fillCircle, truncateText } from './draw.ts';
import { drawText, textHeight, textWidth } from './font.ts';

export const PALETTE = {
  background: [255, 255, 255],
  ink: [31, 35, 40],
  muted: [101, 109, 118],
  rule: [140, 149, 159],
  faint: [208, 215, 222],
  stripe: [246, 248, 250],
  accent: [9, 105, 218],
  conflict: [207, 34, 46],
  onColor: [255, 255, 255],
} satisfies Record<string, Rgb>;

export const MARGIN = 32;
export const TITLE_SCALE = 3;
/** Body text is drawn at 2x: Discord previews shrink images, and 1x (7 px caps) stops being readable. */
export const BODY_SCALE = 2;
export const BODY_LINE = textHeight(BODY_SCALE) + 10;

/** "1 source", "3 sources". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Vertical space drawHeader uses, including the gap below it. */
export const HEADER_HEIGHT = MARGIN + textHeight(TITLE_SCALE) + 12 + BODY_LINE + 8;

/** Title and a muted one-line subtitle, both cut to the width. Returns the y below the header. */
export function drawHeader(canvas: Canvas, title: string, subtitle: string): number {
  const room = canvas.width - 2 * MARGIN;
  drawText(canvas, MARGIN, MARGIN, truncateText(title, room, TITLE_SCALE), PALETTE.ink, TITLE_SCALE);
  const subY = MARGIN + textHeight(TITLE_SCALE) + 12;
  drawText(canvas, MARGIN, subY, truncateText(subtitle, room, BODY_SCALE), PALETTE.muted, BODY_SCALE);
  return HEADER_HEIGHT;
}

/** A coloured dot followed by a caption, for chart keys. Returns the x after the caption. */
export function drawKeyItem(canvas: Canvas, x: number, y: number, color: Rgb, caption: string): number {
  const h = textHeight(BODY_SCALE);
  fillCircle(canvas, x + 7, y + h / 2 - 1, 7, color);
  return x + 22 + drawText(canvas, x + 22, y, caption, PALETTE.muted, BODY_SCALE);
}

/** The "+N more ..." line under a capped list. */
export function drawMoreLine(canvas: Canvas, x: number, y: number, hidden: number, noun: string): void {
  drawText(canvas, x, y, `+${hidden} more ${noun} not shown`, PALETTE.muted, BODY_SCALE);
}

/** A chart with nothing to plot: the title and a "No entries" message, never an error. */
export function emptyChart(title: string, width: number): Buffer {
  const canvas = createCanvas(width, HEADER_HEIGHT + 80, PALETTE.background);
  drawHeader(canvas, title, '');
  const message = 'No entries';
  const x = (width - textWidth(message, BODY_SCALE)) / 2;
  drawText(canvas, x, HEADER_HEIGHT + 20, message, PALETTE.muted, BODY_SCALE);
  return encodePng(canvas);
}
