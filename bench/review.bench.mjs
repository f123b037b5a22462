// Review (issue 6): time to verify one full workbook (read the .xlsx within the limits, then review) and
// 100 workbooks, against LibreOffice headless recalculation (`soffice --convert-to xlsx`, forced full
// recalculation) of the same file as the baseline — one file per soffice call, and ten files in one call
// (start-up amortised). Target: verify ≥ 10× faster per workbook. Reads build/bench.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "review";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const load = (path) => require(join(root, "build", "bench", path));
const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function libreOffice(files, outDir) {
  const profile = mkdtempSync(join(tmpdir(), "green-bench-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const start = process.hrtime.bigint();
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files], { stdio: "ignore", timeout: 600000 });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

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
    if (report.summary.errors !== 0) throw new Error(`the product's workbook has ${report.summary.errors} error finding(s)`);
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

  const single = Math.min(libreOffice([file], join(work, "lo1")), libreOffice([file], join(work, "lo2")));
  const copies = Array.from({ length: 10 }, (_, i) => {
    const copy = join(work, `park-${i}.xlsx`);
    writeFileSync(copy, bytes);
    return copy;
  });
  const batch = libreOffice(copies, join(work, "lo10")) / copies.length;
  const perWorkbook = hundred / 100;
  return [
    { metric: "verify one workbook (read + review)", value: one, unit: "ms", note: "all 11 templates, sample park; best of 5" },
    { metric: "verify 100 workbooks", value: hundred, unit: "ms", note: `${perWorkbook.toFixed(0)} ms per workbook, sequential` },
    { metric: "LibreOffice recalculation, one file", value: single, unit: "ms", note: "soffice --convert-to xlsx, full recalc; best of 2" },
    { metric: "LibreOffice recalculation, per file of 10", value: batch, unit: "ms", note: "ten files in one soffice call" },
    { metric: "speed-up vs LibreOffice (one file)", value: single / perWorkbook, unit: "×", note: "target ≥ 10×" },
    { metric: "speed-up vs LibreOffice (batch of 10)", value: batch / perWorkbook, unit: "×", note: "target ≥ 10×" },
  ];
}
