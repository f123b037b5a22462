/**
 * `green-audit export` (docs/data-file.md "Export"): template → export → template gives a workbook with the same
 * value in every named cell and the same inputs, in both languages and through a copy LibreOffice re-saved; the
 * output is never overwritten without --force; exit codes as verify's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./runCli";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import type { CellValue } from "../../src/domain/templates/sheetPlan";
import { recalculateWithLibreOffice } from "../xlsx/libreOffice";
import { fullPark } from "../domain/schema/fullPark";

const dir = () => mkdtempSync(join(tmpdir(), "green-export-"));

/** The value every single-cell defined name shows, except the metadata records. */
function namedValues(file: string): Record<string, CellValue | undefined> {
  const snapshot = readXlsxFile(file);
  const values: Record<string, CellValue | undefined> = {};
  for (const n of snapshot.names) {
    if (n.range.includes(":") || n.name.startsWith("GREEN_META_")) continue;
    values[n.name] = snapshot.sheets.find((s) => s.name === n.sheet)?.cells.get(n.range)?.value ?? null;
  }
  return values;
}

async function templateFrom(data: string, out: string, lang: string): Promise<void> {
  const made = await cli("template", "--data", data, "--lang", lang, "--out", out);
  expect(made).toMatchObject({ code: 0, stderr: "" });
}

describe.each(["zh-CN", "en-US"])("template → export → template (%s)", (lang) => {
  test("the same inputs and the same value in every named cell", async () => {
    const d = dir();
    writeFileSync(join(d, "park.json"), JSON.stringify(fullPark()));
    await templateFrom(join(d, "park.json"), join(d, "first.xlsx"), lang);
    const exported = await cli("export", join(d, "first.xlsx"), "--out", join(d, "exported.json"));
    expect(exported).toMatchObject({ code: 0, stderr: "" });
    expect(exported.stdout).toMatch(/wrote .*exported\.json: the inputs of .*first\.xlsx \(2022–2024, base 2021\)/);
    const file = JSON.parse(readFileSync(join(d, "exported.json"), "utf8"));
    // the four rows of the targets table where they differ from the template's own, then the listed targets
    expect(file.targets.slice(0, 4)).toEqual([
      {
        id: "pollutant-reduction",
        target: 20,
        term: lang === "zh-CN" ? "近期" : "near-term",
        evidence: "方案实施后监测报告",
      },
      { id: "ghg-reduction", target: 400, term: lang === "zh-CN" ? "中期" : "medium-term" },
      expect.objectContaining({ id: "resource-energy", indicator: "节电", unit: "万kWh/a", target: 60 }),
      expect.objectContaining({ id: "cp-level", baseline: 2, target: 4, actual: 3 }),
    ]);
    expect(file.targets[4]).toMatchObject({ indicator: "COD排放量", baseline: 420, target: 380, actual: 372 });
    expect(file.team[0]).toMatchObject({ name: "李娜", "park:name": "张伟", "enterprise:name": "青川新材料有限公司" });
    expect(file.team[1]).toMatchObject({ "audit:name": "周平", "audit:finance": "否" });
    await templateFrom(join(d, "exported.json"), join(d, "second.xlsx"), lang);
    expect(namedValues(join(d, "second.xlsx"))).toEqual(namedValues(join(d, "first.xlsx")));
    const again = await cli("export", join(d, "second.xlsx"), "--out", join(d, "again.json"));
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, "again.json"), "utf8"))).toEqual(file);
  });
});

test("a copy re-saved by LibreOffice exports the same inputs", async () => {
  const d = dir();
  writeFileSync(join(d, "park.json"), JSON.stringify(fullPark()));
  await templateFrom(join(d, "park.json"), join(d, "book.xlsx"), "zh-CN");
  writeFileSync(join(d, "resaved.xlsx"), await recalculateWithLibreOffice(readFileSync(join(d, "book.xlsx"))));
  expect((await cli("export", join(d, "book.xlsx"), "--out", join(d, "a.json"))).code).toBe(0);
  const resaved = await cli("export", join(d, "resaved.xlsx"), "--out", join(d, "b.json"));
  expect(resaved).toMatchObject({ code: 0, stderr: "" });
  expect(JSON.parse(readFileSync(join(d, "b.json"), "utf8"))).toEqual(
    JSON.parse(readFileSync(join(d, "a.json"), "utf8")),
  );
}, 180000);

test("an existing file is replaced only with --force; the workbook itself never", async () => {
  const d = dir();
  await cli("template", "--out", join(d, "book.xlsx"));
  writeFileSync(join(d, "data.json"), "keep");
  const refused = await cli("export", join(d, "book.xlsx"), "--out", join(d, "data.json"));
  expect(refused.code).toBe(2);
  expect(readFileSync(join(d, "data.json"), "utf8")).toBe("keep");
  expect((await cli("export", join(d, "book.xlsx"), "--out", join(d, "book.xlsx"), "--force")).stderr).toMatch(
    /is the workbook/,
  );
  expect((await cli("export", join(d, "book.xlsx"), "--out", join(d, "data.json"), "--force")).code).toBe(0);
});

test("a value the data file refuses is written and listed, exit 1; an unreadable or foreign file exits 2", async () => {
  const d = dir();
  writeFileSync(join(d, "park.json"), JSON.stringify(fullPark()));
  await templateFrom(join(d, "park.json"), join(d, "book.xlsx"), "zh-CN");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(d, "book.xlsx"));
  const [address] = book.definedNames.getRanges("GREEN_OPT_INVESTMENT").ranges;
  const [sheet, range] = address!.replace(/\$/g, "").split("!");
  book.getWorksheet(sheet!.replace(/^'|'$/g, ""))!.getCell(range!.split(":")[0]!).value = "约120";
  await book.xlsx.writeFile(join(d, "typed.xlsx"));
  const typed = await cli("export", join(d, "typed.xlsx"), "--out", join(d, "typed.json"));
  expect(typed.code).toBe(1);
  expect(typed.stderr).toMatch(/options\[0\]\.investment: expected a number ≥ 0, got "约120"/);
  expect(JSON.parse(readFileSync(join(d, "typed.json"), "utf8")).options[0].investment).toBe("约120");

  writeFileSync(join(d, "not.xlsx"), "not a workbook");
  const unreadable = await cli("export", join(d, "not.xlsx"), "--out", join(d, "x.json"));
  expect(unreadable.code).toBe(2);
  expect(unreadable.stderr.trim().split("\n")).toHaveLength(1);
  const foreign = new ExcelJS.Workbook();
  foreign.addWorksheet("Sheet1").getCell("A1").value = 1;
  await foreign.xlsx.writeFile(join(d, "foreign.xlsx"));
  const none = await cli("export", join(d, "foreign.xlsx"), "--out", join(d, "y.json"));
  expect(none).toMatchObject({ code: 2, stderr: expect.stringMatching(/no GreenAudit template found/) });
});
