/**
 * Output files that cannot lose data (docs/review-codes.md, "Writing output files"): an existing file is
 * replaced only with --force; a command never writes over one of its own inputs, however it is named (a
 * symbolic or hard link, /proc/self/cwd/…); the output is written to a temporary file beside the
 * destination and renamed over it, so a failed write (a full disk) leaves the previous file as it was.
 */
import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { firstLine } from "../domain/text";

/** A refused or failed output, reported as one line (exit 2). */
export class OutputError extends Error {}

/** One input the output must not replace, and how the command line names it (e.g. "--data", "the workbook"). */
export interface OutputInput {
  readonly path: string;
  readonly role: string;
}

function statOrUndefined(path: string, follow: boolean): nodeFs.Stats | undefined {
  try {
    return follow ? nodeFs.statSync(path) : nodeFs.lstatSync(path);
  } catch {
    return undefined;
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return nodeFs.realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The file a path names once every link is followed: its real path (a new file: its real directory's). */
function realDestination(path: string): string | undefined {
  const real = realOrUndefined(path);
  if (real !== undefined) return real;
  const dir = realOrUndefined(dirname(path));
  return dir === undefined ? undefined : join(dir, basename(path));
}

/** True when the two paths name one file: the same real path or the same device and inode. */
function sameFile(a: string, b: string): boolean {
  const ra = realDestination(a);
  if (ra !== undefined && ra === realDestination(b)) return true;
  const sa = statOrUndefined(a, true);
  const sb = statOrUndefined(b, true);
  return sa !== undefined && sb !== undefined && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** A terminal, a pipe or a device (`--out /dev/stdout`): written to directly, there is nothing to replace. */
function isStream(stats: nodeFs.Stats): boolean {
  return stats.isCharacterDevice() || stats.isFIFO() || stats.isSocket();
}

/**
 * Checks an output path before any work is done. `option` names it in messages ("--out").
 * Refuses: one of the inputs (by real path or device + inode), a directory, a broken link, a missing
 * directory, and an existing file without `force`.
 */
export function checkOutput(path: string, option: string, force: boolean, inputs: readonly OutputInput[] = []): void {
  for (const input of inputs) {
    if (sameFile(path, input.path))
      throw new OutputError(`${option} ${path} is ${input.role}; choose another output file`);
  }
  const link = statOrUndefined(path, false);
  const target = statOrUndefined(path, true);
  if (link !== undefined && target === undefined)
    throw new OutputError(`${option} ${path} is a broken link; remove it or choose another file`);
  if (target?.isDirectory()) throw new OutputError(`${option} ${path} is a directory; name a file`);
  if (target !== undefined && isStream(target)) return;
  if (target !== undefined && !force)
    throw new OutputError(`${option} ${path} exists; choose another file or add --force to replace it`);
  const dir = statOrUndefined(dirname(path), true);
  if (!dir?.isDirectory()) throw new OutputError(`${option} ${path}: no such directory ${dirname(path)}`);
}

/** The file-system calls a write makes, so tests can make any of them fail as a full disk would. */
export type WriteFs = Pick<
  typeof nodeFs,
  "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "unlinkSync" | "fchmodSync"
>;

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return "the disk is full";
  if (code === "EDQUOT") return "the disk quota is exhausted";
  if (code === "EFBIG") return "the file is larger than this system allows";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Writes `data` to `path` through a temporary file in the same directory, flushed to disk and renamed over
 * the destination (a link is followed: its target is replaced, the link kept). On any failure the
 * temporary file is removed and the previous file is left untouched.
 */
export function writeOutput(path: string, data: string | Uint8Array, fs: WriteFs = nodeFs): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const existing = statOrUndefined(path, true);
  if (existing !== undefined && isStream(existing)) {
    nodeFs.writeFileSync(path, bytes);
    return;
  }
  const final = realDestination(path) ?? path;
  const temp = join(dirname(final), `.${basename(final)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = fs.openSync(temp, "wx", 0o666);
    created = true;
    if (existing !== undefined) fs.fchmodSync(fd, existing.mode & 0o7777);
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, final);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already reported below
      }
    }
    if (created) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // renamed already or removed by someone else: nothing of ours is left
      }
    }
    const kept = existing !== undefined ? "the previous file is unchanged" : "nothing was written";
    throw new OutputError(`cannot write ${path}: ${reason(error)}; ${kept}`);
  }
}
