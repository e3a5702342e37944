/**
 * An opaque RGBA raster as an 8-bit palette PNG. Charts and the report page are flat colours on
 * white plus their anti-aliased edges: a few hundred colours, nearly all pixels in long runs. One
 * byte per pixel deflates to a fraction of resvg's RGBA PNG, and pdfkit embeds a palette PNG as it
 * is (an RGBA one it decodes and splits into colour and alpha first). The alpha byte is ignored:
 * the images are drawn on an opaque background.
 */
import { deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The pixels as 32-bit words (0xAABBGGRR on the little-endian machines Node runs on). */
function words(rgba: Uint8Array): Uint32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, rgba.length >> 2);
}

function distance(a: number, b: number): number {
  const dr = (a & 0xff) - (b & 0xff);
  const dg = ((a >>> 8) & 0xff) - ((b >>> 8) & 0xff);
  const db = ((a >>> 16) & 0xff) - ((b >>> 16) & 0xff);
  return dr * dr + dg * dg + db * db;
}

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** More distinct colours than this and the image is no flat chart: the caller keeps RGBA. */
const MAX_COLOURS = 1 << (TABLE_BITS - 1);

/** Colour → slot in an open-addressing table (the colour is the key, 24 bits). */
class ColourTable {
  readonly keys = new Int32Array(1 << TABLE_BITS).fill(-1);
  readonly counts = new Float64Array(1 << TABLE_BITS);
  readonly index = new Uint8Array(1 << TABLE_BITS);
  readonly slots: number[] = [];

  slot(colour: number): number {
    let h = (Math.imul(colour, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK;
    for (;;) {
      const key = this.keys[h];
      if (key === colour) return h;
      if (key === -1) {
        this.keys[h] = colour;
        this.slots.push(h);
        return h;
      }
      h = (h + 1) & TABLE_MASK;
    }
  }
}

/** Counts each colour's pixels, a run of equal pixels at a time; null past MAX_COLOURS. */
function countColours(pixels: Uint32Array): ColourTable | null {
  const table = new ColourTable();
  const n = pixels.length;
  let i = 0;
  while (i < n) {
    const c = pixels[i];
    let j = i + 1;
    while (j < n && pixels[j] === c) j++;
    table.counts[table.slot(c & 0xffffff)] += j - i;
    if (table.slots.length > MAX_COLOURS) return null;
    i = j;
  }
  return table;
}

/**
 * The 256 most frequent colours form the palette; any rarer colour (an edge pixel or two) takes
 * its nearest palette colour, which no eye can tell apart at these sizes.
 */
function palette(table: ColourTable): number[] {
  const ranked = [...table.slots].sort((a, b) => table.counts[b] - table.counts[a]);
  const kept = ranked.slice(0, 256);
  kept.forEach((slot, i) => (table.index[slot] = i));
  for (const slot of ranked.slice(256)) {
    let best = 0;
    const colour = table.keys[slot];
    for (let i = 1; i < kept.length; i++) if (distance(colour, table.keys[kept[i]]) < distance(colour, table.keys[kept[best]])) best = i;
    table.index[slot] = best;
  }
  return kept.map((slot) => table.keys[slot]);
}

/** The PNG, or null when the image has too many colours for a palette (a photo, a gradient). */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  const pixels = words(rgba);
  const table = countColours(pixels);
  if (!table) return null;
  const colours = palette(table);
  const raw = Buffer.alloc((width + 1) * height);
  // Filter type 0 (none) on every row (the zero byte Buffer.alloc left): the usual choice for
  // palette images. Each run of one colour is looked up once.
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    const first = y * width;
    let x = 0;
    while (x < width) {
      const c = pixels[first + x];
      let end = x + 1;
      while (end < width && pixels[first + end] === c) end++;
      const value = table.index[table.slot(c & 0xffffff)];
      if (end - x > 16) raw.fill(value, row + x, row + end);
      else for (let k = x; k < end; k++) raw[row + k] = value;
      x = end;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, adaptive filtering, no interlace
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((c, i) => plte.set([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff], i * 3));
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", deflateSync(raw, { level: 6 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
