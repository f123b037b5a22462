/**
 * Types of the catalog: the indicators, data items, carriers and factors of docs/templates.md, as data.
 * Calculations in `domain/calc` interpret these records; no indicator is a branch in code.
 */
import type { Source } from "./source";

import type { Text } from "../text";

export type { Text };

/** Indicator groups of 《北京市工业园区绿色诊断工作指南》附件2-1-2 (MIIT 2016 green-park system). */
export type IndicatorGroup = "EG" | "RG" | "IG" | "CG" | "HG" | "MG";

/** ↑ larger is better, ↓ smaller is better, Q qualitative (answer equals the lead answer). */
export type Direction = "up" | "down" | "qualitative";

export type IndicatorFlag = "mandatory" | "optional";

/** A data item id of docs/data-file.md (`va`, `energy_total`, …). */
export type DataItemId = string;

/** An indicator id of docs/functions.md: group code + official number (`EG1` … `MG31`). */
export type IndicatorId = string;

/**
 * How an indicator is computed from the data items of one year (and the previous year).
 * - `ratio`: scale × numerator / Σ denominator terms. Optional terms count as 0 when missing
 *   (RG6's 综合利用往年贮存量).
 * - `answer`: the answer given for a qualitative item.
 * - `intensity-drop`: (I_prev − I) / I_prev × 100 with I = amount / output (HG22).
 * - `elasticity`: max over pollutants of pollutant growth / output growth (HG24).
 */
export type IndicatorFormula =
  | {
      readonly kind: "ratio";
      readonly numerator: DataItemId;
      readonly denominator: readonly DataItemId[];
      readonly optionalDenominator?: readonly DataItemId[];
      readonly scale: number;
    }
  | { readonly kind: "answer"; readonly item: DataItemId }
  | { readonly kind: "intensity-drop"; readonly amount: DataItemId; readonly output: DataItemId }
  | { readonly kind: "elasticity"; readonly pollutants: readonly DataItemId[]; readonly output: DataItemId };

/**
 * One argument of `GREEN.INDICATOR` after the id, in order (docs/data-file.md third column).
 * `year: "prev"` reads the previous year; `range` takes several items as one range argument.
 */
export interface IndicatorInput {
  readonly items: readonly DataItemId[];
  readonly year: "current" | "prev";
  readonly optional?: boolean;
}

export interface IndicatorDef {
  readonly id: IndicatorId;
  readonly group: IndicatorGroup;
  /** official number in 附件2-1-2 (1…31) */
  readonly number: number;
  readonly name: Text;
  /** unit as printed in the standard table ("%", "万元/tce", "–" for none) */
  readonly unit: string;
  readonly direction: Direction;
  /** 引领值: a number, or the lead answer for a qualitative indicator */
  readonly lead: number | string;
  readonly flag: IndicatorFlag;
  readonly formula: IndicatorFormula;
  /** arguments of GREEN.INDICATOR in docs/data-file.md order */
  readonly inputs: readonly IndicatorInput[];
  readonly definition: Text;
  readonly source: Source;
}

/* ------------------------------------------------------------------------------------------------
 * Added by the catalog (additive only; the types above are the agreed contract).
 * ---------------------------------------------------------------------------------------------- */

/**
 * A raw input of docs/data-file.md. `amount` ≥ 0; `share` 0–100 (percent); `answer` one of `answers`.
 * None of §4.2's raw items is a share: every percentage is computed by an indicator.
 */
export type DataItemKind = "amount" | "share" | "answer";

export interface DataItemDef {
  readonly id: DataItemId;
  readonly name: Text;
  /** unit of the data sheet cell ("万元", "m³", "–" for answers) */
  readonly unit: string;
  readonly kind: DataItemKind;
  /** the allowed answers (zh, as stored in cells) for `answer` items, best answer first */
  readonly answers?: readonly string[];
  /** English labels of `answers`, same order */
  readonly answersEn?: readonly string[];
  readonly definition: Text;
  /** computed from another block when that is filled (energy_total from the energy block) */
  readonly computed?: boolean;
  readonly source: Source;
}

/**
 * Physical dimension of a unit. Electricity and heat are kept apart on purpose: their standard-coal
 * and CO₂ conversions differ, so kWh never silently converts to GJ.
 */
export type UnitDimension = "mass" | "volume" | "electricity" | "energy" | "coal-equivalent";

export interface UnitDef {
  /** canonical symbol, e.g. "t", "万m³", "kWh" */
  readonly id: string;
  readonly name: Text;
  readonly dimension: UnitDimension;
  /** quantity in the dimension's base unit per 1 of this unit (t, m³, kWh, GJ, tce) */
  readonly factor: number;
  /** other spellings accepted on input (Chinese names, ASCII forms) */
  readonly aliases: readonly string[];
}

export type CarrierKind = "solid" | "liquid" | "gas" | "electricity" | "heat" | "steam" | "water";

/**
 * CO₂ of a carrier (docs/templates.md#standard-coal-and-co2).
 * - `fuel`: t CO₂ = quantity (in `ncvBasis`) × ncv × carbonContent × oxidationRate × 44/12.
 * - `grid`: electricity, MWh × the selected grid factor set.
 * - `heat`: GJ × HEAT_CO2_FACTOR.
 */
export type CarrierCo2 =
  | {
      readonly kind: "fuel";
      /** net calorific value in GJ per `ncvBasis` */
      readonly ncv: number;
      /** unit id the NCV refers to: "t" for solids/liquids, "万m³" for gases */
      readonly ncvBasis: string;
      /** carbon content per unit heat, t C / GJ */
      readonly carbonContent: number;
      /** oxidation rate as a fraction (0.98 = 98 %) */
      readonly oxidationRate: number;
      readonly source: Source;
    }
  | { readonly kind: "grid" }
  | { readonly kind: "heat" };

export interface CarrierDef {
  /** stable ASCII id, e.g. "raw-coal", "natural-gas", "electricity" */
  readonly id: string;
  readonly name: Text;
  readonly kind: CarrierKind;
  /** other names accepted on input (Chinese and English), compared after trimming, case-insensitive */
  readonly aliases: readonly string[];
  /** unit id (see UNITS) that `coefficient` refers to: kg, m³, kWh or MJ */
  readonly nativeUnit: string;
  /** GB/T 2589 coefficient in kgce per native unit; null = no default, the caller must give one */
  readonly coefficient: number | null;
  /** the published range where the standard gives one (焦炉煤气) */
  readonly coefficientRange?: { readonly min: number; readonly max: number };
  readonly coefficientSource: Source;
  /** null = no silent CO₂ default (coal types, steam, water) */
  readonly co2: CarrierCo2 | null;
}

export type GridRegion = "north" | "northeast" | "east" | "central" | "northwest" | "south" | "southwest";

export type GridFactorKind = "national" | "national-excl-market" | "fossil" | "market" | "regional";

export interface GridFactorSet {
  /** docs/functions.md name, e.g. "national-2023", "east-2022" */
  readonly id: string;
  readonly name: Text;
  readonly kind: GridFactorKind;
  readonly region?: GridRegion;
  /** the year the factor describes */
  readonly year: number;
  /** t CO₂ per MWh (= kg CO₂ per kWh) */
  readonly value: number;
  readonly unit: string;
  /** other accepted names ("华北-2022") */
  readonly aliases: readonly string[];
  readonly source: Source;
}

/** A scalar number of the catalog (score cap, default rates, physical constants). */
export interface ParameterDef {
  readonly id: string;
  readonly name: Text;
  /** null = no default: the user must set it (cost-class threshold) */
  readonly value: number | null;
  readonly unit: string;
  readonly source: Source;
}

export type BasicRequirementAnswer = "符合" | "不符合";

/** One row of 《北京市工业园区绿色诊断工作指南》附件2-1-1. */
export interface BasicRequirementDef {
  /** "BR1" … "BR8" */
  readonly id: string;
  readonly number: number;
  readonly text: Text;
  /** true for the six "应/不应" items, false for the two "鼓励" items */
  readonly mandatory: boolean;
  readonly answers: readonly BasicRequirementAnswer[];
  readonly source: Source;
}

export type MatrixGroupId = "source-substitution" | "process-innovation" | "end-of-pipe" | "environmental-management";

/** Type groups of the 江苏省《行业清洁生产审核技术指南》7.2 matrix ("已实施方案类型数量"). */
export interface MatrixGroupDef {
  readonly id: MatrixGroupId;
  readonly name: Text;
  readonly source: Source;
}

/** Option types of 江苏省《行业清洁生产审核技术指南》table 6.1 note, each counted in one matrix group (null: in none, 其他). */
export interface OptionTypeDef {
  readonly id: string;
  readonly name: Text;
  readonly group: MatrixGroupId | null;
  readonly source: Source;
}

/** A value of a drop-down list (option level, status, cost class) with accepted synonyms. */
export interface ChoiceDef {
  readonly id: string;
  readonly name: Text;
  /** other spellings accepted on input */
  readonly aliases: readonly string[];
  readonly source: Source;
}

export type MatrixColumnCategory = "pollutant" | "resource" | "energy-total";

/** A benefit column of the options sheet and a total of the 江苏省《行业清洁生产审核技术指南》7.2 matrix. */
export interface MatrixColumnDef {
  readonly id: string;
  readonly name: Text;
  readonly category: MatrixColumnCategory;
  /** display unit per year, e.g. "t/a", "万kWh/a" */
  readonly unit: string;
  /** unit id of the yearly amount (see UNITS), e.g. "t", "万kWh", "万m³", "tce" */
  readonly amountUnit: string;
  /** for resource savings that are energy: the carrier whose coefficient converts it to tce */
  readonly carrier?: string;
  /** whether the saving counts into 节综合能耗 (tce) */
  readonly countsInEnergyTotal: boolean;
  readonly source: Source;
}

/**
 * A free benefit of the performance matrix (江苏省《行业清洁生产审核技术指南》附录B 7.2): a quantity the fixed columns do not
 * name, recorded per option as a name, a yearly amount and its unit, and totalled in the matrix per distinct
 * name and unit, in as many rows as the guide's table has cells for it.
 */
export interface OtherBenefitDef {
  /** key of the option columns: `<id>` (the name), `<id>_amount`, `<id>_unit`, `<id>_slot` (its matrix row) */
  readonly id: string;
  readonly category: "pollutant" | "resource";
  /** the matrix block's heading, as the guide prints it */
  readonly name: Text;
  /** the option sheet's headers of the name and the amount */
  readonly itemHeader: Text;
  readonly amountHeader: Text;
  /** rows of the matrix block: the pairs of 名称 | 数量 the guide's table holds */
  readonly slots: number;
  readonly source: Source;
}

export type SynergyDirection = "up" | "down";

/** An indicator of 《工业园区减污降碳协同增效管控规范》表1–表5. */
export interface SynergyIndicatorDef {
  /** "SY<table>-<row>", e.g. "SY1-2" */
  readonly id: string;
  readonly table: 1 | 2 | 3 | 4 | 5;
  readonly row: number;
  readonly category: Text;
  readonly name: Text;
  /** the document's 指标内容 / 指标说明 / 监测内容 column */
  readonly description: Text;
  readonly unit: string;
  readonly direction: SynergyDirection;
  /** true where the document calls the indicator 主要 (表1 "主要指标"); undefined where it is silent */
  readonly main?: boolean;
  /** target value where the document gives one; null = the park sets it */
  readonly target: number | null;
  /** basic requirement where the document gives one; null = the park sets it */
  readonly basic: number | null;
  /** how the actual value follows from the data sheet; absent where no data item measures it (typed) */
  readonly link?: SynergyLink;
  readonly source: Source;
}

/**
 * An actual value of a synergy indicator from the data items (docs/data-file.md): the item itself, the item
 * per unit of output value (the output basis chosen on the parameter sheet), or an indicator of the
 * evaluation table with the same definition.
 */
export type SynergyLink =
  | { readonly kind: "item"; readonly item: DataItemId }
  | { readonly kind: "per-output"; readonly item: DataItemId }
  | { readonly kind: "indicator"; readonly indicator: string };

export type CpLevelLabel = "I级" | "II级" | "III级" | "未达III级";

export interface CpLevelDef {
  /** 1, 2, 3, or 0 for below level III */
  readonly level: 0 | 1 | 2 | 3;
  readonly label: CpLevelLabel;
  readonly name: Text;
  readonly source: Source;
}

export type SynergyGradeLabel = "优良" | "合格" | "需改进";

export interface SynergyGradeDef {
  readonly id: "excellent" | "pass" | "needs-improvement";
  readonly label: SynergyGradeLabel;
  readonly name: Text;
  readonly rule: Text;
  readonly source: Source;
}
