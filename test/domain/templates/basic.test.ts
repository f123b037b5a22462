import { BASIC_REQUIREMENTS } from "../../../src/domain/catalog";
import { basicTemplate } from "../../../src/domain/templates/specs/basic";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_C, options } from "./scenarioFixtures";
import { project, structureProblems } from "./projection";

describe("basic template (《北京市工业园区绿色诊断工作指南》 附件2-1-1)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(basicTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s): names, locks, native functions, prompts, regions", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = basicTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("the 8 requirements verbatim, six mandatory and two encouraged", () => {
    const plan = basicTemplate.build(options());
    const texts = plan.cells.filter((c) => c.col === 1 && c.role === "label").map((c) => c.value);
    expect(texts).toEqual(BASIC_REQUIREMENTS.map((r) => r.text.zh));
    const kinds = plan.cells.filter((c) => c.col === 2 && c.role === "label").map((c) => c.value);
    expect(kinds).toEqual(["必要", "必要", "必要", "必要", "必要", "必要", "鼓励", "鼓励"]);
  });

  test("a 符合/不符合 drop-down on the eight answers, unlocked inputs, evidence as text", () => {
    const plan = basicTemplate.build(options());
    expect(plan.validations[0]).toMatchObject({ range: "D6:D13", rule: { kind: "list", items: ["符合", "不符合"] } });
    expect(basicTemplate.build(options({ lang: "en-US" })).validations[0]!.rule).toEqual({
      kind: "list",
      items: ["compliant", "non-compliant"],
    });
    const inputs = plan.cells.filter((c) => c.role === "input");
    expect(inputs).toHaveLength(24);
    expect(plan.cells.filter((c) => c.key?.startsWith("evidence:")).every((c) => c.numberFormat === "@")).toBe(true);
  });

  test("the verdict counts only the mandatory items and is named", () => {
    const plan = basicTemplate.build(options({ nameSuffix: "_2" }));
    const overall = plan.cells.find((c) => c.key === "basic-overall");
    expect(overall?.formula).toBe(
      'IF(COUNTIF(D6:D11,"不符合")+COUNTIF(D6:D11,"non-compliant")>0,"不符合",IF(COUNTIF(D6:D11,"符合")+COUNTIF(D6:D11,"compliant")=6,"符合",""))',
    );
    expect(overall?.cached).toBe("");
    expect(plan.names.find((n) => n.name === "GREEN_BASIC_OVERALL_2")?.range).toBe("D15");
  });

  test("prefills by id or by position", () => {
    const byId = basicTemplate.build(options({ rows: { basic: [{ id: "BR8", answer: "符合" }] } }));
    expect(byId.cells.find((c) => c.key === "answer:BR8")?.value).toBe("符合");
    expect(byId.cells.find((c) => c.key === "answer:BR1")?.value).toBeNull();
    const byPosition = basicTemplate.build(options({ rows: { basic: [{ answer: "不符合" }] } }));
    expect(byPosition.cells.find((c) => c.key === "answer:BR1")?.value).toBe("不符合");
    expect(byPosition.cells.find((c) => c.key === "basic-overall")?.cached).toBe("不符合");
  });
});
