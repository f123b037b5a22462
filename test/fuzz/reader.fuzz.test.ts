/**
 * Fuzzing the command line's reading of hostile workbooks (test/fuzz/hostileWorkbooks.ts) and of special
 * files: every case runs the real `green-audit verify` (src/cli/main `run`) on a file in a fresh folder and
 * asserts the outcome — exit 0, 1 or 2; an unreadable file is one line on standard error and nothing else;
 * nothing is written; each case within a time and memory bound.
 *
 * The budget is FUZZ_SECONDS (a few seconds in the normal test run; `npm run fuzz` gives it minutes); the
 * counts, the time and the largest memory seen are printed at the end.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { run } from "../../src/cli/main";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { sampleWorkbook } from "../domain/review/reviewFixtures";
import { baseOf, hostileWorkbook, type Base } from "./hostileWorkbooks";

const BUDGET_SECONDS = Number(process.env.FUZZ_SECONDS ?? 6);
/** one case: a whole verify of a workbook the size of the sample, on a machine that may be shared */
const CASE_SECONDS = 60;
const MAX_RSS_BYTES = 2 * 1024 ** 3;

const stats = {
  cases: 0,
  byKind: new Map<string, number>(),
  exits: new Map<number, number>(),
  maxRss: 0,
  started: Date.now(),
};

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

async function verify(file: string): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const started = Date.now();
  const code = await run(["verify", file, "--format", "json"], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  return { code, stdout: out.join(""), stderr: err.join(""), seconds: (Date.now() - started) / 1000 };
}

/** The outcome every file must have, whatever it holds. */
function expectBounded(file: string, outcome: Outcome, folder: string, before: readonly string[]): void {
  expect([0, 1, 2]).toContain(outcome.code);
  const report = JSON.parse(outcome.stdout) as {
    files: { file: string; readable: boolean; reason?: { zh: string; en: string } }[];
  };
  expect(report.files).toHaveLength(1);
  if (outcome.code === 2) {
    expect(report.files[0]!.readable).toBe(false);
    const lines = outcome.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`green-audit verify: ${file}: `)).toBe(true);
  } else {
    expect(report.files[0]!.readable).toBe(true);
    expect(outcome.stderr).toBe("");
  }
  expect(readdirSync(folder).sort()).toEqual([...before].sort());
  expect(outcome.seconds).toBeLessThan(CASE_SECONDS);
  const rss = process.memoryUsage().rss;
  stats.maxRss = Math.max(stats.maxRss, rss);
  expect(rss).toBeLessThan(MAX_RSS_BYTES);
  stats.cases++;
  stats.exits.set(outcome.code, (stats.exits.get(outcome.code) ?? 0) + 1);
}

let base: Base;
beforeAll(async () => {
  const bytes = await sampleWorkbook();
  const snapshot = readWorkbookSync(bytes);
  const name = snapshot.names.find((n) => n.name === "GREEN_META_options") as { sheet: string; range: string };
  const record = snapshot.sheets.find((s) => s.name === name.sheet)?.cells.get(name.range)?.value;
  base = baseOf(bytes, JSON.parse(String(record)) as Record<string, unknown>);
});

afterAll(() => {
  const seconds = ((Date.now() - stats.started) / 1000).toFixed(1);
  const kinds = [...stats.byKind].map(([k, n]) => `${k}: ${n}`).join("; ");
  const exits = [...stats.exits]
    .sort()
    .map(([c, n]) => `exit ${c}: ${n}`)
    .join(", ");
  console.log(
    `fuzz: ${stats.cases} cases in ${seconds} s (budget ${BUDGET_SECONDS} s), ${exits}; largest memory ${Math.round(stats.maxRss / 1024 / 1024)} MiB\n${kinds}`,
  );
});

test("special files: a link to /dev/zero, a named pipe, a folder — refused at once, one line", async () => {
  const folder = mkdtempSync(join(tmpdir(), "green-fuzz-special-"));
  symlinkSync("/dev/zero", join(folder, "zero.xlsx"));
  execFileSync("mkfifo", [join(folder, "pipe.xlsx")]);
  execFileSync("mkdir", [join(folder, "folder.xlsx")]);
  const before = readdirSync(folder);
  for (const name of before) {
    const file = join(folder, name);
    const outcome = await verify(file);
    expectBounded(file, outcome, folder, before);
    expect(outcome.code).toBe(2);
    stats.byKind.set("special file", (stats.byKind.get("special file") ?? 0) + 1);
  }
  rmSync(folder, { recursive: true });
});

test(
  `hostile workbooks for ${BUDGET_SECONDS} s: exit 0/1/2, one line when unreadable, nothing written, bounded`,
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.noShrink(fc.constant(null)).chain(() => hostileWorkbook(base)),
        async (hostile) => {
          const folder = mkdtempSync(join(tmpdir(), "green-fuzz-"));
          try {
            const file = join(folder, "submission.xlsx");
            writeFileSync(file, hostile.bytes);
            const before = readdirSync(folder);
            expectBounded(file, await verify(file), folder, before);
            const kind = hostile.kind.replace(/ \(.*/, "");
            stats.byKind.set(kind, (stats.byKind.get(kind) ?? 0) + 1);
          } finally {
            rmSync(folder, { recursive: true });
          }
        },
      ),
      {
        numRuns: 1000000,
        interruptAfterTimeLimit: BUDGET_SECONDS * 1000,
        markInterruptAsFailure: false,
        endOnFailure: true,
      },
    );
  },
  (BUDGET_SECONDS + 4 * CASE_SECONDS) * 1000,
);
