/**
 * The summary's charts drawn by LibreOffice (docs/templates.md#charts): the sample park's workbook, as the command
 * line writes it, printed to PDF; the summary's second page carries the four charts' titles and labels, and in
 * each chart's block of cells the page is drawn on — compared with the same workbook written without its charts,
 * where those blocks are blank paper. The page is kept as docs/print-summary-charts.png when
 * GREEN_AUDIT_WRITE_DOCS=1.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseRange } from "../../src/domain/templates/a1";
import { columnPoints, DEFAULT_ROW_HEIGHT, PRINT_MARGINS } from "../../src/domain/templates/layout";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { printWithLibreOffice } from "./libreOffice";
import { sampleParkPlans } from "./samplePark";

jest.setTimeout(300000);
const run = promisify(execFile);

/** Resolution of the page pictures: 36 dots per inch, half a point per dot. */
const DPI = 36;

interface Gray {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** One page of the PDF as a grey picture (pdftoppm's binary PGM). */
async function pagePicture(pdf: string, page: number): Promise<Gray> {
  const work = mkdtempSync(join(tmpdir(), "green-charts-ppm-"));
  try {
    const base = join(work, "page");
    const n = String(page);
    await run("pdftoppm", ["-gray", "-r", String(DPI), "-f", n, "-l", n, "-singlefile", pdf, base]);
    const bytes = readFileSync(`${base}.pgm`);
    // P5 <width> <height> <max> and one byte per pixel
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("not a binary PGM");
    const [width, height] = [Number(header[1]), Number(header[2])];
    return { width, height, pixels: bytes.subarray(header[0].length) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The share of pixels that are not white in a rectangle given in points. */
function inkShare(picture: Gray, box: { x0: number; y0: number; x1: number; y1: number }): number {
  const scale = DPI / 72;
  const [x0, x1, y0, y1] = [box.x0, box.x1, box.y0, box.y1].map((v) => Math.round(v * scale));
  let ink = 0;
  let all = 0;
  for (let y = y0!; y < y1!; y++)
    for (let x = x0!; x < x1!; x++) {
      all += 1;
      if ((picture.pixels[y * picture.width + x] ?? 255) < 230) ink += 1;
    }
  return ink / Math.max(1, all);
}

/**
 * Where each chart lies on its printed page, in points: from the left margin by the column widths, from the top
 * margin by default-height rows counted from the page break; a thin edge left out (a printer's column widths
 * differ a little from Excel's).
 */
function chartBoxes(summary: SheetPlan) {
  const breakRow = summary.print.breaksBefore?.[0] ?? 0;
  const x = (col: number) =>
    PRINT_MARGINS.left * 72 + summary.columnWidths.slice(0, col).reduce((s, w) => s + columnPoints(w), 0);
  const y = (row: number) => PRINT_MARGINS.top * 72 + (row - breakRow) * DEFAULT_ROW_HEIGHT;
  return (summary.charts ?? []).map((chart) => {
    const at = parseRange(chart.at);
    if (!at) throw new Error(`bad chart position ${chart.at}`);
    const [left, right, top, bottom] = [x(at.left), x(at.right + 1), y(at.top), y(at.bottom + 1)];
    const [dx, dy] = [(right - left) * 0.03, (bottom - top) * 0.03];
    return { name: chart.name, box: { x0: left + dx, x1: right - dx, y0: top + dy, y1: bottom - dy } };
  });
}

/** The printed pages of the summary (its name in the page header) and their text. */
async function summaryPages(pdf: string, sheetName: string): Promise<{ page: number; text: string }[]> {
  const { stdout: info } = await run("pdfinfo", [pdf]);
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pages: { page: number; text: string }[] = [];
  for (let n = 1; n <= count; n++) {
    const { stdout } = await run("pdftotext", ["-raw", "-f", String(n), "-l", String(n), pdf, "-"]);
    const [header = ""] = stdout.split("\n");
    if (header.replace(/\s+/g, "").endsWith(sheetName.replace(/\s+/g, "")))
      pages.push({ page: n, text: stdout.replace(/\s+/g, "") });
  }
  return pages;
}

describe.each(["zh-CN", "en-US"] as const)("the summary's charts printed by LibreOffice (%s)", (lang) => {
  const plans = sampleParkPlans(lang);
  const summary = plans.find((p) => p.templateId === "summary") as SheetPlan;
  let drawn: { pdf: string; pages: { page: number; text: string }[] };
  let blank: { pdf: string; pages: { page: number; text: string }[] };

  beforeAll(async () => {
    const print = async (list: SheetPlan[]) => {
      const pdf = await printWithLibreOffice(await planToXlsx(list), `summary-${lang}.xlsx`);
      return { pdf, pages: await summaryPages(pdf, summary.sheetName) };
    };
    drawn = await print(plans);
    blank = await print(plans.map((p) => ({ ...p, charts: [] })));
  });

  test("the table on the first page, the charts on the second: their titles and labels are printed there", () => {
    expect(drawn.pages).toHaveLength(2);
    const [table, charts] = drawn.pages;
    for (const chart of summary.charts ?? []) {
      expect(charts?.text).toContain(chart.title.replace(/\s+/g, ""));
      expect(table?.text).not.toContain(chart.title.replace(/\s+/g, ""));
    }
    // category labels of the trend (the years) and of the options by type
    const words =
      lang === "zh-CN" ? ["2022年", "2024年", "源头替代方案", "无/低费"] : ["Sourcesubstitution", "No/lowcost"];
    for (const word of words) expect(charts?.text).toContain(word);
    // the same page without charts holds only its heading
    expect(blank.pages[1]?.text).not.toContain((summary.charts?.[0]?.title ?? "?").replace(/\s+/g, ""));
  });

  test("every chart's block of cells is drawn on, where the page without charts is blank", async () => {
    const page = drawn.pages[1]?.page ?? 0;
    const withCharts = await pagePicture(drawn.pdf, page);
    const without = await pagePicture(blank.pdf, blank.pages[1]?.page ?? 0);
    const shares = chartBoxes(summary).map(({ name, box }) => ({
      name,
      drawn: inkShare(withCharts, box) > 0.02,
      blank: inkShare(without, box) < 0.005,
    }));
    expect(shares).toEqual(shares.map(({ name }) => ({ name, drawn: true, blank: true })));
    if (process.env.GREEN_AUDIT_WRITE_DOCS === "1" && lang === "zh-CN") {
      const base = join(__dirname, "../../docs/print-summary-charts");
      await run("pdftoppm", [
        "-png",
        "-r",
        "50",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        drawn.pdf,
        base,
      ]);
    }
  });
});
