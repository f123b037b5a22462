/**
 * 江苏省《行业清洁生产审核技术指南》附录B 7.2 绩效评估: "其他污染物减排量 — 污染物 | 减排量（单位/年）" (three pairs a row, two
 * rows) and the "其他" saving of 资源能源节约情况. Each distinct name and unit an option gives takes one row of the
 * matrix, in the order the options first name it.
 */
import { otherBenefitSlots, type OtherBenefitEntry } from "../../../src/domain/calc";

const e = (name: unknown, unit: unknown, counted = true): OtherBenefitEntry => ({ name, unit, counted });

describe("the matrix row of an other pollutant or saving (附录B 7.2 其他污染物减排量、其他)", () => {
  test.each<[string, OtherBenefitEntry[], (number | null)[]]>([
    ["a new name takes the next row", [e("甲苯", "t/a"), e("二甲苯", "t/a")], [1, 2]],
    ["the same name and unit share a row", [e("甲苯", "t/a"), e("总氮", "t/a"), e("甲苯", "t/a")], [1, 2, 1]],
    ["another unit is another row (never converted)", [e("甲苯", "t/a"), e("甲苯", "kg/a")], [1, 2]],
    ["letter case does not matter, as “=” compares text", [e("toluene", "t/a"), e("Toluene", "T/A")], [1, 1]],
    ["spaces do", [e("甲苯", "t/a"), e("甲苯 ", "t/a")], [1, 2]],
    ["a number is not its text", [e(5, "t/a"), e("5", "t/a")], [1, 2]],
    ["an empty unit matches an empty unit", [e("甲苯", null), e("甲苯", "")], [1, 1]],
    ["no name (or only whitespace), no row", [e(null, "t/a"), e("　", "t/a"), e("甲苯", "t/a")], [null, null, 1]],
    [
      "an option without a status is not counted",
      [e("甲苯", "t/a", false), e("总氮", "t/a"), e("甲苯", "t/a")],
      [null, 1, 2],
    ],
  ])("%s", (_name, entries, slots) => expect(otherBenefitSlots(entries)).toEqual(slots));

  test("no options, no rows", () => expect(otherBenefitSlots([])).toEqual([]));
});
