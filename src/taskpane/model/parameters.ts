/**
 * The parameter panel's rows: every number of the parameter sheet with its catalog default, source and status
 * (SPEC §1: "to confirm" must be visible), and the workbook's value when a workbook was read — found through
 * the parameter sheet's defined names (GREEN_PARAM_*).
 */
import { CARRIERS, INDICATORS, PARAMETERS, type SourceStatus, type Text } from "../../domain/catalog";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import { templateNames } from "../../domain/templates/context";
import type { CellValue } from "../../domain/templates/sheetPlan";

export type ParameterSection = "indicators" | "scalars" | "coefficients";

export interface ParameterRow {
  readonly key: string;
  readonly section: ParameterSection;
  readonly label: Text;
  readonly unit: string;
  readonly defaultValue: number | string | null;
  /** the workbook's value; undefined when no workbook was read or the name is absent */
  readonly value: CellValue | undefined;
  readonly changed: boolean;
  /** the document and clause, in both languages */
  readonly source: Text;
  readonly status: SourceStatus;
  readonly sheet?: string;
  readonly cell?: string;
}

const sameValue = (a: CellValue | undefined, b: number | string | null) => {
  if (a === undefined) return true;
  if ((a === null || a === "") && b === null) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return String(a ?? "").trim() === String(b ?? "").trim();
};

export function parameterRows(snapshot?: WorkbookSnapshot): ParameterRow[] {
  const n = templateNames("");
  const names = new Map((snapshot?.names ?? []).map((x) => [x.name.toUpperCase(), x]));
  const read = (name: string) => {
    const found = names.get(name.toUpperCase());
    if (!found) return {};
    const value = snapshot?.sheets.find((s) => s.name === found.sheet)?.cells.get(found.range)?.value;
    return { value: value ?? null, sheet: found.sheet, cell: found.range };
  };
  const row = (key: string, section: ParameterSection, label: Text, unit: string, defaultValue: number | string | null, sourceText: Text, status: SourceStatus, name: string): ParameterRow => {
    const cell = read(name);
    return { key, section, label, unit, defaultValue, source: sourceText, status, ...cell, value: cell.value, changed: !sameValue(cell.value, defaultValue) };
  };
  return [
    ...INDICATORS.map((i) => row(`lead:${i.id}`, "indicators", { zh: `${i.id} ${i.name.zh}（引领值）`, en: `${i.id} ${i.name.en} (leading value)` }, i.unit, i.lead, i.source.ref, i.source.status, n.lead(i.id))),
    ...PARAMETERS.map((p) => row(`param:${p.id}`, "scalars", p.name, p.unit, p.value, p.source.ref, p.source.status, n.param(p.id))),
    ...CARRIERS.map((c) => row(`coefficient:${c.id}`, "coefficients", c.name, `kgce/${c.nativeUnit}`, c.coefficient, c.coefficientSource.ref, c.coefficientSource.status, n.coefficient(c.id))),
  ];
}
