/**
 * Cleaner-production options: types (江苏省《行业清洁生产审核技术指南》table 6.1 note), the type groups, cost classes and
 * statuses of the performance matrix (江苏省《行业清洁生产审核技术指南》7.2), option levels (T/CPPC《工业园区清洁生产审核指南》5.4.1), and the
 * benefit columns of the matrix with their units.
 */
import { JIANGSU_AUDIT_GUIDE, PARK_AUDIT_GUIDE, cite } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type {
  ChoiceDef,
  MatrixColumnDef,
  MatrixGroupDef,
  MatrixGroupId,
  OptionTypeDef,
  OtherBenefitDef,
  Text,
} from "./types";

const OPTION_TYPES_SOURCE: Source = {
  ref: cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 6.1 注（方案类型）", en: "Annex B 6.1, note (option types)" }),
  status: "confirmed",
};
const PERFORMANCE_SOURCE: Source = {
  ref: cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 7.2（绩效评估）", en: "Annex B 7.2 (performance assessment)" }),
  status: "confirmed",
};

// 江苏省《行业清洁生产审核技术指南》7.2 header "已实施方案类型数量": 源头替代方案 / 工艺革新方案 / 末端治理方案 / 环境管理方案
export const MATRIX_GROUPS: readonly MatrixGroupDef[] = [
  { id: "source-substitution", name: { zh: "源头替代方案", en: "Source substitution" }, source: PERFORMANCE_SOURCE },
  { id: "process-innovation", name: { zh: "工艺革新方案", en: "Process innovation" }, source: PERFORMANCE_SOURCE },
  { id: "end-of-pipe", name: { zh: "末端治理方案", en: "End-of-pipe treatment" }, source: PERFORMANCE_SOURCE },
  {
    id: "environmental-management",
    name: { zh: "环境管理方案", en: "Environmental management" },
    source: PERFORMANCE_SOURCE,
  },
];

/** The document lists the types (6.1) and the groups (7.2) but does not map one onto the other. */
function mapped(group: MatrixGroupId, why: Text): Source {
  const name = MATRIX_GROUPS.find((g) => g.id === group)?.name ?? { zh: group, en: group };
  return {
    ...OPTION_TYPES_SOURCE,
    note: {
      zh: `指南未规定方案类型与分组的对应关系，本类型计入“${name.zh}”：${why.zh}`,
      en: `the guide does not map types onto groups; this type is counted under “${name.en}”: ${why.en}`,
    },
  };
}

// 江苏省《行业清洁生产审核技术指南》6.1 注: "方案类型包括原辅料替代、工艺设备改造、过程控制、节能、资源综合利用、末端治理、管理及人员等类型"
export const OPTION_TYPES: readonly OptionTypeDef[] = [
  {
    id: "material-substitution",
    name: { zh: "原辅料替代", en: "Raw and auxiliary material substitution" },
    group: "source-substitution",
    source: mapped("source-substitution", { zh: "在源头替代", en: "substitution at the source" }),
  },
  {
    id: "process-equipment",
    name: { zh: "工艺设备改造", en: "Process and equipment upgrade" },
    group: "process-innovation",
    source: mapped("process-innovation", { zh: "改变工艺或设备", en: "change of process or equipment" }),
  },
  {
    id: "process-control",
    name: { zh: "过程控制", en: "Process control" },
    group: "process-innovation",
    source: mapped("process-innovation", {
      zh: "生产过程中的措施（指南7.2.2.2 a：源头替代、过程控制、末端治理）",
      en: "an in-process measure (guide 7.2.2.2 a: source substitution, process control, end of pipe)",
    }),
  },
  {
    id: "energy-saving",
    name: { zh: "节能", en: "Energy saving" },
    group: "process-innovation",
    source: mapped("process-innovation", {
      zh: "工艺和设备的节能改造；更换能源品种的方案可由用户改计为源头替代",
      en: "energy-saving retrofits of processes and equipment; a switch of energy carrier may be re-classed as source substitution",
    }),
  },
  {
    id: "resource-utilization",
    name: { zh: "资源综合利用", en: "Comprehensive resource utilisation" },
    group: "end-of-pipe",
    source: mapped("end-of-pipe", {
      zh: "废物和副产品产生后的利用；生产过程内的循环利用可由用户改计为工艺革新",
      en: "use of wastes and by-products after they arise; in-process recycling may be re-classed as process innovation",
    }),
  },
  {
    id: "end-of-pipe",
    name: { zh: "末端治理", en: "End-of-pipe treatment" },
    group: "end-of-pipe",
    source: {
      ...OPTION_TYPES_SOURCE,
      note: { zh: "类型与分组同名（附录B 6.1 与 7.2）", en: "type and group share the name (Annex B 6.1 and 7.2)" },
    },
  },
  {
    id: "management",
    name: { zh: "管理及人员", en: "Management and personnel" },
    group: "environmental-management",
    source: mapped("environmental-management", { zh: "管理和人员措施", en: "management and staff measures" }),
  },
  {
    id: "other",
    name: { zh: "其他", en: "Other" },
    group: null,
    source: {
      ...OPTION_TYPES_SOURCE,
      note: {
        zh: "注列举的类型后为“等类型”，其他类型的方案不归入 7.2 的四个类别，只计入总计",
        en: "the note's list ends with “and other types”; an option of another type is in none of the four groups of 7.2 and counts in the total only",
      },
    },
  },
];

// 江苏省《行业清洁生产审核技术指南》7.3.2: "从技术可行性、环境效益、实施难度、投资成本维度初步筛选行业清洁生产方案，剔除不可行方案，形成拟实施清洁生产方案清单"
const SCREENING_SOURCE: Source = {
  ref: cite(JIANGSU_AUDIT_GUIDE, { zh: "7.3.2（可行性分析）", en: "7.3.2 (feasibility analysis)" }),
  status: "confirmed",
};
export const SCREENING_DIMENSIONS: readonly ChoiceDef[] = [
  { id: "technical", name: { zh: "技术可行性", en: "Technical feasibility" }, aliases: [], source: SCREENING_SOURCE },
  { id: "environmental", name: { zh: "环境效益", en: "Environmental benefit" }, aliases: [], source: SCREENING_SOURCE },
  {
    id: "difficulty",
    name: { zh: "实施难度", en: "Implementation difficulty" },
    aliases: [],
    source: SCREENING_SOURCE,
  },
  { id: "cost", name: { zh: "投资成本", en: "Investment cost" }, aliases: [], source: SCREENING_SOURCE },
];
const VERDICT_SOURCE: Source = {
  ...SCREENING_SOURCE,
  note: {
    zh: "指南只列出四个维度，未规定评判等级：逐项判断可行或不可行",
    en: "the guide names the four dimensions but no scale: each is judged feasible or not",
  },
};
export const SCREENING_VERDICTS: readonly ChoiceDef[] = [
  { id: "feasible", name: { zh: "可行", en: "Feasible" }, aliases: ["通过"], source: VERDICT_SOURCE },
  { id: "infeasible", name: { zh: "不可行", en: "Not feasible" }, aliases: ["不通过"], source: VERDICT_SOURCE },
];
export const SCREENING_RESULTS: readonly ChoiceDef[] = [
  { id: "shortlisted", name: { zh: "拟实施", en: "Shortlisted" }, aliases: [], source: SCREENING_SOURCE },
  { id: "rejected", name: { zh: "剔除", en: "Rejected" }, aliases: [], source: SCREENING_SOURCE },
];

// T/CPPC《工业园区清洁生产审核指南》5.4.1: "从园区、行业、企业三个层面提出潜在的改善方案"
const OPTION_LEVEL_SOURCE: Source = { ref: cite(PARK_AUDIT_GUIDE, { zh: "5.4.1", en: "5.4.1" }), status: "confirmed" };
export const OPTION_LEVELS: readonly ChoiceDef[] = [
  { id: "park", name: { zh: "园区", en: "Park" }, aliases: ["园区层面", "园区级"], source: OPTION_LEVEL_SOURCE },
  {
    id: "industry",
    name: { zh: "行业", en: "Industry" },
    aliases: ["行业层面", "行业级"],
    source: OPTION_LEVEL_SOURCE,
  },
  {
    id: "enterprise",
    name: { zh: "企业", en: "Enterprise" },
    aliases: ["企业层面", "企业级"],
    source: OPTION_LEVEL_SOURCE,
  },
];

// 江苏省《行业清洁生产审核技术指南》7.2: "已实施" / "待实施"
export const OPTION_STATUSES: readonly ChoiceDef[] = [
  {
    id: "implemented",
    name: { zh: "已实施", en: "Implemented" },
    aliases: ["完成", "已完成"],
    source: PERFORMANCE_SOURCE,
  },
  {
    id: "pending",
    name: { zh: "待实施", en: "Pending" },
    aliases: ["未实施", "实施中", "计划实施", "拟实施"],
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "指南只分已实施和待实施；实施中、计划实施按待实施计",
        en: "the guide has only implemented and pending; in progress and planned count as pending",
      },
    },
  },
];

// 江苏省《行业清洁生产审核技术指南》7.2: "无/低费方案", "中/高费方案"; docs/templates.md#economics: threshold set by the user
export const COST_CLASSES: readonly ChoiceDef[] = [
  {
    id: "low",
    name: { zh: "无/低费", en: "No/low cost" },
    aliases: ["无低费", "无/低费方案", "低费", "无费"],
    source: PERFORMANCE_SOURCE,
  },
  {
    id: "high",
    name: { zh: "中/高费", en: "Medium/high cost" },
    aliases: ["中高费", "中/高费方案", "中费", "高费"],
    source: PERFORMANCE_SOURCE,
  },
];

// 江苏省《行业清洁生产审核技术指南》附录B 7.3 审核目标完成情况: 类型 column
const TARGETS_SOURCE: Source = {
  ref: cite(JIANGSU_AUDIT_GUIDE, {
    zh: "附录B 7.3（审核目标完成情况）",
    en: "Annex B 7.3 (completion of the audit targets)",
  }),
  status: "confirmed",
};
export const TARGET_TYPES: readonly ChoiceDef[] = [
  {
    id: "pollutant-reduction",
    name: { zh: "污染物减排", en: "Pollutant reduction" },
    aliases: [],
    source: TARGETS_SOURCE,
  },
  {
    id: "ghg-reduction",
    name: { zh: "温室气体减排", en: "Greenhouse gas reduction" },
    aliases: [],
    source: TARGETS_SOURCE,
  },
  {
    id: "resource-energy",
    name: { zh: "资源能源利用", en: "Resource and energy use" },
    aliases: [],
    source: TARGETS_SOURCE,
  },
  {
    id: "cp-level",
    name: { zh: "清洁生产水平提升", en: "Cleaner-production level" },
    aliases: [],
    source: TARGETS_SOURCE,
  },
  {
    id: "other",
    name: { zh: "其他", en: "Other" },
    aliases: ["其他目标"],
    source: {
      ref: cite(JIANGSU_AUDIT_GUIDE, {
        zh: "7.2.3.4 e）“其他目标设置，可根据行业特点设置一般工业固废减量、危险废物规范化管理、新污染物环境风险管控等目标”",
        en: "7.2.3.4 e) other targets by the sector's features (general industrial solid waste, hazardous waste management, new pollutants)",
      }),
      status: "confirmed",
    },
  },
];

const ADDED_COLUMN = (why: Text): Source => ({
  ref: cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 7.2（“…”行）", en: "Annex B 7.2 (the “…” rows)" }),
  status: "confirmed",
  note: {
    zh: `指南的绩效表未列出，按其“…”行增列：${why.zh}`,
    en: `not printed in the guide's table; added in its “…” rows: ${why.en}`,
  },
});

function pollutant(id: string, zh: string, en: string, source: Source = PERFORMANCE_SOURCE): MatrixColumnDef {
  return {
    id,
    name: { zh, en },
    category: "pollutant",
    unit: "t/a",
    amountUnit: "t",
    countsInEnergyTotal: false,
    source,
  };
}

/**
 * Benefit columns in the order of 江苏省《行业清洁生产审核技术指南》7.2 (环境效益 left column then right column, then
 * 资源能源节约情况). Energy savings name their carrier so 节综合能耗 can be summed in tce.
 */
export const MATRIX_COLUMNS: readonly MatrixColumnDef[] = [
  pollutant("wastewater", "废水减排", "Wastewater reduction"),
  pollutant("waste_gas", "废气减排", "Waste gas reduction"),
  pollutant("general_solid_waste", "一般工业固废减排", "General industrial solid waste reduction"),
  pollutant("hazardous_waste", "危险废物减排", "Hazardous waste reduction"),
  pollutant(
    "cod",
    "COD减排",
    "COD reduction",
    ADDED_COLUMN({
      zh: "化学需氧量是主要污染物弹性系数（HG24）的四项污染物之一，也是协同管控规范表3的指标",
      en: "COD is one of the four pollutants of the elasticity indicator HG24 and an indicator of table 3 of the synergy specification",
    }),
  ),
  pollutant("nh3n", "氨氮减排", "Ammonia nitrogen reduction"),
  pollutant("so2", "SO2减排", "SO₂ reduction"),
  pollutant("tp", "总磷减排", "Total phosphorus reduction"),
  pollutant("nox", "NOx减排", "NOx reduction"),
  pollutant("class1_pollutants", "第一类污染物减排", "Class I pollutant reduction"),
  pollutant("particulates", "颗粒物减排", "Particulate matter reduction"),
  pollutant("co2", "CO2减排", "CO₂ reduction"),
  pollutant("vocs", "VOCs减排", "VOCs reduction"),
  {
    id: "save_water",
    name: { zh: "节水", en: "Water saved" },
    category: "resource",
    unit: "t/a",
    amountUnit: "t",
    carrier: "water",
    countsInEnergyTotal: false,
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "不计入节综合能耗：新水没有默认折标系数",
        en: "not counted in total energy saved: water has no default tce coefficient",
      },
    },
  },
  {
    id: "save_electricity",
    name: { zh: "节电", en: "Electricity saved" },
    category: "resource",
    unit: "万kWh/a",
    amountUnit: "万kWh",
    carrier: "electricity",
    countsInEnergyTotal: true,
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "指南单位万度/年 = 万kWh/a；按当量值折标",
        en: "the guide's unit 万度/年 = 10⁴ kWh/a; converted at the calorific equivalent",
      },
    },
  },
  {
    id: "save_coal",
    name: { zh: "节煤", en: "Coal saved" },
    category: "resource",
    unit: "t/a",
    amountUnit: "t",
    carrier: "raw-coal",
    countsInEnergyTotal: true,
    source: { ...PERFORMANCE_SOURCE, note: { zh: "按原煤折标", en: "converted as raw coal" } },
  },
  {
    id: "save_oil",
    name: { zh: "节油", en: "Oil saved" },
    category: "resource",
    unit: "t/a",
    amountUnit: "t",
    carrier: "fuel-oil",
    countsInEnergyTotal: true,
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "指南未说明油品，按燃料油折标（1.4286 kgce/kg，与原油相同）",
        en: "the guide does not say which oil; converted as fuel oil (1.4286 kgce/kg, as crude oil)",
      },
    },
  },
  {
    id: "save_natural_gas",
    name: { zh: "节天然气", en: "Natural gas saved" },
    category: "resource",
    unit: "万m³/a",
    amountUnit: "万m³",
    carrier: "natural-gas",
    countsInEnergyTotal: true,
    source: PERFORMANCE_SOURCE,
  },
  {
    id: "save_steam",
    name: { zh: "节蒸汽", en: "Steam saved" },
    category: "resource",
    unit: "t/a",
    amountUnit: "t",
    carrier: "steam",
    countsInEnergyTotal: true,
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "蒸汽没有默认折标系数：在参数表填写后才计入节综合能耗",
        en: "steam has no default tce coefficient: enter one on the Parameters sheet to include it in total energy saved",
      },
    },
  },
  {
    id: "save_energy_total",
    name: { zh: "节综合能耗", en: "Total energy saved" },
    category: "energy-total",
    unit: "tce/a",
    amountUnit: "tce",
    countsInEnergyTotal: false,
    source: {
      ...PERFORMANCE_SOURCE,
      note: {
        zh: "以上各项节能量按 GB/T 2589 折标准煤后求和",
        en: "sum of the energy savings above converted to tce (GB/T 2589)",
      },
    },
  },
];

/**
 * The two free blocks of 江苏省《行业清洁生产审核技术指南》附录B 7.2: "其他污染物减排量", a table of 污染物 | 减排量（单位/年） in three
 * pairs a row over two rows (six pollutants), and the "其他" saving at the end of 资源能源节约情况 (one name and amount
 * pair, kept to three rows so a park with several other savings lists them).
 */
export const OTHER_BENEFITS: readonly OtherBenefitDef[] = [
  {
    id: "other_pollutant",
    category: "pollutant",
    name: { zh: "其他污染物减排量", en: "Other pollutant reductions" },
    itemHeader: { zh: "其他污染物", en: "Other pollutant" },
    amountHeader: { zh: "其他污染物减排量", en: "Other pollutant reduction" },
    slots: 6,
    source: {
      ref: cite(JIANGSU_AUDIT_GUIDE, {
        zh: "附录B 7.2“其他污染物减排量：污染物、减排量（单位/年）”",
        en: "Annex B 7.2, other pollutant reductions: pollutant, reduction (unit/a)",
      }),
      status: "confirmed",
      note: {
        zh: "表中为三对“污染物 | 减排量”两行，共六种",
        en: "the table holds three pollutant | reduction pairs in two rows: six pollutants",
      },
    },
  },
  {
    id: "other_saving",
    category: "resource",
    name: { zh: "其他", en: "Other savings" },
    itemHeader: { zh: "其他节约项目", en: "Other saving" },
    amountHeader: { zh: "其他节约量", en: "Other saving amount" },
    slots: 3,
    source: {
      ref: cite(JIANGSU_AUDIT_GUIDE, {
        zh: "附录B 7.2 资源能源节约情况“其他”",
        en: "Annex B 7.2, resource and energy savings, “other”",
      }),
      status: "confirmed",
      note: {
        zh: "表中为一项“其他”，不计入节综合能耗；按名称和单位分行汇总，列出三项",
        en: "one “other” cell in the table, not in total energy saved; summed per name and unit, three rows",
      },
    },
  },
];

export const findOptionType: (name: string) => OptionTypeDef | undefined = makeFinder(OPTION_TYPES, (t) => [
  t.id,
  t.name.zh,
  t.name.en,
]);
export const findOptionLevel: (name: string) => ChoiceDef | undefined = makeFinder(OPTION_LEVELS, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);
export const findOptionStatus: (name: string) => ChoiceDef | undefined = makeFinder(OPTION_STATUSES, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);
export const findScreeningVerdict: (name: string) => ChoiceDef | undefined = makeFinder(SCREENING_VERDICTS, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);
export const findCostClass: (name: string) => ChoiceDef | undefined = makeFinder(COST_CLASSES, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);
export const findTargetType: (name: string) => ChoiceDef | undefined = makeFinder(TARGET_TYPES, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);
export const findMatrixColumn: (name: string) => MatrixColumnDef | undefined = makeFinder(MATRIX_COLUMNS, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
]);
