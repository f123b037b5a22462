// Draws the GreenAudit icons (assets/icon-{16,32,64,80,128}.png): a green tile with a white leaf
// whose vein is a rising bar, for "green" + "audit". Pure Node (zlib); run `node scripts/draw-icons.mjs`.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x1e, 0x7f, 0x4f];
const LEAF = [0xff, 0xff, 0xff];
const VEIN = [0x15, 0x5e, 0x3a];

/** Colour of the unit-square point (x, y), or null outside the tile. */
function shade(x, y) {
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // leaf: the lens where two discs overlap, its long axis from lower-left to upper-right
  const along = (x - 0.5 - (y - 0.5)) / Math.SQRT2;
  const across = (x - 0.5 + (y - 0.5)) / Math.SQRT2;
  const R = 0.42;
  const offset = 0.27;
  const inLeaf = (across - offset) ** 2 + along ** 2 < R * R && (across + offset) ** 2 + along ** 2 < R * R;
  if (!inLeaf) return TILE;
  if (Math.abs(across) < 0.028 && Math.abs(along) < 0.3) return VEIN;
  return LEAF;
}

function pixels(size) {
  const ss = 4; // supersampling per axis
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    data[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let red = 0,
        green = 0,
        blue = 0,
        alpha = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          red += c[0];
          green += c[1];
          blue += c[2];
          alpha += 1;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = ss * ss;
      data[o] = alpha ? Math.round(red / alpha) : 0;
      data[o + 1] = alpha ? Math.round(green / alpha) : 0;
      data[o + 2] = alpha ? Math.round(blue / alpha) : 0;
      data[o + 3] = Math.round((255 * alpha) / n);
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(size))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
