import { inflateSync } from 'node:zlib';

/** A decoded PNG: RGBA, 8 bits a channel, row after row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Decodes the PNGs Chromium writes for canvas exports: 8-bit RGBA (colour
 * type 6) or RGB (2), not interlaced. Anything else is refused loudly, so a
 * test never passes on an image it did not really read.
 */
export function decodePng(file: Buffer): DecodedPng {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG: bad signature.');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colourType !== 6 && colourType !== 2)) {
        throw new Error(
          `Unsupported PNG: depth ${String(depth)}, colour type ${String(colourType)}, interlace ${String(interlace)}.`,
        );
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : paeth(left, up, upLeft);
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rgba.set(pixels.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

/** How many distinct colours the image has (capped): a blank export has one. */
export function distinctColours(png: DecodedPng, cap = 64): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.rgba.length && seen.size < cap; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = png.rgba.subarray(i, i + 4);
    seen.add(((r * 256 + g) * 256 + b) * 256 + a);
  }
  return seen.size;
}

/**
 * Where two images of the same size differ: how many pixels, and the box
 * around them; a message for a test that expected them equal.
 */
export function describeDifference(a: DecodedPng, b: DecodedPng): string {
  if (a.width !== b.width || a.height !== b.height)
    return `sizes differ: ${String(a.width)}×${String(a.height)} against ${String(b.width)}×${String(b.height)}`;
  let count = 0;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const i = (y * a.width + x) * 4;
      if (
        a.rgba[i] === b.rgba[i] &&
        a.rgba[i + 1] === b.rgba[i + 1] &&
        a.rgba[i + 2] === b.rgba[i + 2] &&
        a.rgba[i + 3] === b.rgba[i + 3]
      )
        continue;
      count += 1;
      box.x1 = Math.min(box.x1, x);
      box.y1 = Math.min(box.y1, y);
      box.x2 = Math.max(box.x2, x);
      box.y2 = Math.max(box.y2, y);
    }
  }
  return count === 0
    ? 'the pixels are the same (only the encoding differs)'
    : `${String(count)} pixels differ, within x ${String(box.x1)}–${String(box.x2)}, y ${String(box.y1)}–${String(box.y2)}`;
}
