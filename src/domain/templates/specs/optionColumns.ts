/**
 * The layout of 方案汇总 (docs/templates.md `options`): its columns in the order of 江苏省《行业清洁生产审核技术指南》附录B 6.1 and
 * the benefit columns of 附录B 7.2, the sheet's words, and its rows.
 */
import {
  COST_CLASSES,
  MATRIX_COLUMNS,
  OTHER_BENEFITS,
  SCREENING_DIMENSIONS,
  type OtherBenefitDef,
  type Text,
} from "../../catalog";
import { columnLookup } from "../columnLookup";

import { LABELS } from "../labels";
import { NUMBER_FORMATS } from "../numberFormats";

export type ColumnGroup = "option" | "screening" | "pollutant" | "resource" | "economics";

export interface OptionColumn {
  /** key of a prefilled row (TemplateOptions.rows.options) and part of the defined name */
  readonly id: string;
  readonly header: Text;
  readonly unit: string;
  readonly width: number;
  readonly group: ColumnGroup;
  readonly input: boolean;
  readonly numberFormat?: string;
  readonly prompt?: Text;
}

export const MONEY = "#,##0.00";
export const TEXT = {
  sheet: { zh: "方案汇总", en: "Options" },
  title: { zh: "清洁生产方案汇总表（附录B 6.1）", en: "Cleaner-production options (Annex B 6.1)" },
  parameters: { zh: "本表计算参数（取自“参数”表）", en: "Parameters used (from the Parameters sheet)" },
  threshold: { zh: "中/高费方案投资门槛（万元）", en: "Investment threshold for medium/high-cost options (10⁴ yuan)" },
  thresholdNote: {
    zh: "无国家统一门槛，须由用户在“参数”表设定；未设定时费用类别显示“请设定阈值”，不计算经济指标。",
    en: "No national threshold exists: set it on the Parameters sheet. Until then the cost class shows “set threshold” and no economics are computed.",
  },
  taxRate: { zh: "所得税税率 t", en: "Income tax rate t" },
  years: { zh: "折旧年限 Y（年，亦为计算期 n）", en: "Depreciation years Y (also the lifetime n)" },
  discountRate: { zh: "贴现率 i（基准收益率）", en: "Discount rate i (benchmark rate)" },
  fromParams: { zh: "参数表名称", en: "Parameters sheet name" },
  blankDefault: { zh: "；“参数”表中为空时取默认值", en: "; the default when empty there" },
  groupOption: { zh: "方案基本信息", en: "Option" },
  groupScreening: { zh: "可行性筛选（7.3.2）", en: "Screening (7.3.2)" },
  groupPollutant: { zh: "环境效益", en: "Environmental benefits" },
  groupResource: { zh: "资源能源节约", en: "Resource and energy savings" },
  groupEconomics: { zh: "经济评价（中/高费方案）", en: "Economics (medium/high cost)" },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  chooseFromList: { zh: "请从下拉列表中选择。", en: "Choose a value from the list." },
  amountError: { zh: "须为不小于 0 的数值。", en: "Must be a number ≥ 0." },
  numberError: { zh: "须为数值。", en: "Must be a number." },
  noError: { zh: "序号须为正整数。", en: "The number must be a whole number ≥ 1." },
  dateError: { zh: "须为日期，如 2025-06-30。", en: "Must be a date, e.g. 2025-06-30." },
  screeningPrompt: {
    zh: "逐项判断方案在该维度是否可行（7.3.2）：任一项不可行即剔除，四项均可行列入拟实施清单。",
    en: "Judge the option on each dimension (7.3.2): not feasible on any one rejects it; feasible on all four shortlists it.",
  },
  otherNamePrompt: {
    zh: "上列各项以外的减排或节约项目名称（附录B 7.2“其他”），如 甲苯、节约包装材料；与减排量、单位一起填写，同名同单位的方案在“绩效评估”表合并为一行。",
    en: "A reduction or saving the columns before do not name (Annex B 7.2 “other”), e.g. toluene, packaging saved; give its amount and unit too. Options with the same name and unit share one row of the Performance sheet.",
  },
  otherUnitPrompt: {
    zh: "减排量或节约量的单位（每年），如 t/a、kg/a；不同单位分别汇总，不换算。",
    en: "The unit of the yearly amount, e.g. t/a, kg/a; different units are totalled apart, never converted.",
  },
  amountPrompt: {
    zh: "方案实施后每年的减排量或节约量（与实施前相比）；该项增加时填负值，如末端治理增加的用电。",
    en: "Yearly reduction or saving once the option is in place (against before); negative when it increases, such as the electricity an end-of-pipe option uses.",
  },
} as const satisfies Record<string, Text>;

/** The sheet's explanation, one line each (a merged row does not grow to fit wrapped text). */
export const NOTES: readonly Text[] = [
  {
    zh: "每行一个方案。费用类别按“参数”表的中/高费方案投资门槛自动划分：投资低于门槛为无/低费，达到或超过门槛为中/高费。",
    en: "One option per row. The cost class follows the investment threshold of the Parameters sheet: below it no/low cost, at or above it medium/high cost.",
  },
  {
    zh: "投资回收期、净现值、内部收益率只对中/高费方案计算：D = I/Y，F =（P − D）×（1 − t）+ D，N = I/F，NPV = Σ F/(1+i)^j − I（j = 1…Y），IRR 使 Σ F/(1+IRR)^j = I。",
    en: "Payback, NPV and IRR are computed for medium/high-cost options only: D = I/Y, F = (P − D) × (1 − t) + D, N = I/F, NPV = Σ F/(1+i)^j − I (j = 1…Y), IRR solves Σ F/(1+IRR)^j = I.",
  },
  {
    zh: "方案类别（源头替代、工艺革新、末端治理、环境管理）由方案类型得出，供“绩效评估”表统计；节综合能耗按“参数”表折标系数（GB/T 2589）折算。",
    en: "The type group (source substitution, process innovation, end-of-pipe, management) follows from the type; the Performance sheet counts by it. Energy saved uses the Parameters sheet's tce coefficients (GB/T 2589).",
  },
  {
    zh: "环境效益和资源能源节约填每年的减少量；实施后该项增加（如末端治理增加用电、碳排放）时填负值，以红色负数显示，合计按正负号相加，不得漏填。",
    en: "Benefits are yearly reductions; enter an increase (an end-of-pipe option using more electricity or emitting more CO₂) as a negative number, shown red: totals add the signs, so never leave one out.",
  },
];

/**
 * The cost classes stay the standard's words in every sheet, since formulas compare them across languages; an
 * English header gives each its meaning: "Cost class (无/低费 no/low cost, 中/高费 medium/high cost)".
 */
const COST_CLASS_HEADER_EN = `Cost class (${COST_CLASSES.map((c) => `${c.name.zh} ${c.name.en.toLowerCase()}`).join(", ")})`;

export const BASE_COLUMNS: readonly OptionColumn[] = [
  { id: "no", header: LABELS.no, unit: "", width: 6, group: "option", input: true, numberFormat: "0" },
  { id: "level", header: { zh: "方案层面", en: "Level" }, unit: "", width: 11, group: "option", input: true },
  {
    id: "enterprise",
    header: { zh: "实施企业", en: "Enterprise" },
    unit: "",
    width: 14,
    group: "option",
    input: true,
    prompt: {
      zh: "实施方案的企业名称；企业层面方案必填，行业层面方案可列出涉及的企业。",
      en: "The enterprise that implements the option: required for an enterprise-level option; an industry-level option may list the enterprises concerned.",
    },
  },
  { id: "type", header: { zh: "方案类型", en: "Type" }, unit: "", width: 16, group: "option", input: true },
  {
    id: "group",
    header: { zh: "方案类别（7.2）", en: "Type group (7.2)" },
    unit: "",
    width: 14,
    group: "option",
    input: false,
  },
  { id: "name", header: { zh: "方案名称", en: "Option name" }, unit: "", width: 24, group: "option", input: true },
  { id: "summary", header: { zh: "方案简介", en: "Summary" }, unit: "", width: 30, group: "option", input: true },
  {
    id: "responsible",
    header: { zh: "责任单位", en: "Responsible unit" },
    unit: "",
    width: 14,
    group: "option",
    input: true,
  },
  {
    id: "investment",
    header: { zh: "投资费用 I", en: "Investment I" },
    unit: "万元",
    width: 12,
    group: "option",
    input: true,
    numberFormat: MONEY,
    prompt: {
      zh: "方案的全部投资 I（万元，≥ 0），与“参数”表的门槛比较得出费用类别。",
      en: "Total investment I of the option (10⁴ yuan, ≥ 0); compared with the threshold of the Parameters sheet for the cost class.",
    },
  },
  {
    id: "costClass",
    header: { zh: "费用类别", en: COST_CLASS_HEADER_EN },
    unit: "",
    width: 10,
    group: "option",
    input: false,
  },
  { id: "status", header: { zh: "实施状态", en: "Status" }, unit: "", width: 13, group: "option", input: true },
  {
    id: "planned",
    header: { zh: "计划完成时间", en: "Planned completion" },
    unit: "",
    width: 12,
    group: "option",
    input: true,
    numberFormat: "yyyy-mm-dd",
    prompt: {
      zh: "方案的完成时限（日期，如 2025-06-30）；待实施方案必填（7.4.1 时限要求）。",
      en: "The option's deadline (a date, e.g. 2025-06-30); required for a pending option (7.4.1 time limits).",
    },
  },
  {
    id: "evidence",
    header: { zh: "证明材料索引", en: "Evidence index" },
    unit: "",
    width: 16,
    group: "option",
    input: true,
    prompt: {
      zh: "实施佐证材料的索引（对比照片、绩效核算、合同、发票、检测报告，附录B 九）；已实施方案必填。",
      en: "Where the evidence of implementation is (before/after photos, performance calculation, contracts, invoices, test reports; Annex B section 9); required for an implemented option.",
    },
  },
  {
    id: "benefit",
    header: { zh: "经济效益 P", en: "Benefit P" },
    unit: "万元/a",
    width: 12,
    group: "option",
    input: true,
    numberFormat: MONEY,
    prompt: {
      zh: "年净经济效益 P（万元/年）：增加的收入与降低的运行费用之和；方案增加费用时为负值。",
      en: "Annual net saving P (10⁴ yuan/a): income increase plus operating-cost reduction; negative when the option costs money.",
    },
  },
];

/** 7.3.2: one verdict column per dimension, then the result (calc/optionScreening.ts). */
export const SCREENING_RESULT = "screening";
export const screeningColumnId = (dimension: string): string => `screen_${dimension}`;
export const SCREENING_COLUMNS: readonly OptionColumn[] = [
  ...SCREENING_DIMENSIONS.map((d) => ({
    id: screeningColumnId(d.id),
    header: d.name,
    unit: "",
    width: 10,
    group: "screening" as const,
    input: true,
  })),
  {
    id: SCREENING_RESULT,
    header: { zh: "筛选结果", en: "Screening result" },
    unit: "",
    width: 11,
    group: "screening",
    input: false,
  },
];

/** The option columns of a free benefit of 附录B 7.2 (catalog OTHER_BENEFITS): name, amount, unit, matrix row. */
export const otherColumnId = (o: OtherBenefitDef, part: "name" | "amount" | "unit" | "slot"): string =>
  part === "name" ? o.id : `${o.id}_${part}`;

function otherColumns(o: OtherBenefitDef): OptionColumn[] {
  const group: ColumnGroup = o.category === "pollutant" ? "pollutant" : "resource";
  return [
    {
      id: otherColumnId(o, "name"),
      header: o.itemHeader,
      unit: "",
      width: 14,
      group,
      input: true,
      prompt: TEXT.otherNamePrompt,
    },
    {
      id: otherColumnId(o, "amount"),
      header: o.amountHeader,
      unit: "",
      width: 11,
      group,
      input: true,
      numberFormat: NUMBER_FORMATS.signedAmount,
    },
    {
      id: otherColumnId(o, "unit"),
      header: { zh: "单位", en: "Unit" },
      unit: "",
      width: 8,
      group,
      input: true,
      prompt: TEXT.otherUnitPrompt,
    },
    {
      id: otherColumnId(o, "slot"),
      header: { zh: "绩效评估行", en: "Performance row" },
      unit: "",
      width: 9,
      group,
      input: false,
      numberFormat: "0",
    },
  ];
}

export const OTHER_COLUMNS: readonly OptionColumn[] = OTHER_BENEFITS.flatMap(otherColumns);

export const BENEFIT_COLUMNS: readonly OptionColumn[] = MATRIX_COLUMNS.map((c) => ({
  id: c.id,
  header: c.name,
  unit: c.unit,
  width: 11,
  group: c.category === "pollutant" ? "pollutant" : "resource",
  input: c.category !== "energy-total",
  numberFormat: NUMBER_FORMATS.signedAmount,
}));

export const ECONOMIC_COLUMNS: readonly OptionColumn[] = [
  {
    id: "payback",
    header: { zh: "投资回收期 N", en: "Payback N" },
    unit: "年",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: "0.00",
  },
  {
    id: "npv",
    header: { zh: "净现值 NPV", en: "NPV" },
    unit: "万元",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: MONEY,
  },
  {
    id: "irr",
    header: { zh: "内部收益率 IRR", en: "IRR" },
    unit: "%",
    width: 11,
    group: "economics",
    input: false,
    numberFormat: "0.00%",
  },
];

export const COLUMNS: readonly OptionColumn[] = [
  ...BASE_COLUMNS,
  ...SCREENING_COLUMNS,
  ...BENEFIT_COLUMNS.filter((c) => c.group === "pollutant"),
  ...OTHER_BENEFITS.filter((o) => o.category === "pollutant").flatMap(otherColumns),
  ...BENEFIT_COLUMNS.filter((c) => c.group === "resource"),
  ...OTHER_BENEFITS.filter((o) => o.category === "resource").flatMap(otherColumns),
  ...ECONOMIC_COLUMNS,
];
const LOOKUP = columnLookup(COLUMNS);
/** 0-based position of the option column `id` */
export const optionCol = LOOKUP.position;
export const optionColumn = LOOKUP.column;

/** Keys a prefilled row may hold (TemplateOptions.rows.options): the input columns. */
export const OPTION_INPUT_KEYS: readonly string[] = COLUMNS.filter((c) => c.input).map((c) => c.id);
/**
 * The input columns with their positions, in the sheet's order: an option row's input cells (keys `opt:<id>:<n>`,
 * inputKeys.ts) are found from them without building the sheet.
 */
export const OPTION_INPUT_COLUMNS: readonly { readonly id: string; readonly col: number }[] = COLUMNS.flatMap(
  (c, col) => (c.input ? [{ id: c.id, col }] : []),
);
/** Every column id; the defined name of column `id` is optionRangeName(id, suffix). */
export const OPTION_COLUMN_IDS: readonly string[] = COLUMNS.map((c) => c.id);

export const SAVE_ENERGY_TOTAL = "save_energy_total";

/** Rows of the sheet: title, note, parameter strip, hint, group header, header, units, then the options. */
export const LAYOUT = {
  title: 0,
  notes: 1,
  parameters: 5,
  hint: 10,
  groupHeader: 11,
  header: 12,
  units: 13,
  firstOption: 14,
} as const;
