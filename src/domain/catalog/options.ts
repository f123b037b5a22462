/**
 * Cleaner-production options: types (seed 001 table 6.1 note), the type groups, cost classes and
 * statuses of the performance matrix (seed 001 §7.2), option levels (seed 000 §5.4.1), and the
 * benefit columns of the matrix with their units.
 */
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type { ChoiceDef, MatrixColumnDef, MatrixGroupDef, MatrixGroupId, OptionTypeDef } from "./types";

const SEED_001_61: Source = { ref: "seed 001 附录B 6.1 注 (方案类型)", status: "confirmed" };
const SEED_001_72: Source = { ref: "seed 001 附录B 7.2 (绩效评估)", status: "confirmed" };

// seed 001 §7.2 header "已实施方案类型数量": 源头替代方案 / 工艺革新方案 / 末端治理方案 / 环境管理方案
export const MATRIX_GROUPS: readonly MatrixGroupDef[] = [
  { id: "source-substitution", name: { zh: "源头替代方案", en: "Source substitution" }, source: SEED_001_72 },
  { id: "process-innovation", name: { zh: "工艺革新方案", en: "Process innovation" }, source: SEED_001_72 },
  { id: "end-of-pipe", name: { zh: "末端治理方案", en: "End-of-pipe treatment" }, source: SEED_001_72 },
  { id: "environmental-management", name: { zh: "环境管理方案", en: "Environmental management" }, source: SEED_001_72 },
];

/** The seed lists the types (6.1) and the groups (7.2) but does not map one onto the other. */
function mapped(group: MatrixGroupId, why: string): Source {
  return { ...SEED_001_61, note: `type from seed 001 6.1; counted under ${group} (product choice, the seed gives no mapping): ${why}` };
}

// seed 001 6.1 注: "方案类型包括原辅料替代、工艺设备改造、过程控制、节能、资源综合利用、末端治理、管理及人员等类型"
export const OPTION_TYPES: readonly OptionTypeDef[] = [
  {
    id: "material-substitution", name: { zh: "原辅料替代", en: "Raw and auxiliary material substitution" }, group: "source-substitution",
    source: mapped("source-substitution", "substitution at the source"),
  },
  {
    id: "process-equipment", name: { zh: "工艺设备改造", en: "Process and equipment upgrade" }, group: "process-innovation",
    source: mapped("process-innovation", "change of process or equipment"),
  },
  {
    id: "process-control", name: { zh: "过程控制", en: "Process control" }, group: "process-innovation",
    source: mapped("process-innovation", "in-process measure (seed 001 7.2.2.2 a: 源头替代、过程控制、末端治理)"),
  },
  {
    id: "energy-saving", name: { zh: "节能", en: "Energy saving" }, group: "process-innovation",
    source: mapped("process-innovation", "energy-saving retrofits of processes and equipment; an energy-carrier switch may be re-classed as source substitution by the user"),
  },
  {
    id: "resource-utilization", name: { zh: "资源综合利用", en: "Comprehensive resource utilisation" }, group: "end-of-pipe",
    source: mapped("end-of-pipe", "utilisation of wastes and by-products after they arise; in-process recycling may be re-classed as process innovation by the user"),
  },
  {
    id: "end-of-pipe", name: { zh: "末端治理", en: "End-of-pipe treatment" }, group: "end-of-pipe",
    source: { ...SEED_001_61, note: "type and group share the name (seed 001 6.1 and 7.2)" },
  },
  {
    id: "management", name: { zh: "管理及人员", en: "Management and personnel" }, group: "environmental-management",
    source: mapped("environmental-management", "management and staff measures"),
  },
];

// seed 000 §5.4.1: "从园区、行业、企业三个层面提出潜在的改善方案"
const SEED_000_541: Source = { ref: "seed 000 5.4.1", status: "confirmed" };
export const OPTION_LEVELS: readonly ChoiceDef[] = [
  { id: "park", name: { zh: "园区", en: "Park" }, aliases: ["园区层面", "园区级"], source: SEED_000_541 },
  { id: "industry", name: { zh: "行业", en: "Industry" }, aliases: ["行业层面", "行业级"], source: SEED_000_541 },
  { id: "enterprise", name: { zh: "企业", en: "Enterprise" }, aliases: ["企业层面", "企业级"], source: SEED_000_541 },
];

// seed 001 §7.2: "已实施" / "待实施"
export const OPTION_STATUSES: readonly ChoiceDef[] = [
  { id: "implemented", name: { zh: "已实施", en: "Implemented" }, aliases: ["完成", "已完成"], source: SEED_001_72 },
  {
    id: "pending", name: { zh: "待实施", en: "Pending" }, aliases: ["未实施", "实施中", "计划实施", "拟实施"],
    source: { ...SEED_001_72, note: "the seed has only 已实施/待实施; 实施中 and 计划实施 are accepted as 待实施 (not yet implemented)" },
  },
];

// seed 001 §7.2: "无/低费方案", "中/高费方案"; SPEC §4.8: threshold set by the user
export const COST_CLASSES: readonly ChoiceDef[] = [
  { id: "low", name: { zh: "无/低费", en: "No/low cost" }, aliases: ["无低费", "无/低费方案", "低费", "无费"], source: SEED_001_72 },
  { id: "high", name: { zh: "中/高费", en: "Medium/high cost" }, aliases: ["中高费", "中/高费方案", "中费", "高费"], source: SEED_001_72 },
];

// seed 001 附录B 7.3 审核目标完成情况: 类型 column
const SEED_001_73: Source = { ref: "seed 001 附录B 7.3 (审核目标完成情况)", status: "confirmed" };
export const TARGET_TYPES: readonly ChoiceDef[] = [
  { id: "pollutant-reduction", name: { zh: "污染物减排", en: "Pollutant reduction" }, aliases: [], source: SEED_001_73 },
  { id: "ghg-reduction", name: { zh: "温室气体减排", en: "Greenhouse gas reduction" }, aliases: [], source: SEED_001_73 },
  { id: "resource-energy", name: { zh: "资源能源利用", en: "Resource and energy use" }, aliases: [], source: SEED_001_73 },
  { id: "cp-level", name: { zh: "清洁生产水平提升", en: "Cleaner-production level" }, aliases: [], source: SEED_001_73 },
];

const ADDED_COLUMN = (why: string): Source => ({
  ref: "seed 001 附录B 7.2 (\"…\" rows)",
  status: "confirmed",
  note: `not printed in the seed's matrix; added in the "…" rows: ${why}`,
});

function pollutant(id: string, zh: string, en: string, source: Source = SEED_001_72): MatrixColumnDef {
  return { id, name: { zh, en }, category: "pollutant", unit: "t/a", amountUnit: "t", countsInEnergyTotal: false, source };
}

/**
 * Benefit columns in the order of seed 001 §7.2 (环境效益 left column then right column, then
 * 资源能源节约情况). Energy savings name their carrier so 节综合能耗 can be summed in tce.
 */
export const MATRIX_COLUMNS: readonly MatrixColumnDef[] = [
  pollutant("wastewater", "废水减排", "Wastewater reduction"),
  pollutant("waste_gas", "废气减排", "Waste gas reduction"),
  pollutant("general_solid_waste", "一般工业固废减排", "General industrial solid waste reduction"),
  pollutant("hazardous_waste", "危险废物减排", "Hazardous waste reduction"),
  pollutant("cod", "COD减排", "COD reduction", ADDED_COLUMN("COD is one of the four HG24 pollutants and a seed 003 表3 indicator")),
  pollutant("nh3n", "氨氮减排", "Ammonia nitrogen reduction"),
  pollutant("so2", "SO2减排", "SO₂ reduction"),
  pollutant("tp", "总磷减排", "Total phosphorus reduction"),
  pollutant("nox", "NOx减排", "NOx reduction"),
  pollutant("class1_pollutants", "第一类污染物减排", "Class I pollutant reduction"),
  pollutant("particulates", "颗粒物减排", "Particulate matter reduction"),
  pollutant("co2", "CO2减排", "CO₂ reduction"),
  pollutant("vocs", "VOCs减排", "VOCs reduction"),
  {
    id: "save_water", name: { zh: "节水", en: "Water saved" }, category: "resource", unit: "t/a", amountUnit: "t",
    carrier: "water", countsInEnergyTotal: false,
    source: { ...SEED_001_72, note: "not counted in 节综合能耗: water has no default tce coefficient (SPEC §4.6)" },
  },
  {
    id: "save_electricity", name: { zh: "节电", en: "Electricity saved" }, category: "resource", unit: "万kWh/a", amountUnit: "万kWh",
    carrier: "electricity", countsInEnergyTotal: true, source: { ...SEED_001_72, note: "seed unit 万度/年 = 万kWh/a; converted at 当量值" },
  },
  {
    id: "save_coal", name: { zh: "节煤", en: "Coal saved" }, category: "resource", unit: "t/a", amountUnit: "t",
    carrier: "raw-coal", countsInEnergyTotal: true, source: { ...SEED_001_72, note: "converted as 原煤 (raw coal)" },
  },
  {
    id: "save_oil", name: { zh: "节油", en: "Oil saved" }, category: "resource", unit: "t/a", amountUnit: "t",
    carrier: "fuel-oil", countsInEnergyTotal: true,
    source: { ...SEED_001_72, note: "the seed does not say which oil; converted as 燃料油 (1.4286 kgce/kg, same as 原油) — product choice" },
  },
  {
    id: "save_natural_gas", name: { zh: "节天然气", en: "Natural gas saved" }, category: "resource", unit: "万m³/a", amountUnit: "万m³",
    carrier: "natural-gas", countsInEnergyTotal: true, source: SEED_001_72,
  },
  {
    id: "save_steam", name: { zh: "节蒸汽", en: "Steam saved" }, category: "resource", unit: "t/a", amountUnit: "t",
    carrier: "steam", countsInEnergyTotal: true,
    source: { ...SEED_001_72, note: "steam has no default tce coefficient (SPEC §4.6): the user must set one to include it in 节综合能耗" },
  },
  {
    id: "save_energy_total", name: { zh: "节综合能耗", en: "Total energy saved" }, category: "energy-total", unit: "tce/a", amountUnit: "tce",
    countsInEnergyTotal: false, source: { ...SEED_001_72, note: "sum of the energy savings above converted to tce (GB/T 2589)" },
  },
];

export const findOptionType: (name: string) => OptionTypeDef | undefined = makeFinder(OPTION_TYPES, (t) => [t.id, t.name.zh, t.name.en]);
export const findOptionLevel: (name: string) => ChoiceDef | undefined = makeFinder(OPTION_LEVELS, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases]);
export const findOptionStatus: (name: string) => ChoiceDef | undefined = makeFinder(OPTION_STATUSES, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases]);
export const findCostClass: (name: string) => ChoiceDef | undefined = makeFinder(COST_CLASSES, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases]);
export const findTargetType: (name: string) => ChoiceDef | undefined = makeFinder(TARGET_TYPES, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases]);
export const findMatrixColumn: (name: string) => MatrixColumnDef | undefined = makeFinder(MATRIX_COLUMNS, (c) => [c.id, c.name.zh, c.name.en]);
