/**
 * What each enterprise reports (docs/enterprises.md): the park data sheet's items that add up across
 * enterprises, grouped by the department that holds the figures, and the energy carriers of the data
 * sheet's energy block. Park-level items (areas, roads, buses, air quality, the park's own facilities and
 * plans) are not asked of enterprises. 《工业园区清洁生产审核指南》附录A lists what enterprises provide: basic
 * information, three years of energy by carrier, pollutant generation and discharge, greenhouse-gas data,
 * cleaner-production status and efficiency indicators.
 */
import { DATA_ITEMS, type DataItemDef, type Text } from "../catalog";
import { ENERGY_BLOCK_CARRIERS } from "../templates/specs/data";

export interface EnterpriseGroup {
  readonly id: string;
  readonly name: Text;
  /** who in the enterprise holds these figures */
  readonly askWhom: Text;
  readonly items: readonly string[];
}

export const ENTERPRISE_GROUPS: readonly EnterpriseGroup[] = [
  {
    id: "economy",
    name: { zh: "经济与人员", en: "Economy and staff" },
    askWhom: { zh: "财务或统计部门", en: "finance or statistics department" },
    items: ["va", "gross_output", "hightech_output", "green_va", "employees"],
  },
  {
    id: "energy",
    name: { zh: "能源（分品种实物量见下方能源表）", en: "Energy (quantities by carrier in the energy table below)" },
    askWhom: { zh: "能源管理或动力部门", en: "energy manager or utilities department" },
    items: ["energy_renewable", "energy_clean", "electricity_export", "heat_export"],
  },
  {
    id: "water",
    name: { zh: "水资源", en: "Water" },
    askWhom: { zh: "动力或设备部门（水表台账）", en: "utilities or equipment department (water meter records)" },
    items: ["water_fresh", "water_reused", "water_reclaimed"],
  },
  {
    id: "waste",
    name: { zh: "固体废物与资源综合利用", en: "Solid waste and resource recovery" },
    askWhom: { zh: "环保部门（固体废物管理台账）", en: "environment department (solid-waste records)" },
    items: [
      "sw_generated",
      "sw_utilized",
      "sw_stock_utilized",
      "swh_generated",
      "swh_treated",
      "heat_available",
      "heat_recovered",
      "gas_recoverable",
      "gas_recovered",
      "recyclables_generated",
      "recyclables_recovered",
    ],
  },
  {
    id: "emissions",
    name: { zh: "污染物与工业过程排放", en: "Pollutants and process emissions" },
    askWhom: {
      zh: "环保部门（排污许可执行报告、监测报告）",
      en: "environment department (discharge-permit reports, monitoring reports)",
    },
    items: ["wastewater", "cod", "nh3n", "so2", "nox", "co2_process"],
  },
  {
    id: "buildings",
    name: { zh: "新建建筑", en: "New buildings" },
    askWhom: { zh: "基建或行政部门", en: "construction or facilities department" },
    items: ["newind_floor", "newind_green_floor"],
  },
];

/** The data items asked of every enterprise, in the order of the groups. */
export const ENTERPRISE_ITEMS: readonly DataItemDef[] = ENTERPRISE_GROUPS.flatMap((g) =>
  g.items.map((id) => {
    const item = DATA_ITEMS.find((d) => d.id === id);
    if (!item) throw new Error(`enterprise item ${id} is not a data item`);
    return item;
  }),
);

export const ENTERPRISE_CARRIERS = ENERGY_BLOCK_CARRIERS;

/**
 * Items every enterprise must report for every year (0 where there is none): the figures the park's
 * mandatory indicators rest on. Energy counts as reported when any carrier holds a quantity.
 */
export const MANDATORY_ENTERPRISE_ITEMS: ReadonlySet<string> = new Set([
  "va",
  "gross_output",
  "employees",
  "water_fresh",
  "sw_generated",
  "wastewater",
  "cod",
  "nh3n",
  "so2",
  "nox",
]);

/**
 * Pairs where the first may not exceed the second (a part and its whole), checked as the enterprise types
 * and again on merging: value added within gross output, utilised within generated plus stored, recovered
 * within available, green floor area within the floor area built.
 */
export const PART_OF: readonly { readonly part: string; readonly whole: readonly string[] }[] = [
  { part: "va", whole: ["gross_output"] },
  { part: "hightech_output", whole: ["gross_output"] },
  { part: "sw_utilized", whole: ["sw_generated", "sw_stock_utilized"] },
  { part: "swh_treated", whole: ["swh_generated"] },
  { part: "heat_recovered", whole: ["heat_available"] },
  { part: "gas_recovered", whole: ["gas_recoverable"] },
  { part: "recyclables_recovered", whole: ["recyclables_generated"] },
  { part: "newind_green_floor", whole: ["newind_floor"] },
];

/** The department to ask for an item. */
export function askWhomOf(item: string): Text | undefined {
  return ENTERPRISE_GROUPS.find((g) => g.items.includes(item))?.askWhom;
}
