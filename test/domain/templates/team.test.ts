import {
  AUDIT_ROWS,
  ENTERPRISE_ROWS,
  PARK_STAFF_ROWS,
  TEAM_ROWS,
  teamTemplate,
} from "../../../src/domain/templates/specs/team";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { SCENARIO_A, SCENARIO_B, SCENARIO_C, options } from "./scenarioFixtures";
import { project, structureProblems } from "./projection";

const cached = (plan: ReturnType<typeof teamTemplate.build>, key: string) =>
  plan.cells.find((c) => c.key === key)?.cached;

describe("team template (《北京市工业园区绿色诊断工作指南》 三(二) and team table; 《工业园区清洁生产审核指南》 5.1.2)", () => {
  test.each([
    ["zh-CN", SCENARIO_A],
    ["en-US", SCENARIO_C],
  ] as const)("snapshot %s", (lang, rows) => {
    expect(project(teamTemplate.build(options({ lang, rows })))).toMatchSnapshot();
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s)", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = teamTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("input capacity, drop-downs for the titles and the 是/否 columns", () => {
    const plan = teamTemplate.build(options());
    expect(plan.cells.filter((c) => c.role === "input")).toHaveLength(
      (TEAM_ROWS + PARK_STAFF_ROWS) * 10 + AUDIT_ROWS * 10 + ENTERPRISE_ROWS,
    );
    const titles = { kind: "list", items: ["正高级职称", "副高级职称", "中级职称", "初级职称", "其他/无"] };
    expect(plan.validations.map((v) => [v.range, v.rule])).toEqual([
      ["E47:E86", { kind: "list", items: ["是", "否"] }],
      ["H47:H86", titles],
      ["E8:E33", titles],
      ["G8:G33", { kind: "list", items: ["是", "否"] }],
    ]);
  });

  test("the minimums come from the parameter sheet's names", () => {
    const plan = teamTemplate.build(options({ nameSuffix: "_2" }));
    const required = plan.cells.filter((c) => c.key?.startsWith("required:")).map((c) => [c.formula, c.cached]);
    expect(required).toEqual([
      ["GREEN_PARAM_TEAM_MIN_MEMBERS_2", 5],
      ["GREEN_PARAM_TEAM_MIN_SENIOR_2", 2],
      ["GREEN_PARAM_TEAM_MIN_PROJECT_LEADS_2", 3],
      ["GREEN_PARAM_TEAM_MIN_PARK_STAFF_2", 1],
    ]);
    const perEnterprise = plan.cells.find((c) => c.key === "enterprise:members-required:1");
    const finance = plan.cells.find((c) => c.key === "enterprise:finance-required:1");
    expect([perEnterprise?.formula, finance?.formula]).toEqual([
      "GREEN_PARAM_AUDIT_TEAM_MIN_PER_ENTERPRISE_2",
      "GREEN_PARAM_AUDIT_TEAM_MIN_FINANCE_2",
    ]);
    expect(teamTemplate.reads).toEqual(["params"]);
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["GREEN_TEAM_MEMBERS_2", "GREEN_TEAM_CHECK_2"]),
    );
  });

  test("an empty team: every check is empty", () => {
    const plan = teamTemplate.build(options());
    expect(
      plan.cells
        .filter((c) => c.formula !== undefined && !c.key?.startsWith("required:") && !c.key?.includes("-required:"))
        .every((c) => c.cached === ""),
    ).toBe(true);
  });

  test("a team of four fails on size only; no senior title but three project leads passes", () => {
    const four = teamTemplate.build(options({ rows: SCENARIO_A }));
    expect(
      ["verdict:members", "verdict:expertise", "verdict:park", "verdict:overall"].map((k) => cached(four, k)),
    ).toEqual(["不符合", "符合", "符合", "不符合"]);
    const leads = teamTemplate.build(options({ rows: SCENARIO_B }));
    expect(["count:members", "count:senior", "count:leads", "count:park"].map((k) => cached(leads, k))).toEqual([
      5, 0, 3, 1,
    ]);
    expect(cached(leads, "verdict:overall")).toBe("符合");
  });
});

/**
 * 《北京市工业园区绿色诊断工作指南》绿色诊断工作组成员表: "专家成员 … 园区工作人员" — two sections; the park staff in charge are
 * the members of the second (三（二）"诊断工作组应包括至少一名园区相关工作负责人").
 */
describe("the diagnosis team in the table's two sections", () => {
  const plan = teamTemplate.build(options({ rows: SCENARIO_A }));
  const at = (key: string) => plan.cells.find((c) => c.key === key);
  const label = (text: string) => plan.cells.find((c) => c.value === text)?.row;

  test("专家成员 above the experts, 园区工作人员 above the park staff; no 是/否 park-staff column", () => {
    expect(label("专家成员")).toBe((at("name:1")?.row ?? 0) - 1);
    expect(label("园区工作人员")).toBe((at("park:name:1")?.row ?? 0) - 1);
    expect(plan.cells.filter((c) => c.key?.startsWith("park_staff:"))).toEqual([]);
    expect(plan.cells.filter((c) => c.value === "园区相关工作负责人")).toEqual([]);
  });

  test.each([
    ["a row flagged park_staff 是 (the former column)", { name: "赵敏", park_staff: "是" }],
    ["a row of section park", { name: "赵敏", section: "park" }],
  ])("%s is placed among the park staff and counts as one", (_, row) => {
    const p = teamTemplate.build(options({ rows: { team: [{ name: "张伟" }, row] } }));
    const cell = (key: string) => p.cells.find((c) => c.key === key);
    expect([cell("name:1")?.value, cell("name:2")?.value, cell("park:name:1")?.value]).toEqual(["张伟", null, "赵敏"]);
    expect([cell("count:members")?.cached, cell("count:park")?.cached]).toEqual([2, 1]);
  });
});

/**
 * T/CPPC《工业园区清洁生产审核指南》5.1.2（2）: "确保工业园区内每个企业至少有 2 位审核小组成员，且必须有一位成员来自本企业的财务部门。"
 * Counts by hand from scenario A's audit rows.
 */
describe("the enterprise audit team, checked per enterprise", () => {
  const plan = teamTemplate.build(options({ rows: SCENARIO_A }));
  const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;

  test.each([
    [1, "甲化工有限公司", 2, 1, "符合"],
    [2, "乙电子有限公司", 1, 1, "不符合"], // the second row has no name
    [3, "丙制药有限公司", 3, 0, "不符合"],
    [4, "丁材料有限公司", 0, 0, "不符合"],
  ])("enterprise %i %s: %i members, %i from finance → %s", (n, name, members, finance, verdict) => {
    expect(plan.cells.find((c) => c.key === `enterprise:name:${n}`)?.value).toBe(name);
    expect([members, finance, verdict]).toEqual([
      cached(`enterprise:members:${n}`),
      cached(`enterprise:finance:${n}`),
      cached(`enterprise:verdict:${n}`),
    ]);
    expect([cached(`enterprise:members-required:${n}`), cached(`enterprise:finance-required:${n}`)]).toEqual([2, 1]);
  });

  test("native COUNTIFS over the members; the overall verdict; an enterprise row left empty stays empty", () => {
    const formula = plan.cells.find((c) => c.key === "enterprise:members:1")?.formula ?? "";
    expect(formula).toMatch(/^IF\(ISTEXT\(B\d+\),COUNTIFS\(\$C\$\d+:\$C\$\d+,B\d+,\$B\$\d+:\$B\$\d+,"<>"\),""\)$/);
    expect(cached("enterprise:overall")).toBe("不符合");
    expect([cached("enterprise:members:5"), cached("enterprise:verdict:5")]).toEqual(["", ""]);
    expect(plan.names.map((n) => n.name)).toContain("GREEN_AUDIT_TEAM_CHECK");
  });

  test("no enterprise listed: every enterprise cell and the overall verdict are empty", () => {
    const empty = teamTemplate.build(options());
    const cells = empty.cells.filter(
      (c) => c.key?.startsWith("enterprise:") && c.formula && !c.key.includes("required"),
    );
    expect(cells).toHaveLength(3 * ENTERPRISE_ROWS + 1);
    expect(cells.every((c) => c.cached === "")).toBe(true);
  });
});
