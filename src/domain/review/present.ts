/**
 * The review in words, shared by the pane and the command line: the headline (counts, or plainly that no
 * template was found), the total score per year recomputed beside the one the workbook shows, a group's
 * title, and a finding's expected / found line without empty halves.
 */
import type { Lang } from "../templates/sheetPlan";
import { SEVERITY_LABELS, findingLabel } from "./findingLabels";
import type { FindingGroup, GroupableFinding } from "./groups";
import type { ReviewSummary, Severity } from "./types";

type Words = "zh" | "en";
const words = (lang: Lang | Words): Words => (lang === "zh-CN" || lang === "zh" ? "zh" : "en");

/** Whether the review found any template to check (an empty or foreign workbook has none). */
export function foundTemplates(summary: Pick<ReviewSummary, "templates">): boolean {
  return summary.templates.length > 0;
}

function count(n: number, severity: Severity, w: Words): string {
  if (w === "zh") return `${SEVERITY_LABELS[severity].zh} ${n} 项`;
  const noun = { error: "error", warning: "warning", info: "info" }[severity];
  return `${n} ${noun}${n === 1 || severity === "info" ? "" : "s"}`;
}

/** "错误 0 项，警告 37 项，提示 0 项" / "0 errors, 37 warnings, 0 info" — or that no template was found. */
export function reviewHeadline(summary: ReviewSummary, lang: Lang | Words): string {
  const w = words(lang);
  if (!foundTemplates(summary))
    return w === "zh" ? "未找到 GreenAudit 模板，没有可复核的内容" : "No GreenAudit template found: nothing to check";
  const parts = (["error", "warning", "info"] as const).map((s) =>
    count(summary[s === "error" ? "errors" : s === "warning" ? "warnings" : "info"], s, w),
  );
  return parts.join(w === "zh" ? "，" : ", ");
}

export interface YearTotal {
  /** the evaluation year (1–3 when the workbook does not say) */
  readonly year: number;
  /** recomputed from the workbook's own inputs */
  readonly recomputed: number | null;
  /** as the workbook shows it */
  readonly claimed: number | null;
  /** both present and different at the two decimals shown */
  readonly differs: boolean;
}

/** The years with a total score, recomputed and claimed side by side; none when no template was found. */
export function yearTotals(summary: ReviewSummary): YearTotal[] {
  if (!foundTemplates(summary)) return [];
  return [0, 1, 2]
    .map((i) => {
      const recomputed = summary.expectedTotalScores[i] ?? null;
      const claimed = summary.totalScores[i] ?? null;
      const differs = recomputed !== null && claimed !== null && recomputed.toFixed(2) !== claimed.toFixed(2);
      return { year: summary.years?.[i] ?? i + 1, recomputed, claimed, differs };
    })
    .filter((t) => t.recomputed !== null || t.claimed !== null);
}

const score = (v: number | null) => (v === null ? "—" : v.toFixed(2));

/** "总分 2022 年：复算 82.19，工作簿 82.19" / "total score 2022: recomputed 82.19, workbook 82.19" */
export function yearTotalLine(t: YearTotal, lang: Lang | Words): string {
  if (words(lang) === "zh")
    return `总分 ${t.year} 年：复算 ${score(t.recomputed)}，工作簿 ${score(t.claimed)}${t.differs ? "（不符）" : ""}`;
  return `total score ${t.year}: recomputed ${score(t.recomputed)}, workbook ${score(t.claimed)}${t.differs ? " (differs)" : ""}`;
}

/** "未填写证据索引 ×31" for a group, the words alone for one finding. */
export function groupTitle(group: FindingGroup<GroupableFinding>, lang: Lang | Words): string {
  const name = findingLabel(group.code).name[words(lang)];
  return group.findings.length > 1 ? `${name} ×${group.findings.length}` : name;
}

/** A value of a finding as shown beside it: numbers to 6 significant digits; empty as nothing. */
export function shownValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** "应为 82.19 · 实际 99.5", or one half, or undefined when the finding has neither. */
export function expectedFoundLine(
  f: { readonly expected?: unknown; readonly found?: unknown },
  lang: Lang | Words,
): string | undefined {
  const w = words(lang);
  const expected = shownValue(f.expected);
  const found = shownValue(f.found);
  const parts = [
    expected !== undefined ? `${w === "zh" ? "应为" : "expected"} ${expected}` : "",
    found !== undefined ? `${w === "zh" ? "实际" : "found"} ${found}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}
