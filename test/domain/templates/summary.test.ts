import { INDICATOR_GROUPS, MATRIX_GROUPS } from "../../../src/domain/catalog";
import { parseRange } from "../../../src/domain/templates/a1";
import { lineCells } from "../../../src/domain/templates/charts";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { summaryTemplate } from "../../../src/domain/templates/specs/summary";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { options } from "./scenarioFixtures";
import { structureProblems } from "./projection";

const cellAt = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
/** The row of the charts' heading (九、图表 / 9 Charts), where the second page starts. */
const chartsHeading = (plan: SheetPlan) =>
  plan.cells.find((c) => c.role === "header" && (c.value === "九、图表" || c.value === "9 Charts"))?.row ?? -1;

describe("诊断结论 template", () => {
  test.each(["zh-CN", "en-US"] as const)("structure (%s): locks, native functions, one page wide", (lang) => {
    for (const mode of ["native", "custom"] as const) {
      const plan = summaryTemplate.build(options({ lang, mode }));
      // one portrait page: no frozen header band, not landscape
      const page = ["header not frozen", "not landscape"];
      expect(structureProblems(plan).filter((p) => !page.includes(p))).toEqual([]);
      expect(planProblems(plan)).toEqual([]);
      // the table on the first page, the charts from a break on the second (docs/templates.md#charts)
      expect(plan.print).toMatchObject({ fitToWidth: true, breaksBefore: [chartsHeading(plan)] });
      expect(plan.print.onePage).toBeUndefined();
    }
  });

  test.each(["zh-CN", "en-US"] as const)(
    "charts (%s): four, below the break, within the print area, each over the summary's own cells",
    (lang) => {
      const plan = summaryTemplate.build(options({ lang }));
      const charts = plan.charts ?? [];
      expect(charts.map((c) => [c.name, c.kind, c.series.length, c.legend, c.valueLabels])).toEqual([
        ["GREEN_CHART_scores", "line", 7, true, false],
        ["GREEN_CHART_groups", "bar", 1, false, false],
        ["GREEN_CHART_cost", "column", 1, false, true],
        ["GREEN_CHART_types", "bar", 1, false, true],
      ]);
      const area = parseRange(plan.print.area ?? "");
      const top = chartsHeading(plan);
      for (const chart of charts) {
        const at = parseRange(chart.at);
        expect(at && area && at.top > top && at.bottom <= area.bottom && at.right <= area.right).toBe(true);
      }
      const text = (address: string) => {
        const ref = parseRange(address);
        return plan.cells.find((c) => c.row === ref?.top && c.col === ref?.left);
      };
      const keysOf = (address: string) => lineCells(address).map((at) => cellAt(plan, at.row, at.col)?.key);
      const [trend, groups, cost, types] = charts;
      // the trend: the total and each group by its label, over the three years' header
      expect(trend?.series.map((s) => text(s.name)?.value)).toEqual(
        lang === "zh-CN"
          ? ["总分", ...INDICATOR_GROUPS.map((g) => g.name.zh)]
          : ["Total score", ...INDICATOR_GROUPS.map((g) => g.name.en)],
      );
      expect(keysOf(trend?.series[0]?.values ?? "")).toEqual([1, 2, 3].map((k) => `figure:GREEN_TOTAL_Y${k}`));
      expect(lineCells(trend?.categories ?? "").map((at) => cellAt(plan, at.row, at.col)?.value)).toEqual(
        [2022, 2023, 2024].map((y) => (lang === "zh-CN" ? `${y}年` : String(y))),
      );
      expect(keysOf(groups?.series[0]?.values ?? "")).toEqual(
        INDICATOR_GROUPS.map((g) => `figure:GREEN_GROUP_${g.id}_Y3`),
      );
      expect(groups?.title).toBe(lang === "zh-CN" ? "2024年各组得分" : "Group scores in 2024");
      expect(keysOf(cost?.series[0]?.values ?? "")).toEqual(["options:count:low", "options:count:high"]);
      expect(keysOf(types?.series[0]?.values ?? "")).toEqual(MATRIX_GROUPS.map((g) => `options:count:${g.id}`));
      expect(text(types?.series[0]?.name ?? "")?.value).toBe(lang === "zh-CN" ? "方案数" : "Options");
    },
  );

  test("every figure is a formula over a defined name with 未插入 for a missing sheet; no input", () => {
    const plan = summaryTemplate.build(options({ nameSuffix: "_2", present: ["summary"] }));
    expect(plan.cells.filter((c) => c.role === "input")).toEqual([]);
    const basic = plan.cells.find((c) => c.key === "figure:GREEN_BASIC_OVERALL");
    expect(basic?.formula).toBe('IFERROR(IF(GREEN_BASIC_OVERALL_2="","",GREEN_BASIC_OVERALL_2),"未插入")');
    expect(basic?.cached).toBe("未插入");
    const count = plan.cells.find((c) => c.key === "options:count:low");
    expect(count?.formula).toBe(
      'IFERROR(SUM(GREEN_MTX_COUNT_LOW_IMPLEMENTED_2,GREEN_MTX_COUNT_LOW_PENDING_2),"未插入")',
    );
    expect(
      summaryTemplate.build(options({ lang: "en-US", present: [] })).cells.find((c) => c.key === "saving:co2")?.cached,
    ).toBe("not inserted");
  });

  test("with the sheets present, the figures are theirs: basic requirements from the answers", () => {
    const plan = summaryTemplate.build(options({ rows: { basic: [{ answer: "不符合" }] } }));
    expect(plan.cells.find((c) => c.key === "figure:GREEN_BASIC_OVERALL")?.cached).toBe("不符合");
    expect(plan.cells.find((c) => c.key === "figure:GREEN_PARK_NAME")?.cached).toBe("");
  });
});
