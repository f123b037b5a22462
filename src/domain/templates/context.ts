/**
 * What every template builder receives, and the workbook-scoped names templates share (docs/data-file.md
 * "Defined names"). Cross-sheet formulas always go through these names, so inserted rows and renamed
 * sheets do not break them.
 */
import { co2FactorUnit, findCarrier, unitFactor } from "../catalog";
import {
  inventoryOfYear,
  type Co2FactorInput,
  type EvaluationParams,
  type InventorySettings,
  type ParkData,
} from "../calc";
import type { CellValue, FormulaMode, Lang, TemplateId } from "./sheetPlan";

export interface TemplateOptions {
  readonly lang: Lang;
  readonly mode: FormulaMode;
  /** the base year y0 and the three evaluation years y1–y3 */
  readonly years: readonly [number, number, number, number];
  /** appended to every defined name, for a second copy of a template set ("" for the first) */
  readonly nameSuffix: string;
  readonly parkName?: string;
  /**
   * The templates of the workbook (the summary shows 未插入 for the others); absent: every template is taken as
   * present (a host that recalculates on opening corrects the cached figures of a missing one).
   */
  readonly present?: readonly TemplateId[];
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
  /** Parameter-sheet rows the consultant marked 否 under 本项目已确认 (checked, not confirmed), by the row's key. */
  readonly unconfirmedParameters?: readonly string[];
  /** the grid factor choice of the parameter sheet (a GRID_CHOICES id or name; absent: the national average) */
  readonly gridChoice?: string | null;
  /** grid factors that differ from the catalog, by set id, t CO₂/MWh */
  readonly gridFactors?: Readonly<Record<string, number | null>>;
  /** the carbon inventory's CO₂ data by carrier, where it differs from the catalog (docs/templates.md#carbon-inventory) */
  readonly co2Factors?: Readonly<Record<string, Co2FactorInput>>;
  /**
   * Data items and energy carriers the data sheet sums from the 企业汇总 sheet of merged enterprise workbooks
   * (docs/enterprises.md "The merged workbook") instead of taking them typed.
   */
  readonly enterpriseSums?: { readonly items: readonly string[]; readonly carriers: readonly string[] };
  /**
   * The plan is only read for where its input cells are (the review's layout of a workbook): a list template may
   * leave out the formulas of its rows, which it would otherwise build for every row only to be discarded.
   */
  readonly inputsOnly?: boolean;
  /**
   * The plan is only compared with a workbook (the review, docs/review-codes.md): its cells, validations, rules and
   * names are built; the row heights, lone notes' merges and print setup — page layout, which the review never
   * compares — are left out.
   */
  readonly forReview?: boolean;
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
    /** a carrier's quantity in the data sheet's energy block, in its reporting unit */
    energy: (carrier: string, k: number) => `GREEN_DATA_ENERGY_${namePart(carrier)}_Y${k}${suffix}`,
    /** the carbon inventory's total of year k (docs/templates.md#carbon-inventory) */
    carbonTotal: (k: number) => `GREEN_CARBON_TOTAL_Y${k}${suffix}`,
    /** a column of the 企业汇总 sheet: every merged enterprise's value of an item in year k (docs/enterprises.md) */
    enterpriseItem: (item: string, k: number) => `GREEN_ENTSUM_${namePart(item)}_Y${k}${suffix}`,
    enterpriseEnergy: (carrier: string, k: number) => `GREEN_ENTSUM_ENERGY_${namePart(carrier)}_Y${k}${suffix}`,
    value: (id: string, k: number) => `GREEN_VALUE_${id}_Y${k}${suffix}`,
    score: (id: string, k: number) => `GREEN_SCORE_${id}_Y${k}${suffix}`,
    total: (k: number) => `GREEN_TOTAL_Y${k}${suffix}`,
    /** an indicator group's subtotal score of year k (EG, RG, IG, CG, HG, MG) */
    group: (group: string, k: number) => `GREEN_GROUP_${group}_Y${k}${suffix}`,
    lead: (id: string) => `GREEN_PARAM_LEAD_${id}${suffix}`,
    weight: (id: string) => `GREEN_PARAM_WEIGHT_${id}${suffix}`,
    selected: (id: string) => `GREEN_PARAM_SELECT_${id}${suffix}`,
    param: (id: string) => `GREEN_PARAM_${namePart(id).toUpperCase()}${suffix}`,
    coefficient: (carrier: string) => `GREEN_PARAM_TCE_${namePart(carrier)}${suffix}`,
    /** the value of a parameter the option rows compute with, once on the Options sheet (docs/templates.md#economics) */
    optionParam: (id: string) => `GREEN_OPTIONS_${namePart(id).toUpperCase()}${suffix}`,
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

/** The inventory settings of the parameter and inventory sheets (docs/templates.md#carbon-inventory). */
export function inventorySettingsOf(options: TemplateOptions): InventorySettings {
  const values = options.parameterValues ?? {};
  return {
    gridChoice: options.gridChoice ?? null,
    ...(options.gridFactors ? { gridFactors: options.gridFactors } : {}),
    ...("heat-co2-factor" in values ? { heatFactor: values["heat-co2-factor"] } : {}),
    ...("co2-per-carbon" in values ? { co2PerCarbon: values["co2-per-carbon"] } : {}),
    factors: { ...co2FactorsFromParkData(options.data), ...options.co2Factors },
  };
}

/**
 * CO₂ factors a park data file gives (energy[].co2Factor, t CO₂ per the row's unit) as the inventory sheet holds
 * them: t CO₂ per co2FactorUnit (MWh for electricity, the reporting unit otherwise).
 */
export function co2FactorsFromParkData(data: ParkData | undefined): Record<string, Co2FactorInput> {
  const factors: Record<string, Co2FactorInput> = {};
  for (const row of data?.energy ?? []) {
    const carrier = findCarrier(row.carrier);
    if (!carrier || typeof row.co2Factor !== "number") continue;
    const rowUnitsPerFactorUnit = unitFactor(co2FactorUnit(carrier), row.unit ?? carrier.nativeUnit);
    if (rowUnitsPerFactorUnit !== undefined) factors[carrier.id] = { factor: row.co2Factor * rowUnitsPerFactorUnit };
  }
  return factors;
}

/**
 * The park data with every energy row's coefficient taken from the parameter sheet (options.coefficients,
 * kgce per native unit) where one is given, so the cached energy figures follow the same coefficients the
 * sheet's formulas read; and `co2` of every year whose energy block holds quantities replaced by the carbon
 * inventory's total (docs/templates.md#carbon-inventory), as the data sheet's formula does.
 */
export function effectiveParkData(options: TemplateOptions): ParkData | undefined {
  const data = withCoefficients(options);
  if (!data?.energy) return data;
  const settings = inventorySettingsOf(options);
  const reported = Array.isArray(data.values?.co2) ? data.values.co2 : [];
  const co2 = options.years.map((_, k) => {
    const total = inventoryOfYear({ ...data, years: options.years }, k, settings).total;
    if (total === null) return reported[k] ?? null;
    return total.ok ? total.value : null;
  });
  return { ...data, values: { ...data.values, co2 } };
}

function withCoefficients(options: TemplateOptions): ParkData | undefined {
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
