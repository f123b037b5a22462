/**
 * The zip container of an .xlsx (ECMA-376 Part 2, Open Packaging Conventions, over the PKWARE ZIP format),
 * read safely in the browser and in node: the central directory is read and checked first — entry count,
 * declared sizes, compression ratio — before anything is inflated; an entry is inflated (fflate) only when
 * asked for, in small slices, and stopped as soon as it grows past the size the central directory declares;
 * its CRC-32 and its local header's name are checked against the central directory. Every refusal is an
 * UnreadableWorkbook with a one-line reason (docs/review-codes.md lists the limits).
 */
import { buf as crc32 } from "crc-32";
import { Inflate, inflateSync, strFromU8 } from "fflate";
import { UNREADABLE, UnreadableWorkbook, ZIP_DAMAGE } from "./unreadable";

export interface ZipLimits {
  /** bytes of the .xlsx file */
  readonly fileBytes: number;
  /** entries in the zip */
  readonly zipEntries: number;
  /** sum of the entries' uncompressed sizes, as the central directory declares them */
  readonly uncompressedBytes: number;
  /** uncompressed : compressed of one entry larger than 1 MB */
  readonly compressionRatio: number;
}

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressed: number;
  readonly uncompressed: number;
  /** offset of the local header */
  readonly local: number;
  /** the name's raw bytes, compared with the local header's */
  readonly rawName: Uint8Array;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** compressed bytes handed to the inflater at a time: the most an entry can overshoot its declared size is ~1 032 × this */
const SLICE = 64 * 1024;
/**
 * UTF-8 bytes decoded into one string at a time: a string this small is made in V8's young generation;
 * a larger one is allocated apart and, measured on a 106 MB sheet, decodes about 15× slower.
 */
const TEXT_PIECE = 32 * 1024;
/** the largest declared size inflated in one go, into a buffer made once, when the entry is one slice */
const WHOLE_AT_ONCE = 4 * 1024 * 1024;

// a byte beyond the end reads as 0, as it did before indexed reads were checked (callers check lengths)
const byte = (b: Uint8Array, at: number) => b[at] ?? 0;
const u16 = (b: Uint8Array, at: number) => byte(b, at) | (byte(b, at + 1) << 8);
const u32 = (b: Uint8Array, at: number) =>
  (byte(b, at) | (byte(b, at + 1) << 8) | (byte(b, at + 2) << 16) | (byte(b, at + 3) << 24)) >>> 0;
/** UTF-8 text; invalid bytes refused (a byte-order mark at the start is dropped, as XML 1.0 §4.3.3 allows). */
function decodeUtf8(data: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw UNREADABLE.notUtf8();
  }
}
const damaged = UNREADABLE.damagedZip;

/** The end-of-central-directory record: the last 22 bytes plus at most a 65 535-byte comment. */
function endRecord(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(bytes, at) === END) return at;
  }
  throw damaged(ZIP_DAMAGE.truncated);
}

/** An .xlsx file's zip, its central directory read and checked against the limits; nothing inflated yet. */
export class XlsxZip {
  readonly entries = new Map<string, ZipEntry>();
  /** where the central directory starts: every entry's data lies before it */
  private readonly directory: number;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits,
  ) {
    if (bytes.length > limits.fileBytes) throw UNREADABLE.fileTooLarge(bytes.length, limits.fileBytes);
    if (bytes.length >= 8 && OLE_SIGNATURE.every((x, i) => bytes[i] === x)) throw UNREADABLE.oleFile();
    if (bytes.length < 22 || (u32(bytes, 0) !== LOCAL && u32(bytes, 0) !== END)) throw UNREADABLE.noZipSignature();
    const end = endRecord(bytes);
    const count = u16(bytes, end + 10);
    const size = u32(bytes, end + 12);
    const offset = u32(bytes, end + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw UNREADABLE.zip64Archive();
    if (count > limits.zipEntries) throw UNREADABLE.tooManyEntries(count, limits.zipEntries);
    if (offset + size > end) throw damaged(ZIP_DAMAGE.directoryOutside);
    this.directory = offset;
    this.readDirectory(count, end, limits);
  }

  private readDirectory(count: number, end: number, limits: ZipLimits): void {
    const bytes = this.bytes;
    let at = this.directory;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || u32(bytes, at) !== CENTRAL) throw damaged(ZIP_DAMAGE.badDirectoryEntry);
      const compressed = u32(bytes, at + 20);
      const uncompressed = u32(bytes, at + 24);
      const nameLength = u16(bytes, at + 28);
      const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
      if (next > end) throw damaged(ZIP_DAMAGE.badDirectoryEntry);
      if (compressed === 0xffffffff || uncompressed === 0xffffffff) throw UNREADABLE.zip64Entry();
      total += uncompressed;
      if (total > limits.uncompressedBytes) throw UNREADABLE.uncompressedTooLarge(limits.uncompressedBytes);
      if (uncompressed > 1024 * 1024 && uncompressed > limits.compressionRatio * Math.max(1, compressed)) {
        throw UNREADABLE.expands(Math.round(uncompressed / Math.max(1, compressed)), limits.compressionRatio);
      }
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      // a part name is absolute in the package (Open Packaging Conventions §9.1.1); a zip item name is not
      let name = strFromU8(rawName);
      if (name.startsWith("/")) name = name.slice(1);
      if (this.entries.has(name)) throw damaged(ZIP_DAMAGE.twoEntries(name));
      if (!name.endsWith("/")) {
        this.entries.set(name, {
          name,
          rawName,
          flags: u16(bytes, at + 8),
          method: u16(bytes, at + 10),
          crc: u32(bytes, at + 16),
          compressed,
          uncompressed,
          local: u32(bytes, at + 42),
        });
      }
      at = next;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entries' uncompressed sizes added up, as the central directory declares them: inflating yields no more. */
  get declaredBytes(): number {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.uncompressed;
    return total;
  }

  /** The entry's bytes, or undefined when there is none; inflated to at most its declared size and checked. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const out = new Uint8Array(entry.uncompressed);
    let length = 0;
    this.inflate(entry, (chunk) => {
      out.set(chunk, length);
      length += chunk.length;
    });
    return out;
  }

  /** The entry as UTF-8 text. */
  text(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : decodeUtf8(data);
  }

  /**
   * The entry as UTF-8 text in pieces, each handed over as soon as it is inflated: a large part is never
   * held whole. Its size and CRC-32 are checked as it goes and at its end; false when there is no entry.
   */
  textChunks(name: string, onText: (text: string) => void): boolean {
    const entry = this.entries.get(name);
    if (!entry) return false;
    // one decoder for the whole part: a character cut between two pieces is completed by the next
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const decode = (bytes: Uint8Array, last: boolean) => {
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: !last });
      } catch {
        throw UNREADABLE.notUtf8();
      }
      if (text !== "") onText(text);
    };
    this.inflate(entry, (chunk) => {
      for (let at = 0; at < chunk.length; at += TEXT_PIECE) decode(chunk.subarray(at, at + TEXT_PIECE), false);
    });
    decode(new Uint8Array(0), true);
    return true;
  }

  /** The entry's bytes in pieces, inflated to at most its declared size, its CRC-32 checked at the end. */
  private inflate(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    const bytes = this.bytes;
    if (entry.flags & 1) throw UNREADABLE.encryptedEntry(entry.name);
    const at = entry.local;
    if (at + 30 > this.directory || u32(bytes, at) !== LOCAL) throw damaged(ZIP_DAMAGE.badLocalHeader(entry.name));
    const nameLength = u16(bytes, at + 26);
    const localName = bytes.subarray(at + 30, at + 30 + nameLength);
    if (nameLength !== entry.rawName.length || localName.some((b, i) => b !== entry.rawName[i]))
      throw damaged(ZIP_DAMAGE.namesDisagree(entry.name));
    const start = at + 30 + nameLength + u16(bytes, at + 28);
    if (start + entry.compressed > this.directory) throw damaged(ZIP_DAMAGE.beyondPlace(entry.name));
    const data = bytes.subarray(start, start + entry.compressed);
    // the whole entry is inflated and checked even when its reader stops early: damage is reported first
    let crc = 0;
    let failed: { error: unknown } | undefined;
    const checked = (chunk: Uint8Array) => {
      crc = crc32(chunk, crc);
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failed = { error };
      }
    };
    if (entry.method === 0) {
      if (entry.compressed !== entry.uncompressed) throw damaged(ZIP_DAMAGE.storedTwoSizes(entry.name));
      checked(data);
    } else if (entry.method === 8) {
      inflateBounded(data, entry, checked);
    } else {
      throw UNREADABLE.compressionMethod(entry.name, entry.method);
    }
    if (crc >>> 0 !== entry.crc) throw damaged(ZIP_DAMAGE.crc(entry.name));
    if (failed) throw failed.error;
  }
}

/** Raw DEFLATE data inflated slice by slice, stopped as soon as it grows past the declared size. */
function inflateBounded(data: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  // empty data: the slices' path, as before (fflate gives back a whole buffer it is handed for no data)
  if (data.length > 0 && data.length <= SLICE && entry.uncompressed <= WHOLE_AT_ONCE)
    return inflateWhole(data, entry, onChunk);
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > entry.uncompressed) {
      over = true;
      return;
    }
    length += chunk.length;
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += SLICE) {
      inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
      if (over) throw UNREADABLE.inflatesBeyond(entry.name);
    }
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    throw damaged(ZIP_DAMAGE.corrupt(entry.name));
  }
  if (length !== entry.uncompressed) throw damaged(ZIP_DAMAGE.shorter(entry.name));
}

/**
 * An entry of one slice inflated at once into a buffer of its declared size and one byte more, made once: the
 * slices' growing buffers and copies cost more than the inflating of a small part. One byte more shows an entry
 * that grows past its size. Given a buffer, fflate never grows it: it decodes the slice to its end and drops what
 * falls beyond the buffer (a stored block beyond it throws), so memory stays the buffer's and time the slice's.
 */
function inflateWhole(data: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const out = new Uint8Array(entry.uncompressed + 1);
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(data, { out });
  } catch (error) {
    // a stored block copied past the buffer's end (by name: the typed array may be of another realm, as in jest)
    if ((error as Error | undefined)?.name === "RangeError") throw UNREADABLE.inflatesBeyond(entry.name);
    throw damaged(ZIP_DAMAGE.corrupt(entry.name));
  }
  if (inflated.length > entry.uncompressed) throw UNREADABLE.inflatesBeyond(entry.name);
  if (inflated.length !== entry.uncompressed) throw damaged(ZIP_DAMAGE.shorter(entry.name));
  onChunk(inflated);
}
