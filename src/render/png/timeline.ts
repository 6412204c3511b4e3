// Timeline chart: one column per distinct date along an axis, a numbered dot per event stacked in
// its date's column (size = number of sources, red = conflicting reports), and a numbered legend
// below that spells each event out.
import { createCanvas, type Canvas } from './canvas.ts';
import { encodePng } from './encode.ts';
import { fillCircle, hline, truncateText, vline } from './draw.ts';
import { capHeight, drawText, textHeight, textWidth } from './font.ts';
import { axisColumns, compareDates, parseDate, type AxisColumn, type ParsedDate } from './dates.ts';
import {
  BODY_LINE, BODY_SCALE, HEADER_HEIGHT, MARGIN, PALETTE, drawHeader, drawKeyItem, drawMoreLine, emptyChart, plural,
} from './layout.ts';

export interface TimelineChartEntry {
  /** YYYY-MM-DD | YYYY-MM | YYYY */
  date: string;
  label: string;
  actors: string[];
  sources: number;
  conflict?: boolean;
}

const MAX_ENTRIES = 60;
const MIN_WIDTH = 1000;
const MAX_WIDTH = 2000;
/** Column spacing the image widens for (up to MAX_WIDTH) before columns get squeezed. */
const PREFERRED_PITCH = 40;
/** Rows of dots per column; further events in that column are summarised as "+k". */
const MAX_STACK_ROWS = 8;
/**
 * Dot sizes. Roomy columns get big dots with 2x numbers; crowded ones small dots with 1x numbers.
 * Each minimum is the smallest circle that still holds a two-digit number at that scale.
 */
const DOT_SIZES = [
  { minPitch: 56, minRadius: 14, maxRadius: 22, numberScale: 2 },
  { minPitch: 0, minRadius: 9, maxRadius: 16, numberScale: 1 },
];
/** Above this width the legend is laid out in two columns instead of one long list. */
const TWO_COLUMN_LEGEND_WIDTH = 1800;
const MAX_LABEL_ROWS = 3;
const MAX_ACTORS = 4;
const TICK = 6;

interface Item {
  n: number;
  date: ParsedDate;
  label: string;
  actors: string[];
  sources: number;
  conflict: boolean;
}

/** Keeps the caller's first MAX_ENTRIES, tolerating malformed fields, then orders and numbers them. */
function toItems(entries: TimelineChartEntry[]): Item[] {
  return entries
    .slice(0, MAX_ENTRIES)
    .map((e, order) => ({
      order,
      date: parseDate(e?.date),
      label: String(e?.label ?? ''),
      actors: Array.isArray(e?.actors) ? e.actors.map((a) => String(a)) : [],
      sources: Number.isFinite(Number(e?.sources)) ? Math.max(0, Math.floor(Number(e.sources))) : 0,
      conflict: e?.conflict === true,
    }))
    .sort((a, b) => compareDates(a.date, b.date) || a.order - b.order)
    .map(({ order: _order, ...item }, i) => ({ ...item, n: i + 1 }));
}

interface Plot {
  columns: AxisColumn[];
  left: number;
  pitch: number;
  minRadius: number;
  maxRadius: number;
  numberScale: number;
  slot: number;
  perRow: number;
  /** Items per column key, in legend order. */
  byColumn: Map<string, Item[]>;
  stackRows: number;
  overflow: boolean;
  labelScale: number;
  labelRows: number;
}

function planPlot(items: Item[], width: number, columns: AxisColumn[]): Plot {
  const left = MARGIN;
  const pitch = (width - 2 * MARGIN) / columns.length;
  const size = DOT_SIZES.find((d) => pitch >= d.minPitch) ?? DOT_SIZES[DOT_SIZES.length - 1];
  const maxRadius = Math.max(size.minRadius, Math.min(size.maxRadius, Math.floor(pitch / 2) - 3));
  const slot = 2 * maxRadius + 6;
  const perRow = Math.max(1, Math.floor((pitch - 4) / slot));
  const byColumn = new Map<string, Item[]>();
  for (const item of items) {
    const list = byColumn.get(item.date.key);
    if (list) list.push(item);
    else byColumn.set(item.date.key, [item]);
  }
  const tallest = Math.max(...[...byColumn.values()].map((list) => Math.ceil(list.length / perRow)));
  // Date labels: 2x if staggering them over a few rows is enough to stop overlaps, else 1x.
  const labelled = columns.filter((c) => !c.filler);
  let labelScale = BODY_SCALE;
  let labelRows = 1;
  for (const scale of [BODY_SCALE, 1]) {
    labelScale = scale;
    const widest = Math.max(...labelled.map((c) => textWidth(c.label, scale)));
    labelRows = Math.max(1, Math.ceil((widest + 12) / pitch));
    if (labelRows <= MAX_LABEL_ROWS) break;
  }
  return {
    columns, left, pitch, minRadius: size.minRadius, maxRadius, numberScale: size.numberScale, slot, perRow, byColumn,
    stackRows: Math.min(MAX_STACK_ROWS, tallest),
    overflow: tallest > MAX_STACK_ROWS,
    labelScale, labelRows: Math.min(labelRows, MAX_LABEL_ROWS),
  };
}

const plotHeight = (p: Plot): number => 24 + (p.overflow ? BODY_LINE : 0) + p.stackRows * p.slot;
const labelRowPitch = (p: Plot): number => textHeight(p.labelScale) + 8;
const axisLabelsHeight = (p: Plot): number => TICK + 8 + p.labelRows * labelRowPitch(p);

/** Dot radius grows with the square root of the source count and tops out at 10 sources. */
function radiusFor(sources: number, p: Plot): number {
  const growth = Math.sqrt(Math.min(9, Math.max(0, sources - 1))) / 3;
  return Math.round(p.minRadius + growth * (p.maxRadius - p.minRadius));
}

const colorOf = (item: Item) => (item.conflict ? PALETTE.conflict : PALETTE.accent);

/** Draws columns, dots and the axis; `axisY` is the axis line. */
function drawPlot(canvas: Canvas, p: Plot, axisY: number): void {
  const top = axisY - plotHeight(p) + 8;
  p.columns.forEach((column, i) => {
    // Centres sit on half pixels so odd-width numbers and 1-px lines centre exactly.
    const cx = Math.floor(p.left + p.pitch * (i + 0.5)) + 0.5;
    const items = p.byColumn.get(column.key) ?? [];
    const tickColor = column.filler ? PALETTE.faint : PALETTE.rule;
    vline(canvas, cx - 0.5, axisY, axisY + (column.filler ? TICK / 2 : TICK), tickColor);
    if (items.length === 0) return;
    vline(canvas, cx - 0.5, top, axisY, PALETTE.faint);
    const capacity = p.perRow * p.stackRows;
    const shown = items.slice(0, capacity);
    shown.forEach((item, j) => {
      const row = Math.floor(j / p.perRow);
      const inRow = Math.min(p.perRow, shown.length - row * p.perRow);
      const x = cx + ((j % p.perRow) - (inRow - 1) / 2) * p.slot;
      const y = Math.floor(axisY - 6 - p.slot / 2 - row * p.slot) + 0.5;
      fillCircle(canvas, x, y, radiusFor(item.sources, p), colorOf(item));
      const num = String(item.n);
      const numX = x - textWidth(num, p.numberScale) / 2;
      drawText(canvas, numX, y - capHeight(p.numberScale) / 2, num, PALETTE.onColor, p.numberScale);
    });
    if (shown.length < items.length) {
      const more = `+${items.length - shown.length}`;
      const y = axisY - 6 - p.stackRows * p.slot - textHeight(BODY_SCALE) - 2;
      drawText(canvas, cx - textWidth(more, BODY_SCALE) / 2, y, more, PALETTE.muted, BODY_SCALE);
    }
  });
  hline(canvas, MARGIN, canvas.width - MARGIN, axisY, PALETTE.rule, 2);
}

/** Date labels under the ticks, staggered over rows when they would collide, with leader lines. */
function drawAxisLabels(canvas: Canvas, p: Plot, axisY: number): void {
  p.columns.forEach((column, i) => {
    if (column.filler) return;
    const cx = Math.floor(p.left + p.pitch * (i + 0.5));
    const row = i % p.labelRows;
    const y = axisY + TICK + 8 + row * labelRowPitch(p);
    if (row > 0) vline(canvas, cx, axisY + TICK, y - 3, PALETTE.faint);
    const label = truncateText(column.label, p.labelRows * p.pitch - 8, p.labelScale);
    const w = textWidth(label, p.labelScale);
    const x = Math.max(4, Math.min(canvas.width - w - 4, cx - w / 2));
    drawText(canvas, x, y, label, p.byColumn.has(column.key) ? PALETTE.ink : PALETTE.muted, p.labelScale);
  });
}

function describeActors(actors: string[]): string {
  const named = actors.map((a) => a.trim()).filter(Boolean);
  const extra = named.length > MAX_ACTORS ? ` +${named.length - MAX_ACTORS}` : '';
  return named.slice(0, MAX_ACTORS).join(', ') + extra;
}

/**
 * "N. date  label - actors (k sources)": label in ink, actors muted, the count never cut off.
 * When space runs out the actors go first, then the label is truncated.
 */
function drawLegendRow(canvas: Canvas, item: Item, left: number, right: number, y: number, dateWidth: number): void {
  const numberRight = left + textWidth('60.', BODY_SCALE);
  const number = `${item.n}.`;
  drawText(canvas, numberRight - textWidth(number, BODY_SCALE), y, number, colorOf(item), BODY_SCALE);
  const dateX = numberRight + 14;
  drawText(canvas, dateX, y, item.date.key, PALETTE.muted, BODY_SCALE);
  const suffix = ` (${plural(item.sources, 'source')}${item.conflict ? ', conflicting' : ''})`;
  const textX = dateX + dateWidth + 16;
  const room = right - textX - textWidth(suffix, BODY_SCALE);
  const label = truncateText(item.label.trim() || '(untitled)', room, BODY_SCALE);
  let x = textX + drawText(canvas, textX, y, label, PALETTE.ink, BODY_SCALE);
  const actors = describeActors(item.actors);
  const actorRoom = textX + room - x - textWidth(' - ', BODY_SCALE);
  // Only show actors if a useful part of them fits (all of them, or at least 8 characters).
  if (actors && actorRoom >= Math.min(textWidth(actors, BODY_SCALE), textWidth('Abcdefgh', BODY_SCALE))) {
    x += drawText(canvas, x, y, ` - ${truncateText(actors, actorRoom, BODY_SCALE)}`, PALETTE.muted, BODY_SCALE);
  }
  drawText(canvas, x, y, suffix, item.conflict ? PALETTE.conflict : PALETTE.muted, BODY_SCALE);
}

function subtitle(items: Item[], columns: AxisColumn[], total: number): string {
  const dated = columns.filter((c) => c.key !== 'undated');
  const dates = new Set(items.map((i) => i.date.key)).size;
  const range = dated.length > 1 ? `, ${dated[0].label} to ${dated[dated.length - 1].label}` : '';
  const count = total > items.length ? `${items.length} of ${total} events` : plural(total, 'event');
  return `${count} on ${plural(dates, 'date')}${range}`;
}

/** Renders a timeline as a PNG. Caps at the caller's first 60 entries; never throws on odd input. */
export function timelineChart(title: string, entries: TimelineChartEntry[]): Buffer {
  const list = Array.isArray(entries) ? entries : [];
  if (list.length === 0) return emptyChart(title, MIN_WIDTH);
  const items = toItems(list);
  const columns = axisColumns(items.map((i) => i.date));
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, 2 * MARGIN + columns.length * PREFERRED_PITCH));
  const plot = planPlot(items, width, columns);
  const hidden = list.length - items.length;

  const keyY = HEADER_HEIGHT;
  const axisY = keyY + BODY_LINE + plotHeight(plot);
  const legendY = axisY + axisLabelsHeight(plot) + 20;
  const legendColumns = width >= TWO_COLUMN_LEGEND_WIDTH && items.length > 10 ? 2 : 1;
  const legendRows = Math.ceil(items.length / legendColumns);
  const height = legendY + (legendRows + (hidden > 0 ? 1 : 0)) * BODY_LINE + MARGIN - 10;

  const canvas = createCanvas(width, height, PALETTE.background);
  drawHeader(canvas, title, subtitle(items, columns, list.length));
  const keyX = drawKeyItem(canvas, MARGIN, keyY, PALETTE.accent, 'event (bigger dot = more sources)');
  if (items.some((i) => i.conflict)) drawKeyItem(canvas, keyX + 28, keyY, PALETTE.conflict, 'conflicting reports');
  drawPlot(canvas, plot, axisY);
  drawAxisLabels(canvas, plot, axisY);

  const dateWidth = Math.max(...items.map((i) => textWidth(i.date.key, BODY_SCALE)));
  const columnWidth = (width - MARGIN) / legendColumns;
  items.forEach((item, i) => {
    const col = Math.floor(i / legendRows);
    const x = MARGIN + col * columnWidth;
    drawLegendRow(canvas, item, x, x + columnWidth - MARGIN, legendY + (i % legendRows) * BODY_LINE, dateWidth);
  });
  if (hidden > 0) drawMoreLine(canvas, MARGIN, legendY + legendRows * BODY_LINE, hidden, 'events');
  return encodePng(canvas);
}
