/**
 * The review list: findings grouped by severity, then sheet, then problem (repeated findings of one kind on a
 * sheet as one group with its cells, src/domain/review/groups), after the user's filter.
 */
import { findingLabel } from "../../domain/review/findingLabels";
import { groupFindings as groupRepeated, type FindingGroup } from "../../domain/review/groups";
import type { PaneFinding, Severity } from "../operations";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** matched, case-insensitively, against the finding's words and code, sheet, cell and both messages */
  readonly text: string;
}

export interface SheetGroup {
  readonly sheet: string;
  /** one entry per problem: a single finding, or a repeated one with its count and cells */
  readonly groups: readonly FindingGroup<PaneFinding>[];
  readonly count: number;
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
  const { name } = findingLabel(finding.code);
  return [name.zh, name.en, finding.code, finding.sheet, finding.cell, finding.message.zh, finding.message.en].some(
    (s) => s.toLowerCase().includes(text),
  );
}

/** The findings the filter lets through, in report order. */
export function filterFindings(findings: readonly PaneFinding[], filter: FindingFilter): PaneFinding[] {
  return findings.filter((f) => matches(f, filter));
}

/** Severity order error → warning → info; sheets in order of first appearance; problems in report order. */
export function groupFindings(findings: readonly PaneFinding[], filter: FindingFilter): SeverityGroup[] {
  const shown = filterFindings(findings, filter);
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const sheets = new Map<string, PaneFinding[]>();
    for (const finding of shown) {
      if (finding.severity !== severity) continue;
      const list = sheets.get(finding.sheet) ?? [];
      list.push(finding);
      sheets.set(finding.sheet, list);
    }
    const list = [...sheets].map(([sheet, items]) => ({ sheet, groups: groupRepeated(items), count: items.length }));
    const count = list.reduce((n, g) => n + g.count, 0);
    if (count > 0) groups.push({ severity, sheets: list, count });
  }
  return groups;
}
