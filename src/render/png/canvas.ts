// The pixel surface every other module draws on. Kept separate from encode.ts and draw.ts so the
// font (which needs fillRect) and draw.ts (which needs the font for truncation) do not import each other.

/** An opaque colour: red, green, blue, each 0–255. */
export type Rgb = readonly [number, number, number];

/** An RGBA image, row-major, 4 bytes per pixel, no padding between rows. */
export interface Canvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

export const WHITE: Rgb = [255, 255, 255];

export function createCanvas(width: number, height: number, background: Rgb = WHITE): Canvas {
  const w = Math.max(1, Math.floor(width));
  const h = Math.max(1, Math.floor(height));
  const pixels = new Uint8Array(w * h * 4);
  for (let i = 0; i < pixels.length; i += 4) {
    pixels[i] = background[0];
    pixels[i + 1] = background[1];
    pixels[i + 2] = background[2];
    pixels[i + 3] = 255;
  }
  return { width: w, height: h, pixels };
}

/** Fills a rectangle; coordinates are rounded and anything outside the canvas is clipped. */
export function fillRect(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(canvas.width, Math.round(x + w));
  const y1 = Math.min(canvas.height, Math.round(y + h));
  const px = canvas.pixels;
  for (let row = y0; row < y1; row++) {
    for (let i = (row * canvas.width + x0) * 4, end = (row * canvas.width + x1) * 4; i < end; i += 4) {
      px[i] = color[0];
      px[i + 1] = color[1];
      px[i + 2] = color[2];
      px[i + 3] = 255;
    }
  }
}

/** Mixes `color` into one pixel with coverage `alpha` (0–1); used for antialiased edges. */
export function blendPixel(canvas: Canvas, x: number, y: number, color: Rgb, alpha: number): void {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height || alpha <= 0) return;
  const a = Math.min(1, alpha);
  const i = (y * canvas.width + x) * 4;
  const px = canvas.pixels;
  for (let c = 0; c < 3; c++) px[i + c] = Math.round(px[i + c] * (1 - a) + color[c] * a);
  px[i + 3] = 255;
}
