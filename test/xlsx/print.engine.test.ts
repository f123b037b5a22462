/**
 * The sample workbook printed: every sheet of `green-audit template --data examples/sample-park.json`
 * printed to PDF by LibreOffice and read back with pdftotext. Each header text appears whole, every page
 * carries the park, its sheet and "第 n 页 / 共 m 页", no text overprints other text, the text is no
 * smaller than about 8 pt (measured against 11 pt text LibreOffice prints at 100 %), and the
 * 31-indicator sheet fills its page width.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { parseParkData } from "../../src/domain/schema/parkData";
import { coefficientsFromParkData, type TemplateOptions } from "../../src/domain/templates/context";
import { PRINT_MARGINS } from "../../src/domain/templates/layout";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { TEMPLATES } from "../../src/domain/templates/specs";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { printWithLibreOffice } from "./libreOffice";

const run = promisify(execFile);

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface Page {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: Word[];
  /** the page's text in content order (pdftotext -raw) without white space */
  text: string;
}

const CJK_ONLY = /^[\u3400-\u9fff\uff08\uff09\u3001\u3002\uff0c\uff1b\uff1a]+$/;

async function pagesOf(pdf: string): Promise<Page[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  const pages: Page[] = [];
  for (const [index, match] of [
    ...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g),
  ].entries()) {
    const words = [
      ...match[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      text: w[5]!
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"'),
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
    }));
    pages.push({ number: index + 1, width: Number(match[1]), height: Number(match[2]), words, text: "" });
  }
  for (const page of pages) {
    const { stdout: raw } = await run("pdftotext", [
      "-raw",
      "-f",
      String(page.number),
      "-l",
      String(page.number),
      pdf,
      "-",
    ]);
    page.text = raw.replace(/\s+/g, "");
  }
  return pages;
}

const TOP = PRINT_MARGINS.top * 72;
const BOTTOM = PRINT_MARGINS.bottom * 72;
const headerWords = (p: Page) => p.words.filter((w) => w.y1 <= TOP);
const footerWords = (p: Page) => p.words.filter((w) => w.y0 >= p.height - BOTTOM);
const bodyWords = (p: Page) => p.words.filter((w) => w.y1 > TOP && w.y0 < p.height - BOTTOM);

/** CJK glyph box height of 11 pt text printed at 100 %. */
async function cjkHeightAt11pt(): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("校准");
  for (let r = 1; r <= 5; r++) sheet.getCell(r, 1).value = "校准文字高度";
  sheet.pageSetup = { paperSize: 9, scale: 100 };
  const pages = await pagesOf(
    await printWithLibreOffice(new Uint8Array(await workbook.xlsx.writeBuffer()), "calibration.xlsx"),
  );
  const heights = pages
    .flatMap(bodyWords)
    .filter((w) => CJK_ONLY.test(w.text))
    .map((w) => w.y1 - w.y0);
  return Math.min(...heights);
}

function overlap(a: Word, b: Word): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return (w * h) / smaller;
}

describe("the sample workbook printed by LibreOffice", () => {
  const data = parseParkData(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8"));
  if (!data.ok) throw new Error("the sample park data file does not parse");
  const options: TemplateOptions = {
    lang: "zh-CN",
    mode: "native",
    years: data.data.years as [number, number, number, number],
    nameSuffix: "",
    data: data.data,
    parkName: data.data.park?.name,
    coefficients: coefficientsFromParkData(data.data),
  };
  const plans: SheetPlan[] = TEMPLATES.map((t) => t.build(options));
  const park = options.parkName ?? "";
  let pages: Page[] = [];
  let bySheet = new Map<string, Page[]>();
  let unit11 = 0;

  beforeAll(async () => {
    pages = await pagesOf(await printWithLibreOffice(await planToXlsx(plans), "sample.xlsx"));
    bySheet = new Map();
    for (const page of pages) {
      const header = headerWords(page)
        .map((w) => w.text)
        .join("");
      const sheet = plans.find((p) => header.endsWith(p.sheetName))?.sheetName ?? "?";
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
    }
    unit11 = await cjkHeightAt11pt();
  }, 240000);

  test("every page has the park and its sheet in the header and 第 n 页 / 共 m 页 in the footer", () => {
    expect(pages.length).toBeGreaterThanOrEqual(plans.length);
    for (const page of pages) {
      const header = headerWords(page)
        .map((w) => w.text)
        .join("");
      expect({ page: page.number, header: header.startsWith(park) }).toEqual({ page: page.number, header: true });
      const footer = footerWords(page)
        .map((w) => w.text)
        .join(" ");
      expect({ page: page.number, footer }).toEqual({
        page: page.number,
        footer: expect.stringMatching(/第 \d+ 页 \/ 共 \d+ 页/),
      });
    }
    expect([...bySheet.keys()].sort()).toEqual(plans.map((p) => p.sheetName).sort());
  });

  test("every header text of every sheet appears whole in its printed pages", () => {
    const missing: string[] = [];
    for (const plan of plans) {
      const text = (bySheet.get(plan.sheetName) ?? []).map((p) => p.text).join("");
      for (const cell of plan.cells.filter(
        (c) => c.role === "header" && typeof c.value === "string" && c.value.trim() !== "",
      )) {
        const wanted = String(cell.value).replace(/\s+/g, "");
        if (!text.includes(wanted)) missing.push(`${plan.sheetName}: ${String(cell.value)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("no text overprints other text", () => {
    const clashes: string[] = [];
    for (const page of pages) {
      const words = page.words;
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) {
          if (overlap(words[i]!, words[j]!) > 0.25)
            clashes.push(`page ${page.number}: "${words[i]!.text}" / "${words[j]!.text}"`);
        }
      }
    }
    expect(clashes.slice(0, 10)).toEqual([]);
  });

  // about 8 pt: 11 pt at 75 % is 8.25 pt; a table a little too wide prints at up to 3 % less (layout.ts)
  test("text prints at about 8 pt or more on every page (header and footer aside)", () => {
    expect(unit11).toBeGreaterThan(5);
    const small: string[] = [];
    for (const page of pages) {
      const heights = bodyWords(page)
        .filter((w) => CJK_ONLY.test(w.text))
        .map((w) => w.y1 - w.y0);
      const points = (Math.min(...heights) / unit11) * 11;
      if (points < 7.8) small.push(`page ${page.number}: ${points.toFixed(1)} pt`);
    }
    expect(small).toEqual([]);
  });

  test("方案汇总 without options prints its empty rows on one page down: five pages across, each with the option's name", () => {
    const options = bySheet.get("方案汇总") ?? [];
    // 44 columns at about 8 pt take five landscape pages across; the 25 empty input rows fit below the header
    expect(options).toHaveLength(5);
    for (const page of options)
      expect({ page: page.number, name: page.text.includes("方案名称") }).toEqual({ page: page.number, name: true });
  });

  test("the parameters print across one page width, on at most ten pages", () => {
    const params = bySheet.get("参数") ?? [];
    const [first] = params;
    // all twelve columns on the first page: the header row, from 编号 to 本项目已确认
    for (const header of ["编号", "引领值", "来源", "状态", "本项目已确认"]) expect(first?.text).toContain(header);
    expect(params.length).toBeLessThanOrEqual(10);
  });

  test("the 31-indicator table fills the width of its first page", () => {
    const [first] = bySheet.get("评价指标") ?? [];
    const body = bodyWords(first!);
    const used = Math.max(...body.map((w) => w.x1)) - Math.min(...body.map((w) => w.x0));
    const printable = first!.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
    expect(used / printable).toBeGreaterThan(0.9);
  });
});
