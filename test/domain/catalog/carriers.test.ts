/** Carriers against docs/templates.md#standard-coal-and-co2 (GB/T 2589 coefficients) and docs/templates.md#standard-coal-and-co2 (fuel CO₂ data). */
import { CARRIERS, findCarrier, findUnit } from "../../../src/domain/catalog";

// docs/templates.md#standard-coal-and-co2: name → kgce per unit, native unit
const TCE_COEFFICIENTS: readonly [string, number, string][] = [
  ["原煤", 0.7143, "kg"],
  ["洗精煤", 0.9, "kg"],
  ["焦炭", 0.9714, "kg"],
  ["原油", 1.4286, "kg"],
  ["燃料油", 1.4286, "kg"],
  ["汽油", 1.4714, "kg"],
  ["煤油", 1.4714, "kg"],
  ["柴油", 1.4571, "kg"],
  ["液化石油气", 1.7143, "kg"],
  ["炼厂干气", 1.5714, "kg"],
  ["油田天然气", 1.33, "m³"],
  ["气田天然气", 1.2143, "m³"],
  ["焦炉煤气", 0.5929, "m³"],
  ["高炉煤气", 0.1286, "m³"],
  ["热力", 0.03412, "MJ"],
  ["电力", 0.1229, "kWh"],
];

// docs/templates.md#standard-coal-and-co2: fuel → NCV, carbon content tC/GJ, oxidation rate, NCV basis
const CO2_DATA: readonly [string, number, number, number, string][] = [
  ["柴油", 42.652, 0.0202, 0.98, "t"],
  ["汽油", 43.07, 0.0189, 0.98, "t"],
  ["燃料油", 41.816, 0.0211, 0.98, "t"],
  ["原油", 41.816, 0.02008, 0.98, "t"],
  ["天然气", 389.31, 0.0153, 0.99, "万m³"],
];

describe("CARRIERS standard-coal coefficients (GB/T 2589-2020 附录A)", () => {
  it.each(TCE_COEFFICIENTS)("%s: %s kgce per %s", (name, coefficient, unit) => {
    const carrier = findCarrier(name);
    expect(carrier?.coefficient).toBe(coefficient);
    expect(carrier?.nativeUnit).toBe(unit);
    expect(findUnit(unit)).toBeDefined();
  });

  it("heat is 34.12 kgce/GJ (= 0.03412 kgce/MJ)", () => {
    const heat = findCarrier("热力");
    const perGJ = (heat?.coefficient ?? 0) / (findUnit("MJ")?.factor ?? 1);
    expect(perGJ).toBeCloseTo(34.12, 10);
  });

  it("marks the 2008 annex values to confirm", () => {
    for (const [name] of TCE_COEFFICIENTS) {
      const source = findCarrier(name)?.coefficientSource;
      expect(source?.status).toBe("to-confirm");
      expect(source?.ref.zh).toMatch(/GB\/T 2589/);
    }
  });

  it("keeps the coke-oven gas range 0.5714–0.6143 beside the 0.5929 default", () => {
    const cog = findCarrier("焦炉煤气");
    expect(cog?.coefficientRange).toEqual({ min: 0.5714, max: 0.6143 });
    expect(cog?.coefficientSource.status).toBe("to-confirm");
    expect(cog?.coefficientSource.note?.zh).toMatch(/0\.5714/);
  });

  it("has no silent default for electricity 等价值, water and steam", () => {
    for (const name of ["电力等价值", "水", "蒸汽"]) {
      const carrier = findCarrier(name);
      expect(carrier).toBeDefined();
      expect(carrier?.coefficient).toBeNull();
    }
  });
});

describe("CARRIERS CO₂ data (GB/T 32150-2015)", () => {
  it.each(CO2_DATA)("%s: NCV %s, CC %s, OF %s per %s", (name, ncv, carbonContent, oxidationRate, basis) => {
    const co2 = findCarrier(name)?.co2;
    expect(co2).toEqual({
      kind: "fuel",
      ncv,
      ncvBasis: basis,
      carbonContent,
      oxidationRate,
      source: expect.objectContaining({ status: "to-confirm" }),
    });
    expect(findUnit(basis)).toBeDefined();
  });

  it("coal types have no silent CO₂ default", () => {
    for (const name of ["原煤", "洗精煤", "焦炭"]) expect(findCarrier(name)?.co2).toBeNull();
  });

  it("electricity uses the grid factor and heat the heat factor", () => {
    expect(findCarrier("电")?.co2).toEqual({ kind: "grid" });
    expect(findCarrier("热")?.co2).toEqual({ kind: "heat" });
  });
});

describe("findCarrier aliases", () => {
  it.each([
    ["天然气", "natural-gas"],
    ["气田天然气", "natural-gas"],
    ["natural gas", "natural-gas"],
    ["Natural Gas", "natural-gas"],
    ["电", "electricity"],
    ["电力", "electricity"],
    ["electricity", "electricity"],
    ["热力", "heat"],
    ["热", "heat"],
    ["原煤", "raw-coal"],
    ["raw coal", "raw-coal"],
    [" 柴油 ", "diesel"],
  ])("%s → %s", (name, id) => {
    expect(findCarrier(name)?.id).toBe(id);
  });

  it("does not confuse oilfield gas with natural gas", () => {
    expect(findCarrier("油田天然气")?.id).toBe("oilfield-gas");
  });

  it("returns undefined for an unknown carrier", () => {
    expect(findCarrier("暗物质")).toBeUndefined();
  });

  it("names every native unit from the unit table", () => {
    for (const carrier of CARRIERS) expect(findUnit(carrier.nativeUnit)?.id).toBe(carrier.nativeUnit);
  });
});
