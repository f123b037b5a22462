/**
 * 诊断结论 on LibreOffice (docs/architecture.md rung 4 and the printout rung): every figure of the summary is a formula
 * over the other sheets' names and recalculates to what the domain cached — for the sample park with every sheet,
 * and with sheets omitted (未插入, never an error); turning one 低碳管理 answer from 符合 to 不符合 turns the summary's
 * low-carbon verdict; the summary prints on one A4 page with its texts whole and its charts.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { LOW_CARBON_ITEMS } from "../../src/domain/catalog";
import { cellAddress } from "../../src/domain/templates/a1";
import { TEMPLATES } from "../../src/domain/templates/specs";
import type { SheetPlan, TemplateId } from "../../src/domain/templates/sheetPlan";
import { addPlansToWorkbook, workbookToXlsx } from "../../src/xlsx/writePlan";
import { sampleOptions } from "../domain/review/reviewFixtures";
import { recalculateAndCompare, type EngineRun } from "./engineCheck";
import { printWithLibreOffice, recalculateWithLibreOffice } from "./libreOffice";

const run = promisify(execFile);

const ANSWERS = LOW_CARBON_ITEMS.map((i) => ({ id: i.id, answer: "符合", evidence: `附件${i.id}` }));
const FULL = sampleOptions({ rows: { ...sampleOptions().rows, lowcarbon: ANSWERS } });
const FULL_PLANS = TEMPLATES.map((t) => t.build(FULL));
const summaryOf = (plans: readonly SheetPlan[]) => plans.find((p) => p.templateId === "summary") as SheetPlan;

/** The summary with only the data and parameter sheets: every other figure is 未插入. */
const PARTIAL_IDS: TemplateId[] = ["summary", "params", "data", "carbon"];
const PARTIAL_PLANS = TEMPLATES.filter((t) => PARTIAL_IDS.includes(t.id)).map((t) =>
  t.build({ ...FULL, nameSuffix: "_P", present: PARTIAL_IDS }),
);

const cached = (plan: SheetPlan, key: string) => plan.cells.find((c) => c.key === key)?.cached;

describe("诊断结论 on a real spreadsheet engine (LibreOffice)", () => {
  let engine: EngineRun;
  beforeAll(async () => {
    engine = await recalculateAndCompare([...FULL_PLANS, ...PARTIAL_PLANS]);
  }, 300000);

  test("every figure recalculates to the cached value, with every sheet and with sheets omitted", () => {
    // ExcelJS reads a date-formatted cell back as a Date: a serial as that day, a text as an invalid Date
    const real = engine.mismatches.filter(
      (m) =>
        !(
          m.found instanceof Date &&
          (typeof m.expected === "number"
            ? m.found.getTime() / 86400000 + 25569 === m.expected
            : m.expected === "未插入" && Number.isNaN(m.found.getTime()))
        ),
    );
    expect(real).toEqual([]);
  });

  test("the sample park's summary is filled; omitted sheets show 未插入, never an error", () => {
    const full = summaryOf(FULL_PLANS);
    expect(cached(full, "figure:GREEN_PARK_NAME")).toBe(FULL.parkName);
    expect(cached(full, "figure:GREEN_LOWCARBON_OVERALL")).toBe("符合");
    expect(typeof cached(full, "figure:GREEN_TOTAL_Y1")).toBe("number");
    expect(cached(full, "options:count:all")).toBeGreaterThan(0);
    const partial = summaryOf(PARTIAL_PLANS);
    expect(cached(partial, "figure:GREEN_PARK_NAME")).toBe(FULL.parkName);
    for (const key of ["figure:GREEN_BASIC_OVERALL", "figure:GREEN_TOTAL_Y2", "options:investment:all", "saving:co2"])
      expect(cached(partial, key)).toBe("未插入");
    expect(cached(partial, "trend:total")).toBe("");
    const values = partial.cells.filter((c) => c.formula !== undefined).map((c) => String(c.cached));
    expect(values.filter((v) => v.startsWith("#"))).toEqual([]);
  });

  test("one 低碳管理 answer from 符合 to 不符合: the summary's low-carbon verdict follows", async () => {
    const { workbook, sheets } = await addPlansToWorkbook(FULL_PLANS);
    const lowcarbon = FULL_PLANS.find((p) => p.templateId === "lowcarbon") as SheetPlan;
    const answer = lowcarbon.cells.find((c) => c.key === "answer:7.3a");
    const name = (id: string) => sheets.find((s) => s.templateId === id)?.sheetName ?? "";
    if (!answer) throw new Error("no answer");
    const sheet = workbook.getWorksheet(name("lowcarbon"));
    if (!sheet) throw new Error("no sheet");
    sheet.getCell(cellAddress(answer.row, answer.col)).value = "不符合";
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(
      (await recalculateWithLibreOffice(
        new Uint8Array(await workbook.xlsx.writeBuffer()),
      )) as unknown as ExcelJS.Buffer,
    );
    const verdict = summaryOf(FULL_PLANS).cells.find((c) => c.key === "figure:GREEN_LOWCARBON_OVERALL");
    if (!verdict) throw new Error("no verdict");
    expect(verdict.cached).toBe("符合");
    expect(back.getWorksheet(name("summary"))?.getCell(cellAddress(verdict.row, verdict.col)).result).toBe("不符合");
  }, 300000);

  test("printed: the summary takes one A4 page, every title and label whole, its charts on it", async () => {
    const { workbook, sheets } = await addPlansToWorkbook(FULL_PLANS);
    const pdf = await printWithLibreOffice(await workbookToXlsx(workbook, FULL_PLANS, sheets), "summary.xlsx");
    const { stdout: info } = await run("pdfinfo", [pdf]);
    expect(
      /Page size:\s+([\d.]+) x ([\d.]+)/
        .exec(info)
        ?.slice(1, 3)
        .map((x) => Math.round(Number(x))),
    ).toEqual([595, 842]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const { stdout } = await run("pdftotext", ["-raw", "-f", String(n), "-l", String(n), pdf, "-"]);
      texts.push(stdout.replace(/\s+/g, ""));
    }
    // the sheet's name stands in every page's header: one page
    const summaryPages = texts.filter((t) => t.includes("诊断结论"));
    expect(summaryPages).toHaveLength(1);
    const [page = ""] = summaryPages;
    const summary = summaryOf(FULL_PLANS);
    const labels = summary.cells
      .filter((c) => (c.role === "label" || c.role === "header") && typeof c.value === "string" && c.value)
      .map((c) => String(c.value).replace(/\s+/g, ""));
    expect(labels.filter((l) => !page.includes(l))).toEqual([]);
    for (const chart of summary.charts ?? []) expect(page).toContain(chart.title.replace(/\s+/g, ""));
  }, 300000);
});
