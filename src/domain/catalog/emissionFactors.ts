/**
 * CO₂ factors of docs/templates.md#standard-coal-and-co2: electricity grid factor sets (selectable by the docs/functions.md names) and the
 * heat factor. Values in t CO₂/MWh (= kg CO₂/kWh).
 */
import { GBT_32150, cite } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type { GridFactorKind, GridFactorSet, GridRegion, ParameterDef, Text } from "./types";

const UNIT = "tCO2/MWh";
const PUBLISHER: Text = {
  zh: "生态环境部、国家统计局",
  en: "Ministry of Ecology and Environment and National Bureau of Statistics",
};
const PUBLISHED_2024: Text = { zh: `${PUBLISHER.zh} 2024`, en: `${PUBLISHER.en} 2024` };
const NOT_CHECKED: Text = { zh: "数值尚未与公告原文核对", en: "value not yet checked against the announcement's text" };

/** Announcements of the MEE/NBS electricity CO₂ factors, by the year the factors describe. */
const ANNOUNCEMENT: ReadonlyMap<number, Source> = new Map<number, Source>([
  [
    2021,
    {
      ref: {
        zh: "生态环境部 国家统计局《关于发布2021年电力二氧化碳排放因子的公告》（公告2024年第12号）",
        en: "MEE and NBS announcement of the 2021 electricity CO₂ emission factors (announcement no. 12 of 2024)",
      },
      publisher: PUBLISHED_2024,
      status: "to-confirm",
      note: NOT_CHECKED,
    },
  ],
  [
    2022,
    {
      ref: {
        zh: "生态环境部 国家统计局《关于发布2022年电力二氧化碳排放因子的公告》（2024年12月）",
        en: "MEE and NBS announcement of the 2022 electricity CO₂ emission factors (December 2024)",
      },
      publisher: PUBLISHED_2024,
      status: "to-confirm",
      note: {
        zh: "与公告的新闻报道一致；尚未与公告原文核对",
        en: "press reports of the announcement agree; not yet checked against its text",
      },
    },
  ],
  [
    2023,
    {
      ref: {
        zh: "生态环境部 国家统计局 2023年电力二氧化碳排放因子公告",
        en: "MEE and NBS announcement of the 2023 electricity CO₂ emission factors",
      },
      publisher: PUBLISHER,
      status: "to-confirm",
      note: { zh: "公告文号和日期尚未核对", en: "announcement number and date not yet checked" },
    },
  ],
]);

/** The announcement of a year's factors; a year without one is to be checked. */
function announcementOf(year: number): Source {
  return (
    ANNOUNCEMENT.get(year) ?? {
      ref: {
        zh: `${PUBLISHER.zh} ${year}年电力二氧化碳排放因子`,
        en: `${PUBLISHER.en}, electricity CO₂ factors ${year}`,
      },
      status: "to-confirm",
    }
  );
}

const KIND_NAMES: Readonly<Record<Exclude<GridFactorKind, "regional">, Text>> = {
  national: { zh: "全国电力平均二氧化碳排放因子", en: "national average electricity CO₂ factor" },
  "national-excl-market": {
    zh: "全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）",
    en: "national average electricity CO₂ factor excluding market-traded non-fossil electricity",
  },
  fossil: { zh: "全国化石能源电力二氧化碳排放因子", en: "national fossil-fuel electricity CO₂ factor" },
  market: { zh: "全国碳市场电网排放因子", en: "carbon-market reporting grid factor" },
};

const REGIONS: readonly { readonly id: GridRegion; readonly zh: string; readonly en: string }[] = [
  { id: "north", zh: "华北", en: "North China" },
  { id: "northeast", zh: "东北", en: "Northeast China" },
  { id: "east", zh: "华东", en: "East China" },
  { id: "central", zh: "华中", en: "Central China" },
  { id: "northwest", zh: "西北", en: "Northwest China" },
  { id: "south", zh: "南方", en: "South China (China Southern grid)" },
  { id: "southwest", zh: "西南", en: "Southwest China" },
];

function nationalSet(kind: Exclude<GridFactorKind, "regional" | "market">, year: number, value: number): GridFactorSet {
  const name = KIND_NAMES[kind];
  return {
    id: `${kind}-${year}`,
    name: { zh: `${year}年${name.zh}`, en: `${name.en} ${year}` },
    kind,
    year,
    value,
    unit: UNIT,
    aliases: [`${name.zh}-${year}`],
    source: announcementOf(year),
  };
}

// docs/templates.md#standard-coal-and-co2: "regional grids 2022/2023: 华北 0.6776/0.6361, 东北 0.5564/0.5122, 华东 0.5617/0.5500,
// 华中 0.5395/0.5271, 西北 0.5857/0.5543, 南方 0.3869/0.4042, 西南 0.2268/0.2472".
const REGIONAL_YEARS = [2022, 2023] as const;
type RegionalYear = (typeof REGIONAL_YEARS)[number];
const REGIONAL_VALUES: Readonly<Record<GridRegion, Readonly<Record<RegionalYear, number>>>> = {
  north: { 2022: 0.6776, 2023: 0.6361 },
  northeast: { 2022: 0.5564, 2023: 0.5122 },
  east: { 2022: 0.5617, 2023: 0.55 },
  central: { 2022: 0.5395, 2023: 0.5271 },
  northwest: { 2022: 0.5857, 2023: 0.5543 },
  south: { 2022: 0.3869, 2023: 0.4042 },
  southwest: { 2022: 0.2268, 2023: 0.2472 },
};

function regionalSets(): GridFactorSet[] {
  return REGIONS.flatMap((region) =>
    REGIONAL_YEARS.map((year) => ({
      id: `${region.id}-${year}`,
      name: {
        zh: `${year}年${region.zh}区域电网平均二氧化碳排放因子`,
        en: `${region.en} regional grid average ${year}`,
      },
      kind: "regional" as const,
      region: region.id,
      year,
      value: REGIONAL_VALUES[region.id][year],
      unit: UNIT,
      aliases: [`${region.zh}-${year}`, `${region.zh}电网-${year}`, `${region.zh}区域电网-${year}`],
      source: announcementOf(year),
    })),
  );
}

export const GRID_FACTOR_SETS: readonly GridFactorSet[] = [
  // docs/templates.md#standard-coal-and-co2: national average 2021 0.5568, 2022 0.5366, 2023 0.5306 kg CO₂/kWh
  nationalSet("national", 2021, 0.5568),
  nationalSet("national", 2022, 0.5366),
  nationalSet("national", 2023, 0.5306),
  // docs/templates.md#standard-coal-and-co2: excluding market-traded non-fossil 2021 0.5942 (the 2021 announcement,
  // no. 12 of 2024), 2022 0.5856, 2023 0.6096
  nationalSet("national-excl-market", 2021, 0.5942),
  nationalSet("national-excl-market", 2022, 0.5856),
  nationalSet("national-excl-market", 2023, 0.6096),
  // docs/templates.md#standard-coal-and-co2: fossil-fuel power 2021 0.8426, 2022 0.8325, 2023 0.8273
  nationalSet("fossil", 2021, 0.8426),
  nationalSet("fossil", 2022, 0.8325),
  nationalSet("fossil", 2023, 0.8273),
  // docs/templates.md#standard-coal-and-co2: "carbon-market reporting factor 0.5703 t CO₂/MWh (2023–2025 power-sector notice)"
  {
    id: "market-2022",
    name: {
      zh: "全国碳市场电网排放因子（2023—2025年发电行业通知）",
      en: "carbon-market reporting grid factor (2023–2025 power-sector notice)",
    },
    kind: "market",
    year: 2022,
    value: 0.5703,
    unit: UNIT,
    aliases: ["碳市场-2022", "全国碳市场电网排放因子", "market"],
    source: {
      ref: {
        zh: "生态环境部办公厅《关于做好2023—2025年发电行业企业温室气体排放报告管理有关工作的通知》",
        en: "MEE notice on greenhouse-gas reporting of power-generation enterprises for 2023–2025",
      },
      publisher: { zh: "生态环境部 2023", en: "Ministry of Ecology and Environment 2023" },
      status: "to-confirm",
      note: {
        zh: "该通知规定自2023年起报告使用的全国电网排放因子，并非2022年的统计因子；在 GREEN.CO2 中该因子集名为 market-2022",
        en: "the factor the 2023–2025 power-sector notice sets for reporting from 2023 on, not a 2022 statistical factor; GREEN.CO2 names the set market-2022",
      },
    },
  },
  ...regionalSets(),
];

/** docs/functions.md: "Default: the newest national average". */
export const DEFAULT_GRID_FACTOR_SET: GridFactorSet = GRID_FACTOR_SETS.filter((set) => set.kind === "national").reduce(
  (newest, set) => (set.year > newest.year ? set : newest),
);

/** Find a grid factor set by docs/templates.md name ("national-2023", "east-2022") or Chinese alias ("华东-2022"). */
export const findGridFactorSet: (name: string) => GridFactorSet | undefined = makeFinder(GRID_FACTOR_SETS, (s) => [
  s.id,
  s.name.zh,
  s.name.en,
  ...s.aliases,
]);

/**
 * The grid factor a carbon inventory applies (docs/templates.md#carbon-inventory): a kind of factor, or one
 * regional grid, chosen once on the parameter sheet; each year takes that kind's factor of the same year,
 * else of the newest earlier year, else of the earliest year published.
 */
export interface GridChoice {
  readonly id: string;
  readonly name: Text;
  readonly kind: GridFactorKind;
  readonly region?: GridRegion;
}

const NATIONAL_CHOICE: GridChoice = {
  id: "national",
  name: { zh: "全国电网平均", en: "national average" },
  kind: "national",
};

export const GRID_CHOICES: readonly GridChoice[] = [
  NATIONAL_CHOICE,
  {
    id: "national-excl-market",
    name: {
      zh: "全国电网平均（不含市场化交易非化石电量）",
      en: "national excl. market non-fossil",
    },
    kind: "national-excl-market",
  },
  { id: "fossil", name: { zh: "全国化石能源电力", en: "national fossil-fuel" }, kind: "fossil" },
  { id: "market", name: { zh: "全国碳市场电网排放因子", en: "carbon-market factor" }, kind: "market" },
  ...REGIONS.map((region) => ({
    id: region.id,
    name: { zh: `${region.zh}区域电网`, en: `${region.en.replace(/ \(.*\)$/, "")} grid` },
    kind: "regional" as const,
    region: region.id,
  })),
];

/** docs/functions.md: "Default: the newest national average" — the national average, year by year. */
export const DEFAULT_GRID_CHOICE: GridChoice = NATIONAL_CHOICE;

/**
 * The grid factor a carbon inventory applies: GB/T 32150 counts purchased electricity at the grid's emission
 * factor without naming the grid; the national average is the default, a regional grid or another kind may be chosen.
 */
export const GRID_CHOICE_SOURCE: Source = {
  ref: cite(GBT_32150, {
    zh: "外购电力按电网排放因子核算",
    en: "purchased electricity at the grid's emission factor",
  }),
  status: "to-confirm",
  note: {
    zh: "通则未指定电网：默认全国电网平均，可改选区域电网或其他口径",
    en: "the standard names no grid: national average by default; a regional grid or another kind may be chosen",
  },
  check: {
    zh: "核对园区碳排放核算应采用的电网排放因子（全国、区域电网或碳市场因子），与主管部门或报告用途的要求一致",
    en: "check which grid factor the park's carbon inventory is to use (national, a regional grid or the carbon-market factor), as the authority or the report's purpose requires",
  },
};

/**
 * A grid choice by id or by its name in either language, compared as a spreadsheet compares text (the
 * inventory sheet's formulas do): spaces at either end and repeated inside ignored, letters in any case.
 */
export function findGridChoice(name: string): GridChoice | undefined {
  const key = name.replace(/\s+/g, " ").trim().toLowerCase();
  return GRID_CHOICES.find((c) => [c.id, c.name.zh, c.name.en].some((w) => w.toLowerCase() === key));
}

/** The factor sets of a choice, oldest first. */
export function gridSetsOf(choice: GridChoice): GridFactorSet[] {
  return GRID_FACTOR_SETS.filter((s) => s.kind === choice.kind && s.region === choice.region).sort(
    (a, b) => a.year - b.year,
  );
}

/** The set a choice applies to a year: the same year's, else the newest earlier one, else the earliest. */
export function gridSetForYear(choice: GridChoice, year: number): GridFactorSet {
  const sets = gridSetsOf(choice);
  const earlier = sets.filter((s) => s.year <= year);
  const set = earlier[earlier.length - 1] ?? sets[0];
  // every choice of GRID_CHOICES has factor sets (the catalog test checks it)
  if (set === undefined) throw new Error(`no grid factor set for ${choice.id}`);
  return set;
}

/** docs/templates.md#standard-coal-and-co2: "Heat: GJ × 0.11 t CO₂/GJ". */
export const HEAT_CO2_FACTOR: ParameterDef = {
  id: "heat-co2-factor",
  name: { zh: "热力二氧化碳排放因子", en: "CO₂ factor of purchased heat" },
  value: 0.11,
  unit: "tCO2/GJ",
  source: {
    ref: cite(GBT_32150, { zh: "外购热力排放因子", en: "factor of purchased heat" }),
    status: "to-confirm",
    note: {
      zh: "0.11 tCO₂/GJ 为外购热力常用的默认值，待与标准附录核对",
      en: "0.11 t CO₂/GJ is the commonly used default for purchased heat; to be checked against the standard's annex",
    },
  },
};
