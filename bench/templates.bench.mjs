// Templates: Office.js syncs per template set (against the strict fake), time to build the full
// set's SheetPlans, and time to write them as .xlsx. Reads build/bench (tsc -p tsconfig.bench.json).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "templates";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const load = (path) => require(join(root, "build", "bench", path));

function timeIt(runs, f) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

async function timeItAsync(runs, f) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await f();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export async function run() {
  const { TEMPLATES } = load("src/domain/templates/specs/index.js");
  const { insertTemplates } = load("src/excel/insertTemplates.js");
  const { planToXlsx } = load("src/xlsx/writePlan.js");
  const { fakeContext, installExcelEnums } = load("test/excel/fakeExcel.js");
  installExcelEnums();
  const data = JSON.parse(readFileSync(join(root, "examples", "sample-park.json"), "utf8"));
  const options = { lang: "zh-CN", mode: "native", years: data.years, nameSuffix: "", data, parkName: data.park.name };
  const buildAll = () => TEMPLATES.map((t) => t.build(options));
  const rows = [];
  for (const spec of TEMPLATES) {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [spec.build(options)]);
    rows.push({ metric: `syncs: ${spec.id}`, value: fake.syncs, unit: "syncs" });
  }
  const full = fakeContext();
  await insertTemplates(full.context, buildAll);
  rows.push({
    metric: "syncs: full set",
    value: full.fake.syncs,
    unit: "syncs",
    note: `${TEMPLATES.length} templates; target ≤ 3`,
  });
  const refresh = fakeContext();
  await insertTemplates(refresh.context, buildAll);
  const before = refresh.fake.syncs;
  await insertTemplates(refresh.context, buildAll, { refresh: true });
  rows.push({ metric: "syncs: refresh full set", value: refresh.fake.syncs - before, unit: "syncs" });
  const plans = buildAll();
  const cells = plans.reduce((n, p) => n + p.cells.length, 0);
  rows.push({
    metric: "build full set SheetPlans",
    value: timeIt(5, buildAll),
    unit: "ms",
    note: `${cells} cells, best of 5`,
  });
  rows.push({
    metric: "write full set .xlsx",
    value: await timeItAsync(3, () => planToXlsx(plans)),
    unit: "ms",
    note: "ExcelJS, best of 3",
  });
  return rows;
}
