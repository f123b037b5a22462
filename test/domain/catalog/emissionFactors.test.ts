/** Grid factor sets against docs/functions.md (names) and docs/templates.md#standard-coal-and-co2 (values). */
import {
  DEFAULT_GRID_CHOICE,
  DEFAULT_GRID_FACTOR_SET,
  GRID_CHOICES,
  GRID_FACTOR_SETS,
  gridSetForYear,
  gridSetsOf,
  HEAT_CO2_FACTOR,
  findGridFactorSet,
} from "../../../src/domain/catalog";

// docs/templates.md#standard-coal-and-co2, t CO₂/MWh
const GRID_SETS: Readonly<Record<string, number>> = {
  "national-2021": 0.5568,
  "national-2022": 0.5366,
  "national-2023": 0.5306,
  "national-excl-market-2021": 0.5942,
  "national-excl-market-2022": 0.5856,
  "national-excl-market-2023": 0.6096,
  "fossil-2021": 0.8426,
  "fossil-2022": 0.8325,
  "fossil-2023": 0.8273,
  "market-2022": 0.5703,
  "north-2022": 0.6776,
  "north-2023": 0.6361,
  "northeast-2022": 0.5564,
  "northeast-2023": 0.5122,
  "east-2022": 0.5617,
  "east-2023": 0.55,
  "central-2022": 0.5395,
  "central-2023": 0.5271,
  "northwest-2022": 0.5857,
  "northwest-2023": 0.5543,
  "south-2022": 0.3869,
  "south-2023": 0.4042,
  "southwest-2022": 0.2268,
  "southwest-2023": 0.2472,
};

// docs/functions.md: Chinese region names
const REGION_ZH: Readonly<Record<string, string>> = {
  north: "华北",
  northeast: "东北",
  east: "华东",
  central: "华中",
  northwest: "西北",
  south: "南方",
  southwest: "西南",
};

describe("GRID_FACTOR_SETS", () => {
  it("holds exactly the sets docs/functions.md names", () => {
    expect(GRID_FACTOR_SETS.map((s) => s.id).sort()).toEqual(Object.keys(GRID_SETS).sort());
  });

  it.each(Object.entries(GRID_SETS))("%s = %s t CO₂/MWh", (name, value) => {
    const set = findGridFactorSet(name);
    expect(set?.value).toBe(value);
    expect(set?.unit).toBe("tCO2/MWh");
    expect(set?.source.ref.zh.length).toBeGreaterThan(0);
    expect(set?.year).toBe(Number(name.slice(-4)));
  });

  it.each(Object.entries(REGION_ZH))("accepts the Chinese region name of %s (%s)", (region, zh) => {
    expect(findGridFactorSet(`${zh}-2022`)?.id).toBe(`${region}-2022`);
    expect(findGridFactorSet(`${zh}-2023`)?.id).toBe(`${region}-2023`);
  });

  it("defaults to the newest national average", () => {
    expect(DEFAULT_GRID_FACTOR_SET.id).toBe("national-2023");
  });

  it("records that market-2022 is the 2023–2025 power-sector notice factor", () => {
    const market = findGridFactorSet("market-2022");
    expect(market?.source.note?.en).toMatch(/2023–2025/);
  });

  it("is case-insensitive and trims", () => {
    expect(findGridFactorSet(" National-2022 ")?.id).toBe("national-2022");
    expect(findGridFactorSet("national-2020")).toBeUndefined();
  });
});

describe("GRID_CHOICES", () => {
  test("every choice has factor sets, so a year always finds one", () => {
    for (const choice of GRID_CHOICES) expect(gridSetsOf(choice).length).toBeGreaterThan(0);
  });

  test("a year takes its own set, else the newest earlier one, else the earliest (national average)", () => {
    expect(DEFAULT_GRID_CHOICE.id).toBe("national");
    expect(gridSetForYear(DEFAULT_GRID_CHOICE, 2022).id).toBe("national-2022");
    expect(gridSetForYear(DEFAULT_GRID_CHOICE, 2030).id).toBe("national-2023");
    expect(gridSetForYear(DEFAULT_GRID_CHOICE, 2015).id).toBe("national-2021");
  });
});

describe("HEAT_CO2_FACTOR", () => {
  it("is 0.11 t CO₂/GJ with a source (GB/T 32150-2015)", () => {
    expect(HEAT_CO2_FACTOR.value).toBe(0.11);
    expect(HEAT_CO2_FACTOR.unit).toBe("tCO2/GJ");
    expect(HEAT_CO2_FACTOR.source.ref.zh).toMatch(/GB\/T 32150/);
  });
});
