import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkData } from "../../src/domain/calc";
import { buildData } from "../../src/domain/templates/specs/data";
import { buildIndicators } from "../../src/domain/templates/specs/indicators";
import { buildParams } from "../../src/domain/templates/specs/params";
import { cellAddress } from "../../src/domain/templates/a1";
import { parseReference, readSnapshot } from "../../src/xlsx/readSnapshot";
import { planToXlsx } from "../../src/xlsx/writePlan";

const sample = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8"),
) as ParkData;

test("an .xlsx written from plans reads back as a snapshot with values, formulas, cached results and names", async () => {
  const options = {
    lang: "zh-CN" as const,
    mode: "native" as const,
    years: [2021, 2022, 2023, 2024] as [number, number, number, number],
    nameSuffix: "",
    data: sample,
  };
  const plans = [buildParams(options), buildData(options), buildIndicators(options)];
  const snapshot = await readSnapshot(await planToXlsx(plans));
  expect(snapshot.sheets.map((s) => s.name)).toEqual(["参数", "基础数据", "评价指标"]);
  const name = (n: string) => snapshot.names.find((x) => x.name === n);
  const va = name("GREEN_DATA_va_Y1");
  expect(va?.sheet).toBe("基础数据");
  expect(snapshot.sheets[1]!.cells.get(va?.range ?? "")?.value).toBe(1296000);
  // every computed cell keeps its formula and its cached result, including a cached 0
  const indicators = plans[2];
  const sheet = snapshot.sheets[2];
  for (const cell of indicators!.cells.filter((c) => c.formula)) {
    const read = sheet!.cells.get(cellAddress(cell.row, cell.col));
    expect(read?.formula).toBe(cell.formula);
    expect(read?.value).toEqual(cell.cached ?? "");
  }
});

test("parseReference reads quoted and plain sheet names", () => {
  expect(parseReference("'基础数据'!$D$7")).toEqual({ sheet: "基础数据", range: "D7" });
  expect(parseReference("Data!$D$7:$G$7")).toEqual({ sheet: "Data", range: "D7:G7" });
  expect(parseReference("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", range: "A1" });
  expect(parseReference("nonsense")).toBeUndefined();
});
