/**
 * The target-completion table (目标完成, docs/templates.md#targets): the terms a target is set for and the four
 * rows 江苏省《行业清洁生产审核技术指南》附录B 7.3 prints, each with the performance-matrix totals (附录B 7.2)
 * that measure its achievement.
 */
import { JIANGSU_AUDIT_GUIDE, PARK_AUDIT_GUIDE, cite } from "./documents";
import { MATRIX_COLUMNS } from "./options";
import type { Source } from "./source";
import type { Text } from "./types";

/** T/CPPC《工业园区清洁生产审核指南》5.2.4: “可根据工业园区实际情况设置近期、中期和远期目标”. */
const TERM_SOURCE: Source = {
  ref: cite(PARK_AUDIT_GUIDE, {
    zh: "5.2.4“可根据工业园区实际情况设置近期、中期和远期目标”",
    en: "5.2.4 (near-, medium- and long-term targets as the park's situation requires)",
  }),
  status: "confirmed",
};

export interface TargetTermDef {
  readonly id: "near" | "medium" | "long";
  readonly name: Text;
  readonly source: Source;
}

export const TARGET_TERMS: readonly TargetTermDef[] = [
  { id: "near", name: { zh: "近期", en: "near-term" }, source: TERM_SOURCE },
  { id: "medium", name: { zh: "中期", en: "medium-term" }, source: TERM_SOURCE },
  { id: "long", name: { zh: "远期", en: "long-term" }, source: TERM_SOURCE },
];

/** One of the four rows of 附录B 7.3 and what measures it. */
export interface TargetTableRowDef {
  /** a TARGET_TYPES id */
  readonly type: "pollutant-reduction" | "ghg-reduction" | "resource-energy" | "cp-level";
  /**
   * MATRIX_COLUMNS ids whose total over the implemented options is the achieved amount of this type of
   * target (7.2.3.4 a–c: “绝对减排量…绝对节约量”); empty where no sheet computes it (7.2.3.4 d: the number
   * or share of enterprises at level I or II), so the actual value is typed.
   */
  readonly measures: readonly string[];
  /** the indicator prefilled: a matrix column id of `measures`, or a name when the actual is typed */
  readonly indicator: string | Text;
  readonly unit: string;
  readonly source: Source;
}

const ROW_SOURCE = (clause: Text): Source => ({
  ref: cite(JIANGSU_AUDIT_GUIDE, { zh: `附录B 7.3；${clause.zh}`, en: `Annex B 7.3; ${clause.en}` }),
  status: "confirmed",
});

const ids = (test: (c: (typeof MATRIX_COLUMNS)[number]) => boolean) => MATRIX_COLUMNS.filter(test).map((c) => c.id);

export const TARGET_TABLE_ROWS: readonly TargetTableRowDef[] = [
  {
    type: "pollutant-reduction",
    measures: ids((c) => c.category === "pollutant" && c.id !== "co2"),
    indicator: "cod",
    unit: "t/a",
    source: ROW_SOURCE({
      zh: "7.2.3.4 a）主要污染物“绝对减排量或减排比例”",
      en: "7.2.3.4 a) absolute reduction or reduction rate of the main pollutants",
    }),
  },
  {
    type: "ghg-reduction",
    measures: ["co2"],
    indicator: "co2",
    unit: "t/a",
    source: ROW_SOURCE({
      zh: "7.2.3.4 b）二氧化碳等温室气体的“绝对减排量”",
      en: "7.2.3.4 b) absolute reduction of CO₂ and other greenhouse gases",
    }),
  },
  {
    type: "resource-energy",
    measures: ids((c) => c.category === "resource" || c.category === "energy-total"),
    indicator: "save_energy_total",
    unit: "tce/a",
    source: ROW_SOURCE({
      zh: "7.2.3.4 c）能耗、水耗、物耗的“绝对节约量”",
      en: "7.2.3.4 c) absolute savings of energy, water and materials",
    }),
  },
  {
    type: "cp-level",
    measures: [],
    indicator: { zh: "达到一级或二级水平的企业数量", en: "Enterprises at level I or II" },
    unit: "家",
    source: ROW_SOURCE({
      zh: "7.2.3.4 d）达到一级或二级水平的企业数量或比例（无计算值，填写）",
      en: "7.2.3.4 d) number or share of enterprises at level I or II (not computed: typed)",
    }),
  },
];
