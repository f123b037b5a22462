/**
 * A submitted .xlsx read from disk (node): only a regular file is read — a directory, a named pipe, a device
 * (a symbolic link to /dev/zero) or a socket is refused without blocking: the file is opened non-blocking
 * and checked with fstat on the open descriptor (no race with a file swapped after a check), and at most
 * the size limit + 1 bytes are read, whatever the file claims. Then the bounded reader (readWorkbookFile).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import { READ_LIMITS, type ReadLimits } from "./readLimits";
import { readWorkbookSync, type ReadOptions } from "./readWorkbookFile";
import { UnreadableWorkbook } from "./unreadable";

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory, not a file";
  if (stats.isFIFO()) return "a named pipe, not a regular file";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device, not a regular file";
  if (stats.isSocket()) return "a socket, not a regular file";
  return "not a regular file";
}

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file",
  EISDIR: "a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "a symbolic link that leads nowhere (a loop)",
  ENAMETOOLONG: "file name too long",
  ENXIO: "not a regular file",
  EMFILE: "too many open files",
};

/** The file's bytes, refused unless it is a regular file within the size limit. */
export function readXlsxFileBytes(path: string, limits: ReadLimits = READ_LIMITS): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UnreadableWorkbook(ERRNO[code] ?? `cannot open the file (${code || "unknown error"})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UnreadableWorkbook(kindOf(stats));
    if (stats.size > limits.fileBytes)
      throw new UnreadableWorkbook(`file too large (${mb(stats.size)}; the limit is ${mb(limits.fileBytes)})`);
    // the size fstat reports may change while reading: read at most limit + 1 bytes
    const buffer = new Uint8Array(Math.min(stats.size, limits.fileBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limits.fileBytes) throw new UnreadableWorkbook(`file too large (over ${mb(limits.fileBytes)})`);
      if (length === buffer.length) throw new UnreadableWorkbook("the file grew while it was read");
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UnreadableWorkbook(ERRNO[code] ?? `cannot read the file (${code || "unknown error"})`);
  } finally {
    closeSync(fd);
  }
}

/** A workbook on disk → its snapshot, every step bounded; throws UnreadableWorkbook with a one-line reason. */
export function readXlsxFile(
  path: string,
  limits: ReadLimits = READ_LIMITS,
  options: ReadOptions = { sheets: "review" },
): WorkbookSnapshot {
  return readWorkbookSync(readXlsxFileBytes(path, limits), limits, options);
}
