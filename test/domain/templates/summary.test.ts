import { INDICATOR_GROUPS, MATRIX_GROUPS } from "../../../src/domain/catalog";
import { parseRange } from "../../../src/domain/templates/a1";
import { CHART_FONT_SIZE, lineCells } from "../../../src/domain/templates/charts";
import { DEFAULT_FONT_SIZE, MIN_PRINTED_POINTS } from "../../../src/domain/templates/layout";
import { ROLE_STYLES } from "../../../src/domain/templates/styles";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { summaryTemplate } from "../../../src/domain/templates/specs/summary";
import { planProblems } from "../../../src/domain/templates/validatePlan";
import { options } from "./scenarioFixtures";
import { structureProblems } from "./projection";

const cellAt = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);
/** The last row of the summary's table (the metadata column's row keys left out). */
const tableEnd = (plan: SheetPlan) =>
  plan.cells.filter((c) => c.key !== "row-key" && c.key !== "metadata").reduce((m, c) => Math.max(m, c.row), 0);

/**
 * The scale the one page prints at, by hand from the column widths (Excel: 7 px a character and 5 px, at 96 dpi;
 * points = (7w + 5) × 0.75) and the rows (15 pt, the header row of two lines 34 pt, a row of three lines 50 pt),
 * against the printable A4 page, 595.3 − 2 × 0.4 × 72 = 537.7 pt wide and 841.9 − (0.7 + 0.6) × 72 = 748.3 pt tall.
 */
const EXPECTED_SCALE = {
  // 116 characters over ten columns: 116 × 5.25 + 10 × 3.75 = 646.5 pt → 537.7 / 646.5 = 83.2 %;
  // 54 rows, one of 34 pt: 53 × 15 + 34 = 829 pt → 748.3 / 829 = 90.3 %
  "zh-CN": 83,
  // 125 characters: 125 × 5.25 + 37.5 = 693.75 pt → 77.5 %; 54 rows (4 of 34 pt, 1 of 50 pt): 921 pt → 81.2 %
  "en-US": 77,
} as const;

describe("诊断结论 template", () => {
  test.each(["zh-CN", "en-US"] as const)(
    "structure (%s): locks, native functions, the whole sheet on one portrait page at a legible scale",
    (lang) => {
      for (const mode of ["native", "custom"] as const) {
        const plan = summaryTemplate.build(options({ lang, mode }));
        // one portrait page: no frozen header band, not landscape
        const page = ["header not frozen", "not landscape"];
        expect(structureProblems(plan).filter((p) => !page.includes(p))).toEqual([]);
        expect(planProblems(plan)).toEqual([]);
        // fitted to one page, no manual page break (docs/templates.md#diagnosis-summary)
        expect(plan.print).toMatchObject({ landscape: false, fitToWidth: true, onePage: true });
        expect(plan.print).not.toHaveProperty("breaksBefore");
        expect(plan.print.scale).toBe(EXPECTED_SCALE[lang]);
        // the smallest text printed: the cells' (11 pt, the title 14 pt) and the charts' (11 pt, titles 12 pt)
        const sizes = [
          ...plan.cells.map((c) => ROLE_STYLES[c.role].fontSize ?? DEFAULT_FONT_SIZE),
          CHART_FONT_SIZE.text,
          CHART_FONT_SIZE.title,
        ];
        const smallest = (Math.min(...sizes) * (plan.print.scale ?? 0)) / 100;
        expect(smallest).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
        // the header and footer too, where Excel scales them with the page: 10 or 11 pt instead of 9
        const headerSize = Number(/^&(\d+)/.exec(plan.print.footer?.center ?? "")?.[1]);
        expect((headerSize * (plan.print.scale ?? 0)) / 100).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
      }
    },
  );

  test.each(["zh-CN", "en-US"] as const)(
    "charts (%s): four, two by two below the table, within the print area, each over the summary's own cells",
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
      const end = tableEnd(plan);
      for (const chart of charts) {
        const at = parseRange(chart.at);
        expect(at && area && at.top > end && at.bottom <= area.bottom && at.right <= area.right).toBe(true);
      }
      // the trend and the groups side by side, the types and the cost classes below them; the left pair over the
      // scores' columns A–E, the right pair over the options' columns G–J, the column F between them blank
      expect(charts.map((c) => c.at)).toEqual([
        `A${end + 3}:E${end + 17}`,
        `G${end + 3}:J${end + 17}`,
        `G${end + 18}:J${end + 32}`,
        `A${end + 18}:E${end + 32}`,
      ]);
      expect(plan.print.area).toBe(`A1:J${end + 32}`);
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
