/**
 * A compact, readable projection of a SheetPlan for snapshots and structure checks of the issue-5
 * templates: one line per cell ("D15 total [basic-overall] =IF(…) → 不符合"), empty input cells left out.
 */
import { cellAddress } from "../../../src/domain/templates/a1";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { isValidDefinedName } from "../../../src/domain/templates/validatePlan";
import { ROLE_STYLES } from "../../../src/domain/templates/styles";

export function project(plan: SheetPlan): Record<string, unknown> {
  const cells = plan.cells
    .filter(
      (c) =>
        c.key !== "metadata" &&
        c.key !== "row-key" &&
        !(c.role === "input" && (c.value === null || c.value === undefined)),
    )
    .map((c) => {
      const key = c.key ? ` [${c.key}]` : "";
      const content = c.formula !== undefined ? `=${c.formula} → ${JSON.stringify(c.cached)}` : JSON.stringify(c.value);
      return `${cellAddress(c.row, c.col)} ${c.role}${key} ${content}${c.numberFormat ? ` (${c.numberFormat})` : ""}`;
    });
  return {
    sheet: plan.sheetName,
    cells,
    emptyInputs: plan.cells.filter((c) => c.role === "input" && (c.value === null || c.value === undefined)).length,
    validations: plan.validations.map(
      (v) => `${v.range} ${v.rule.kind}${v.rule.kind === "list" ? ` [${v.rule.items.join(",")}]` : ""}`,
    ),
    conditionalFormats: plan.conditionalFormats.map((r) => `${r.range} ${r.formula} ${r.fill}`),
    names: plan.names.map((n) => `${n.name}=${n.range}`),
    regions: plan.regions.map((r) => `${r.id}=${r.range}`),
    merges: plan.merges,
    freeze: plan.freeze,
    print: plan.print,
  };
}

/** Excel 2010-era functions the native formulas may use (docs/templates.md: WPS and older Excel compute them). */
export const NATIVE_FUNCTIONS = new Set([
  "IF",
  "AND",
  "OR",
  "SUMPRODUCT",
  "ISNUMBER",
  "COUNTIF",
  "COUNT",
  "SUM",
  "MIN",
  "MAX",
  "LEN",
  "TRIM",
  "CLEAN",
  "SUBSTITUTE",
  "IFERROR",
  "MATCH",
  "CHOOSE",
  "N",
  // Excel 2007's own, computed by WPS and LibreOffice
  "COUNTIFS",
  "ISTEXT",
  // date functions of Excel 2007 (NETWORKDAYS built in since then), computed by WPS and LibreOffice
  "NETWORKDAYS",
  "YEAR",
]);

export function functionsOf(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!);
}

/** Structure every plan must have; returns the problems found (empty = fine). */
export function structureProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const names = plan.names.map((n) => n.name);
  for (const name of names) if (!isValidDefinedName(name)) problems.push(`invalid name ${name}`);
  if (new Set(names).size !== names.length) problems.push("duplicate names");
  for (const cell of plan.cells) {
    const at = cellAddress(cell.row, cell.col);
    if (cell.role === "input" && ROLE_STYLES.input.locked) problems.push(`input ${at} locked`);
    if (cell.formula !== undefined) {
      if (ROLE_STYLES[cell.role].locked !== true) problems.push(`formula cell ${at} unlocked`);
      if (cell.cached === undefined) problems.push(`formula cell ${at} has no cached value`);
      if (plan.mode === "native") {
        for (const f of functionsOf(cell.formula)) if (!NATIVE_FUNCTIONS.has(f)) problems.push(`${at} uses ${f}`);
      }
    } else if (cell.role === "computed" || cell.role === "total") {
      // totals may be labels; computed cells must carry a formula
      if (cell.role === "computed") problems.push(`computed ${at} without formula`);
    }
  }
  for (const rule of plan.conditionalFormats) {
    for (const f of functionsOf(rule.formula))
      if (!NATIVE_FUNCTIONS.has(f)) problems.push(`rule ${rule.range} uses ${f}`);
  }
  for (const v of plan.validations) if (!v.prompt) problems.push(`validation ${v.range} without input message`);
  if (plan.regions.length === 0) problems.push("no region");
  if (plan.freeze.rows === 0) problems.push("header not frozen");
  if (!plan.print.landscape) problems.push("not landscape");
  return problems;
}

/** The input cells of a column between two rows (0-based), by address. */
export function column(plan: SheetPlan, col: number): Map<number, unknown> {
  return new Map(plan.cells.filter((c) => c.col === col).map((c) => [c.row, c.value ?? c.cached]));
}
