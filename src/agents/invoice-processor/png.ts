/** Minimal PNG encoder (8-bit gray / RGB / RGBA), used for OCR input and test fixtures. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export type PngColor = 'gray' | 'rgb' | 'rgba';
const COLOR_TYPE: Record<PngColor, number> = { gray: 0, rgb: 2, rgba: 6 };
export const CHANNELS: Record<PngColor, number> = { gray: 1, rgb: 3, rgba: 4 };

/**
 * `scanlines` are either raw pixel rows (`filtered: false`) or rows already prefixed with
 * a PNG filter byte — which is what a PDF FlateDecode image with Predictor ≥ 10 holds.
 */
export function encodePng(width: number, height: number, color: PngColor, scanlines: Buffer, filtered = false): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = COLOR_TYPE[color];
  let rows = scanlines;
  if (!filtered) {
    const stride = width * CHANNELS[color];
    rows = Buffer.alloc((stride + 1) * height);
    for (let y = 0; y < height; y++) scanlines.copy(rows, y * (stride + 1) + 1, y * stride, y * stride + stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
