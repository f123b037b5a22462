/**
 * Output files that cannot lose data: the output is never one of the inputs (symbolic link, hard link,
 * /proc/self/cwd path), an existing file needs --force, and a write that fails part-way (a full disk, a file
 * size limit) leaves the previous file as it was.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./runCli";
import { writeOutput, type WriteFs } from "../../src/cli/safeWrite";
import { sampleWorkbook } from "../domain/review/reviewFixtures";

const SAMPLE = join(__dirname, "..", "..", "examples", "sample-park.json");

const dir = () => mkdtempSync(join(tmpdir(), "green-safe-write-"));

function withData(): { d: string; data: string; original: string } {
  const d = dir();
  const data = join(d, "park.json");
  const original = readFileSync(SAMPLE, "utf8");
  writeFileSync(data, original);
  return { d, data, original };
}

describe("template never writes over its --data file, however the output is named", () => {
  test("a symbolic link to the data file", async () => {
    const { d, data, original } = withData();
    symlinkSync(data, join(d, "link.json"));
    const r = await cli("template", "--out", join(d, "link.json"), "--data", data, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/link\.json is the --data file/)]);
    expect(readFileSync(data, "utf8")).toBe(original);
  });

  test("a hard link to the data file", async () => {
    const { d, data, original } = withData();
    linkSync(data, join(d, "hard.json"));
    const r = await cli("template", "--out", join(d, "hard.json"), "--data", data, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hard\.json is the --data file/);
    expect(readFileSync(data, "utf8")).toBe(original);
  });

  test("/proc/self/cwd/park.json", async () => {
    const { d, data, original } = withData();
    const cwd = process.cwd();
    process.chdir(d);
    try {
      const r = await cli("template", "--out", "/proc/self/cwd/park.json", "--data", "park.json", "--force");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is the --data file/);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(data, "utf8")).toBe(original);
  });

  test("the data file named through a linked directory", async () => {
    const { d, data, original } = withData();
    symlinkSync(d, join(d, "again"));
    const r = await cli("template", "--out", join(d, "again", "park.json"), "--data", data, "--force");
    expect(r.code).toBe(2);
    expect(readFileSync(data, "utf8")).toBe(original);
  });
});

describe("verify --out", () => {
  let workbook: Uint8Array;
  beforeAll(async () => {
    workbook = await sampleWorkbook();
  });

  test("never replaces the workbook under review, by its name or through a link", async () => {
    const d = dir();
    const book = join(d, "park.xlsx");
    writeFileSync(book, workbook);
    symlinkSync(book, join(d, "report.csv"));
    for (const out of [book, join(d, "report.csv"), `/proc/self/root${book}`]) {
      const r = await cli("verify", book, "--format", "csv", "--out", out, "--force");
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toEqual([
        expect.stringMatching(/is a workbook to verify; choose another output file$/),
      ]);
      expect(r.stdout).toBe("");
    }
    expect(new Uint8Array(readFileSync(book))).toEqual(workbook);
  });

  test("refuses an existing file without --force, replaces it with --force", async () => {
    const d = dir();
    const book = join(d, "park.xlsx");
    writeFileSync(book, workbook);
    const report = join(d, "report.json");
    writeFileSync(report, "last week's report");
    const refused = await cli("verify", book, "--format", "json", "--out", report);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/report\.json exists; choose another file or add --force to replace it/);
    expect(readFileSync(report, "utf8")).toBe("last week's report");
    const forced = await cli("verify", book, "--format", "json", "--out", report, "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8")).files).toHaveLength(1);
    expect(readdirSync(d).sort()).toEqual(["park.xlsx", "report.json"]);
  });

  test("a directory is not a report file; a device such as /dev/null needs no --force", async () => {
    const d = dir();
    const book = join(d, "park.xlsx");
    writeFileSync(book, workbook);
    const r = await cli("verify", book, "--out", d, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a directory/);
    expect((await cli("verify", book, "--out", "/dev/null")).code).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});

describe("a write that fails part-way leaves the previous file intact", () => {
  /** The real file system, with one call failing as a full disk makes it fail. */
  function failing(call: "openSync" | "writeSync" | "fsyncSync" | "renameSync", code: string): WriteFs {
    const fail = () => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    let writes = 0;
    return {
      ...fs,
      openSync: call === "openSync" ? fail : fs.openSync,
      // the first chunk lands, the disk fills on the next
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
        if (call !== "writeSync") return fs.writeSync(fd, buffer, offset, length);
        if (writes++ > 0) fail();
        return fs.writeSync(fd, buffer, offset, Math.min(length, 1000));
      }) as WriteFs["writeSync"],
      fsyncSync: call === "fsyncSync" ? fail : fs.fsyncSync,
      renameSync: call === "renameSync" ? fail : fs.renameSync,
    };
  }

  test.each([
    ["openSync", "EACCES", /permission denied/],
    ["writeSync", "ENOSPC", /the disk is full/],
    ["fsyncSync", "EIO", /EIO/],
    ["renameSync", "EXDEV", /EXDEV/],
  ] as const)("%s failing with %s", (call, code, message) => {
    const d = dir();
    const out = join(d, "park.xlsx");
    writeFileSync(out, "the previous workbook");
    expect(() => writeOutput(out, "x".repeat(5000), failing(call, code))).toThrow(message);
    expect(() => writeOutput(out, "x".repeat(5000), failing(call, code))).toThrow(/the previous file is unchanged$/);
    expect(readFileSync(out, "utf8")).toBe("the previous workbook");
    expect(readdirSync(d)).toEqual(["park.xlsx"]);
  });

  test("a new file that cannot be written leaves nothing behind", () => {
    const d = dir();
    expect(() => writeOutput(join(d, "new.xlsx"), "x".repeat(5000), failing("writeSync", "ENOSPC"))).toThrow(
      /nothing was written$/,
    );
    expect(readdirSync(d)).toEqual([]);
  });

  test("a real process over its file-size limit (ulimit -f): template --force keeps the previous workbook", () => {
    const d = dir();
    const out = join(d, "park.xlsx");
    const previous = Buffer.alloc(4096, 7);
    writeFileSync(out, previous);
    // 16 blocks of 1 KiB: far less than a workbook, so the write fails with EFBIG part-way
    const child = spawnSync(
      "bash",
      [
        "-c",
        `ulimit -f 16; exec node ${JSON.stringify(join(__dirname, "sourceCli.js"))} template --out ${JSON.stringify(out)} --force`,
      ],
      { encoding: "utf8" },
    );
    expect(child.status).toBe(2);
    expect(child.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(
        /cannot write .*park\.xlsx: the file is larger than this system allows; the previous file is unchanged$/,
      ),
    ]);
    expect(readFileSync(out)).toEqual(previous);
    expect(readdirSync(d)).toEqual(["park.xlsx"]);
    // a child compiling the command line from source starts slowly on a busy machine
  }, 180000);

  test("a replaced file keeps its permissions; a link keeps pointing at the replaced file", () => {
    const d = dir();
    const target = join(d, "report.csv");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    symlinkSync(target, join(d, "latest.csv"));
    writeOutput(join(d, "latest.csv"), "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(lstatSync(join(d, "latest.csv")).isSymbolicLink()).toBe(true);
  });
});
