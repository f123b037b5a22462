/**
 * A submitted .xlsx read from disk (node): only a regular file is read — a directory, a named pipe, a device
 * (a symbolic link to /dev/zero) or a socket is refused without blocking: the file is opened non-blocking
 * and checked with fstat on the open descriptor (no race with a file swapped after a check), and at most
 * the size limit + 1 bytes are read, whatever the file claims. Then the bounded readers of the zip (zip.ts) and of
 * its sheets (fastSnapshot.ts), as readWorkbookFile.ts reads bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import { READ_LIMITS, type ReadLimits } from "./readLimits";
import { readXlsx, type ReadOptions } from "./fastSnapshot";
import { XlsxZip } from "./zip";
import { NOT_A_FILE, OPEN_ERRORS, UNREADABLE, UnreadableWorkbook } from "./unreadable";
import type { Text } from "../domain/text";

function kindOf(stats: Stats): Text {
  if (stats.isDirectory()) return NOT_A_FILE.directory;
  if (stats.isFIFO()) return NOT_A_FILE.pipe;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return NOT_A_FILE.device;
  if (stats.isSocket()) return NOT_A_FILE.socket;
  return NOT_A_FILE.other;
}

/** Why the system could not open or read the file, in words. */
function failed(error: unknown, doing: "open" | "read"): UnreadableWorkbook {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const known = OPEN_ERRORS[code];
  if (known) return known === NOT_A_FILE.directory ? UNREADABLE.notAFile(known) : UNREADABLE.cannotOpen(known);
  // the system's code (EIO …) is the same in every language; without one, words
  const detail = code ? { zh: code, en: code } : { zh: "未知错误", en: "unknown error" };
  return UNREADABLE.cannotOpen(
    doing === "open"
      ? { zh: `无法打开文件（${detail.zh}）`, en: `cannot open the file (${detail.en})` }
      : { zh: `无法读取文件（${detail.zh}）`, en: `cannot read the file (${detail.en})` },
  );
}

/** The file's bytes, refused unless it is a regular file within the size limit. */
export function readXlsxFileBytes(path: string, limits: ReadLimits = READ_LIMITS): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw failed(error, "open");
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw UNREADABLE.notAFile(kindOf(stats));
    if (stats.size > limits.fileBytes) throw UNREADABLE.fileTooLarge(stats.size, limits.fileBytes);
    // the size fstat reports may change while reading: read at most limit + 1 bytes
    const buffer = new Uint8Array(Math.min(stats.size, limits.fileBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limits.fileBytes) throw UNREADABLE.fileOverLimit(limits.fileBytes);
      if (length === buffer.length) throw UNREADABLE.fileGrew();
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    throw failed(error, "read");
  } finally {
    closeSync(fd);
  }
}

/** A workbook on disk opened as a zip: the file read and its central directory checked, nothing inflated yet. */
export function openXlsxFile(path: string, limits: ReadLimits = READ_LIMITS): XlsxZip {
  return new XlsxZip(readXlsxFileBytes(path, limits), limits);
}

/** A workbook on disk → its snapshot, every step bounded; throws UnreadableWorkbook with a one-line reason. */
export function readXlsxFile(
  path: string,
  limits: ReadLimits = READ_LIMITS,
  options: ReadOptions = { sheets: "review" },
): WorkbookSnapshot {
  return readXlsx(openXlsxFile(path, limits), limits, options);
}
