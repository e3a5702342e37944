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
/** More distinct colours than this and the image is no flat chart: the caller keeps RGBA. */
const MAX_COLOURS = 1 << (TABLE_BITS - 1);

/**
 * Numbers each distinct colour in order of appearance (one pass, an open-addressing hash table),
 * writing that number for every pixel and counting each colour's pixels.
 */
function numberColours(pixels: Uint32Array): { ids: Uint16Array; colours: number[]; counts: number[] } | null {
  const mask = (1 << TABLE_BITS) - 1;
  const keys = new Int32Array(1 << TABLE_BITS).fill(-1);
  const slotId = new Uint16Array(1 << TABLE_BITS);
  const ids = new Uint16Array(pixels.length);
  const colours: number[] = [];
  const counts: number[] = [];
  let last = -1;
  let id = 0;
  for (let i = 0; i < pixels.length; i++) {
    const c = pixels[i] & 0xffffff;
    if (c !== last) {
      let h = (Math.imul(c, 0x9e3779b1) >>> (32 - TABLE_BITS)) & mask;
      while (keys[h] !== -1 && keys[h] !== c) h = (h + 1) & mask;
      if (keys[h] === -1) {
        if (colours.length >= MAX_COLOURS) return null;
        keys[h] = c;
        slotId[h] = colours.length;
        colours.push(c);
        counts.push(0);
      }
      id = slotId[h];
      last = c;
    }
    ids[i] = id;
    counts[id]++;
  }
  return { ids, colours, counts };
}

/**
 * The 256 most frequent colours form the palette; any rarer colour (an edge pixel or two) takes
 * its nearest palette colour, which no eye can tell apart at these sizes.
 */
function palette(colours: number[], counts: number[]): { table: number[]; indexOf: Uint8Array } {
  const ranked = colours.map((_, id) => id).sort((a, b) => counts[b] - counts[a]);
  const kept = ranked.slice(0, 256);
  const indexOf = new Uint8Array(colours.length);
  kept.forEach((id, i) => (indexOf[id] = i));
  for (const id of ranked.slice(256)) {
    let best = 0;
    for (let i = 1; i < kept.length; i++) if (distance(colours[id], colours[kept[i]]) < distance(colours[id], colours[kept[best]])) best = i;
    indexOf[id] = best;
  }
  return { table: kept.map((id) => colours[id]), indexOf };
}

/** The PNG, or null when the image has too many colours for a palette (a photo, a gradient). */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  const numbered = numberColours(words(rgba));
  if (!numbered) return null;
  const { table, indexOf } = palette(numbered.colours, numbered.counts);
  const { ids } = numbered;
  const raw = Buffer.alloc((width + 1) * height);
  // Filter type 0 (none) on every row (the zero byte Buffer.alloc left): the usual choice for
  // palette images.
  for (let y = 0, i = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, i++) raw[row + x] = indexOf[ids[i]];
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, adaptive filtering, no interlace
  const plte = Buffer.alloc(table.length * 3);
  table.forEach((c, i) => plte.set([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff], i * 3));
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", deflateSync(raw, { level: 6 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
