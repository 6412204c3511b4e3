// The pixel surface every other module draws on. Kept separate from encode.ts and draw.ts so the
// font (which needs fillRect) and draw.ts (which needs the font for truncation) do not import each other.
//
// Charts are flat colour with a few antialiased edges, so a canvas holds one byte per pixel: an
// index into a palette of at most 256 colours, built up as colours are drawn. That is a quarter of
// the memory of RGBA, a fill is a memset, and the PNG is written as an indexed image without any
// conversion (see encode.ts).

/** An opaque colour: red, green, blue, each 0–255. */
export type Rgb = readonly [number, number, number];

/** A palette image, row-major, one palette index per pixel, no padding between rows. */
export interface Canvas {
  readonly width: number;
  readonly height: number;
  /** Palette index of each pixel. */
  readonly pixels: Uint8Array;
  /** The colour of each palette index, in the order first drawn (index 0: the background). */
  readonly palette: Rgb[];
  /** Palette index of each colour drawn so far, keyed by 0xRRGGBB. */
  readonly indexOf: Map<number, number>;
}

export const WHITE: Rgb = [255, 255, 255];

/** A PNG palette holds at most 256 colours. */
export const PALETTE_MAX = 256;

export function createCanvas(width: number, height: number, background: Rgb = WHITE): Canvas {
  const w = Math.max(1, Math.floor(width));
  const h = Math.max(1, Math.floor(height));
  const canvas: Canvas = { width: w, height: h, pixels: new Uint8Array(w * h), palette: [], indexOf: new Map() };
  colorIndex(canvas, background); // index 0, which every pixel starts as
  return canvas;
}

const channel = (v: number): number => Math.max(0, Math.min(255, Math.round(v)));

/**
 * The palette index of a colour, adding it to the palette when new. Once the palette is full (only
 * possible with many overlapping antialiased shapes), the nearest colour already in it is used.
 */
export function colorIndex(canvas: Canvas, color: Rgb): number {
  const r = channel(color[0]);
  const g = channel(color[1]);
  const b = channel(color[2]);
  const key = (r << 16) | (g << 8) | b;
  const known = canvas.indexOf.get(key);
  if (known !== undefined) return known;
  if (canvas.palette.length < PALETTE_MAX) {
    const i = canvas.palette.length;
    canvas.palette.push([r, g, b]);
    canvas.indexOf.set(key, i);
    return i;
  }
  let best = 0;
  let bestDistance = Infinity;
  canvas.palette.forEach((p, i) => {
    const d = (p[0] - r) ** 2 + (p[1] - g) ** 2 + (p[2] - b) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

/** Fills a rectangle with a palette index; coordinates are rounded and anything outside the canvas is clipped. */
export function fillIndex(canvas: Canvas, x: number, y: number, w: number, h: number, index: number): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(canvas.width, Math.round(x + w));
  const y1 = Math.min(canvas.height, Math.round(y + h));
  if (x1 <= x0) return;
  const px = canvas.pixels;
  for (let row = y0; row < y1; row++) px.fill(index, row * canvas.width + x0, row * canvas.width + x1);
}

/** Fills a rectangle; coordinates are rounded and anything outside the canvas is clipped. */
export function fillRect(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  fillIndex(canvas, x, y, w, h, colorIndex(canvas, color));
}

/** Mixes `color` into one pixel with coverage `alpha` (0–1); used for antialiased edges. */
export function blendPixel(canvas: Canvas, x: number, y: number, color: Rgb, alpha: number): void {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height || alpha <= 0) return;
  const a = Math.min(1, alpha);
  const i = y * canvas.width + x;
  const under = canvas.palette[canvas.pixels[i]];
  canvas.pixels[i] = colorIndex(canvas, [under[0] * (1 - a) + color[0] * a, under[1] * (1 - a) + color[1] * a, under[2] * (1 - a) + color[2] * a]);
}

/** The colour of one pixel. */
export function colorAt(canvas: Canvas, x: number, y: number): Rgb {
  return canvas.palette[canvas.pixels[y * canvas.width + x]];
}

/** The image as RGBA bytes (4 per pixel, alpha always 255), e.g. to compare images pixel by pixel. */
export function toRgba(canvas: Canvas): Uint8Array {
  const out = new Uint8Array(canvas.width * canvas.height * 4);
  for (let i = 0; i < canvas.pixels.length; i++) {
    const c = canvas.palette[canvas.pixels[i]];
    out[4 * i] = c[0];
    out[4 * i + 1] = c[1];
    out[4 * i + 2] = c[2];
    out[4 * i + 3] = 255;
  }
  return out;
}
