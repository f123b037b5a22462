/** The review list: findings grouped by severity, then sheet, after the user's filter. */
import type { PaneFinding, Severity } from "../operations";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** matched, case-insensitively, against code, sheet, cell and both messages */
  readonly text: string;
}

export interface SheetGroup {
  readonly sheet: string;
  readonly findings: readonly PaneFinding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly sheets: readonly SheetGroup[];
  readonly count: number;
}

export function matches(finding: PaneFinding, filter: FindingFilter): boolean {
  if (!filter.severities.has(finding.severity)) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [finding.code, finding.sheet, finding.cell, finding.message.zh, finding.message.en].some((s) => s.toLowerCase().includes(text));
}

/** Severity order error → warning → info; sheets in order of first appearance; findings in report order. */
export function groupFindings(findings: readonly PaneFinding[], filter: FindingFilter): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const sheets = new Map<string, PaneFinding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity || !matches(finding, filter)) continue;
      const list = sheets.get(finding.sheet) ?? [];
      list.push(finding);
      sheets.set(finding.sheet, list);
    }
    const list = [...sheets].map(([sheet, items]) => ({ sheet, findings: items }));
    const count = list.reduce((n, g) => n + g.findings.length, 0);
    if (count > 0) groups.push({ severity, sheets: list, count });
  }
  return groups;
}

/** A value of a finding's expected / found for display. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
