import { indicatorTrend } from "../../../src/domain/calc/trend";

describe("indicatorTrend (docs/templates.md three-year trend)", () => {
  test.each([
    ["up, rising", "up", 80, 90, undefined, "improved"],
    ["up, falling", "up", 90, 80, undefined, "worse"],
    ["down, falling (smaller is better)", "down", 5, 4, undefined, "improved"],
    ["down, rising", "down", 4, 5, undefined, "worse"],
    ["equal", "up", 7, 7, undefined, "unchanged"],
    ["qualitative reaching the lead answer", "qualitative", "基本完善", "完善", "完善", "improved"],
    ["qualitative leaving it", "qualitative", "完善", "不完善", "完善", "worse"],
    ["qualitative unchanged", "qualitative", "是", "是", "是", "unchanged"],
  ] as const)("%s", (_name, direction, first, last, lead, expected) => {
    expect(indicatorTrend(direction, first, last, lead)).toEqual({ ok: true, value: expected });
  });

  test("qualitative answers ranked best first: 不完善 → 基本完善 improves without reaching the lead", () => {
    const ranked = ["完善", "基本完善", "不完善"];
    expect(indicatorTrend("qualitative", "不完善", "基本完善", "完善", ranked)).toEqual({
      ok: true,
      value: "improved",
    });
    expect(indicatorTrend("qualitative", "完善", "基本完善", "完善", ranked)).toEqual({ ok: true, value: "worse" });
  });

  test("a missing year has no trend; text for a number is invalid", () => {
    expect(indicatorTrend("up", null, 3).ok).toBe(false);
    expect(indicatorTrend("up", "a", 3)).toMatchObject({ ok: false, reason: "invalid-input" });
  });
});
