/**
 * 改造建议 / Suggestions (docs/templates.md `suggestions`): 《北京市工业园区绿色诊断工作指南》附件2-1-3 绿色化改造提升建议表 — 序号、项目建设内容、
 * 总投资（万元）、其中固定资产投资（万元）、预期实施效果、备注 — with a total row. The fixed-asset investment is
 * part of the total: a row where it exceeds the total is highlighted (the plan's validation kinds have no
 * custom formula, so the check is a conditional format).
 */
import { BEIJING_GUIDE, cite } from "../../catalog";
import { columnTotal } from "../../calc/investment";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import type { TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import type { CellValue } from "../sheetPlan";
import { LABELS } from "../labels";
import { HIGHLIGHT } from "../styles";

const ANNEX_213 = cite(BEIJING_GUIDE, { zh: "附件2-1-3", en: "Annex 2-1-3" });

const TEXT = {
  sheet: { zh: "改造建议", en: "Suggestions" },
  title: { zh: "绿色化改造提升建议表", en: "Green improvement suggestions" },
  source: { zh: `依据：${ANNEX_213.zh}。`, en: `Source: ${ANNEX_213.en}.` },
  instructions: {
    zh: "填表说明：园区近期如对该项目有实施意愿，请在备注栏中填写拟实施的时间。备注中请一并填写其他需要说明的事项。",
    en: "How to fill in: if the park intends to carry out a project soon, give the planned time in Remarks, together with anything else that needs saying.",
  },
  check: {
    zh: "“其中固定资产投资”超过“总投资”的行以橙色标出。",
    en: "Rows whose fixed-asset investment exceeds the total investment are shown in orange.",
  },
  content: { zh: "项目建设内容", en: "Project content" },
  investment: { zh: "总投资（万元）", en: "Total investment (10⁴ yuan)" },
  fixedAssets: { zh: "其中固定资产投资（万元）", en: "Of which fixed assets (10⁴ yuan)" },
  effect: { zh: "预期实施效果", en: "Expected effect" },
  total: { zh: "合计", en: "Total" },
  amountTitle: { zh: "单位：万元", en: "Unit: 10⁴ yuan" },
  amountPrompt: {
    zh: "请输入不小于 0 的金额；固定资产投资不应超过总投资。",
    en: "Enter an amount ≥ 0; fixed assets must not exceed the total investment.",
  },
  amountError: { zh: "须为不小于 0 的金额（万元）。", en: "Must be an amount ≥ 0 (10⁴ yuan)." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
} as const;

/** Input rows of the table (fixed capacity; `options.rows.suggestions` fills them from the top). */
export const SUGGESTION_ROWS = 30;
/** Column of each key of `options.rows.suggestions`. */
export const SUGGESTION_COLUMNS = { content: 1, investment: 2, fixed_assets: 3, effect: 4, remarks: 5 } as const;

const WIDTHS = [6, 44, 14, 16, 36, 28];
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const AMOUNT_FORMAT = "#,##0.00";

export function buildSuggestions(options: TemplateOptions) {
  const b = new SheetBuilder("suggestions", TEXT.sheet, options);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", TEXT.instructions);
  b.text(3, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2, 3]) b.merge(row, 0, row, WIDTHS.length - 1);
  [LABELS.no, TEXT.content, TEXT.investment, TEXT.fixedAssets, TEXT.effect, LABELS.remarks].forEach((h, col) =>
    b.text(HEADER_ROW, col, "header", h),
  );

  const given = options.rows?.suggestions ?? [];
  const last = FIRST_ROW + SUGGESTION_ROWS - 1;
  const column: Record<keyof typeof SUGGESTION_COLUMNS, CellValue[]> = {
    content: [],
    investment: [],
    fixed_assets: [],
    effect: [],
    remarks: [],
  };
  for (let i = 0; i < SUGGESTION_ROWS; i++) {
    const row = FIRST_ROW + i;
    const values = given[i] ?? {};
    b.text(row, 0, "label", i + 1);
    for (const [key, col] of Object.entries(SUGGESTION_COLUMNS) as [keyof typeof SUGGESTION_COLUMNS, number][]) {
      const v = values[key] ?? null;
      column[key].push(v);
      const amount = key === "investment" || key === "fixed_assets";
      b.input(row, col, v, { key: `${key}:${i + 1}`, ...(amount ? { numberFormat: AMOUNT_FORMAT } : {}) });
    }
  }

  // total row: SUM of each amount column, "" while the column is empty
  const totalRow = last + 1;
  b.text(totalRow, SUGGESTION_COLUMNS.content, "total", TEXT.total);
  for (const key of ["investment", "fixed_assets"] as const) {
    const col = SUGGESTION_COLUMNS[key];
    const range = rangeAddress(FIRST_ROW, col, last, col);
    const total = columnTotal(column[key]);
    const name = key === "investment" ? "GREEN_SUGGESTIONS_INVESTMENT_TOTAL" : "GREEN_SUGGESTIONS_FIXED_ASSETS_TOTAL";
    b.computed(totalRow, col, `IF(COUNT(${range})=0,"",SUM(${range}))`, total.ok ? total.value : "", {
      role: "total",
      key: `total:${key}`,
      numberFormat: AMOUNT_FORMAT,
      name: `${name}${options.nameSuffix}`,
    });
  }
  b.text(totalRow + 1, 0, "note", TEXT.check);
  b.merge(totalRow + 1, 0, totalRow + 1, 5);

  const amounts = rangeAddress(FIRST_ROW, SUGGESTION_COLUMNS.investment, last, SUGGESTION_COLUMNS.fixed_assets);
  b.validate({
    range: amounts,
    rule: { kind: "decimal", min: 0 },
    prompt: { title: b.t(TEXT.amountTitle), message: b.t(TEXT.amountPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) },
  });
  // 其中固定资产投资 ≤ 总投资 (calc.fixedAssetsWithinTotal), shown on both amounts of the row
  const investmentTop = cellAddress(FIRST_ROW, SUGGESTION_COLUMNS.investment);
  const fixedTop = cellAddress(FIRST_ROW, SUGGESTION_COLUMNS.fixed_assets);
  b.highlight({
    range: amounts,
    formula: `AND(ISNUMBER($${investmentTop}),ISNUMBER($${fixedTop}),$${fixedTop}>$${investmentTop})`,
    ...HIGHLIGHT.scoreBelowFull,
  });

  b.region("suggestions", FIRST_ROW, 0, last, WIDTHS.length - 1);
  b.region("total", totalRow, SUGGESTION_COLUMNS.investment, totalRow, SUGGESTION_COLUMNS.fixed_assets);
  b.columnWidths(WIDTHS);
  b.freeze(FIRST_ROW, 0);
  b.printLandscape();
  return b.build({ columns: SUGGESTION_COLUMNS });
}

export const suggestionsTemplate: TemplateSpec = {
  id: "suggestions",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "绿色化改造提升建议：项目建设内容、总投资、其中固定资产投资、预期实施效果、备注，附合计",
    en: "Green improvement suggestions: project content, total investment, of which fixed assets, expected effect, remarks, with totals",
  },
  source: ANNEX_213,
  reads: [],
  importable: true,
  build: buildSuggestions,
};
