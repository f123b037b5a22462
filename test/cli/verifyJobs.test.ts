/**
 * `green-audit verify --jobs N` (README.md): several files checked in worker threads, reported in the order
 * given, with the exit code of a one-thread run; a worker that dies is that file's failure.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { cli } from "./runCli";
import { verifyFile, verifyFileWithin } from "../../src/cli/verifyFile";
import { inWorkers, verifyInWorkers, workerHeapMb, type FileTask } from "../../src/cli/verifyPool";
import type { Text } from "../../src/domain/text";
import { loadBook, namedCell, sampleWorkbook, saveBook } from "../domain/review/reviewFixtures";

const dir = mkdtempSync(join(tmpdir(), "green-verify-jobs-"));
const at = (name: string) => join(dir, name);

/**
 * A stand-in worker speaking verifyWorker's protocol: it answers each file after a pause set by the file's
 * name (so later files finish first), dies on "exit.xlsx", throws on "throw.xlsx".
 */
const FAKE_WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ index, file }) => {
  if (file === "exit.xlsx") process.exit(3);
  if (file === "throw.xlsx") throw new Error("broken worker");
  const pause = Number(/\\d+/.exec(file)?.[0] ?? 0);
  setTimeout(() => parentPort.postMessage({ index, result: { file, report: "checked " + file } }), pause);
});
`;
const fake = () => new Worker(FAKE_WORKER, { eval: true });

/**
 * A stand-in worker with no thread: it records the files it is sent; the test makes it answer one (`answer(i)`) or
 * emit what Node's Worker emits. With `auto`, it answers each file as soon as the pool has handed it over.
 */
class ScriptedWorker extends EventEmitter {
  readonly received: FileTask[] = [];
  constructor(private readonly auto = false) {
    super();
  }
  postMessage(task: FileTask): void {
    this.received.push(task);
    if (this.auto) setImmediate(() => this.emit("message", { index: task.index, result: checked(task.file) }));
  }
  answer(i: number): void {
    const task = this.received[i] as FileTask;
    this.emit("message", { index: task.index, result: checked(task.file) });
  }
  terminate(): Promise<number> {
    setImmediate(() => this.emit("exit", 1));
    return Promise.resolve(1);
  }
}
const checked = (file: string): Fake => ({ file, report: `checked ${file}` });

/** What the stand-in workers and this thread answer, and a file whose check stopped (verifyInWorkers' words). */
type Fake = { file: string; report: string } | { file: string; unreadable: { code: string; words: Text } };
const stopped = (file: string, words: Text): Fake => ({ file, unreadable: { code: "check-stopped", words } });
const withHere = (files: string[], jobs: number, start: () => Worker, here: (file: string) => Fake | undefined) =>
  inWorkers<Fake>(files, jobs, start, stopped, here);

describe("the worker pool", () => {
  test("results come back in the order of the files, whichever worker finishes first", async () => {
    const files = ["300.xlsx", "200.xlsx", "100.xlsx", "0.xlsx", "50.xlsx"];
    const results = await verifyInWorkers(files, 3, fake);
    expect(results).toEqual(files.map((file) => ({ file, report: `checked ${file}` })));
  });

  test("a worker that exits or throws is that file's failure, said in each language; the other files are still checked", async () => {
    const files = ["1.xlsx", "exit.xlsx", "2.xlsx", "throw.xlsx", "3.xlsx", "4.xlsx"];
    const results = await verifyInWorkers(files, 2, fake);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[1]).toEqual({
      file: "exit.xlsx",
      unreadable: {
        code: "check-stopped",
        words: { zh: "检查意外中止（退出码 3）", en: "the check stopped unexpectedly (exit code 3)" },
      },
    });
    expect(results[3]).toEqual({
      file: "throw.xlsx",
      unreadable: {
        code: "check-stopped",
        words: { zh: "检查意外中止（程序内部错误）", en: "the check stopped unexpectedly (broken worker)" },
      },
    });
    for (const i of [0, 2, 4, 5]) expect(results[i]).toEqual({ file: files[i], report: `checked ${files[i]}` });
  });

  test("more jobs than files: one worker per file; no files: no worker", async () => {
    let started = 0;
    const counting = () => {
      started++;
      return fake();
    };
    expect(await verifyInWorkers(["1.xlsx", "2.xlsx"], 8, counting)).toHaveLength(2);
    expect(started).toBe(2);
    expect(await verifyInWorkers([], 8, counting)).toEqual([]);
    expect(started).toBe(2);
  });

  test("this thread among the jobs: it checks the first file itself while the workers start", async () => {
    let started = 0;
    const counting = () => {
      started++;
      return fake();
    };
    const here = (file: string): Fake => ({ file, report: `here ${file}` });
    const files = ["1.xlsx", "2.xlsx", "3.xlsx", "4.xlsx"];
    const results = await withHere(files, 2, counting, here);
    expect(results.map((r) => r.file)).toEqual(files);
    expect(results[0]).toEqual({ file: "1.xlsx", report: "here 1.xlsx" });
    for (const [i, r] of results.entries())
      expect([`here ${files[i]}`, `checked ${files[i]}`]).toContain((r as { report: string }).report);
    // two jobs: this thread and one worker
    expect(started).toBe(1);
    // one file: no worker
    expect(await withHere(["1.xlsx"], 4, counting, here)).toEqual([{ file: "1.xlsx", report: "here 1.xlsx" }]);
    expect(started).toBe(1);
    // as many files as jobs: a worker for every file but this thread's first
    const eight = ["1", "2", "3", "4", "5", "6", "7", "8"].map((n) => `${n}.xlsx`);
    expect((await withHere(eight, 8, counting, here)).map((r) => r.file)).toEqual(eight);
    expect(started).toBe(1 + 7);
  });

  test("a file this thread leaves goes to a worker, which takes this thread's place", async () => {
    let started = 0;
    const counting = () => {
      started++;
      return fake();
    };
    const leftBig = (file: string): Fake | undefined =>
      file.startsWith("big") ? undefined : { file, report: `here ${file}` };
    const files = ["big-1.xlsx", "2.xlsx", "3.xlsx", "4.xlsx"];
    const results = await withHere(files, 2, counting, leftBig);
    expect(results).toEqual(files.map((file) => ({ file, report: `checked ${file}` })));
    // the worker started with this thread, then one in its place
    expect(started).toBe(2);
  });

  test("a file whose check throws in this thread is that file's failure; the others are still checked", async () => {
    const broken = (file: string): Fake => {
      if (file === "1.xlsx") throw new Error("broken here");
      return { file, report: `here ${file}` };
    };
    const results = await withHere(["1.xlsx", "2.xlsx"], 2, fake, broken);
    expect(results[0]).toEqual({
      file: "1.xlsx",
      unreadable: {
        code: "check-stopped",
        words: { zh: "检查意外中止（程序内部错误）", en: "the check stopped unexpectedly (broken here)" },
      },
    });
    expect(results[1]).toEqual({ file: "2.xlsx", report: "checked 2.xlsx" });
  });

  /**
   * The pool over five files with this thread among two jobs; the first worker is driven by the test, event by event
   * (`drive`), the one started in its place answers at once. By the time `drive` runs, this thread has checked
   * 1.xlsx; it claims its next file only after the events.
   */
  async function drivenRun(drive: (driven: ScriptedWorker) => void): Promise<{ all: Fake[]; started: number }> {
    const driven = new ScriptedWorker();
    let started = 0;
    const start = () => (started++ === 0 ? driven : new ScriptedWorker(true)) as unknown as Worker;
    const here = (file: string): Fake => ({ file, report: `here ${file}` });
    const files = ["1.xlsx", "2.xlsx", "3.xlsx", "4.xlsx", "5.xlsx"];
    const results = withHere(files, 2, start, here);
    expect(driven.received.map((t) => t.file)).toEqual(["2.xlsx"]);
    driven.answer(0);
    // answered once, this thread still busy, files enough: 3.xlsx now, 4.xlsx ahead
    expect(driven.received.map((t) => t.file)).toEqual(["2.xlsx", "3.xlsx", "4.xlsx"]);
    drive(driven);
    // nothing more was sent to it once it had failed
    expect(driven.received).toHaveLength(3);
    const all = await results;
    expect(all.map((r) => r.file)).toEqual(files);
    expect(all[0]).toEqual({ file: "1.xlsx", report: "here 1.xlsx" });
    expect(all[1]).toEqual(checked("2.xlsx"));
    expect([`here 5.xlsx`, `checked 5.xlsx`]).toContain((all[4] as { report: string }).report);
    return { all, started };
  }
  const brokenWorker = (file: string): Fake =>
    stopped(file, { zh: "检查意外中止（程序内部错误）", en: "the check stopped unexpectedly (broken worker)" });

  test("a worker that dies with a file sent ahead: the file it was working on fails, the one ahead goes to the next worker", async () => {
    const { all } = await drivenRun((driven) => {
      driven.emit("error", new Error("broken worker"));
      driven.emit("exit", 1);
    });
    expect(all[2]).toEqual(brokenWorker("3.xlsx"));
    expect(all[3]).toEqual(checked("4.xlsx"));
  });

  test("an answer a worker sent before its error counts, though Node reports the error first", async () => {
    const { all } = await drivenRun((driven) => {
      // it fails on 4.xlsx: the error comes before its answer for 3.xlsx, which comes as it exits
      driven.emit("error", new Error("broken worker"));
      driven.answer(1);
      driven.emit("exit", 1);
    });
    expect(all[2]).toEqual(checked("3.xlsx"));
    expect(all[3]).toEqual(brokenWorker("4.xlsx"));
  });

  test("a worker that fails after its last answer is replaced for the files still waiting", async () => {
    const { all, started } = await drivenRun((driven) => {
      driven.emit("error", new Error("broken worker"));
      driven.answer(1);
      driven.answer(2);
      driven.emit("exit", 1);
    });
    expect(all[2]).toEqual(checked("3.xlsx"));
    expect(all[3]).toEqual(checked("4.xlsx"));
    // 5.xlsx still waited: this thread claims its next file only after the events
    expect(all[4]).toEqual(checked("5.xlsx"));
    expect(started).toBe(2);
  });

  test("each worker's heap: half the machine's memory shared by the jobs, between 512 MB and 4 GB", () => {
    const gib = 1024 * 1024 * 1024;
    expect(workerHeapMb(2, 16 * gib)).toBe(4096);
    expect(workerHeapMb(8, 16 * gib)).toBe(1024);
    expect(workerHeapMb(64, 16 * gib)).toBe(512);
  });
});

describe("verify --jobs in a real process", () => {
  let good: string;
  let bad: string;
  let text: string;

  beforeAll(async () => {
    const bytes = await sampleWorkbook();
    good = at("good.xlsx");
    writeFileSync(good, bytes);
    const book = await loadBook(bytes);
    const { sheet, address } = namedCell(book, "GREEN_TOTAL_Y2");
    sheet.getCell(address).value = 99.5;
    bad = at("bad.xlsx");
    writeFileSync(bad, await saveBook(book));
    text = at("text.xlsx");
    writeFileSync(text, "not a workbook\n");
  });

  /** The command line from its sources in a child process, whose workers load the sources too. */
  function sourceCli(...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        ["--require", join(__dirname, "tsRequire.js"), join(__dirname, "sourceCli.js"), ...argv],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  test("two jobs print what one thread prints, in the order given, with the same exit code", async () => {
    const files = [bad, text, good];
    const one = await cli("verify", "--jobs", "1", "--format", "json", ...files);
    const two = await sourceCli("verify", "--jobs", "2", "--format", "json", ...files);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(two.code).toBe(2);
    expect(JSON.parse(two.stdout).files.map((f: { file: string; readable: boolean }) => [f.file, f.readable])).toEqual([
      [bad, true],
      [text, false],
      [good, true],
    ]);
    // a child compiling the command line from source (and each worker too) starts slowly on a busy machine
  }, 600000);

  test("this thread checks a workbook up to the size it is given, leaves a larger one, and reports an unreadable one", () => {
    expect(verifyFileWithin(good, 32 * 1024 * 1024)).toEqual(verifyFile(good));
    // the sample workbook's parts declare more than a kilobyte
    expect(verifyFileWithin(good, 1024)).toBeUndefined();
    expect(verifyFileWithin(text, 0)).toEqual(verifyFile(text));
    expect(verifyFile(text)).toHaveProperty("unreadable");
  });

  test("--jobs takes a whole number from 1 to 256", async () => {
    for (const jobs of ["0", "-1", "1.5", "many", "257"]) {
      const r = await cli("verify", "--jobs", jobs, good);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs takes a whole number from 1 to 256/);
    }
  });
});
