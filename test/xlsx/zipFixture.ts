/**
 * A minimal zip writer for tests (PKWARE APPNOTE 4.3.7 local header, 4.3.12 central directory, 4.3.16 end
 * record), with what a hostile file can lie about: declared sizes, CRC-32, the local header's name, the
 * compression method and flags. Deflate by node:zlib, CRC-32 by node:zlib — independent of the reader's
 * fflate and crc-32.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export interface EntryLies {
  /** the uncompressed size the headers declare */
  readonly declared?: number;
  /** the CRC-32 the headers declare */
  readonly crc?: number;
  /** the name in the local header (the central directory keeps the true one) */
  readonly localName?: string;
  readonly method?: number;
  readonly flags?: number;
  /** raw bytes to store as the compressed data instead of deflating the content */
  readonly compressed?: Uint8Array;
}

export type ZipParts = Readonly<Record<string, string | Uint8Array>>;

/** A zip of the parts, deflated, names UTF-8; `lies` by part name. */
export function writeZip(parts: ZipParts, lies: Readonly<Record<string, EntryLies>> = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const lie = lies[name] ?? {};
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const method = lie.method ?? 8;
    const packed = lie.compressed ? Buffer.from(lie.compressed) : method === 0 ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const localName = Buffer.from(lie.localName ?? name, "utf8");
    const crc = lie.crc ?? crc32(data);
    const size = lie.declared ?? data.length;
    const flags = 0x800 | (lie.flags ?? 0);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(method, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(localName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, localName, packed);
    centrals.push(central, nameBytes);
    offset += head.length + localName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of an .xlsx zip (stored or deflated), read with node:zlib: for building hostile variants of real workbooks. */
export function zipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const method = b.readUInt16LE(at + 10);
    const compressed = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + compressed);
    parts[name] = new Uint8Array(method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return parts;
}
