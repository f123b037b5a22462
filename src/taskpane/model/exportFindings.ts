/**
 * The review's findings as a list to work through elsewhere: one row per finding, in the pane's language,
 * the code kept in the last column. CSV goes through the domain's writer, which writes a field that would run
 * as a formula as text (docs/review-codes.md, "Reading the report safely"); the .xlsx holds plain strings and
 * numbers, never formulas.
 */
import { csvRows } from "../../domain/review/csv";
import { SEVERITY_LABELS, findingLabel } from "../../domain/review/findingLabels";
import { shownValue } from "../../domain/review/present";
import type { Lang } from "../../domain/templates/sheetPlan";
import type { PaneFinding } from "../operations";

const HEADER = {
  zh: ["级别", "问题", "工作表", "单元格", "说明", "应为", "实际", "处理建议", "代码"],
  en: ["Severity", "Finding", "Sheet", "Cell", "Message", "Expected", "Found", "What to do", "Code"],
} as const;

const SHEET = { zh: "复核结果", en: "Review findings" } as const;

type Cell = string | number;

function rows(findings: readonly PaneFinding[], lang: Lang): Cell[][] {
  const w = lang === "zh-CN" ? "zh" : "en";
  const value = (v: unknown): Cell => (typeof v === "number" && Number.isFinite(v) ? v : (shownValue(v) ?? ""));
  return findings.map((f) => {
    const label = findingLabel(f.code);
    return [
      SEVERITY_LABELS[f.severity][w],
      label.name[w],
      f.sheet,
      f.cell,
      f.message[w],
      value(f.expected),
      value(f.found),
      label.action[w],
      f.code,
    ];
  });
}

/** UTF-8 with a byte-order mark, so Excel opens the Chinese intact; CRLF line ends. */
export function findingsCsv(findings: readonly PaneFinding[], lang: Lang): Uint8Array {
  const w = lang === "zh-CN" ? "zh" : "en";
  const table = [[...HEADER[w]], ...rows(findings, lang).map((row) => row.map(String))];
  return new TextEncoder().encode(`\uFEFF${csvRows(table)}`);
}

const WIDTHS = [8, 24, 14, 9, 60, 12, 12, 40, 24];

/** One sheet: a bold, frozen header with a filter; strings stay strings (a leading "=" is text, not a formula). */
export async function findingsXlsx(findings: readonly PaneFinding[], lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const w = lang === "zh-CN" ? "zh" : "en";
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET[w], { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...HEADER[w]]).font = { bold: true };
  for (const row of rows(findings, lang)) sheet.addRow(row);
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, findings.length + 1), column: HEADER[w].length },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** "GreenAudit-复核-submission.csv" from the reviewed file's name (or the open workbook). */
export function exportFileName(source: string | undefined, lang: Lang, ext: "csv" | "xlsx"): string {
  const base = (source ?? "")
    .replace(/\.xlsx$/i, "")
    .replace(/[\\/:*?"<>|]+/g, "_")
    .trim();
  const word = lang === "zh-CN" ? "复核" : "review";
  return `GreenAudit-${word}${base ? `-${base}` : ""}.${ext}`;
}
