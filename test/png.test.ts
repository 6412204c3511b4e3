import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { createCanvas, fillRect, toRgba, type Canvas, type Rgb } from '../src/render/png/canvas.ts';
import { crc32, decodePngSize, encodePng, PNG_SIGNATURE } from '../src/render/png/encode.ts';
import { drawText, foldText, textWidth } from '../src/render/png/font.ts';
import { fillCircle, line, truncateText } from '../src/render/png/draw.ts';
import { axisColumns, parseDate } from '../src/render/png/dates.ts';
import { BODY_LINE, MARGIN, PALETTE, TITLE_SCALE } from '../src/render/png/layout.ts';
import { coverageGridChart, timelineChart, type CoverageGrid, type TimelineChartEntry } from '../src/render/png/charts.ts';

// --- A small independent PNG reader: checks chunk CRCs, undoes all five scanline filters, and
// expands indexed colour (8-bit indexes and a PLTE chunk) or takes 8-bit RGBA as it is. ---

/** Decoded pixels: RGBA, 4 bytes per pixel, row-major. */
interface Image {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A canvas's pixels as an RGBA image. */
const rgba = (canvas: Canvas): Image => ({ width: canvas.width, height: canvas.height, pixels: toRgba(canvas) });

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function decodePng(png: Buffer): Image {
  const chunks = readChunks(png);
  const types = chunks.map((c) => c.type);
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const colourType = ihdr[9];
  expect([...ihdr.subarray(8)]).toEqual([8, colourType, 0, 0, 0]); // 8-bit, no interlace
  expect([3, 6]).toContain(colourType); // indexed or RGBA
  const plte = chunks.find((c) => c.type === 'PLTE')?.data;
  if (colourType === 3) {
    expect(types).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(plte!.length % 3).toBe(0);
    expect(plte!.length / 3).toBeLessThanOrEqual(256);
  } else expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const bpp = colourType === 3 ? 1 : 4;
  const stride = width * bpp;
  expect(raw.length).toBe((stride + 1) * height);
  const samples = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    if (filter > 4) throw new Error(`bad filter type ${filter} on row ${y}`);
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= bpp ? samples[y * stride + i - bpp] : 0;
      const b = y > 0 ? samples[(y - 1) * stride + i] : 0;
      const c = i >= bpp && y > 0 ? samples[(y - 1) * stride + i - bpp] : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      samples[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  if (colourType === 6) return { width, height, pixels: samples };
  const pixels = new Uint8Array(width * height * 4);
  let highest = 0;
  for (let i = 0; i < samples.length; i++) {
    const k = samples[i];
    if (k > highest) highest = k;
    pixels[4 * i] = plte![3 * k];
    pixels[4 * i + 1] = plte![3 * k + 1];
    pixels[4 * i + 2] = plte![3 * k + 2];
    pixels[4 * i + 3] = 255;
  }
  expect(3 * highest + 2, 'palette indexes in range').toBeLessThan(plte!.length);
  return { width, height, pixels };
}

function pixelAt(img: Image, x: number, y: number): Rgb {
  const i = (y * img.width + x) * 4;
  return [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
}

/** Pixels in [x0, x1) x [y0, y1) matching `test`. */
function countPixels(img: Image, x0: number, y0: number, x1: number, y1: number, test: (p: Rgb) => boolean): number {
  let n = 0;
  const p = img.pixels;
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) {
      const i = (y * img.width + x) * 4;
      if (test([p[i], p[i + 1], p[i + 2]])) n++;
    }
  }
  return n;
}

const isDark = (p: Rgb): boolean => p[0] + p[1] + p[2] < 3 * 100;
const isNotWhite = (p: Rgb): boolean => p[0] + p[1] + p[2] < 3 * 250;
const near = (color: Rgb) => (p: Rgb): boolean => p.every((v, i) => Math.abs(v - color[i]) < 8);

const TITLE_TOP = MARGIN;
const TITLE_BOTTOM = MARGIN + 8 * TITLE_SCALE;

const sampleEntries: TimelineChartEntry[] = [
  { date: '2021-03-02', label: 'Ministry announces review', actors: ['Ministry of Transport'], sources: 4 },
  { date: '2021-03-05', label: 'Contractor denies wrongdoing', actors: ['PortCo'], sources: 2 },
  { date: '2014', label: 'Contract signed', actors: [], sources: 1 },
  { date: '2021-03', label: 'Protests all month', actors: ['Residents'], sources: 3 },
];

const sameDay = (n: number): TimelineChartEntry[] =>
  Array.from({ length: n }, (_, i) => ({ date: '2024-05-01', label: `Statement ${i}`, actors: ['Speaker'], sources: 1 + (i % 5) }));

const sampleGrid = (rows: number, carried: (i: number, j: number) => boolean): CoverageGrid => {
  const sources = ['Reuters', 'AP', 'BBC News'];
  return {
    title: 'Coverage',
    sources,
    items: Array.from({ length: rows }, (_, i) => ({ label: `Item ${i}`, carried: sources.map((_, j) => carried(i, j)) })),
  };
};

describe('encodePng', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips pixels through a valid PNG', () => {
    const canvas = createCanvas(3, 2, [10, 20, 30]);
    fillRect(canvas, 1, 0, 1, 1, [255, 0, 0]);
    fillRect(canvas, 2, 1, 1, 1, [0, 0, 255]);
    const png = encodePng(canvas);
    expect(decodePngSize(png)).toEqual({ width: 3, height: 2 });
    expect(decodePng(png).pixels).toEqual(Uint8Array.from([10, 20, 30, 255, 255, 0, 0, 255, 10, 20, 30, 255, 10, 20, 30, 255, 10, 20, 30, 255, 0, 0, 255, 255]));
  });

  it('writes repeated rows and a palette of every colour drawn', () => {
    const canvas = createCanvas(40, 30);
    fillRect(canvas, 5, 5, 20, 10, [9, 105, 218]);
    fillCircle(canvas, 30, 20, 6, [207, 34, 46]);
    expect(decodePng(encodePng(canvas)).pixels).toEqual(toRgba(canvas));
  });

  it('rejects non-PNG buffers in decodePngSize', () => {
    expect(decodePngSize(Buffer.from('not a png at all, definitely not'))).toBeNull();
  });
});

describe('font', () => {
  it('folds text to printable ASCII', () => {
    expect(foldText('Crème brûlée “quoted” ‘x’ — a–b Łódź Straße …')).toBe('Creme brulee "quoted" \'x\' - a-b Lodz Strasse ...');
    expect(foldText('hi 👨‍👩‍👧 there مرحبا\u200f!\n')).toBe('hi ? there ?! ');
    expect(/^[\x20-\x7e]*$/.test(foldText('日本語 ٱلْعَرَبِيَّة 😀 \u0000\t\u202e'))).toBe(true);
  });

  it('measures and draws glyphs within their box', () => {
    expect(textWidth('abc', 2)).toBe((3 * 6 - 1) * 2);
    expect(textWidth('é', 1)).toBe(textWidth('e', 1));
    const canvas = createCanvas(60, 30);
    drawText(canvas, 5, 5, 'Hg', [0, 0, 0], 2);
    const inside = countPixels(rgba(canvas), 5, 5, 5 + textWidth('Hg', 2), 5 + 16, isDark);
    expect(inside).toBeGreaterThan(20);
    expect(countPixels(rgba(canvas), 0, 0, 60, 30, isDark)).toBe(inside);
  });

  it('draws different glyphs differently', () => {
    const a = createCanvas(10, 10);
    const b = createCanvas(10, 10);
    drawText(a, 1, 1, 'O', [0, 0, 0]);
    drawText(b, 1, 1, 'Q', [0, 0, 0]);
    expect(a.pixels).not.toEqual(b.pixels);
  });
});

describe('draw', () => {
  it('truncates to a pixel width with an ellipsis', () => {
    expect(truncateText('short', 500, 2)).toBe('short');
    const cut = truncateText('a rather long headline that will not fit', 200, 2);
    expect(cut.endsWith('...')).toBe(true);
    expect(textWidth(cut, 2)).toBeLessThanOrEqual(200);
    expect(textWidth(truncateText('anything', 10, 2), 2)).toBeLessThanOrEqual(10);
    expect(truncateText('anything', 0, 2)).toBe('');
  });

  it('draws lines and circles without escaping the canvas', () => {
    const canvas = createCanvas(20, 20);
    line(canvas, -5, -5, 30, 12, [0, 0, 0]);
    fillCircle(canvas, 19, 19, 8, [0, 0, 0]);
    expect(pixelAt(rgba(canvas), 0, 0)).toEqual([255, 255, 255]);
    expect(isDark(pixelAt(rgba(canvas), 18, 18))).toBe(true);
  });
});

describe('dates', () => {
  it('parses year, month and day precision and falls back on bad parts', () => {
    expect(parseDate('2014')).toMatchObject({ key: '2014', precision: 'year' });
    expect(parseDate('2021-03')).toMatchObject({ key: '2021-03', precision: 'month' });
    expect(parseDate('2021-3-9')).toMatchObject({ key: '2021-03-09', precision: 'day' });
    expect(parseDate('2021-02-30')).toMatchObject({ key: '2021-02', precision: 'month' });
    expect(parseDate('last week')).toMatchObject({ key: 'undated', precision: 'none' });
  });

  it('orders columns and only fills in empty days for short spans', () => {
    const keys = (dates: string[]) => axisColumns(dates.map(parseDate)).map((c) => c.label);
    expect(keys(['2021-03-05', '2014', '2021-03', 'n/a', '2021-03-05'])).toEqual(['2014', '2021-03', '2021-03-05', 'undated']);
    const short = axisColumns(['2024-05-01', '2024-05-04'].map(parseDate));
    expect(short.map((c) => c.filler)).toEqual([false, true, true, false]);
    expect(keys(['2020-01-01', '2024-05-04'])).toEqual(['2020-01-01', '2024-05-04']);
  });
});

describe('timelineChart', () => {
  it('renders a 1000 px wide PNG with the title drawn', () => {
    const img = decodePng(timelineChart('Port contract', sampleEntries));
    expect(img.width).toBe(1000);
    const titleEnd = MARGIN + textWidth('Port contract', TITLE_SCALE);
    expect(countPixels(img, MARGIN, TITLE_TOP, titleEnd, TITLE_BOTTOM, isDark)).toBeGreaterThan(100);
    expect(countPixels(img, titleEnd + 4, TITLE_TOP, img.width, TITLE_BOTTOM, isNotWhite)).toBe(0);
    expect(countPixels(img, 0, 0, img.width, TITLE_TOP, isNotWhite)).toBe(0);
  });

  it('draws different titles differently', () => {
    const a = decodePng(timelineChart('Alpha', sampleEntries));
    const b = decodePng(timelineChart('Omega', sampleEntries));
    const region = (img: Image) => img.pixels.subarray(TITLE_TOP * img.width * 4, TITLE_BOTTOM * img.width * 4);
    expect(region(a)).not.toEqual(region(b));
  });

  it('is deterministic and grows with entries', () => {
    expect(timelineChart('T', sampleEntries).equals(timelineChart('T', sampleEntries))).toBe(true);
    const small = decodePngSize(timelineChart('T', sameDay(3)))!;
    const large = decodePngSize(timelineChart('T', sameDay(30)))!;
    expect(large.height).toBeGreaterThan(small.height);
  });

  it('shows conflicts in red and nothing red otherwise', () => {
    const red = near(PALETTE.conflict);
    const calm = decodePng(timelineChart('T', sampleEntries));
    expect(countPixels(calm, 0, 0, calm.width, calm.height, red)).toBe(0);
    const tense = decodePng(timelineChart('T', [...sampleEntries, { ...sampleEntries[0], conflict: true }]));
    expect(countPixels(tense, 0, 0, tense.width, tense.height, red)).toBeGreaterThan(200);
  });

  it('caps at 60 entries and adds one "+N more" line', () => {
    const h60 = decodePngSize(timelineChart('T', sameDay(60)))!.height;
    const h61 = decodePngSize(timelineChart('T', sameDay(61)))!.height;
    const h100 = decodePngSize(timelineChart('T', sameDay(100)))!.height;
    expect(h61).toBe(h60 + BODY_LINE);
    expect(h100).toBe(h61);
    const img = decodePng(timelineChart('T', sameDay(100)));
    const lastLine = img.height - MARGIN - BODY_LINE;
    expect(countPixels(img, 0, lastLine, img.width, img.height, isNotWhite)).toBeGreaterThan(50);
  });

  it('keeps the width between 1000 and 2000 px', () => {
    const spread = Array.from({ length: 60 }, (_, i) => ({ ...sampleEntries[0], date: `${1950 + i}` }));
    const { width } = decodePngSize(timelineChart('T', spread))!;
    expect(width).toBeGreaterThan(1000);
    expect(width).toBeLessThanOrEqual(2000);
  });

  it('renders "No entries" for empty input', () => {
    const img = decodePng(timelineChart('Nothing', []));
    expect(countPixels(img, 0, TITLE_BOTTOM + 20, img.width, img.height, isNotWhite)).toBeGreaterThan(50);
  });

  it('never throws on odd input', () => {
    const odd = [
      { date: '', label: '👨‍👩‍👧 '.repeat(500), actors: ['مرحبا', 'עברית', '\u202eevil'], sources: NaN },
      { date: '9999-99-99', label: 'x'.repeat(10_000), actors: Array(100).fill('A'.repeat(300)), sources: -3, conflict: true },
      { date: '0001-01-01T00:00:00Z', label: '\u0000\n\t', actors: [], sources: 1e9 },
      null,
      { label: undefined, actors: 'not an array' },
    ] as unknown as TimelineChartEntry[];
    const img = decodePng(timelineChart('\u{1F4C8} '.repeat(300), odd));
    expect(img.width).toBeGreaterThanOrEqual(1000);
    expect(() => timelineChart(undefined as unknown as string, undefined as unknown as TimelineChartEntry[])).not.toThrow();
  });
});

describe('coverageGridChart', () => {
  it('fills squares exactly where sources carried an item', () => {
    const accent = near(PALETTE.accent);
    const none = decodePng(coverageGridChart(sampleGrid(4, () => false)));
    const all = decodePng(coverageGridChart(sampleGrid(4, () => true)));
    const half = decodePng(coverageGridChart(sampleGrid(4, (i) => i % 2 === 0)));
    expect(countPixels(none, 0, 0, none.width, none.height, accent)).toBe(0);
    const full = countPixels(all, 0, 0, all.width, all.height, accent);
    expect(full).toBe(4 * 3 * 18 * 18);
    expect(countPixels(half, 0, 0, half.width, half.height, accent)).toBe(full / 2);
  });

  it('draws the title and grows one row at a time', () => {
    const img = decodePng(coverageGridChart(sampleGrid(2, () => true)));
    expect(countPixels(img, MARGIN, TITLE_TOP, img.width, TITLE_BOTTOM, isDark)).toBeGreaterThan(50);
    const h3 = decodePngSize(coverageGridChart(sampleGrid(3, () => true)))!.height;
    expect(h3 - img.height).toBe(30);
  });

  it('caps at 60 rows with a "+N more" line', () => {
    const h60 = decodePngSize(coverageGridChart(sampleGrid(60, () => true)))!.height;
    const h61 = decodePngSize(coverageGridChart(sampleGrid(61, () => true)))!.height;
    const h100 = decodePngSize(coverageGridChart(sampleGrid(100, () => true)))!.height;
    expect(h61).toBe(h60 + BODY_LINE);
    expect(h100).toBe(h61);
  });

  it('stays within 2000 px with many long source names', () => {
    const sources = Array.from({ length: 150 }, (_, i) => `A very long source name number ${i}`);
    const png = coverageGridChart({ title: 'Wide', sources, items: [{ label: 'x', carried: sources.map(() => true) }] });
    expect(decodePng(png).width).toBeLessThanOrEqual(2000);
  });

  it('renders "No entries" for empty input and never throws on odd input', () => {
    const img = decodePng(coverageGridChart({ title: 'Empty', sources: [], items: [] }));
    expect(countPixels(img, 0, TITLE_BOTTOM + 20, img.width, img.height, isNotWhite)).toBeGreaterThan(50);
    const odd = {
      title: 'ש'.repeat(1000),
      sources: ['😀', '', 'x'.repeat(5000)],
      items: [{ label: '\u202e' + 'é'.repeat(3000), carried: [true] }, null, { label: 5, carried: 'yes' }],
    } as unknown as CoverageGrid;
    expect(() => decodePng(coverageGridChart(odd))).not.toThrow();
    expect(() => coverageGridChart(undefined as unknown as CoverageGrid)).not.toThrow();
  });
});
