/**
 * What every template builder receives, and the workbook-scoped names templates share (SPEC §4.2
 * "Defined names"). Cross-sheet formulas always go through these names, so inserted rows and renamed
 * sheets do not break them.
 */
import type { Text } from "../catalog";
import type { EvaluationParams, ParkData } from "../calc";
import type { CellValue, FormulaMode, Lang, TemplateId } from "./sheetPlan";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** the base year y0 and the three evaluation years y1–y3 */
  readonly years: readonly [number, number, number, number];
  /** appended to every defined name, for a second copy of a template set ("" for the first) */
  readonly nameSuffix: string;
  readonly parkName?: string;
  /** the park data file (SPEC §4.2) that fills the input cells */
  readonly data?: ParkData;
  /**
   * Rows that prefill list templates (options, team, plan, targets, synergy, …), keyed by template id;
   * each row maps the template's column keys to values. Absent: the template's input rows stay empty.
   */
  readonly rows?: Partial<Record<TemplateId, readonly Readonly<Record<string, CellValue>>[]>>;
  /** parameter-sheet values that differ from the catalog (leads, weights, selection, cap) */
  readonly parameters?: EvaluationParams;
  /** scalar parameter-sheet values that differ from the catalog, by parameter id ("cost-class-threshold": 10) */
  readonly parameterValues?: Readonly<Record<string, number | null>>;
  /** standard-coal coefficients that differ from the catalog, by carrier id, kgce per native unit */
  readonly coefficients?: Readonly<Record<string, number | null>>;
}

/** Evaluation years y1…y3 (k = 1…3); y0 is the base year. */
export const EVALUATION_YEARS = [1, 2, 3] as const;
export const ALL_YEARS = [0, 1, 2, 3] as const;

export function textOf(text: Text, lang: Lang): string {
  return lang === "zh-CN" ? text.zh : text.en;
}

/** A name part from an id: ASCII letters, digits and underscores only ("raw-coal" → "raw_coal"). */
export function namePart(id: string): string {
  return id.replace(/[^A-Za-z0-9_]/g, "_");
}

export function templateNames(suffix: string) {
  return {
    data: (item: string, k: number) => `GREEN_DATA_${namePart(item)}_Y${k}${suffix}`,
    value: (id: string, k: number) => `GREEN_VALUE_${id}_Y${k}${suffix}`,
    score: (id: string, k: number) => `GREEN_SCORE_${id}_Y${k}${suffix}`,
    total: (k: number) => `GREEN_TOTAL_Y${k}${suffix}`,
    lead: (id: string) => `GREEN_PARAM_LEAD_${id}${suffix}`,
    weight: (id: string) => `GREEN_PARAM_WEIGHT_${id}${suffix}`,
    selected: (id: string) => `GREEN_PARAM_SELECT_${id}${suffix}`,
    param: (id: string) => `GREEN_PARAM_${namePart(id).toUpperCase()}${suffix}`,
    coefficient: (carrier: string) => `GREEN_PARAM_TCE_${namePart(carrier)}${suffix}`,
    meta: (templateId: string) => `GREEN_META_${templateId}${suffix}`,
  };
}

export type TemplateNames = ReturnType<typeof templateNames>;

/** An Excel string literal. */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
