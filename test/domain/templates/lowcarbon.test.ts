import { LOW_CARBON_ITEMS, LOW_CARBON_SECTIONS } from "../../../src/domain/catalog";
import { lowCarbonVerdict } from "../../../src/domain/calc";
import { lowCarbonTemplate } from "../../../src/domain/templates/specs/lowcarbon";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { options } from "./scenarioFixtures";
import { structureProblems } from "./projection";

const cell = (plan: SheetPlan, key: string) => plan.cells.find((c) => c.key === key);

/** Every item answered 符合 with an evidence index. */
const allCompliant = () => LOW_CARBON_ITEMS.map((i) => ({ id: i.id, answer: "符合", evidence: `附件 ${i.id}` }));

describe("《工业园区低碳管理 基本要求》: the verdict rule (calc)", () => {
  test.each([
    [
      "every shall item 符合",
      [
        ["应", "符合"],
        ["应", "符合"],
        ["宜", "不符合"],
      ],
      "符合",
    ],
    [
      "不适用 counts as met",
      [
        ["应", "不适用"],
        ["应", "符合"],
      ],
      "符合",
    ],
    [
      "one shall item 部分符合",
      [
        ["应", "部分符合"],
        ["应", "符合"],
      ],
      "不符合",
    ],
    [
      "one shall item 不符合 while another is open",
      [
        ["应", "不符合"],
        ["应", null],
      ],
      "不符合",
    ],
    [
      "English words in any case",
      [
        ["应", "Compliant"],
        ["应", "NOT APPLICABLE"],
      ],
      "符合",
    ],
  ] as const)("%s", (_, rows, expected) => {
    const v = lowCarbonVerdict(rows.map(([kind, answer]) => ({ kind, answer })));
    expect(v).toEqual({ ok: true, value: expected });
  });

  test("no verdict while a shall item is open or answered with another word; none for a should-only clause", () => {
    expect(
      lowCarbonVerdict([
        { kind: "应", answer: "符合" },
        { kind: "应", answer: "" },
      ]).ok,
    ).toBe(false);
    expect(lowCarbonVerdict([{ kind: "应", answer: "符合 " }]).ok).toBe(false);
    expect(lowCarbonVerdict([{ kind: "宜", answer: "符合" }])).toMatchObject({ ok: false, reason: "unknown-id" });
  });
});

describe("低碳管理 template", () => {
  test("every requirement of the standard is a row in its words, in the standard's order", () => {
    const plan = lowCarbonTemplate.build(options());
    const texts = plan.cells.filter((c) => c.col === 1 && c.role === "label" && c.row > 6).map((c) => c.value);
    const itemTexts = texts.filter((t) => LOW_CARBON_ITEMS.some((i) => i.text.zh === t));
    expect(itemTexts).toEqual(LOW_CARBON_ITEMS.map((i) => i.text.zh));
    // 4 + 9 + 4 + 3 + 3 + 4 + 4 + 3 + 4 + 4 + 2 + 3 + 3 + 3 + 2 + 2 + 10 + 4 (the items of chapters 4–8)
    expect(LOW_CARBON_ITEMS).toHaveLength(73);
    expect(LOW_CARBON_SECTIONS.map((s) => s.id)).toEqual([
      "4",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "5.5",
      "5.6",
      "6.1",
      "6.2",
      "6.3",
      "6.4",
      "7.1",
      "7.2",
      "7.3",
      "8.1.1",
      "8.1.2",
      "8.2",
      "8.3",
    ]);
  });

  test("应 and 宜 as the standard words them: a 宜 clause, a 宜 item in a 应 clause, 鼓励 as 宜", () => {
    const kind = (id: string) => LOW_CARBON_ITEMS.find((i) => i.id === id)?.kind;
    expect(["5.2a", "5.6d", "7.1a", "7.2c"].map(kind)).toEqual(["宜", "宜", "宜", "宜"]);
    expect(["5.3a", "5.3c", "6.3a", "6.3b", "6.3c", "6.3d"].map(kind)).toEqual(["应", "宜", "应", "宜", "宜", "应"]);
    expect(LOW_CARBON_ITEMS.filter((i) => i.id.startsWith("8.2")).map((i) => i.kind)).toEqual(Array(10).fill("应"));
  });

  test.each(["zh-CN", "en-US"] as const)("structure (%s): locks, native functions, prompts, regions", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = lowCarbonTemplate.build(options({ lang, mode }));
      expect(structureProblems(plan)).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
    }
  });

  test("the answer drop-down, and three inputs per item keyed by clause", () => {
    const plan = lowCarbonTemplate.build(options());
    expect(plan.validations[0]?.rule).toEqual({ kind: "list", items: ["符合", "部分符合", "不符合", "不适用"] });
    expect(lowCarbonTemplate.build(options({ lang: "en-US" })).validations[0]?.rule).toEqual({
      kind: "list",
      items: ["compliant", "partly compliant", "non-compliant", "not applicable"],
    });
    expect(plan.cells.filter((c) => c.role === "input")).toHaveLength(73 * 3);
    expect(cell(plan, "answer:5.4b")).toBeDefined();
    expect(cell(plan, "evidence:8.2j")?.numberFormat).toBe("@");
  });

  test("a section verdict counts its 应 rows by COUNTIFS over the answer and 应/宜 columns", () => {
    const plan = lowCarbonTemplate.build(options());
    const f = cell(plan, "verdict:5.4")?.formula ?? "";
    expect(f.startsWith("IF(COUNTIFS(D")).toBe(true);
    expect(f).toContain('"部分符合"');
    expect(f).toContain("COUNTIF(C");
    expect(cell(plan, "verdict:5.2")).toBeUndefined(); // 宜 only
    expect(plan.names.find((n) => n.name === "GREEN_LOWCARBON_OVERALL")?.range).toBe("D5");
  });

  test("verdicts follow the answers: all 符合 → 符合; one 应 item 部分符合 → its clause and the whole 不符合; a 宜 item 不符合 → still 符合", () => {
    const ok = lowCarbonTemplate.build(options({ rows: { lowcarbon: allCompliant() } }));
    expect(cell(ok, "verdict:overall")?.cached).toBe("符合");
    expect(cell(ok, "verdict:6.3")?.cached).toBe("符合");
    const partly = allCompliant().map((r) => (r.id === "6.3d" ? { ...r, answer: "部分符合" } : r));
    const bad = lowCarbonTemplate.build(options({ rows: { lowcarbon: partly } }));
    expect(cell(bad, "verdict:6.3")?.cached).toBe("不符合");
    expect(cell(bad, "verdict:6.2")?.cached).toBe("符合");
    expect(cell(bad, "verdict:overall")?.cached).toBe("不符合");
    const should = allCompliant().map((r) => (r.id === "6.3b" ? { ...r, answer: "不符合" } : r));
    expect(cell(lowCarbonTemplate.build(options({ rows: { lowcarbon: should } })), "verdict:overall")?.cached).toBe(
      "符合",
    );
    expect(cell(lowCarbonTemplate.build(options()), "verdict:overall")?.cached).toBe("");
  });

  test("5.4 b): the statistics beside the Data sheet's names, 绿色出行比例 marked as not on it", () => {
    const data = {
      years: [2021, 2022, 2023, 2024] as [number, number, number, number],
      values: { co2: [null, 5000, 4800, null], water_reused: [1, 2, 3, 4] },
    };
    const plan = lowCarbonTemplate.build(options({ data }));
    expect(cell(plan, "statistic:co2:1")?.formula).toBe('IF(ISNUMBER(GREEN_DATA_co2_Y1),GREEN_DATA_co2_Y1,"")');
    expect([1, 2, 3].map((k) => cell(plan, `statistic:co2:${k}`)?.cached)).toEqual([5000, 4800, ""]);
    expect(cell(plan, "statistic:co2:coverage")?.cached).toBe("不全");
    expect(cell(plan, "statistic:water_reused:coverage")?.cached).toBe("齐全");
    expect(plan.cells.some((c) => c.value === "绿色出行比例：基础数据表无此项，在低碳运行统计报告中列示")).toBe(true);
  });
});
