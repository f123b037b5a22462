/** Units of docs/templates.md#standard-coal-and-co2 and their conversion factors. */
import { UNITS, findUnit, unitFactor } from "../../../src/domain/catalog";

describe("UNITS", () => {
  it.each([
    ["t", "mass", 1],
    ["kg", "mass", 0.001],
    ["万t", "mass", 10000],
    ["m³", "volume", 1],
    ["万m³", "volume", 10000],
    ["kWh", "electricity", 1],
    ["万kWh", "electricity", 10000],
    ["MWh", "electricity", 1000],
    ["GJ", "energy", 1],
    ["MJ", "energy", 0.001],
  ])("%s is %s with factor %s", (id, dimension, factor) => {
    const unit = findUnit(id);
    expect(unit?.dimension).toBe(dimension);
    expect(unit?.factor).toBe(factor);
  });

  it.each([
    ["千瓦时", "kWh"],
    ["万千瓦时", "万kWh"],
    ["万度", "万kWh"],
    ["立方米", "m³"],
    ["m3", "m³"],
    ["吨", "t"],
    ["千克", "kg"],
    ["公斤", "kg"],
    ["兆瓦时", "MWh"],
    ["吉焦", "GJ"],
    ["兆焦", "MJ"],
    ["万立方米", "万m³"],
    ["万m3", "万m³"],
    ["KWH", "kWh"],
  ])("alias %s → %s", (alias, id) => {
    expect(findUnit(alias)?.id).toBe(id);
  });

  it("converts within a dimension only", () => {
    expect(unitFactor("万kWh", "MWh")).toBe(10);
    expect(unitFactor("kg", "t")).toBe(0.001);
    expect(unitFactor("MJ", "GJ")).toBe(0.001);
    expect(unitFactor("kWh", "GJ")).toBeUndefined();
    expect(unitFactor("t", "m³")).toBeUndefined();
    expect(unitFactor("furlong", "t")).toBeUndefined();
  });

  it("has one base unit (factor 1) per dimension", () => {
    const dimensions = new Set(UNITS.map((u) => u.dimension));
    for (const dimension of dimensions)
      expect(UNITS.filter((u) => u.dimension === dimension && u.factor === 1)).toHaveLength(1);
  });
});
