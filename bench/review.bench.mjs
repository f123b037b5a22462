// The review inside one warm process: read the .xlsx within the limits, then review, for one full workbook
// and 100 in a row. This is the engine's own cost, not what a reviewer waits for: the comparison with
// LibreOffice is made between whole commands in commands.bench.mjs. Reads build/bench.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "review";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const load = (path) => require(join(root, "build", "bench", path));

export async function run() {
  const { TEMPLATES } = load("src/domain/templates/specs/index.js");
  const { planToXlsx } = load("src/xlsx/writePlan.js");
  const { readWorkbookBytes } = load("src/xlsx/readWorkbookFile.js");
  const { reviewWorkbook } = load("src/domain/review/index.js");
  const data = JSON.parse(readFileSync(join(root, "examples", "sample-park.json"), "utf8"));
  const options = { lang: "zh-CN", mode: "native", years: data.years, nameSuffix: "", data, parkName: data.park.name };
  const bytes = await planToXlsx(TEMPLATES.map((t) => t.build(options)));
  const work = mkdtempSync(join(tmpdir(), "green-bench-review-"));
  const file = join(work, "park.xlsx");
  writeFileSync(file, bytes);

  const verify = async () => {
    const report = reviewWorkbook(await readWorkbookBytes(new Uint8Array(readFileSync(file))));
    if (report.summary.errors !== 0)
      throw new Error(`the product's workbook has ${report.summary.errors} error finding(s)`);
    return report;
  };
  await verify(); // warm-up (module loading, JIT)
  let one = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    await verify();
    one = Math.min(one, Number(process.hrtime.bigint() - start) / 1e6);
  }
  const start100 = process.hrtime.bigint();
  for (let i = 0; i < 100; i++) await verify();
  const hundred = Number(process.hrtime.bigint() - start100) / 1e6;

  return [
    {
      metric: "review in process, one workbook (read + review)",
      value: one,
      unit: "ms",
      note: "all 11 templates, sample park; best of 5, warm",
    },
    {
      metric: "review in process, 100 workbooks",
      value: hundred,
      unit: "ms",
      note: `${(hundred / 100).toFixed(0)} ms per workbook, sequential, warm`,
    },
  ];
}
