// Coverage grid: which source carried which item. Rows are items, columns are sources, a filled
// square where the source carried the item, with per-row and per-column counts.
import { createCanvas, type Canvas, type Rgb } from './canvas.ts';
import { encodePng } from './encode.ts';
import { fillRect, hline, strokeRect, truncateText } from './draw.ts';
import { capHeight, drawText, foldText, textWidth } from './font.ts';
import {
  BODY_LINE, BODY_SCALE, HEADER_HEIGHT, MARGIN, PALETTE, drawHeader, drawMoreLine, emptyChart, plural,
} from './layout.ts';

export interface CoverageGrid {
  title: string;
  sources: string[];
  items: { label: string; carried: boolean[] /* one per source */ }[];
}

const MAX_ROWS = 60;
const MIN_WIDTH = 720;
const MAX_WIDTH = 2000;
const ROW_HEIGHT = 30;
const CELL = 18;
const LABEL_COLUMN = { min: 200, max: 520 };
/** Source columns: wide enough for the name when the image allows, else lettered A, B, C... */
const NAME_COLUMN_MAX = 150;
const CODE_COLUMN = { min: 30, max: 48 };
const KEY_ENTRY_MAX = 420;

interface Layout {
  width: number;
  labelWidth: number;
  columnWidth: number;
  countWidth: number;
  /** Folded names of the sources that get a column. */
  names: string[];
  /** Column headers: the names, or letter codes explained in a key under the grid. */
  headers: string[];
  coded: boolean;
}

/** A, B, ..., Z, AA, AB, ... */
function letterCode(index: number): string {
  let code = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) code = String.fromCharCode(65 + ((i - 1) % 26)) + code;
  return code;
}

const widest = (texts: string[]): number => Math.max(0, ...texts.map((t) => textWidth(t, BODY_SCALE)));
const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

function planLayout(sources: string[], labels: string[]): Layout {
  const allNames = sources.map((s) => foldText(String(s ?? '')).trim() || '(unnamed)');
  const labelWidth = clamp(widest(labels) + 24, LABEL_COLUMN.min, LABEL_COLUMN.max);
  const countWidth = textWidth(`${allNames.length}/${allNames.length}`, BODY_SCALE) + 32;
  const fixed = 2 * MARGIN + labelWidth + countWidth;
  const nameColumn = clamp(widest(allNames) + 20, CODE_COLUMN.max, NAME_COLUMN_MAX);
  const coded = fixed + allNames.length * nameColumn > MAX_WIDTH;
  // Past what fits even at the narrowest column, sources are dropped (and mentioned in the subtitle).
  const names = allNames.slice(0, Math.floor((MAX_WIDTH - fixed) / CODE_COLUMN.min));
  const columnWidth = coded
    ? clamp(Math.floor((MAX_WIDTH - fixed) / names.length), CODE_COLUMN.min, CODE_COLUMN.max)
    : nameColumn;
  const natural = fixed + names.length * columnWidth;
  return {
    width: Math.max(MIN_WIDTH, natural),
    labelWidth: labelWidth + Math.max(0, MIN_WIDTH - natural), // the label column absorbs spare width
    columnWidth,
    countWidth,
    names,
    headers: coded ? names.map((_, i) => letterCode(i)) : names,
    coded,
  };
}

/** Draws `text` centred on x. */
function drawCentred(canvas: Canvas, x: number, y: number, text: string, color: Rgb): void {
  drawText(canvas, Math.round(x - textWidth(text, BODY_SCALE) / 2), y, text, color, BODY_SCALE);
}

/** The key under a lettered grid: "A  Daily Courier (12)" entries, flowed into as many columns as fit. */
function planKey(layout: Layout, totals: number[]) {
  const entries = layout.names.map((name, i) => ({ code: layout.headers[i], text: `${name} (${totals[i]})` }));
  const codeWidth = widest(entries.map((e) => e.code)) + 12;
  const entryWidth = Math.min(KEY_ENTRY_MAX, codeWidth + widest(entries.map((e) => e.text))) + 32;
  const perLine = Math.max(1, Math.floor((layout.width - 2 * MARGIN + 32) / entryWidth));
  return { entries, codeWidth, entryWidth, perLine, lines: Math.ceil(entries.length / perLine) };
}

function drawKey(canvas: Canvas, key: ReturnType<typeof planKey>, top: number): void {
  key.entries.forEach((entry, i) => {
    const x = MARGIN + (i % key.perLine) * key.entryWidth;
    const y = top + Math.floor(i / key.perLine) * BODY_LINE;
    const room = key.entryWidth - 32 - key.codeWidth;
    drawText(canvas, x, y, entry.code, PALETTE.accent, BODY_SCALE);
    drawText(canvas, x + key.codeWidth, y, truncateText(entry.text, room, BODY_SCALE), PALETTE.muted, BODY_SCALE);
  });
}

/** Renders the coverage grid as a PNG. Caps at 60 rows; never throws on odd input. */
export function coverageGridChart(grid: CoverageGrid): Buffer {
  const title = String(grid?.title ?? '');
  const sources = Array.isArray(grid?.sources) ? grid.sources : [];
  const allItems = (Array.isArray(grid?.items) ? grid.items : []).map((item) => ({
    label: String(item?.label ?? '').trim() || '(untitled)',
    carried: Array.isArray(item?.carried) ? item.carried : [],
  }));
  if (sources.length === 0 || allItems.length === 0) return emptyChart(title, MIN_WIDTH);

  const items = allItems.slice(0, MAX_ROWS);
  const layout = planLayout(sources, items.map((i) => i.label));
  const n = layout.names.length;
  const totals = layout.names.map((_, j) => allItems.filter((item) => item.carried[j] === true).length);
  const hiddenRows = allItems.length - items.length;
  const hiddenSources = sources.length - n;

  const headerRow = BODY_LINE + 8;
  const gridTop = HEADER_HEIGHT + headerRow;
  const totalsY = gridTop + items.length * ROW_HEIGHT + 12;
  const moreY = totalsY + BODY_LINE + 4;
  const keyY = moreY + (hiddenRows > 0 ? BODY_LINE : 0) + 12;
  const key = layout.coded ? planKey(layout, totals) : null;
  const keyHeight = key ? key.lines * BODY_LINE : 0;
  const height = keyY + keyHeight + MARGIN - 12;

  const canvas = createCanvas(layout.width, height, PALETTE.background);
  const subtitleParts = [`${plural(allItems.length, 'item')} x ${plural(sources.length, 'source')}`];
  if (hiddenSources > 0) subtitleParts.push(`first ${n} sources shown`);
  drawHeader(canvas, title, subtitleParts.join(', '));

  const gridLeft = MARGIN + layout.labelWidth;
  const countX = gridLeft + n * layout.columnWidth + layout.countWidth / 2;
  const columnX = (j: number): number => gridLeft + j * layout.columnWidth + layout.columnWidth / 2;
  const textOffset = (ROW_HEIGHT - capHeight(BODY_SCALE)) / 2;

  layout.headers.forEach((header, j) => drawCentred(canvas, columnX(j), HEADER_HEIGHT, header, PALETTE.ink));
  drawCentred(canvas, countX, HEADER_HEIGHT, 'total', PALETTE.muted);
  hline(canvas, MARGIN, layout.width - MARGIN, gridTop - 4, PALETTE.rule);

  items.forEach((item, i) => {
    const y = gridTop + i * ROW_HEIGHT;
    if (i % 2 === 1) fillRect(canvas, MARGIN, y, layout.width - 2 * MARGIN, ROW_HEIGHT, PALETTE.stripe);
    const label = truncateText(item.label, layout.labelWidth - 24, BODY_SCALE);
    drawText(canvas, MARGIN + 8, y + textOffset, label, PALETTE.ink, BODY_SCALE);
    let count = 0;
    for (let j = 0; j < n; j++) {
      const x = Math.round(columnX(j) - CELL / 2);
      const cellY = y + (ROW_HEIGHT - CELL) / 2;
      if (item.carried[j] === true) {
        fillRect(canvas, x, cellY, CELL, CELL, PALETTE.accent);
        count++;
      } else {
        strokeRect(canvas, x, cellY, CELL, CELL, PALETTE.faint);
      }
    }
    drawCentred(canvas, countX, y + textOffset, `${count}/${n}`, count > 0 ? PALETTE.ink : PALETTE.muted);
  });

  hline(canvas, MARGIN, layout.width - MARGIN, totalsY - 8, PALETTE.rule);
  drawText(canvas, MARGIN + 8, totalsY, hiddenRows > 0 ? `total (all ${allItems.length})` : 'total', PALETTE.muted, BODY_SCALE);
  totals.forEach((total, j) => drawCentred(canvas, columnX(j), totalsY, String(total), PALETTE.ink));
  if (hiddenRows > 0) drawMoreLine(canvas, MARGIN + 8, moreY, hiddenRows, 'items');
  if (key) drawKey(canvas, key, keyY);
  return encodePng(canvas);
}
