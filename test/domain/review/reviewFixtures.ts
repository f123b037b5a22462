/**
 * Workbooks made by the product for the review tests: the sample park, every template, list rows from the
 * template fixtures, the parameter sheet as a user left it (threshold, discount rate, steam coefficient),
 * evidence indexed — a complete submission with no error finding. Tampering helpers edit the .xlsx the way
 * a user (or a program) would.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CARRIERS } from "../../../src/domain/catalog";
import { cellAddress, parseCell } from "../../../src/domain/templates/a1";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import type { CellValue, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../../src/xlsx/writePlan";
import { OPTION_ROWS } from "../../xlsx/optionRows.fixture";
import { SCENARIO_A } from "../templates/scenarioFixtures";

export const SAMPLE_DATA = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"),
);

/** 江苏省《行业清洁生产审核技术指南》7.2.3.4: a pollutant target met (95 ≤ 100) … */
export const COD_TARGET: Readonly<Record<string, CellValue>> = {
  type: "污染物减排",
  indicator: "COD排放量",
  unit: "t/a",
  direction: "↓",
  term: "近期",
  baseline: 120,
  target: 100,
  actual: 95,
};
/** … and a resource target met upwards (91 ≥ 90). */
export const WATER_REUSE_TARGET: Readonly<Record<string, CellValue>> = {
  type: "资源能源利用",
  indicator: "工业用水重复利用率",
  unit: "%",
  direction: "↑",
  term: "近期",
  baseline: 85,
  target: 90,
  actual: 91,
};
export const TARGET_ROWS: readonly Readonly<Record<string, CellValue>>[] = [COD_TARGET, WATER_REUSE_TARGET];

/** A team meeting every rule: SCENARIO_A's four plus a fifth member. */
export const TEAM_OF_FIVE = [
  ...(SCENARIO_A.team ?? []),
  {
    name: "孙丽",
    unit: "某节能环保咨询公司",
    role: "成员",
    title: "中级职称",
    specialty: "清洁生产",
    project_lead: "否",
    park_staff: "否",
  },
];

export function sampleOptions(over: Partial<TemplateOptions> = {}): TemplateOptions {
  return {
    lang: "zh-CN",
    mode: "native",
    years: SAMPLE_DATA.years,
    nameSuffix: "",
    data: SAMPLE_DATA,
    parkName: SAMPLE_DATA.park.name,
    rows: { ...SCENARIO_A, team: TEAM_OF_FIVE, options: OPTION_ROWS, targets: TARGET_ROWS },
    parameterValues: { "cost-class-threshold": 10, "discount-rate": 0.06 },
    coefficients: { ...Object.fromEntries(CARRIERS.map((c) => [c.id, c.coefficient])), steam: 0.0943 },
    ...over,
  };
}

/**
 * Every evidence column of the indicators sheet filled, as a diligent consultant leaves it: year 1's
 * 证明材料索引 and the 评价情况说明 of years 2 and 3.
 */
function withEvidence(plan: SheetPlan): SheetPlan {
  if (plan.templateId !== "indicators") return plan;
  const filled = (key: string) => (key.startsWith("evidence:") ? `附件 ${key.slice(9)}` : `说明 ${key.slice(15)}`);
  return {
    ...plan,
    cells: plan.cells.map((c) =>
      c.key?.startsWith("evidence:") || c.key?.startsWith("explanation_y") ? { ...c, value: filled(c.key) } : c,
    ),
  };
}

export function samplePlans(over: Partial<TemplateOptions> = {}): SheetPlan[] {
  const options = sampleOptions(over);
  return TEMPLATES.map((t) => withEvidence(t.build(options)));
}

export async function sampleWorkbook(over: Partial<TemplateOptions> = {}): Promise<Uint8Array> {
  return planToXlsx(samplePlans(over));
}

export async function loadBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

export async function saveBook(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The sheet and A1 address of a one-cell defined name. */
export function namedCell(book: ExcelJS.Workbook, name: string): { sheet: ExcelJS.Worksheet; address: string } {
  const [range] = book.definedNames.getRanges(name).ranges;
  if (!range) throw new Error(`no name ${name}`);
  const bang = range.lastIndexOf("!");
  const sheetName = range.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return { sheet, address: range.slice(bang + 1).replace(/\$/g, "") };
}

/** The workbook address of a plan cell found by key (no rows inserted). */
export function keyedAddress(plans: readonly SheetPlan[], templateId: string, key: string): string {
  const cell = plans.find((p) => p.templateId === templateId)?.cells.find((c) => c.key === key);
  if (!cell) throw new Error(`no cell ${templateId} ${key}`);
  return cellAddress(cell.row, cell.col);
}

/**
 * Excel's "insert rows" at `before` (1-based) on one sheet: cells at or below move down, same-sheet
 * references in formulas at or below follow (ranges spanning the insertion grow), defined names on the
 * sheet move, and so do the row keys (they are cells). Other sheets' formulas reach this sheet only through
 * names in the templates.
 */
export function insertRows(book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, before: number, count: number): void {
  const shift = (formula: string) =>
    formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(
              /(?<![\w.$!])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(!])/g,
              (m, d1: string, col: string, d2: string, row: string) =>
                Number(row) >= before ? `${d1}${col}${d2}${Number(row) + count}` : m,
            ),
      )
      .join("");
  // ExcelJS's spliceRows copies cell.value, which drops a falsy formula result (0, ""): carry formulas over by hand
  const formulas: { row: number; col: number; formula: string; result: unknown }[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula)
        formulas.push({
          row: Number(cell.row),
          col: Number(cell.col),
          formula: shift(cell.formula),
          result: cell.result,
        });
    }),
  );
  sheet.spliceRows(before, 0, ...Array.from({ length: count }, () => []));
  for (const f of formulas) {
    const value = f.result === undefined ? { formula: f.formula } : { formula: f.formula, result: f.result };
    sheet.getCell(f.row >= before ? f.row + count : f.row, f.col).value = value as ExcelJS.CellFormulaValue;
  }
  const model = book.definedNames.model as { name: string; ranges: string[] }[];
  const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
  for (const entry of model) {
    entry.ranges = entry.ranges.map((r) => {
      const prefix = r.startsWith(quoted) ? quoted : r.startsWith(`${sheet.name}!`) ? `${sheet.name}!` : undefined;
      if (!prefix) return r;
      const address = r.slice(prefix.length).replace(/\$?([A-Z]{1,3})\$?(\d+)/g, (_m, col: string, row: string) => {
        const moved = Number(row) >= before ? Number(row) + count : Number(row);
        return `$${col}$${moved}`;
      });
      return prefix + address;
    });
  }
  book.definedNames.model = model;
}

export function cellRow(address: string): number {
  return (parseCell(address)?.row ?? 0) + 1;
}
