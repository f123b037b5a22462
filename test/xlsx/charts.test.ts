/**
 * The summary's charts in the .xlsx the command line and the pane's file mode write (docs/templates.md#charts):
 * native chart parts that validate against the ECMA-376 schemas (dml-chart, dml-spreadsheetDrawing, sml, the
 * package parts), that openpyxl opens and finds on the summary sheet, whose series point at the summary's own
 * cells, anchored on their blocks below the table of a sheet fitted to one page, and that the product's own reader and `verify` pass over; the pane's file mode writes them too, and a
 * workbook refreshed by the command line keeps exactly one set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { strFromU8, unzipSync } from "fflate";
import { parseRange } from "../../src/domain/templates/a1";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { cli } from "../cli/runCli";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { openpyxlPython } from "./openpyxl";
import { checkXlsxSchemas } from "./schemaCheck";
import { SAMPLE_PARK, sampleParkPlans } from "./samplePark";

jest.setTimeout(240000);
const run = promisify(execFile);

/** What openpyxl sees of each sheet's charts: kind, title text, series references and anchor. */
const READ_CHARTS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    charts = []
    for ch in ws._charts:
        title = "".join(r.t for p in ch.title.tx.rich.p for r in (p.r or []))
        series = [{"name": s.tx.strRef.f, "values": s.val.numRef.f, "categories": s.cat.strRef.f} for s in ch.series]
        frm, to = ch.anchor._from, ch.anchor.to
        charts.append({"type": ch.tagname, "title": title, "series": series, "from": [frm.row, frm.col],
                       "to": [to.row, to.col]})
    if charts:
        setup = ws.page_setup
        out[ws.title] = {"charts": charts, "page": {"fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
            "wide": setup.fitToWidth, "tall": setup.fitToHeight, "orientation": setup.orientation,
            "breaks": len(ws.row_breaks.brk)}}
json.dump(out, sys.stdout, ensure_ascii=False)
`;

interface SeenChart {
  type: string;
  title: string;
  series: { name: string; values: string; categories: string }[];
  /** the anchor's first and last cell (row, column; 0-based, the last cell's bottom-right corner as the next one's top-left) */
  from: [number, number];
  to: [number, number];
}

interface SeenSheet {
  charts: SeenChart[];
  page: { fitToPage: boolean; wide: number; tall: number; orientation: string; breaks: number };
}

async function chartsSeenByOpenpyxl(xlsx: Uint8Array): Promise<Record<string, SeenSheet>> {
  const work = mkdtempSync(join(tmpdir(), "green-charts-"));
  try {
    const file = join(work, "book.xlsx");
    writeFileSync(file, xlsx);
    const { stdout } = await run(openpyxlPython(), ["-c", READ_CHARTS, file], { maxBuffer: 16 * 1024 * 1024 });
    return JSON.parse(stdout) as Record<string, SeenSheet>;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe.each(["zh-CN", "en-US"] as const)("the summary's charts in the written .xlsx (%s)", (lang) => {
  const plans = sampleParkPlans(lang);
  const summary = plans.find((p) => p.templateId === "summary") as SheetPlan;
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await planToXlsx(plans);
  });

  test("every part validates against the ECMA-376 schemas, the four charts and their drawing among them", async () => {
    const report = await checkXlsxSchemas(xlsx);
    expect(report.errors).toEqual([]);
    const checked = report.parts.map((p) => `${p.part} ${p.schema}`);
    expect(checked).toEqual(
      expect.arrayContaining([
        "xl/drawings/drawing1.xml dml-spreadsheetDrawing.xsd",
        ...[1, 2, 3, 4].map((n) => `xl/charts/chart${n}.xml dml-chart.xsd`),
        "xl/drawings/_rels/drawing1.xml.rels opc-xsd/opc-relationships.xsd",
      ]),
    );
    expect(report.parts.filter((p) => p.part.startsWith("xl/charts/"))).toHaveLength(4);
  });

  test("openpyxl opens it and finds the four charts on the summary, each series on the summary's own cells", async () => {
    const seen = await chartsSeenByOpenpyxl(xlsx);
    expect(Object.keys(seen)).toEqual([summary.sheetName]);
    const charts = seen[summary.sheetName]?.charts ?? [];
    expect(charts.map((c) => [c.type, c.title])).toEqual(
      lang === "zh-CN"
        ? [
            ["lineChart", "近三年评价得分（总分与各组）"],
            ["barChart", `${SAMPLE_PARK.years[3]}年各组得分`],
            ["barChart", "方案数（按费用类别）"],
            ["barChart", "方案数（按方案类型）"],
          ]
        : [
            ["lineChart", "Scores over the three years (total and groups)"],
            ["barChart", `Group scores in ${SAMPLE_PARK.years[3]}`],
            ["barChart", "Options by cost class"],
            ["barChart", "Options by type"],
          ],
    );
    const sheet = `'${summary.sheetName}'!`;
    const at = (key: string) => {
      const cell = summary.cells.find((c) => c.key === key);
      if (!cell) throw new Error(`no ${key}`);
      return `$${String.fromCharCode(65 + cell.col)}$${cell.row + 1}`;
    };
    const [trend, groups, cost, types] = charts;
    // the trend: the total and the six groups, each a row of three years, the years' header as categories
    expect(trend?.series).toHaveLength(7);
    expect(trend?.series[0]?.values).toBe(`${sheet}${at("figure:GREEN_TOTAL_Y1")}:${at("figure:GREEN_TOTAL_Y3")}`);
    expect(trend?.series[6]?.values).toBe(
      `${sheet}${at("figure:GREEN_GROUP_MG_Y1")}:${at("figure:GREEN_GROUP_MG_Y3")}`.replace(/^/, ""),
    );
    // the last year's groups: a column of six scores
    expect(groups?.series[0]?.values).toBe(
      `${sheet}${at("figure:GREEN_GROUP_EG_Y3")}:${at("figure:GREEN_GROUP_MG_Y3")}`,
    );
    expect(cost?.series[0]?.values).toBe(`${sheet}${at("options:count:low")}:${at("options:count:high")}`);
    expect(types?.series[0]?.values).toBe(
      `${sheet}${at("options:count:source-substitution")}:${at("options:count:environmental-management")}`,
    );
    // each chart anchored on its block of cells, two by two below the table, its text 11 pt and its title 12 pt
    expect(charts.map((c) => [c.from, c.to])).toEqual(
      (summary.charts ?? []).map((c) => {
        const r = parseRange(c.at);
        return [
          [r?.top, r?.left],
          [(r?.bottom ?? 0) + 1, (r?.right ?? 0) + 1],
        ];
      }),
    );
    const tableEnd = Math.max(...summary.cells.filter((c) => c.key?.startsWith("figure:")).map((c) => c.row));
    for (const c of charts) expect(c.from[0]).toBeGreaterThan(tableEnd);
    // the sizes as the chart parts write them, in hundredths of a point: the title's run, then the chart's text
    const parts = unzipSync(xlsx);
    const sizes = [1, 2, 3, 4].map((n) =>
      [...strFromU8(parts[`xl/charts/chart${n}.xml`] ?? new Uint8Array()).matchAll(/<a:defRPr sz="(\d+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(sizes).toEqual(sizes.map(() => ["1200", "1100"]));
    // the whole sheet fitted to one portrait page, without a manual page break
    expect(seen[summary.sheetName]?.page).toEqual({
      fitToPage: true,
      wide: 1,
      tall: 1,
      orientation: "portrait",
      breaks: 0,
    });
  });

  test("`verify` reads past the chart parts: the same report and exit code as for the workbook without them", async () => {
    const work = mkdtempSync(join(tmpdir(), "green-charts-verify-"));
    try {
      const file = join(work, "sample.xlsx");
      const entries = unzipSync(xlsx);
      expect(Object.keys(entries).filter((n) => n.startsWith("xl/charts/"))).toHaveLength(4);
      expect(strFromU8(entries["[Content_Types].xml"]!)).toContain("/xl/charts/chart1.xml");
      writeFileSync(file, xlsx);
      const charted = await cli("verify", file);
      writeFileSync(file, await planToXlsx(plans.map((p) => ({ ...p, charts: [] }))));
      const plain = await cli("verify", file);
      expect(charted).toEqual(plain);
      expect(charted.stderr).toBe("");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe("the other writers of the .xlsx", () => {
  const chartParts = (xlsx: Uint8Array) =>
    Object.keys(unzipSync(xlsx)).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));

  test("the pane's file mode downloads the summary with its four charts", async () => {
    let downloaded: Uint8Array | undefined;
    const operations = fileOperations((bytes) => (downloaded = bytes));
    await operations.insertTemplates({
      templates: ["summary", "indicators", "matrix"],
      lang: "zh-CN",
      mode: "native",
      years: SAMPLE_PARK.years as [number, number, number, number],
      costClassThreshold: null,
      refresh: false,
      data: SAMPLE_PARK,
    });
    if (!downloaded) throw new Error("no download");
    expect(chartParts(downloaded)).toHaveLength(4);
    expect((await checkXlsxSchemas(downloaded)).errors).toEqual([]);
  });

  test("`green-audit template --refresh` writes one set of charts, however often a workbook is refreshed", async () => {
    const work = mkdtempSync(join(tmpdir(), "green-charts-refresh-"));
    try {
      const [first, second, third] = ["a", "b", "c"].map((n) => join(work, `${n}.xlsx`));
      const data = join(__dirname, "../../examples/sample-park.json");
      expect((await cli("template", "--out", first!, "--templates", "summary", "--data", data)).code).toBe(0);
      await cli("template", "--refresh", first!, "--out", second!);
      await cli("template", "--refresh", second!, "--out", third!);
      for (const file of [first, second, third])
        expect(chartParts(new Uint8Array(readFileSync(file!)))).toHaveLength(4);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
