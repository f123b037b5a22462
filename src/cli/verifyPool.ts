/**
 * `green-audit verify` (and `merge`) of several files on every core: worker threads (verifyWorker.ts,
 * mergeWorker.ts) each handle one file at a time and the results come back in the command line's order; `verify`'s
 * own thread checks files too, up to a size (docs/architecture.md "Command line"). A worker that dies (out of
 * memory, a crash) is reported as the failure of the file it was handling and replaced; the other files are still
 * handled. Each worker's heap is limited so that all of them together stay within the machine's memory.
 */
import { existsSync } from "node:fs";
import Module from "node:module";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { InvalidArgumentError } from "commander";
import { firstLine, type Text } from "../domain/text";
import type { FileResult } from "./verifyFile";

/** What a worker is sent: the file and its place in the command line's list; it answers `{ index, result }`. */
export interface FileTask {
  readonly index: number;
  readonly file: string;
}

export type StartWorker = () => Worker;

const MAX_JOBS = 256;

/** `--jobs N`: a whole number from 1 to 256. */
export function parseJobs(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > MAX_JOBS)
    throw new InvalidArgumentError(`--jobs takes a whole number from 1 to ${MAX_JOBS}`);
  return n;
}

/** One job per processor core. */
export function defaultJobs(): number {
  return availableParallelism();
}

const MIN_HEAP_MB = 512;
const MAX_HEAP_MB = 4096;

/** One worker's heap: half the machine's memory shared among the jobs, between 512 MB and 4 GB. */
export function workerHeapMb(jobs: number, memoryBytes = totalmem()): number {
  const share = Math.floor(memoryBytes / 2 / 1024 / 1024 / Math.max(1, jobs));
  return Math.min(MAX_HEAP_MB, Math.max(MIN_HEAP_MB, share));
}

/**
 * Workers running `script` (verifyWorker by default): from the compiled program, or from the TypeScript sources
 * when a loader for .ts files was preloaded with `--require` (a worker inherits it). Undefined when neither,
 * and the files are then handled in this thread.
 */
export function workerStarter(jobs: number, script = "verifyWorker"): StartWorker | undefined {
  const extensions = (Module as unknown as { _extensions?: Record<string, unknown> })._extensions ?? {};
  const preloaded = process.execArgv.some((option) => option === "-r" || option.startsWith("--require"));
  if (!__filename.endsWith(".js") && !(extensions[".ts"] !== undefined && preloaded)) return undefined;
  const entry = join(__dirname, script);
  const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb(jobs) };
  const code = workerCode(entry);
  return () => new Worker(code, { eval: true, resourceLimits });
}

/** What a worker runs: the worker file, with the code cache beside it where the program runs from its build (codeCache.ts). */
function workerCode(entry: string): string {
  const loader = join(__dirname, "codeCache.js");
  if (!existsSync(loader) || !existsSync(`${entry}.js`)) return `require(${JSON.stringify(entry)});`;
  return `require(${JSON.stringify(loader)}).loadCached(${JSON.stringify(`${entry}.js`)});`;
}

function crashReason(error: unknown): Text {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY")
    return {
      zh: "检查时内存不足（每个并行任务分得本机内存的一部分：请减少 --jobs）",
      en: "the check ran out of memory (each job has a share of the machine's memory: try fewer --jobs)",
    };
  // an Error from another realm (the worker's) is not `instanceof Error` here
  const message = (error as { message?: unknown } | undefined)?.message;
  const detail = firstLine(typeof message === "string" ? message : String(error)).slice(0, 200);
  // the runtime's own message is English: the Chinese line says what happened without it
  return stopped({ zh: "程序内部错误", en: detail });
}

const stopped = (detail: Text): Text => ({
  zh: `检查意外中止（${detail.zh}）`,
  en: `the check stopped unexpectedly (${detail.en})`,
});

/**
 * What the main thread checks itself while the workers check the rest, one file at a time between their messages:
 * a file's result, or undefined for a file it leaves to a worker (too large to check safely outside one).
 */
export type HereJob<R> = (file: string) => R | undefined;

/**
 * Every file checked by at most `jobs` threads at once, this one among them when `here` is given; results in the
 * order of `files`.
 */
export function verifyInWorkers(
  files: readonly string[],
  jobs: number,
  start: StartWorker,
  here?: HereJob<FileResult>,
): Promise<FileResult[]> {
  const failed = (file: string, words: Text): FileResult => ({ file, unreadable: { code: "check-stopped", words } });
  return inWorkers<FileResult>(files, jobs, start, failed, here);
}

/**
 * Every file handled by at most `jobs` threads at once; results in the order of `files`, a file whose worker died
 * given by `failed`.
 *
 * With `here`, this thread is one of the jobs: it handles the files in turn, in between the workers' messages, until
 * it meets one it leaves to a worker; a worker then takes its place. While this thread is busy with a file a
 * worker's message waits, so a worker that has answered once is sent its next file ahead, while more files wait
 * than there are workers, and works on it meanwhile. A worker that dies fails the file it was working on, its first
 * unanswered one; a file sent ahead goes to the worker started in its place.
 */
export function inWorkers<R>(
  files: readonly string[],
  jobs: number,
  start: StartWorker,
  failed: (file: string, words: Text) => R,
  here?: HereJob<R>,
): Promise<R[]> {
  const results = new Array<R>(files.length);
  let next = 0;
  let done = 0;
  /** files this thread left, or a dead worker had been sent ahead: taken before the others */
  const handedOn: FileTask[] = [];
  let hereBusy = here !== undefined;
  /** the next file in the command line's order */
  const claim = (): FileTask | undefined =>
    next < files.length ? { index: next, file: files[next++] as string } : undefined;
  /** a worker's next file: one handed on first */
  const take = (): FileTask | undefined => handedOn.shift() ?? claim();
  return new Promise((resolve) => {
    const finish = (index: number, result: R) => {
      results[index] = result;
      if (++done === files.length) resolve(results);
    };
    let live = 0;
    /** files not yet sent to any thread */
    const waiting = () => handedOn.length + files.length - next;
    const startOne = () => {
      if (waiting() === 0) return;
      const worker = start();
      live++;
      /** the files sent to this worker, the one it is working on first */
      const sent: FileTask[] = [];
      let answered = false;
      let crash: Text | undefined;
      /** whether this pool ended it, having no file for it */
      let ended = false;
      /**
       * Its next file, and one ahead while this thread is busy: only once it has answered (so that every worker
       * started with this thread gets a file first) and while more files wait than there are workers, this thread
       * taking files too.
       */
      const give = () => {
        if (crash !== undefined) return;
        const ahead = answered && hereBusy && waiting() > live;
        while (sent.length < (ahead ? 2 : 1)) {
          const task = take();
          if (task === undefined) break;
          sent.push(task);
          worker.postMessage(task);
        }
        if (sent.length === 0) {
          ended = true;
          void worker.terminate();
        }
      };
      worker.on("message", (message: { index: number; result: R }) => {
        const at = sent.findIndex((task) => task.index === message.index);
        if (at < 0) return;
        sent.splice(at, 1);
        answered = true;
        finish(message.index, message.result);
        give();
      });
      // an uncaught error can arrive before the answers the worker sent earlier: they come by 'exit'
      worker.on("error", (error) => (crash ??= crashReason(error)));
      worker.on("exit", (code) => {
        live--;
        const current = sent.shift();
        if (current === undefined) {
          // it stopped of itself after its last answer: another worker in its place for the files still waiting
          if (!ended) startOne();
          return;
        }
        finish(
          current.index,
          failed(current.file, crash ?? stopped({ zh: `退出码 ${code}`, en: `exit code ${code}` })),
        );
        handedOn.unshift(...sent.splice(0));
        startOne();
      });
      give();
    };
    /** this thread's turn with the file it claimed: checked, or handed to a worker that takes this thread's place */
    const hereCheck = (task: FileTask | undefined) => {
      if (here === undefined || task === undefined) {
        hereBusy = false;
        return;
      }
      let result: R | undefined;
      try {
        result = here(task.file);
      } catch (error) {
        result = failed(task.file, crashReason(error));
      }
      if (result === undefined) {
        hereBusy = false;
        handedOn.push(task);
        startOne();
        return;
      }
      finish(task.index, result);
      // the workers' messages are answered before this thread claims its next file
      setImmediate(() => hereCheck(claim()));
    };
    if (files.length === 0) resolve(results);
    // this thread claims its first file before the workers are sent theirs, and checks it while they start
    const first = here === undefined ? undefined : claim();
    const workers = here === undefined ? Math.max(1, jobs) : jobs - 1;
    for (let i = 0; i < Math.min(workers, files.length - (first === undefined ? 0 : 1)); i++) startOne();
    hereCheck(first);
  });
}
