/**
 * docs/architecture.md rung 4 for 低碳管理: the verdicts and the statistics of 5.4 b) written natively, recalculated
 * by LibreOffice, equal to calc.lowCarbonVerdict and the Data sheet; then one answer turned from 符合 to 不符合 in the
 * file, and the clause's and the overall verdict follow on recalculation.
 */
import ExcelJS from "exceljs";
import { LOW_CARBON_ITEMS } from "../../src/domain/catalog";
import { dataTemplate } from "../../src/domain/templates/specs/data";
import { lowCarbonTemplate } from "../../src/domain/templates/specs/lowcarbon";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import { carbonTemplate } from "../../src/domain/templates/specs/carbon";
import { cellAddress } from "../../src/domain/templates/a1";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { addPlansToWorkbook } from "../../src/xlsx/writePlan";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";
import { recalculateWithLibreOffice } from "./libreOffice";
import { SCENARIO_DATA, options } from "../domain/templates/scenarioFixtures";

type Row = { id: string; answer: string | null; evidence?: string };

const compliant = (): Row[] => LOW_CARBON_ITEMS.map((i) => ({ id: i.id, answer: "符合", evidence: `附件${i.id}` }));
const set = (rows: Row[], id: string, answer: string | null) => rows.map((r) => (r.id === id ? { ...r, answer } : r));

/** Scenarios: all met; 不适用 and a 宜 item 不符合; a 应 item 部分符合; an open 应 item; English words. */
const SCENARIOS: [string, Row[], "zh-CN" | "en-US", string][] = [
  ["", compliant(), "zh-CN", "符合"],
  ["_N", set(set(compliant(), "6.3d", "不适用"), "5.2a", "不符合"), "zh-CN", "符合"],
  ["_P", set(compliant(), "8.2c", "部分符合"), "zh-CN", "不符合"],
  ["_O", set(compliant(), "5.4b", null), "zh-CN", ""],
  [
    "_E",
    compliant().map((r) => ({ ...r, answer: r.id === "4a" ? "Non-Compliant" : "compliant" })),
    "en-US",
    "non-compliant",
  ],
];

function plansOf(suffix: string, rows: Row[], lang: "zh-CN" | "en-US"): SheetPlan[] {
  const o = options({ nameSuffix: suffix, lang, rows: { lowcarbon: rows }, data: SCENARIO_DATA.A });
  return [paramsTemplate, dataTemplate, carbonTemplate, lowCarbonTemplate].map((t) => t.build(o));
}

const PLANS = SCENARIOS.map(([suffix, rows, lang]) => plansOf(suffix, rows, lang));
const key = (plan: SheetPlan, k: string) => plan.cells.find((c) => c.key === k);

describe("低碳管理 on a real spreadsheet engine (LibreOffice)", () => {
  let run: EngineRun;
  beforeAll(async () => {
    run = await recalculateAndCompare(PLANS.flat());
  }, 180000);

  test("every computed cell recalculates to the value calc cached", () => {
    expect(run.mismatches).toEqual([]);
    const verdicts = PLANS.flatMap((p) => p[3]?.cells.filter((c) => c.key?.startsWith("verdict:")) ?? []);
    expect(verdicts.length).toBe(5 * 15); // 14 clauses with 应 items and the overall, five times
  });

  test("the scenarios give the verdicts the rule says (cached = engine)", () => {
    expect(PLANS.map((p) => key(p[3] as SheetPlan, "verdict:overall")?.cached)).toEqual(SCENARIOS.map((s) => s[3]));
    expect(key(PLANS[2]?.[3] as SheetPlan, "verdict:8.2")?.cached).toBe("不符合");
    expect(key(PLANS[2]?.[3] as SheetPlan, "verdict:8.3")?.cached).toBe("符合");
    expect(key(PLANS[3]?.[3] as SheetPlan, "verdict:5.4")?.cached).toBe("");
    expect(key(PLANS[4]?.[3] as SheetPlan, "verdict:4")?.cached).toBe("non-compliant");
  });

  test("the statistics of 5.4 b) equal the Data sheet's figures", () => {
    const plan = PLANS[0]?.[3] as SheetPlan;
    const co2 = SCENARIO_DATA.A.values.co2 as (number | null)[] | undefined;
    expect([1, 2, 3].map((k) => key(plan, `statistic:co2:${k}`)?.cached)).toEqual([1, 2, 3].map((k) => co2?.[k] ?? ""));
  });

  test("one answer turned from 符合 to 不符合 in the file: its clause and the overall verdict follow", async () => {
    const plans = PLANS[0] as SheetPlan[];
    const { workbook, sheets } = await addPlansToWorkbook(plans);
    const lowcarbon = plans[3] as SheetPlan;
    const answer = key(lowcarbon, "answer:6.1b");
    const sheet = workbook.getWorksheet(sheets[3]?.sheetName ?? "");
    if (!answer || !sheet) throw new Error("no answer cell");
    expect(answer.value).toBe("符合");
    sheet.getCell(cellAddress(answer.row, answer.col)).value = "不符合";
    const bytes = await recalculateWithLibreOffice(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const read = back.getWorksheet(sheets[3]?.sheetName ?? "");
    const result = (k: string) => {
      const c = key(lowcarbon, k);
      return c ? read?.getCell(cellAddress(c.row, c.col)).result : undefined;
    };
    expect(key(lowcarbon, "verdict:6.1")?.cached).toBe("符合");
    expect(result("verdict:6.1")).toBe("不符合");
    expect(result("verdict:6.2")).toBe("符合");
    expect(result("verdict:overall")).toBe("不符合");
  }, 180000);
});
