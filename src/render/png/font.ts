// Built-in bitmap font so charts are legible on machines with no system fonts. Glyphs are the
// classic 5x7 LCD font (columns of bits, bit 0 = top row), with g j p q y given a real descender
// in an 8th row. Cells are 6 px wide (5 + 1 gap) and 8 px tall, multiplied by an integer scale.
import { colorIndex, fillIndex, type Canvas, type Rgb } from './canvas.ts';

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 8;
export const ADVANCE = GLYPH_WIDTH + 1;

// Five column bytes per glyph, hex, for code points 32 (space) to 126 (~) in order.
const GLYPHS = [
  '0000000000', '00005f0000', '0007000700', '147f147f14', '242a7f2a12', '2313086462', '3649552250', '0005030000',
  '001c224100', '0041221c00', '082a1c2a08', '08083e0808', '0050300000', '0808080808', '0060600000', '2010080402',
  '3e5149453e', '00427f4000', '4261514946', '2141454b31', '1814127f10', '2745454539', '3c4a494930', '0171090503',
  '3649494936', '064949291e', '0036360000', '0056360000', '0814224100', '1414141414', '0041221408', '0201510906',
  '3249794136', '7e1111117e', '7f49494936', '3e41414122', '7f4141221c', '7f49494941', '7f09090101', '3e41415132',
  '7f0808087f', '00417f4100', '2040413f01', '7f08142241', '7f40404040', '7f020c027f', '7f0408107f', '3e4141413e',
  '7f09090906', '3e4151215e', '7f09192946', '4649494931', '01017f0101', '3f4040403f', '1f2040201f', '3f4038403f',
  '6314081463', '0708700807', '6151494543', '007f414100', '0204081020', '0041417f00', '0402010204', '4040404040',
  '0001020400', '2054545478', '7f48444438', '3844444420', '384444487f', '3854545418', '087e090102', '98a4a4a47c',
  '7f08040478', '00447d4000', '4080847d00', '007f102844', '00417f4000', '7c04180478', '7c08040478', '3844444438',
  'fc24242418', '18242424fc', '7c08040408', '4854545420', '043f444020', '3c4040207c', '1c2040201c', '3c4030403c',
  '4428102844', '9ca0a0a07c', '4464544c44', '0008364100', '00007f0000', '0041360800', '0804081008',
];
const BITS = Uint8Array.from(GLYPHS.join('').match(/../g) ?? [], (byte) => parseInt(byte, 16));

// Characters NFKD leaves alone but that have an obvious ASCII reading.
const FOLDS: Record<string, string> = {
  'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L',
  'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ı': 'i',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '‹': "'", '›': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '•': '*', '·': '.', '×': 'x', '⁄': '/', '€': 'EUR', '£': 'GBP',
};

/**
 * Folds any text to the printable ASCII the font can draw: NFKD, then combining marks dropped
 * (é -> e), curly quotes and dashes straightened, invisible format characters (bidi marks,
 * zero-width joiners) dropped, whitespace and control characters turned into spaces. A run of
 * anything else (emoji, CJK, Arabic...) becomes a single '?', so "👨‍👩‍👧" is one '?', not five.
 */
export function foldText(text: string): string {
  let out = '';
  let unknownRun = false;
  for (const ch of String(text ?? '').normalize('NFKD')) {
    const code = ch.codePointAt(0) ?? 0;
    let mapped: string;
    if (code >= 32 && code <= 126) mapped = ch;
    else if (FOLDS[ch] !== undefined) mapped = FOLDS[ch];
    else if (/[\p{M}\p{Cf}]/u.test(ch)) continue;
    else if (/[\s\p{Cc}]/u.test(ch)) mapped = ' ';
    else {
      if (!unknownRun) out += '?';
      unknownRun = true;
      continue;
    }
    out += mapped;
    unknownRun = false;
  }
  return out;
}

function cleanScale(scale: number): number {
  return Math.max(1, Math.floor(scale) || 1);
}

/** Pixel width of already-folded text: a fixed advance per character, minus the trailing gap. */
export function foldedWidth(length: number, scale = 1): number {
  return length > 0 ? (length * ADVANCE - 1) * cleanScale(scale) : 0;
}

/** Pixel width of `text` as drawText would draw it. */
export function textWidth(text: string, scale = 1): number {
  return foldedWidth(foldText(text).length, scale);
}

/** Height of capitals and digits (the glyph box minus the descender row), for centring. */
export function capHeight(scale = 1): number {
  return (GLYPH_HEIGHT - 1) * cleanScale(scale);
}

/** Pixel height of one line of text (including the descender row). */
export function textHeight(scale = 1): number {
  return GLYPH_HEIGHT * cleanScale(scale);
}

/**
 * Draws `text` with its top-left corner at (x, y); scale is an integer (1–3 is the intended range).
 * Returns the advance (width plus the trailing gap), so callers can continue the line in another colour.
 */
export function drawText(canvas: Canvas, x: number, y: number, text: string, color: Rgb, scale = 1): number {
  const s = cleanScale(scale);
  const folded = foldText(text);
  const left = Math.round(x);
  const top = Math.round(y);
  const ink = colorIndex(canvas, color);
  const { width, height, pixels } = canvas;
  for (let i = 0; i < folded.length; i++) {
    const glyph = (folded.charCodeAt(i) - 32) * GLYPH_WIDTH;
    const gx = left + i * ADVANCE * s;
    const inside = gx >= 0 && top >= 0 && gx + GLYPH_WIDTH * s <= width && top + GLYPH_HEIGHT * s <= height;
    for (let col = 0; col < GLYPH_WIDTH; col++) {
      const bits = BITS[glyph + col];
      if (!bits) continue;
      for (let row = 0; row < GLYPH_HEIGHT; row++) {
        if (!(bits & (1 << row))) continue;
        const x = gx + col * s;
        const y = top + row * s;
        if (!inside) {
          fillIndex(canvas, x, y, s, s, ink);
          continue;
        }
        // The whole glyph is on the canvas: set its s-by-s block directly.
        for (let dy = 0, at = y * width + x; dy < s; dy++, at += width) for (let dx = 0; dx < s; dx++) pixels[at + dx] = ink;
      }
    }
  }
  return folded.length * ADVANCE * s;
}
