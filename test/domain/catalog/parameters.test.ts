/** Scalar parameters against 《北京市工业园区绿色诊断工作指南》, docs/templates.md#scores, docs/templates.md#cleaner-production-level, docs/templates.md#standard-coal-and-co2, docs/templates.md#economics. */
import { PARAMETERS, PARAMETER_IDS, findParameter, parameterValue } from "../../../src/domain/catalog";

describe("PARAMETERS", () => {
  it("has the score cap 120, confirmed by 《北京市工业园区绿色诊断工作指南》 附件2-1-2 注1", () => {
    const cap = findParameter("score-cap");
    expect(cap?.value).toBe(120);
    expect(cap?.source.status).toBe("confirmed");
    expect(cap?.source.ref.zh).toMatch(/附件2-1-2 注1/);
  });

  it.each([
    ["default-weight", 1],
    ["depreciation-years", 10],
    ["tax-rate", 0.25],
    ["kgce-heat", 29307],
    ["cp-level-threshold", 85],
    ["cp-level-iii-threshold", 100],
    ["full-score", 100],
    ["team-min-members", 5],
    ["team-min-senior", 2],
    ["team-min-project-leads", 3],
    ["team-min-park-staff", 1],
    ["evaluation-years", 3],
  ])("%s = %s", (id, value) => {
    expect(findParameter(id)?.value).toBe(value);
  });

  it("has 44/12 as the CO₂/C ratio", () => {
    expect(findParameter("co2-per-carbon")?.value).toBeCloseTo(44 / 12, 12);
  });

  it("leaves the cost-class threshold unset: the user must set it (docs/templates.md economics)", () => {
    const threshold = findParameter("cost-class-threshold");
    expect(threshold?.value).toBeNull();
    expect(threshold?.source.note?.en).toMatch(/user must set/);
  });

  it("gives a discount rate default that is marked to confirm (no standard gives one)", () => {
    const rate = findParameter("discount-rate");
    expect(rate?.value).toBeGreaterThan(0);
    expect(rate?.value).toBeLessThan(1);
    expect(rate?.source.status).toBe("to-confirm");
  });

  it("resolves every PARAMETER_IDS entry", () => {
    for (const id of Object.values(PARAMETER_IDS)) expect(PARAMETERS.some((p) => p.id === id)).toBe(true);
    expect(parameterValue(PARAMETER_IDS.scoreCap)).toBe(120);
    expect(parameterValue(PARAMETER_IDS.costClassThreshold)).toBeNull();
  });
});
