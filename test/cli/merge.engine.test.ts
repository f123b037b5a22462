/**
 * From enterprises to the park, end to end (docs/enterprises.md): request workbooks for a fictional park of five
 * enterprises, filled as a person fills them (values typed into the named cells; one in 元 instead of 万元, one
 * sent twice, one unreadable), merged into the park workbook; after LibreOffice recalculates the result, the data
 * sheet equals the sums of what was typed, the CO₂ and HG22 follow by GB/T 32150 and the guide's formula computed
 * by hand, and the findings name the right enterprises and cells.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withCheckCharacter } from "../../src/domain/enterprise/creditCode";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { READ_LIMITS } from "../../src/xlsx/readLimits";
import { recalculateWithLibreOffice } from "../xlsx/libreOffice";
import { readWithOpenpyxl } from "../xlsx/openpyxl";
import { checkXlsxSchemas, excelRuleProblems } from "../xlsx/schemaCheck";
import { fillRequest } from "./fillRequest";
import { cli } from "./runCli";

jest.setTimeout(300000);

const YEARS = [2021, 2022, 2023, 2024] as const;
const NAMES = ["甲化工", "乙钢铁", "丙电子", "丁食品", "戊机械"];
const CODES = NAMES.map((_, i) => withCheckCharacter(`91110100MA01B000${i + 1}`));
const GAS = 389.31 * 0.0153 * 0.99 * (44 / 12); // t CO₂ per 10⁴ m³, GB/T 32150 defaults
const GRID = [0.5568, 0.5366, 0.5306, 0.5306]; // national average, t/MWh; 2024 takes 2023's

/** What enterprise i (1…4) types for year k. */
function typed(i: number, k: number) {
  const va = 5000 * i + 200 * k;
  return {
    va,
    gross_output: 4 * va,
    employees: 100 * i + k,
    water_fresh: 20000 * i - 500 * k,
    sw_generated: 300 * i,
    wastewater: 15000 * i,
    cod: 3 * i,
    nh3n: 0.5 * i,
    so2: 2 * i,
    nox: 4 * i,
    gas: 50 * i + 5 * k,
    electricity: 400 * i + 10 * k,
  };
}

function cellsOf(i: number, vaFactor = 1): Record<string, number> {
  const cells: Record<string, number> = {};
  YEARS.forEach((_, k) => {
    const t = typed(i, k);
    for (const [item, v] of Object.entries(t)) {
      if (item === "gas") cells[`GREEN_ENT_ENERGY_natural_gas_Y${k}`] = v;
      else if (item === "electricity") cells[`GREEN_ENT_ENERGY_electricity_Y${k}`] = v;
      else cells[`GREEN_ENT_${item}_Y${k}`] = item === "va" ? v * vaFactor : v;
    }
  });
  return cells;
}

function namedValues(bytes: Uint8Array): Map<string, unknown> {
  const snapshot = readWorkbookSync(bytes, READ_LIMITS, { sheets: "all" });
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return new Map(snapshot.names.map((n) => [n.name, sheets.get(n.sheet)?.cells.get(n.range)?.value]));
}

test("five enterprises: collect, fill, merge, recalculate; the park equals the sums and the findings name the cells", async () => {
  const dir = mkdtempSync(join(tmpdir(), "green-merge-"));
  const list = join(dir, "enterprises.json");
  writeFileSync(
    list,
    JSON.stringify({
      park: { name: "测试园区" },
      years: YEARS,
      enterprises: NAMES.map((name, i) => ({
        name,
        code: CODES[i],
        key: i < 3,
        audit: { status: i === 0 || i === 2 ? "已完成" : "进行中" },
      })),
    }),
  );
  const parkData = join(dir, "park.json");
  writeFileSync(
    parkData,
    JSON.stringify({ years: YEARS, values: { va: [99, null, null, null], park_va: [1e5, 1e5, 1e5, 1e5] } }),
  );
  const park = join(dir, "park.xlsx");
  expect((await cli("template", "--data", parkData, "--out", park)).code).toBe(0);

  const requests = join(dir, "requests");
  mkdirSync(requests);
  expect((await cli("collect", "--enterprises", list, "--out-dir", requests)).code).toBe(0);
  const files = readdirSync(requests)
    .sort()
    .map((f) => join(requests, f));
  expect(files).toHaveLength(5);
  // 甲, 丙, 丁 as asked; 乙 types value added in 元 (×10⁴); 戊's file is damaged; 甲 sends a second copy
  await fillRequest(files[0] ?? "", cellsOf(1));
  await fillRequest(files[1] ?? "", cellsOf(2, 10000));
  await fillRequest(files[2] ?? "", cellsOf(3));
  await fillRequest(files[3] ?? "", cellsOf(4));
  writeFileSync(files[4] ?? "", readFileSync(files[4] ?? "").subarray(0, 2000));
  const copy = join(dir, "甲化工-再次发送.xlsx");
  copyFileSync(files[0] ?? "", copy);

  const merged = join(dir, "merged.xlsx");
  const result = await cli(
    "merge",
    ...files,
    copy,
    "--into",
    park,
    "--enterprises",
    list,
    "--lang",
    "en-US",
    "--out",
    merged,
  );
  expect(result.stdout).toContain("4 of 6 enterprise workbooks merged");
  expect(result.stdout).toContain("key enterprises with a completed audit 2 of 3");
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split("\n");
  const about = (file: string) => lines.filter((l) => l.startsWith(`green-audit merge: ${file}:`));
  // the unit mistake: 乙's value added, every year, by its cell
  const unit = about(files[1] ?? "").filter((l) => l.includes("likely a unit mistake"));
  expect(unit).toHaveLength(4);
  expect(unit[0]).toMatch(
    /企业数据填报表!D\d+ \[乙钢铁\]: Industrial value added \(2021\) 100000000: per employee 1 000-fold or more/,
  );
  expect(about(files[4] ?? "")).toEqual([expect.stringMatching(/cannot be read/)]);
  expect(about(copy)).toEqual([
    expect.stringMatching(
      new RegExp(
        `企业数据填报表!D\\d+ \\[甲化工\\]: credit code ${CODES[0]} is also that of .*甲化工\\.xlsx: not merged`,
      ),
    ),
  ]);
  expect(lines).toContainEqual(expect.stringContaining(`${list} [戊机械]: on the list (${CODES[4]}) but sent nothing`));
  const vaSum0 = 5000 + 10000 * 10000 + 15000 + 20000;
  expect(lines).toContainEqual(
    expect.stringContaining(
      `Data Industrial value added (2021): the typed 99 is replaced by the enterprises' sum ${vaSum0}`,
    ),
  );
  // nothing else about the clean enterprises
  expect(about(files[0] ?? "")).toEqual([]);
  expect(about(files[2] ?? "")).toEqual([]);

  // the merged workbook is valid for the ECMA-376 schemas and Excel's rules; openpyxl reads its cached sums
  const bytes = new Uint8Array(readFileSync(merged));
  expect((await checkXlsxSchemas(bytes)).errors).toEqual([]);
  expect(excelRuleProblems(bytes)).toEqual([]);
  const openpyxl = await readWithOpenpyxl(bytes);
  expect(openpyxl.sheets).toContain("企业汇总");
  expect(openpyxl.names.GREEN_DATA_employees_Y2).toBe(100 + 200 + 300 + 400 + 4 * 2);

  const values = namedValues(await recalculateWithLibreOffice(readFileSync(merged)));
  const sum = (f: (t: ReturnType<typeof typed>) => number, k: number, vaFactor = false) =>
    [1, 2, 3, 4].reduce((s, i) => s + f(typed(i, k)) * (vaFactor && i === 2 ? 10000 : 1), 0);
  YEARS.forEach((_, k) => {
    expect(values.get(`GREEN_DATA_va_Y${k}`)).toBeCloseTo(
      sum((t) => t.va, k, true),
      6,
    );
    expect(values.get(`GREEN_DATA_employees_Y${k}`)).toBe(sum((t) => t.employees, k));
    expect(values.get(`GREEN_DATA_cod_Y${k}`)).toBeCloseTo(
      sum((t) => t.cod, k),
      9,
    );
    expect(values.get(`GREEN_DATA_ENERGY_natural_gas_Y${k}`)).toBe(sum((t) => t.gas, k));
    const co2 = sum((t) => t.gas, k) * GAS + sum((t) => t.electricity, k) * 10 * (GRID[k] ?? 0);
    expect(values.get(`GREEN_DATA_co2_Y${k}`)).toBeCloseTo(co2, 6);
  });
  // HG22 (docs/templates.md): (I_prev − I) / I_prev × 100 with I = CO₂ / value added
  const intensity = (k: number) => (values.get(`GREEN_DATA_co2_Y${k}`) as number) / sum((t) => t.va, k, true);
  for (const k of [1, 2, 3])
    expect(values.get(`GREEN_VALUE_HG22_Y${k}`)).toBeCloseTo(
      ((intensity(k - 1) - intensity(k)) / intensity(k - 1)) * 100,
      6,
    );
  // basic requirement 4: 甲, 乙 and 丙 are key enterprises, 甲 and 丙 completed their audit
  expect(values.get("GREEN_ENTSUM_KEY_TOTAL")).toBe(3);
  expect(values.get("GREEN_ENTSUM_KEY_AUDITED")).toBe(2);
});
