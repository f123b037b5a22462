/**
 * What every template builder receives, and the workbook-scoped names templates share (docs/data-file.md
 * "Defined names"). Cross-sheet formulas always go through these names, so inserted rows and renamed
 * sheets do not break them.
 */
import { findCarrier, unitFactor } from "../catalog";
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
  /** the park data file (docs/data-file.md) that fills the input cells */
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
  /** choice parameters of the parameter sheet, by parameter id, as the sheet shows them ("synergy-output-basis": "工业增加值") */
  readonly parameterChoices?: Readonly<Record<string, string | null>>;
  /** standard-coal coefficients that differ from the catalog, by carrier id, kgce per native unit */
  readonly coefficients?: Readonly<Record<string, number | null>>;
  /**
   * Parameter-sheet rows the consultant marked as confirmed for this project (column 本项目已确认), by the
   * row's key ("lead:EG1", "param:discount-rate", "tce:raw-coal", "grid:national-2022").
   */
  readonly confirmedParameters?: readonly string[];
}

/** Evaluation years y1…y3 (k = 1…3); y0 is the base year. */
export const EVALUATION_YEARS = [1, 2, 3] as const;
export const ALL_YEARS = [0, 1, 2, 3] as const;

export { textOf } from "../text";

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

/**
 * Standard-coal coefficients a park data file gives (energy[].coefficient, kgce per the row's unit), as
 * the parameter sheet holds them: kgce per the carrier's native unit (docs/data-file.md, docs/templates.md#standard-coal-and-co2).
 */
export function coefficientsFromParkData(data: ParkData | undefined): Record<string, number> {
  const coefficients: Record<string, number> = {};
  for (const row of data?.energy ?? []) {
    const carrier = findCarrier(row.carrier);
    if (!carrier || row.coefficient === null || row.coefficient === undefined) continue;
    const perNative = unitFactor(row.unit ?? carrier.nativeUnit, carrier.nativeUnit);
    if (perNative !== undefined) coefficients[carrier.id] = row.coefficient / perNative;
  }
  return coefficients;
}

/**
 * The park data with every energy row's coefficient taken from the parameter sheet (options.coefficients,
 * kgce per native unit) where one is given, so the cached energy figures follow the same coefficients the
 * sheet's formulas read.
 */
export function effectiveParkData(options: TemplateOptions): ParkData | undefined {
  const data = options.data;
  if (!data?.energy || !options.coefficients) return data;
  const coefficients = options.coefficients;
  return {
    ...data,
    energy: data.energy.map((row) => {
      const carrier = findCarrier(row.carrier);
      const given = carrier ? coefficients[carrier.id] : undefined;
      if (!carrier || given === undefined || given === null) return row;
      const perNative = unitFactor(row.unit ?? carrier.nativeUnit, carrier.nativeUnit);
      return perNative === undefined ? row : { ...row, coefficient: given * perNative };
    }),
  };
}

/** The evaluation parameters of the parameter sheet: a score cap or full score given as a scalar parameter counts too. */
export function evaluationParamsOf(options: TemplateOptions): EvaluationParams {
  const cap = options.parameters?.cap ?? options.parameterValues?.["score-cap"] ?? undefined;
  const fullScore = options.parameters?.fullScore ?? options.parameterValues?.["full-score"] ?? undefined;
  return {
    ...options.parameters,
    ...(cap === undefined || cap === null ? {} : { cap }),
    ...(fullScore === undefined || fullScore === null ? {} : { fullScore }),
  };
}
