/** The review engine's report (src/domain/review) as the review panel shows it. */
import type { ReviewReport } from "../../domain/review";
import { foundTemplates, yearTotals } from "../../domain/review/present";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import type { PaneReviewReport } from "../operations";

/** The evaluation years y1–y3 from a template's metadata record (the indicators table's, else any). */
export function evaluationYearsOf(snapshot: WorkbookSnapshot): readonly number[] | undefined {
  const metas = snapshot.names.filter((n) => n.name.toUpperCase().startsWith("GREEN_META_"));
  metas.sort(
    (a, b) =>
      Number(!a.name.toUpperCase().startsWith("GREEN_META_INDICATORS")) -
      Number(!b.name.toUpperCase().startsWith("GREEN_META_INDICATORS")),
  );
  for (const meta of metas) {
    const value = snapshot.sheets.find((s) => s.name === meta.sheet)?.cells.get(meta.range)?.value;
    try {
      const years = (JSON.parse(String(value)) as { years?: unknown }).years;
      if (Array.isArray(years) && years.length === 4 && years.every((y) => typeof y === "number"))
        return years.slice(1) as number[];
    } catch {
      // not a metadata record: try the next
    }
  }
  return undefined;
}

export function paneReport(report: ReviewReport, years?: readonly number[], fileName?: string): PaneReviewReport {
  const { summary } = report;
  const totals = yearTotals(summary).map((t, i) => ({
    year: summary.years ? t.year : (years?.[i] ?? t.year),
    score: t.claimed,
    expected: t.recomputed,
    differs: t.differs,
  }));
  return {
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected,
      found: f.found,
    })),
    counts: { error: summary.errors, warning: summary.warnings, info: summary.info },
    totalScores: totals,
    templateFound: foundTemplates(summary),
    ...(fileName ? { fileName } : {}),
  };
}
