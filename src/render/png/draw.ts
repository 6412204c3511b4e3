// Shape primitives and width-aware text helpers on top of canvas.ts and font.ts.
import { blendPixel, colorIndex, fillRect, type Canvas, type Rgb } from './canvas.ts';
import { ADVANCE, foldText, foldedWidth } from './font.ts';

export { fillRect };

export function hline(canvas: Canvas, x0: number, x1: number, y: number, color: Rgb, thickness = 1): void {
  fillRect(canvas, Math.min(x0, x1), y, Math.abs(x1 - x0) + 1, thickness, color);
}

export function vline(canvas: Canvas, x: number, y0: number, y1: number, color: Rgb, thickness = 1): void {
  fillRect(canvas, x, Math.min(y0, y1), thickness, Math.abs(y1 - y0) + 1, color);
}

/** Any 1-px line, by Bresenham's algorithm. */
export function line(canvas: Canvas, x0: number, y0: number, x1: number, y1: number, color: Rgb): void {
  let x = Math.round(x0);
  let y = Math.round(y0);
  const xEnd = Math.round(x1);
  const yEnd = Math.round(y1);
  const dx = Math.abs(xEnd - x);
  const dy = -Math.abs(yEnd - y);
  const sx = x < xEnd ? 1 : -1;
  const sy = y < yEnd ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    fillRect(canvas, x, y, 1, 1, color);
    if (x === xEnd && y === yEnd) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
  }
}

/** Outline of a rectangle, drawn inside its bounds. */
export function strokeRect(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb, thickness = 1): void {
  fillRect(canvas, x, y, w, thickness, color);
  fillRect(canvas, x, y + h - thickness, w, thickness, color);
  fillRect(canvas, x, y, thickness, h, color);
  fillRect(canvas, x + w - thickness, y, thickness, h, color);
}

/**
 * Antialiased filled circle. (cx, cy) are continuous coordinates: pixel (i, j) covers
 * [i, i+1) x [j, j+1), so a centre of 10.5 sits in the middle of pixel 10.
 */
export function fillCircle(canvas: Canvas, cx: number, cy: number, r: number, color: Rgb): void {
  const solid = colorIndex(canvas, color);
  for (let y = Math.floor(cy - r - 1); y <= Math.ceil(cy + r + 1); y++) {
    for (let x = Math.floor(cx - r - 1); x <= Math.ceil(cx + r + 1); x++) {
      const alpha = r + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      // Fully covered pixels take the colour as it is; only the rim is blended.
      if (alpha >= 1 && x >= 0 && y >= 0 && x < canvas.width && y < canvas.height) canvas.pixels[y * canvas.width + x] = solid;
      else blendPixel(canvas, x, y, color, alpha);
    }
  }
}

/**
 * Shortens `text` so it is at most `maxWidth` pixels wide at `scale`, ending in "..." when cut.
 * Returns the folded (ASCII) string, ready for drawText.
 */
export function truncateText(text: string, maxWidth: number, scale = 1): string {
  const folded = foldText(text);
  const s = Math.max(1, Math.floor(scale) || 1);
  if (foldedWidth(folded.length, s) <= maxWidth) return folded;
  const fits = Math.max(0, Math.floor((maxWidth + s) / (ADVANCE * s))); // monospace: chars that fit
  if (fits <= 3) return '...'.slice(0, fits);
  return folded.slice(0, fits - 3).trimEnd() + '...';
}
