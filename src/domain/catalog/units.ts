/**
 * Units accepted for energy and resource quantities (docs/templates.md#standard-coal-and-co2: t, kg, m³, 万m³, kWh, 万kWh, MWh,
 * GJ, MJ), each with its factor to the base unit of its dimension. Factors are definitions of the
 * units themselves (万 = 10⁴, k = 10³, M = 10⁶), not standard data.
 */
import { makeFinder } from "./lookup";
import type { UnitDef, UnitDimension } from "./types";

/** Base unit of each dimension: factors below convert to these. */
export const BASE_UNITS: Readonly<Record<UnitDimension, string>> = {
  mass: "t",
  volume: "m³",
  electricity: "kWh",
  energy: "GJ",
  "coal-equivalent": "tce",
};

const WAN = 1e4; // 万
const KILO = 1e3;
const MILLI_OF_KILO = 1e-3; // kg → t, MJ → GJ, kgce → tce

export const UNITS: readonly UnitDef[] = [
  // mass, base t
  { id: "t", name: { zh: "吨", en: "tonne" }, dimension: "mass", factor: 1, aliases: ["吨", "tonne", "tonnes", "ton"] },
  {
    id: "kg",
    name: { zh: "千克", en: "kilogram" },
    dimension: "mass",
    factor: MILLI_OF_KILO,
    aliases: ["千克", "公斤", "kilogram"],
  },
  {
    id: "万t",
    name: { zh: "万吨", en: "10⁴ tonnes" },
    dimension: "mass",
    factor: WAN,
    aliases: ["万吨", "10^4t", "1e4t"],
  },
  // volume, base m³
  {
    id: "m³",
    name: { zh: "立方米", en: "cubic metre" },
    dimension: "volume",
    factor: 1,
    aliases: ["m3", "立方米", "方", "Nm3", "Nm³", "标方", "标准立方米"],
  },
  {
    id: "万m³",
    name: { zh: "万立方米", en: "10⁴ cubic metres" },
    dimension: "volume",
    factor: WAN,
    aliases: ["万m3", "万立方米", "万方", "万Nm3", "万Nm³", "10^4m3", "1e4m3"],
  },
  // electricity, base kWh (度 is the everyday name of kWh; 江苏省《行业清洁生产审核技术指南》7.2 uses 万度)
  {
    id: "kWh",
    name: { zh: "千瓦时", en: "kilowatt-hour" },
    dimension: "electricity",
    factor: 1,
    aliases: ["千瓦时", "度", "kW·h", "kW.h", "kw h"],
  },
  {
    id: "万kWh",
    name: { zh: "万千瓦时", en: "10⁴ kilowatt-hours" },
    dimension: "electricity",
    factor: WAN,
    aliases: ["万千瓦时", "万度", "万kW·h", "10^4kWh", "1e4kWh"],
  },
  {
    id: "MWh",
    name: { zh: "兆瓦时", en: "megawatt-hour" },
    dimension: "electricity",
    factor: KILO,
    aliases: ["兆瓦时", "MW·h", "千千瓦时"],
  },
  {
    id: "GWh",
    name: { zh: "吉瓦时", en: "gigawatt-hour" },
    dimension: "electricity",
    factor: KILO * KILO,
    aliases: ["吉瓦时", "百万千瓦时", "GW·h"],
  },
  // heat and other energy, base GJ
  {
    id: "GJ",
    name: { zh: "吉焦", en: "gigajoule" },
    dimension: "energy",
    factor: 1,
    aliases: ["吉焦", "百万千焦", "gigajoule"],
  },
  {
    id: "MJ",
    name: { zh: "兆焦", en: "megajoule" },
    dimension: "energy",
    factor: MILLI_OF_KILO,
    aliases: ["兆焦", "megajoule"],
  },
  {
    id: "TJ",
    name: { zh: "太焦", en: "terajoule" },
    dimension: "energy",
    factor: KILO,
    aliases: ["太焦", "terajoule"],
  },
  // standard coal, base tce
  {
    id: "tce",
    name: { zh: "吨标准煤", en: "tonne of standard coal" },
    dimension: "coal-equivalent",
    factor: 1,
    aliases: ["吨标准煤", "吨标煤", "tec"],
  },
  {
    id: "kgce",
    name: { zh: "千克标准煤", en: "kilogram of standard coal" },
    dimension: "coal-equivalent",
    factor: MILLI_OF_KILO,
    aliases: ["千克标准煤", "千克标煤", "kgec"],
  },
  {
    id: "万tce",
    name: { zh: "万吨标准煤", en: "10⁴ tonnes of standard coal" },
    dimension: "coal-equivalent",
    factor: WAN,
    aliases: ["万吨标准煤", "万吨标煤"],
  },
];

/** Find a unit by symbol or alias ("m3", "万千瓦时", "公斤"); case and full-width forms ignored. */
export const findUnit: (name: string) => UnitDef | undefined = makeFinder(UNITS, (u) => [
  u.id,
  u.name.zh,
  ...u.aliases,
]);

/**
 * Factor converting a quantity in `from` to `to` (same dimension), or undefined when either unit is
 * unknown or the dimensions differ. Pure arithmetic on the table above.
 */
export function unitFactor(from: string, to: string): number | undefined {
  const a = findUnit(from);
  const b = findUnit(to);
  if (a === undefined || b === undefined || a.dimension !== b.dimension) return undefined;
  return a.factor / b.factor;
}
