/**
 * The summary printed by LibreOffice (docs/templates.md#diagnosis-summary, #charts): the sample park's workbook, as
 * the command line writes it, printed to PDF. The summary is one A4 page in each language, holding every title and
 * label of its table and its four charts' titles and labels; the printed scale, measured on the page from the
 * distance between two rows, keeps every text (the cells' and the charts', 11 pt and more) at 8 pt or more; in each
 * chart's block of cells the page is drawn on — compared with the same workbook written without its charts, where
 * those blocks are blank paper. The page is kept as docs/print-summary-charts.png when GREEN_AUDIT_WRITE_DOCS=1.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseRange } from "../../src/domain/templates/a1";
import { CHART_FONT_SIZE } from "../../src/domain/templates/charts";
import {
  columnPoints,
  DEFAULT_FONT_SIZE,
  DEFAULT_ROW_HEIGHT,
  MIN_PRINTED_POINTS,
  PRINT_MARGINS,
} from "../../src/domain/templates/layout";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { printWithLibreOffice } from "./libreOffice";
import { sampleParkPlans } from "./samplePark";

jest.setTimeout(600000);
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

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The share of pixels that are not white in a rectangle given in points. */
function inkShare(picture: Gray, box: Box): number {
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

/** The height in points of each row of the plan (15 pt unless the plan sets it). */
function rowHeight(plan: SheetPlan): (row: number) => number {
  const tall = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  return (row) => tall.get(row) ?? DEFAULT_ROW_HEIGHT;
}

/** The points from the top of row `from` to the top of row `to`. */
function rowsBetween(plan: SheetPlan, from: number, to: number): number {
  const height = rowHeight(plan);
  let sum = 0;
  for (let row = from; row < to; row++) sum += height(row);
  return sum;
}

/**
 * Where each chart lies on the printed page, in points: from the page's top-left margin by the column widths and
 * the row heights, times the printed scale; a margin of 5 % of each side left out (a printer's column widths
 * differ a little from Excel's).
 */
function chartBoxes(summary: SheetPlan, scale: number) {
  const x = (col: number) =>
    PRINT_MARGINS.left * 72 + scale * summary.columnWidths.slice(0, col).reduce((s, w) => s + columnPoints(w), 0);
  const y = (row: number) => PRINT_MARGINS.top * 72 + scale * rowsBetween(summary, 0, row);
  return (summary.charts ?? []).map((chart) => {
    const at = parseRange(chart.at);
    if (!at) throw new Error(`bad chart position ${chart.at}`);
    const [left, right, top, bottom] = [x(at.left), x(at.right + 1), y(at.top), y(at.bottom + 1)];
    const [dx, dy] = [(right - left) * 0.05, (bottom - top) * 0.05];
    return { name: chart.name, box: { x0: left + dx, x1: right - dx, y0: top + dy, y1: bottom - dy } };
  });
}

interface Word {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The words of a page with their top-left corners in points (pdftotext's bounding boxes). */
async function pageWords(pdf: string, page: number): Promise<Word[]> {
  const n = String(page);
  const { stdout } = await run("pdftotext", ["-bbox", "-f", n, "-l", n, pdf, "-"], { maxBuffer: 16 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3] ?? "",
  }));
}

/**
 * The scale the page printed at: the distance on paper between the first and the last label of the left block
 * found once on the page, over the points between their rows on the sheet. Rows of the default height only, so
 * each label sits at the same depth in its row.
 */
function printedScale(summary: SheetPlan, words: readonly Word[]): number {
  const tall = new Set((summary.rowHeights ?? []).map((h) => h.row));
  const found = summary.cells
    .filter((c) => c.col === 0 && c.role === "label" && typeof c.value === "string" && !tall.has(c.row))
    .map((c) => {
      const first = String(c.value).split(/\s+/)[0] ?? "";
      const at = words.filter((w) => w.text === first);
      return at.length === 1 && at[0] ? { row: c.row, y: at[0].y } : undefined;
    })
    .filter((f) => f !== undefined);
  const [top, bottom] = [found[0], found[found.length - 1]];
  if (!top || !bottom || bottom.row - top.row < 5) throw new Error("no two labels far enough apart to measure");
  return (bottom.y - top.y) / rowsBetween(summary, top.row, bottom.row);
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

const squeezed = (text: string) => text.replace(/\s+/g, "");

describe.each(["zh-CN", "en-US"] as const)("the summary printed by LibreOffice (%s)", (lang) => {
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

  test("one page holds the whole summary: every title and label of the table, the four charts' titles and labels", () => {
    expect(drawn.pages).toHaveLength(1);
    expect(blank.pages).toHaveLength(1);
    const text = drawn.pages[0]?.text ?? "";
    const texts = summary.cells
      .filter((c) => ["title", "header", "label", "note"].includes(c.role) && c.key !== "metadata")
      .filter((c) => c.key !== "row-key" && typeof c.value === "string" && c.value !== "")
      .map((c) => squeezed(String(c.value)));
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => !text.includes(t))).toEqual([]);
    for (const chart of summary.charts ?? []) {
      expect(text).toContain(squeezed(chart.title));
      expect(blank.pages[0]?.text).not.toContain(squeezed(chart.title));
    }
    // category labels of the trend (the years), of the options by type and by cost class, printed twice: in the
    // table and in a chart
    const words =
      lang === "zh-CN"
        ? ["2022年", "2024年", "源头替代方案", "无/低费"]
        : ["Sourcesubstitution", "No/lowcost", "Greenindustry"];
    for (const word of words) expect(text.split(word).length - 1).toBeGreaterThanOrEqual(2);
  });

  test("printed at a legible scale: every text at 8 pt or more, the scale the layout computed", async () => {
    const scale = printedScale(summary, await pageWords(drawn.pdf, drawn.pages[0]?.page ?? 0));
    // LibreOffice measures the columns a little wider than Excel's 7 px a character: its fit a little smaller
    expect(Math.abs(scale - (summary.print.scale ?? 0) / 100)).toBeLessThan(0.03);
    const smallest = Math.min(DEFAULT_FONT_SIZE, CHART_FONT_SIZE.text, CHART_FONT_SIZE.title);
    expect(smallest * scale).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
  });

  test("every chart's block of cells is drawn on, where the page without charts is blank", async () => {
    const page = drawn.pages[0]?.page ?? 0;
    const scale = printedScale(summary, await pageWords(drawn.pdf, page));
    const withCharts = await pagePicture(drawn.pdf, page);
    const without = await pagePicture(blank.pdf, blank.pages[0]?.page ?? 0);
    const shares = chartBoxes(summary, scale).map(({ name, box }) => ({
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
