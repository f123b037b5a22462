/**
 * Energy carriers with their GB/T 2589 standard-coal coefficients (docs/templates.md#standard-coal-and-co2) and CO₂ data
 * (docs/templates.md#standard-coal-and-co2). Coefficients are kgce per native unit: kg for solids and liquids, m³ for gases,
 * kWh for electricity, MJ for heat. A carrier with `coefficient: null` has no silent default
 * (electricity 等价值, water, steam): the caller must give one.
 */
import { GBT_2589_2008, GBT_2589_2020, GBT_32150, cite } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type { CarrierCo2, CarrierDef } from "./types";

// docs/templates.md#standard-coal-and-co2: "source GB/T 2589 Annex A as reproduced (2008 values; the 2020 edition revised the
// annexes — to confirm row by row)".
const GBT2589_ANNEX: Source = {
  ref: cite(GBT_2589_2008, { zh: "附录A", en: "Annex A" }),
  publisher: { zh: "国家质量监督检验检疫总局、国家标准化管理委员会 2008", en: "AQSIQ and SAC 2008" },
  status: "to-confirm",
  note: {
    zh: "2008年版附录A的数值；GB/T 2589-2020 修订了附录，待逐项核对",
    en: "value of the 2008 edition's Annex A; GB/T 2589-2020 revised the annexes — to be checked row by row",
  },
  check: {
    zh: `数值须与 ${GBT_2589_2020.zh}附录A 逐项核对（现为 2008 年版附录A 的数值）`,
    en: `value to be checked against ${GBT_2589_2020.en}, Annex A (the value is the 2008 edition's)`,
  },
};

function noDefault(zh: string, en: string): Source {
  return {
    ref: cite(GBT_2589_2020, { zh: "附录A", en: "Annex A" }),
    status: "confirmed",
    note: { zh: `无默认值：${zh}，请填写折标系数`, en: `no default: ${en}; enter the coefficient` },
  };
}

const GBT32150_DEFAULT: Source = {
  ref: cite(GBT_32150, { zh: "附录B", en: "Annex B" }),
  status: "to-confirm",
  note: {
    zh: "低位发热量、单位热值含碳量和碳氧化率的默认值待与标准附录核对",
    en: "net calorific value, carbon content and oxidation rate defaults to be checked against the standard's annex",
  },
};

function fuel(ncv: number, ncvBasis: "t" | "万m³", carbonContent: number, oxidationRate: number): CarrierCo2 {
  return { kind: "fuel", ncv, ncvBasis, carbonContent, oxidationRate, source: GBT32150_DEFAULT };
}

export const CARRIERS: readonly CarrierDef[] = [
  // solids (kgce/kg); docs/templates.md#standard-coal-and-co2: "coal types have no silent default" for CO₂
  {
    id: "raw-coal",
    name: { zh: "原煤", en: "raw coal" },
    kind: "solid",
    aliases: ["煤", "煤炭", "coal", "rawcoal"],
    nativeUnit: "kg",
    coefficient: 0.7143,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  {
    id: "washed-coal",
    name: { zh: "洗精煤", en: "cleaned coal" },
    kind: "solid",
    aliases: ["精煤", "washed coal", "clean coal"],
    nativeUnit: "kg",
    coefficient: 0.9,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  {
    id: "coke",
    name: { zh: "焦炭", en: "coke" },
    kind: "solid",
    aliases: ["焦炭(干全焦)"],
    nativeUnit: "kg",
    coefficient: 0.9714,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  // liquids (kgce/kg)
  {
    id: "crude-oil",
    name: { zh: "原油", en: "crude oil" },
    kind: "liquid",
    aliases: ["crude"],
    nativeUnit: "kg",
    coefficient: 1.4286,
    coefficientSource: GBT2589_ANNEX,
    co2: fuel(41.816, "t", 0.02008, 0.98),
  },
  {
    id: "fuel-oil",
    name: { zh: "燃料油", en: "fuel oil" },
    kind: "liquid",
    aliases: ["重油", "heavy oil"],
    nativeUnit: "kg",
    coefficient: 1.4286,
    coefficientSource: GBT2589_ANNEX,
    co2: fuel(41.816, "t", 0.0211, 0.98),
  },
  {
    id: "gasoline",
    name: { zh: "汽油", en: "gasoline" },
    kind: "liquid",
    aliases: ["petrol"],
    nativeUnit: "kg",
    coefficient: 1.4714,
    coefficientSource: GBT2589_ANNEX,
    co2: fuel(43.07, "t", 0.0189, 0.98),
  },
  {
    id: "kerosene",
    name: { zh: "煤油", en: "kerosene" },
    kind: "liquid",
    aliases: [],
    nativeUnit: "kg",
    coefficient: 1.4714,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  {
    id: "diesel",
    name: { zh: "柴油", en: "diesel" },
    kind: "liquid",
    aliases: ["diesel oil", "轻柴油"],
    nativeUnit: "kg",
    coefficient: 1.4571,
    coefficientSource: GBT2589_ANNEX,
    co2: fuel(42.652, "t", 0.0202, 0.98),
  },
  {
    id: "lpg",
    name: { zh: "液化石油气", en: "liquefied petroleum gas" },
    kind: "liquid",
    aliases: ["LPG", "液化气"],
    nativeUnit: "kg",
    coefficient: 1.7143,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  {
    id: "refinery-gas",
    name: { zh: "炼厂干气", en: "refinery dry gas" },
    kind: "liquid",
    aliases: ["refinery gas"],
    nativeUnit: "kg",
    coefficient: 1.5714,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  // gases (kgce/m³)
  {
    id: "oilfield-gas",
    name: { zh: "油田天然气", en: "oilfield natural gas" },
    kind: "gas",
    aliases: ["oil field gas", "associated gas"],
    nativeUnit: "m³",
    coefficient: 1.33,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  {
    id: "natural-gas",
    name: { zh: "天然气", en: "natural gas" },
    kind: "gas",
    aliases: ["气田天然气", "gas field natural gas", "NG"],
    nativeUnit: "m³",
    coefficient: 1.2143,
    coefficientSource: GBT2589_ANNEX,
    co2: fuel(389.31, "万m³", 0.0153, 0.99),
  },
  {
    id: "coke-oven-gas",
    name: { zh: "焦炉煤气", en: "coke oven gas" },
    kind: "gas",
    aliases: ["COG"],
    nativeUnit: "m³",
    coefficient: 0.5929,
    coefficientRange: { min: 0.5714, max: 0.6143 },
    coefficientSource: {
      ...GBT2589_ANNEX,
      note: {
        zh: "GB/T 2589-2008 给出范围 0.5714–0.6143 kgce/m³；默认取中值 0.5929，待核对",
        en: "GB/T 2589-2008 gives the range 0.5714–0.6143 kgce/m³; the default is the middle, 0.5929 — to be checked",
      },
    },
    co2: null,
  },
  {
    id: "blast-furnace-gas",
    name: { zh: "高炉煤气", en: "blast furnace gas" },
    kind: "gas",
    aliases: ["BFG"],
    nativeUnit: "m³",
    coefficient: 0.1286,
    coefficientSource: GBT2589_ANNEX,
    co2: null,
  },
  // secondary energy
  {
    id: "heat",
    name: { zh: "热力", en: "heat" },
    kind: "heat",
    aliases: ["热", "热量", "thermal energy"],
    nativeUnit: "MJ",
    coefficient: 0.03412,
    coefficientSource: {
      ...GBT2589_ANNEX,
      note: {
        zh: "0.03412 kgce/MJ = 34.12 kgce/GJ（当量值）；2008年版附录的数值，待核对",
        en: "0.03412 kgce/MJ = 34.12 kgce/GJ (calorific equivalent); 2008 annex value — to be checked",
      },
    },
    co2: { kind: "heat" },
  },
  {
    id: "electricity",
    name: { zh: "电力", en: "electricity" },
    kind: "electricity",
    aliases: ["电", "电力(当量值)", "电力当量值", "power", "electric power"],
    nativeUnit: "kWh",
    coefficient: 0.1229,
    coefficientSource: {
      ...GBT2589_ANNEX,
      note: {
        zh: "当量值（3600 kJ/kWh）；2008年版附录的数值，待核对",
        en: "calorific equivalent (3600 kJ/kWh); 2008 annex value — to be checked",
      },
    },
    co2: { kind: "grid" },
  },
  {
    id: "electricity-equal-value",
    name: { zh: "电力（等价值）", en: "electricity (primary-energy equivalent)" },
    kind: "electricity",
    // the name as written with ASCII parentheses by earlier versions stays a name of this carrier
    aliases: ["电力(等价值)", "电力等价值", "等价值电力", "electricity equivalent"],
    nativeUnit: "kWh",
    coefficient: null,
    coefficientSource: noDefault(
      "等价值取决于当年火电供电标准煤耗",
      "the primary-energy equivalent depends on the year's coal use per kWh supplied",
    ),
    co2: { kind: "grid" },
  },
  // energy-consuming media (耗能工质)
  {
    id: "steam",
    name: { zh: "蒸汽", en: "steam" },
    kind: "steam",
    aliases: ["水蒸气", "蒸气"],
    nativeUnit: "kg",
    coefficient: null,
    coefficientSource: noDefault(
      "蒸汽的折标系数取决于压力和温度",
      "a steam coefficient depends on pressure and temperature",
    ),
    co2: null,
  },
  {
    id: "water",
    name: { zh: "新水", en: "fresh water" },
    kind: "water",
    aliases: ["水", "新鲜水", "water"],
    nativeUnit: "t",
    coefficient: null,
    coefficientSource: noDefault(
      "新水属耗能工质，折标系数取决于供水系统",
      "water is an energy-consuming medium whose coefficient depends on the supply system",
    ),
    co2: null,
  },
];

/** Find a carrier by id, Chinese or English name, or alias (天然气 = 气田天然气 = natural gas). */
export const findCarrier: (name: string) => CarrierDef | undefined = makeFinder(CARRIERS, (c) => [
  c.id,
  c.name.zh,
  c.name.en,
  ...c.aliases,
]);

/** The unit a park reports a carrier in (docs/templates.md `data`: t, 万m³, 万kWh, GJ). */
export function reportingUnit(carrier: CarrierDef): string {
  switch (carrier.kind) {
    case "gas":
      return "万m³";
    case "electricity":
      return "万kWh";
    case "heat":
      return "GJ";
    default:
      return "t";
  }
}

/**
 * The unit a carrier's CO₂ factor is given per (docs/templates.md#carbon-inventory): MWh for electricity, as the
 * grid factors are published (t CO₂/MWh = kg CO₂/kWh); the reporting unit for every other carrier.
 */
export function co2FactorUnit(carrier: CarrierDef): string {
  return carrier.kind === "electricity" ? "MWh" : reportingUnit(carrier);
}
