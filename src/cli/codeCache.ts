/**
 * Loads one file of the bundled command line (build/cli-bundle, see docs/architecture.md "Command line") with
 * V8's code cache kept beside it: the bytecode of every function a run compiled, so that the next
 * start neither parses nor compiles them again. This is what Node 22's `module.enableCompileCache()` does; Node 20
 * offers only `vm.Script`'s cachedData. V8 rejects a cache made by another Node version, with other flags or for
 * another build of the file, and the file is then compiled as usual and its cache written again. A cache that
 * cannot be written (a read-only installation) is not kept; nothing else changes.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";
import { Script } from "node:vm";

/** A loaded file: its exports, and `save()` to keep its code cache when it had none that V8 accepted. */
export interface CachedModule {
  readonly exports: unknown;
  save(): void;
}

type Wrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, ...paths: string[]) => void;

/** CommonJS's wrapper around a file's source (Node's own, `Module.wrap`). */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file renamed into place: a reader never sees half a cache. */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/**
 * The saves still to do in this thread, on the global object: a worker's file carries its own copy of this module
 * (each bundled file is whole), and it is the worker's code that knows when its first file is done.
 */
const PENDING = Symbol.for("green-audit.codeCache.pending");
type WithPending = typeof globalThis & { [PENDING]?: (() => void)[] };

/** Keeps the code cache of every file loaded in this thread that still needs one (a worker, after its first file). */
export function saveCodeCaches(): void {
  const pending = (globalThis as WithPending)[PENDING];
  delete (globalThis as WithPending)[PENDING];
  for (const save of pending ?? []) save();
}

/**
 * Loads `file`; its code cache is FILE.cache, or FILE.KIND.cache for one kind of run (the command line keeps one
 * per command: what `verify` compiles is not what `template` compiles, and a cache holds the first run's).
 */
export function loadCached(file: string, kind?: string): CachedModule {
  const cacheFile = kind === undefined ? `${file}.cache` : `${file}.${kind}.cache`;
  const cachedData = readCache(cacheFile);
  const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const loaded = { exports: {} as unknown };
  const run = script.runInThisContext() as Wrapper;
  run.call(loaded.exports, loaded.exports, createRequire(file), loaded, file, dirname(file));
  let needed = cachedData === undefined || script.cachedDataRejected === true;
  const save = () => {
    if (!needed) return;
    needed = false;
    writeCache(cacheFile, script.createCachedData());
  };
  if (needed) ((globalThis as WithPending)[PENDING] ??= []).push(save);
  return { exports: loaded.exports, save };
}
