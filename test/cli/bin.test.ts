/**
 * The installed command, `bin/green-audit.js`, run as users run it: a fresh Node process on the bundled program
 * (built by `npm run build:cli`, which `npm test` runs before these tests). It prints what the program prints, with
 * its exit code; ending as soon as its output is written, it still hands all of it to a pipe its reader empties
 * late, where the output is larger than the pipe holds.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./runCli";
import { sampleWorkbook } from "../domain/review/reviewFixtures";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "green-audit.js");
const dir = mkdtempSync(join(tmpdir(), "green-bin-"));

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node bin/green-audit.js ARGS`; its standard output is first read `lateMs` after the start. */
function installed(argv: readonly string[], lateMs = 0): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => {
      child.stdout.on("data", (d: Buffer) => out.push(d));
      child.stdout.resume();
    }, lateMs);
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "build", "cli-bundle", "main.js")))
    throw new Error("the command line is not built: run `npm run build:cli` before these tests");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("prints what the program prints, with its exit code: a checked workbook and an unreadable file", async () => {
  const good = join(dir, "good.xlsx");
  writeFileSync(good, await sampleWorkbook());
  const text = join(dir, "text.xlsx");
  writeFileSync(text, "not a workbook\n");
  const inProcess = await cli("verify", "--format", "json", "--jobs", "1", good, text);
  const ran = await installed(["verify", "--format", "json", "--jobs", "1", good, text]);
  expect(ran.code).toBe(2);
  expect(ran.code).toBe(inProcess.code);
  expect(ran.stdout).toBe(inProcess.stdout);
  expect(ran.stderr).toBe(inProcess.stderr);
  expect(JSON.parse(ran.stdout).files).toHaveLength(2);
});

test("the whole output reaches a reader that empties the pipe late, with exit code 0", async () => {
  const inProcess = await cli("catalog", "--format", "json");
  // several times what a pipe holds (64 KiB on Linux): the last of it is still being written when the command is done
  expect(Buffer.byteLength(inProcess.stdout)).toBeGreaterThan(3 * 65536);
  const ran = await installed(["catalog", "--format", "json"], 500);
  expect(ran.code).toBe(0);
  expect(ran.stderr).toBe("");
  expect(ran.stdout).toBe(inProcess.stdout);
});
