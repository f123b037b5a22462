/**
 * The summary's charts drawn in Excel through Office.js (src/excel/charts.ts), against the strict fake: inserted
 * with the sheet, four charts of the right kinds with the titles in the sheet's language, placed on their blocks of
 * cells below the page break, every series named from its label and drawing the summary's own cells; a refresh in
 * place keeps exactly one set and a chart of the user's; the fake refuses what Office.js has not got.
 */
import { parseRange } from "../../src/domain/templates/a1";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { summaryTemplate } from "../../src/domain/templates/specs/summary";
import { insertTemplates } from "../../src/excel/insertTemplates";
import { options } from "../domain/templates/scenarioFixtures";
import { fakeContext, installExcelEnums, type FakeContext } from "./fakeExcel";

beforeAll(installExcelEnums);

function summarySheet(fake: FakeContext, plan: SheetPlan) {
  const sheet = fake.workbook.worksheets.find(plan.sheetName);
  if (!sheet) throw new Error(`no sheet ${plan.sheetName}`);
  return sheet;
}

const text = (plan: SheetPlan, address: string) => {
  const at = parseRange(address);
  return plan.cells.find((c) => c.row === at?.top && c.col === at?.left)?.value;
};

describe.each(["zh-CN", "en-US"] as const)("the summary's charts in Excel (%s)", (lang) => {
  const plan = summaryTemplate.build(options({ lang }));

  test("inserted with the sheet: four charts, titled, placed, every series named and on the summary's cells", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [plan]);
    const sheet = summarySheet(fake, plan);
    const charts = sheet.chartStates;
    expect(charts.map((c) => [c.name, c.type, c.title])).toEqual(
      (plan.charts ?? []).map((c) => [
        c.name,
        { line: "LineMarkers", column: "ColumnClustered", bar: "BarClustered" }[c.kind],
        c.title,
      ]),
    );
    expect(charts.map((c) => c.title)).toEqual(
      lang === "zh-CN"
        ? ["近三年评价得分（总分与各组）", "2024年各组得分", "方案数（按费用类别）", "方案数（按方案类型）"]
        : [
            "Scores over the three years (total and groups)",
            "Group scores in 2024",
            "Options by cost class",
            "Options by type",
          ],
    );
    (plan.charts ?? []).forEach((planned, i) => {
      const chart = charts[i];
      const [start = "", end = ""] = planned.at.split(":");
      expect(chart?.position).toEqual({ start: parseRange(start), end: parseRange(end) });
      expect([chart?.fontSize, chart?.titleFontSize]).toEqual([11, 12]);
      expect(chart?.series).toEqual(
        planned.series.map((s) => ({
          name: text(plan, s.name),
          values: parseRange(s.values),
          categories: parseRange(planned.categories),
        })),
      );
      expect(chart?.legend.visible).toBe(planned.legend);
      expect(chart?.showValues).toBe(planned.valueLabels);
      // a count written at its bar needs no value axis nor gridlines
      expect(chart?.valueAxis).toMatchObject({ visible: !planned.valueLabels, gridlines: !planned.valueLabels });
      // bars read from the top in the table's order, the value axis below them
      expect(chart?.categoryAxis).toMatchObject(
        planned.kind === "bar" ? { reversed: true, position: "Maximum" } : { reversed: false, position: "Automatic" },
      );
    });
    // the trend's seven lines: the total first, then the six groups, by their labels
    expect(charts[0]?.series.map((s) => s.name)).toEqual(
      lang === "zh-CN"
        ? [
            "总分",
            "能源利用绿色化指标",
            "资源利用绿色化指标",
            "基础设施绿色指标",
            "产业绿色指标",
            "生态环境绿色指标",
            "运行管理绿色指标",
          ]
        : [
            "Total score",
            "Green energy use",
            "Green resource use",
            "Green infrastructure",
            "Green industry",
            "Green eco-environment",
            "Green operation and management",
          ],
    );
    // the left pair over columns A–E, the right pair over G–J, the two bands one below the other
    expect(charts.map((c) => [c.position?.start.left, c.position?.end.right])).toEqual([
      [0, 4],
      [6, 9],
      [6, 9],
      [0, 4],
    ]);
    const [trend, groups, cost, types] = charts.map((c) => c.position);
    expect([trend?.start.top, trend?.end.bottom]).toEqual([groups?.start.top, groups?.end.bottom]);
    expect([types?.start.top, types?.end.bottom]).toEqual([cost?.start.top, cost?.end.bottom]);
    expect(types?.start.top).toBe((trend?.end.bottom ?? 0) + 1);
    // the whole sheet on one portrait page, no page break set; protected after the charts were drawn
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(sheet.pageLayout.orientation).toBe("Portrait");
    expect(sheet.pageBreaks).toEqual([]);
    expect(sheet.protectedSheet).toBe(true);
  });

  test("a refresh in place redraws the four charts — one set, twice over — and keeps the user's chart and page breaks", async () => {
    const { context, fake } = fakeContext();
    await insertTemplates(context, () => [plan]);
    const sheet = summarySheet(fake, plan);
    // a chart of the user's: the sheet unprotected, drawn, protected again; and two page breaks of the user's
    sheet.protectedSheet = false;
    const own = sheet.charts.add("ColumnClustered", sheet.getRange("B10:D10"), "Rows");
    own.name = "我的图表";
    sheet.protectedSheet = true;
    sheet.horizontalPageBreaks.add("A20");
    sheet.horizontalPageBreaks.add(sheet.getRange("A40"));
    for (let i = 0; i < 2; i++) await insertTemplates(context, () => [plan], { refresh: true });
    const names = sheet.chartStates.map((c) => c.name).sort();
    expect(names).toEqual([...(plan.charts ?? []).map((c) => c.name), "我的图表"].sort());
    expect(sheet.pageBreaks).toEqual([19, 39]);
  });
});

describe("the fake's charts are strict", () => {
  test("a member Office.js has that the fake does not model, a guessed series direction, a protected sheet: refused", () => {
    const { fake } = fakeContext();
    installExcelEnums();
    const sheet = fake.workbook.worksheets.add("图表");
    const chart = sheet.charts.add("LineMarkers", sheet.getRange("B2:D2"), "Rows");
    expect(() => ((chart as unknown as { height: number }).height = 100)).toThrow(/NotModelled/);
    expect(() => (chart.axes as unknown as { seriesAxis: unknown }).seriesAxis).toThrow(/NotModelled/);
    expect(() => chart.name).toThrow(/PropertyNotLoaded/);
    expect(() => sheet.charts.add("LineMarkers", sheet.getRange("B2:D2"), "Auto")).toThrow(/NotModelled/);
    expect(() => sheet.charts.add("Pie3DExploded", sheet.getRange("B2:D2"), "Rows")).toThrow(/InvalidArgument/);
    expect(() => (chart.format.font.size = 0)).toThrow(/InvalidArgument/);
    expect(() => ((chart.title.format.font as unknown as { color: string }).color = "#000000")).toThrow(/NotModelled/);
    sheet.protectedSheet = true;
    expect(() => (chart.title.text = "x")).toThrow(/protected/);
  });
});
