/**
 * calc.measuringItem: which row of the performance matrix measures a further target. 江苏省《行业清洁生产审核技术指南》
 * 附录B 7.3 “审核目标完成情况” reports each target's completion; the matrix of 附录B 7.2 totals each reduction and saving,
 * among them “其他污染物减排量：污染物、减排量（单位/年）”. A target naming a quantity the matrix totals takes that total,
 * typed only where the matrix has no such row (docs/templates.md#targets).
 */
import { measuringItem, type MatrixItem } from "../../../src/domain/calc";

const ITEMS: readonly MatrixItem[] = [
  { id: "nh3n", names: ["氨氮减排", "Ammonia nitrogen reduction"], units: ["t/a"] },
  { id: "save_electricity", names: ["节电", "Electricity saved"], units: ["万kWh/a", "10⁴ kWh/a"] },
  { id: "other_pollutant", names: ["甲苯"], units: ["t/a"] },
  { id: "other_pollutant", names: ["甲苯"], units: ["kg/a"] },
  { id: "other_saving", names: ["节约石灰石"], units: ["t/a"] },
  // an option named this pollutant as an other pollutant too: the fixed row above comes first
  { id: "other_pollutant", names: ["氨氮减排"], units: ["t/a"] },
];

describe("measuringItem: the matrix row a target's indicator and unit name (附录B 7.3, 7.2)", () => {
  test.each([
    ["an other pollutant by its name and unit", "甲苯", "t/a", ITEMS[2]],
    ["the same name in another unit is another row, never converted", "甲苯", "kg/a", ITEMS[3]],
    ["a unit no row has: typed", "甲苯", "g/a", undefined],
    ["blanks trimmed as TRIM trims them", "  甲苯 ", " t/a", ITEMS[2]],
    ["a fixed benefit in Chinese", "氨氮减排", "t/a", ITEMS[0]],
    ["a fixed benefit in English, letter case ignored", "ammonia NITROGEN reduction", "T/A", ITEMS[0]],
    ["a fixed benefit's unit in either language", "节电", "10⁴ kWh/a", ITEMS[1]],
    ["an other saving", "节约石灰石", "t/a", ITEMS[4]],
    ["a name the matrix does not total: typed", "绿色工厂数量", "家", undefined],
    ["no unit: typed", "甲苯", "", undefined],
    ["no indicator: typed", null, "t/a", undefined],
    ["a part of a name is not the name", "氨氮", "t/a", undefined],
  ])("%s", (_, indicator, unit, expected) => {
    expect(measuringItem(indicator, unit, ITEMS)).toBe(expected);
  });

  test("letter case of an other pollutant named in Latin letters is ignored", () => {
    const items: MatrixItem[] = [{ id: "other_pollutant", names: ["Toluene"], units: ["t/a"] }];
    expect(measuringItem("toluene", "t/a", items)).toBe(items[0]);
  });

  test("a number names what the matrix shows as its text", () => {
    const items: MatrixItem[] = [{ id: "other_pollutant", names: ["2"], units: ["t/a"] }];
    expect(measuringItem(2, "t/a", items)).toBe(items[0]);
  });
});
