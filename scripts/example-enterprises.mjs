// Writes examples/enterprises/returned/: the example list's request workbooks filled as enterprises fill them
// (docs/enterprises.md) — values typed into the named cells; 示例钢铁 types value added in 元 instead of 万元,
// 示例化工 sends its workbook twice, 示例机械's file is damaged. Run after `npm run build:cli`.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const out = join(root, "examples", "enterprises", "returned");
const work = mkdtempSync(join(tmpdir(), "green-example-"));
execFileSync(process.execPath, [
  join(root, "bin", "green-audit.js"),
  "collect",
  "--enterprises",
  join(root, "examples", "enterprises", "enterprises.json"),
  "--out-dir",
  work,
]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** What enterprise i (1…5) types for year k. */
function typed(i, k, vaFactor) {
  const va = 5000 * i + 200 * k;
  return {
    va: va * vaFactor,
    gross_output: 4 * va,
    employees: 100 * i + k,
    water_fresh: 20000 * i - 500 * k,
    water_reused: 60000 * i,
    sw_generated: 300 * i,
    sw_utilized: 250 * i,
    wastewater: 15000 * i,
    cod: 3 * i,
    nh3n: 0.5 * i,
    so2: 2 * i,
    nox: 4 * i,
    ENERGY_natural_gas: 50 * i + 5 * k,
    ENERGY_electricity: 400 * i + 10 * k,
  };
}

async function fill(file, i, vaFactor = 1) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file));
  for (const k of [0, 1, 2, 3])
    for (const [id, v] of Object.entries(typed(i, k, vaFactor))) {
      const [range] = workbook.definedNames.getRanges(`GREEN_ENT_${id}_Y${k}`).ranges;
      const [, sheet, address] = /^'?(.+?)'?!(.+)$/.exec(range);
      workbook.getWorksheet(sheet).getCell(address.replace(/\$/g, "")).value = v;
    }
  writeFileSync(join(out, file.split("/").pop()), new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const files = readdirSync(work)
  .sort()
  .map((f) => join(work, f));
await fill(files[0], 1);
await fill(files[1], 2, 10000);
await fill(files[2], 3);
await fill(files[3], 4);
copyFileSync(join(out, files[0].split("/").pop()), join(out, "示例化工有限公司-再次发送.xlsx"));
writeFileSync(join(out, files[4].split("/").pop()), readFileSync(files[4]).subarray(0, 2000));
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${readdirSync(out).length} workbooks to ${out}`);
