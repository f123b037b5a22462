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

/** One sheet in the pane's language, the message column wrapped (the .xlsx adapter writes it). */
export async function findingsXlsx(findings: readonly PaneFinding[], lang: Lang): Promise<Uint8Array> {
  const { tableToXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/tableWorkbook");
  const w = lang === "zh-CN" ? "zh" : "en";
  return tableToXlsx({
    sheetName: SHEET[w],
    header: HEADER[w],
    rows: rows(findings, lang),
    widths: WIDTHS,
    wrapColumns: [5],
  });
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
