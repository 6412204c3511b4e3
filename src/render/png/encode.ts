// Minimal PNG writer: indexed colour (the canvas's palette), one IDAT chunk, compressed with
// node:zlib. No dependencies.
import { deflateSync } from 'node:zlib';
import type { Canvas } from './canvas.ts';

export type { Canvas, Rgb } from './canvas.ts';
export { createCanvas } from './canvas.ts';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as used by PNG chunks (and zlib's crc32, which Node 20 does not expose). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** length + type + data + CRC(type + data). */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const DEFLATE_LEVEL = 1;

/**
 * Encodes a canvas as an indexed-colour PNG (colour type 3, 8-bit indexes, a PLTE chunk with the
 * canvas's palette). Chart images are mostly flat colour: a row the same as the one above is
 * written with the "Up" filter (type 2), which makes it all zeros; any other row is copied as it
 * is (filter 0), and deflate finds its repeats of earlier rows. Deflate runs at its fastest level:
 * on such input the slower levels take several times as long for a file perhaps a third smaller,
 * and the file is a few dozen kilobytes either way.
 */
export function encodePng(canvas: Canvas): Buffer {
  const { width, height, pixels } = canvas;
  const stride = width + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    if (y > 0 && Buffer.compare(row, pixels.subarray((y - 1) * width, y * width)) === 0) raw[y * stride] = 2;
    else raw.set(row, y * stride + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: indexed
  // bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace
  const plte = Buffer.alloc(3 * canvas.palette.length);
  canvas.palette.forEach((c, i) => plte.set(c, 3 * i));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: DEFLATE_LEVEL })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's IHDR, or null if the buffer is not a PNG. */
export function decodePngSize(buf: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 24 || !b.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
