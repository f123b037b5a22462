/**
 * The sample workbook printed, in Chinese and in English: every sheet of
 * `green-audit template --data examples/sample-park.json [--lang en-US]` printed to PDF by LibreOffice and
 * read back with pdftotext. Each header text appears whole, every page carries the park, its sheet and
 * "第 n 页 / 共 m 页" ("Page n of m"), no text overprints other text, the text is no smaller than about 8 pt
 * (measured against 11 pt text LibreOffice prints at 100 %), the 31-indicator sheet fills its page width, and
 * the English sheets take at most half as many pages again as the Chinese ones. Layout is checked in
 * LibreOffice only (Excel and WPS are not on this machine).
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { parseParkData } from "../../src/domain/schema/parkData";
import { coefficientsFromParkData, type TemplateOptions } from "../../src/domain/templates/context";
import type { Lang } from "../../src/domain/text";
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
/** Latin words of plain letters: their boxes are the default font's height (no digits, superscripts or symbols). */
const LATIN_ONLY = /^[A-Za-z]+$/;

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
/** the header's words left to right (pdftotext may give the right section first) */
const headerWords = (p: Page) => p.words.filter((w) => w.y1 <= TOP).sort((a, b) => a.x0 - b.x0);
const footerWords = (p: Page) => p.words.filter((w) => w.y0 >= p.height - BOTTOM);
const bodyWords = (p: Page) => p.words.filter((w) => w.y1 > TOP && w.y0 < p.height - BOTTOM);

/** Glyph box heights of 11 pt text printed at 100 %: CJK words and Latin words. */
async function heightsAt11pt(): Promise<{ cjk: number; latin: number }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("校准");
  for (let r = 1; r <= 5; r++) {
    sheet.getCell(r, 1).value = "校准文字高度";
    sheet.getCell(r, 2).value = "Calibrate";
    sheet.getCell(r, 2).font = { name: "Calibri", size: 11 };
  }
  sheet.pageSetup = { paperSize: 9, scale: 100 };
  const pages = await pagesOf(
    await printWithLibreOffice(new Uint8Array(await workbook.xlsx.writeBuffer()), "calibration.xlsx"),
  );
  const height = (pattern: RegExp) =>
    Math.min(
      ...pages
        .flatMap(bodyWords)
        .filter((w) => pattern.test(w.text))
        .map((w) => w.y1 - w.y0),
    );
  return { cjk: height(CJK_ONLY), latin: height(LATIN_ONLY) };
}

function overlap(a: Word, b: Word): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return (w * h) / smaller;
}

const compact = (text: string) => text.replace(/\s+/g, "");

interface Printed {
  readonly plans: SheetPlan[];
  readonly pages: Page[];
  /** pages by sheet name, found from the header (park and sheet) */
  readonly bySheet: Map<string, Page[]>;
}

const data = parseParkData(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8"));
if (!data.ok) throw new Error("the sample park data file does not parse");
const sample = data.data;

function optionsFor(lang: Lang): TemplateOptions {
  return {
    lang,
    mode: "native",
    years: sample.years as [number, number, number, number],
    nameSuffix: "",
    data: sample,
    parkName: sample.park?.name,
    coefficients: coefficientsFromParkData(sample),
  };
}

async function printSample(lang: Lang): Promise<Printed> {
  const plans: SheetPlan[] = TEMPLATES.map((t) => t.build(optionsFor(lang)));
  const pages = await pagesOf(await printWithLibreOffice(await planToXlsx(plans), `sample-${lang}.xlsx`));
  const bySheet = new Map<string, Page[]>();
  for (const page of pages) {
    const header = compact(
      headerWords(page)
        .map((w) => w.text)
        .join(""),
    );
    const sheet = plans.find((p) => header.endsWith(compact(p.sheetName)))?.sheetName ?? "?";
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
  }
  return { plans, pages, bySheet };
}

const FOOTER: Record<Lang, RegExp> = { "zh-CN": /第 \d+ 页 \/ 共 \d+ 页/, "en-US": /Page \d+ of \d+/ };
const printed = new Map<Lang, Printed>();
let unit11 = { cjk: 0, latin: 0 };

beforeAll(async () => {
  // one after the other: LibreOffice is heavy on a shared machine
  for (const lang of ["zh-CN", "en-US"] as const) printed.set(lang, await printSample(lang));
  unit11 = await heightsAt11pt();
}, 480000);

const the = (lang: Lang): Printed => {
  const p = printed.get(lang);
  if (!p) throw new Error(`the ${lang} sample was not printed`);
  return p;
};

describe.each(["zh-CN", "en-US"] as const)("the sample workbook printed by LibreOffice (%s)", (lang) => {
  const park = sample.park?.name ?? "";

  test("every page has the park and its sheet in the header and the page number in the footer", () => {
    const { pages, plans, bySheet } = the(lang);
    expect(pages.length).toBeGreaterThanOrEqual(plans.length);
    for (const page of pages) {
      const header = headerWords(page)
        .map((w) => w.text)
        .join("");
      expect({ page: page.number, header: header.startsWith(park) }).toEqual({ page: page.number, header: true });
      const footer = footerWords(page)
        .map((w) => w.text)
        .join(" ");
      expect({ page: page.number, footer }).toEqual({ page: page.number, footer: expect.stringMatching(FOOTER[lang]) });
    }
    expect([...bySheet.keys()].sort()).toEqual(plans.map((p) => p.sheetName).sort());
  });

  test("every header text of every sheet appears whole in its printed pages", () => {
    const { plans, bySheet } = the(lang);
    const missing: string[] = [];
    for (const plan of plans) {
      const text = (bySheet.get(plan.sheetName) ?? []).map((p) => p.text).join("");
      for (const cell of plan.cells.filter(
        (c) => c.role === "header" && typeof c.value === "string" && c.value.trim() !== "",
      )) {
        if (!text.includes(compact(String(cell.value)))) missing.push(`${plan.sheetName}: ${String(cell.value)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("no text overprints other text", () => {
    const clashes: string[] = [];
    for (const page of the(lang).pages) {
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
    expect(unit11.cjk).toBeGreaterThan(5);
    expect(unit11.latin).toBeGreaterThan(5);
    const small: string[] = [];
    for (const page of the(lang).pages) {
      const sizes = bodyWords(page).flatMap((w) =>
        CJK_ONLY.test(w.text)
          ? [((w.y1 - w.y0) / unit11.cjk) * 11]
          : LATIN_ONLY.test(w.text)
            ? [((w.y1 - w.y0) / unit11.latin) * 11]
            : [],
      );
      const points = Math.min(...sizes);
      if (points < 7.8) small.push(`page ${page.number}: ${points.toFixed(1)} pt`);
    }
    expect(small).toEqual([]);
  });

  test("the 31-indicator table fills the width of its first page", () => {
    const { plans, bySheet } = the(lang);
    const sheet = plans.find((p) => p.templateId === "indicators")?.sheetName ?? "";
    const [first] = bySheet.get(sheet) ?? [];
    const body = bodyWords(first!);
    const used = Math.max(...body.map((w) => w.x1)) - Math.min(...body.map((w) => w.x0));
    const printable = first!.width - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
    expect(used / printable).toBeGreaterThan(0.9);
  });
});

describe("the Chinese sample printed", () => {
  test("方案汇总 without options prints its empty rows on one page down: five pages across, each with the option's name", () => {
    const options = the("zh-CN").bySheet.get("方案汇总") ?? [];
    // 44 columns at about 8 pt take five landscape pages across; the 25 empty input rows fit below the header
    expect(options).toHaveLength(5);
    for (const page of options)
      expect({ page: page.number, name: page.text.includes("方案名称") }).toEqual({ page: page.number, name: true });
  });

  test("the parameters print across one page width, on at most ten pages", () => {
    const params = the("zh-CN").bySheet.get("参数") ?? [];
    const [first] = params;
    // all twelve columns on the first page: the header row, from 编号 to 本项目已确认
    for (const header of ["编号", "引领值", "来源", "状态", "本项目已确认"]) expect(first?.text).toContain(header);
    expect(params.length).toBeLessThanOrEqual(10);
  });
});

describe("the English sample printed", () => {
  test("Options prints on one page down: every page across repeats the key columns and both header rows", () => {
    const options = the("en-US").bySheet.get("Options") ?? [];
    // the English benefit headers wrap over three lines in wider columns: seven pages across, none below
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(7);
    for (const page of options) {
      const has = ["No.", "Level", "Enterprise", "Optionname", "Option"].every((h) => page.text.includes(h));
      expect({ page: page.number, keyColumns: has }).toEqual({ page: page.number, keyColumns: true });
    }
    // one band down: the sheet's title (row 1, in a repeated column) is on every page across; a second band
    // would repeat the header rows only, above the empty input rows that did not fit
    const plan = the("en-US").plans.find((p) => p.templateId === "options");
    const title = compact(String(plan?.cells.find((c) => c.row === 0 && c.col === 0)?.value ?? ""));
    expect(title).not.toBe("");
    for (const page of options)
      expect({ page: page.number, title: page.text.includes(title) }).toEqual({ page: page.number, title: true });
  });

  test("the parameters print across one page width, on at most ten pages, as many as the Chinese give or one more", () => {
    const params = the("en-US").bySheet.get("Parameters") ?? [];
    const [first] = params;
    for (const header of ["Id", "Leadingvalue", "Source", "Status", "Confirmedforthisproject"])
      expect(first?.text).toContain(header);
    expect(params.length).toBeLessThanOrEqual(10);
    expect(params.length).toBeLessThanOrEqual((the("zh-CN").bySheet.get("参数") ?? []).length + 1);
  });

  test("a word chosen from a list in the parameters' value column prints whole (it wraps)", () => {
    const text = (the("en-US").bySheet.get("Parameters") ?? []).map((p) => p.text).join("");
    // the default basis of the synergy intensities, in the value column and the default column beside it
    expect(text.split("Grossindustrialoutput").length - 1).toBeGreaterThanOrEqual(2);
  });

  test("every English sheet takes at most half as many pages again as the Chinese one (one more for a short one)", () => {
    const zh = the("zh-CN");
    const en = the("en-US");
    const counts = en.plans.map((plan, i) => {
      const chinese = zh.plans[i]!;
      return {
        sheet: plan.sheetName,
        zh: zh.bySheet.get(chinese.sheetName)?.length ?? 0,
        en: en.bySheet.get(plan.sheetName)?.length ?? 0,
      };
    });
    const over = counts.filter((c) => c.en > Math.max(c.zh + 1, Math.ceil(c.zh * 1.5)));
    expect(over).toEqual([]);
  });
});

test("the English low-carbon checklist prints on no more pages than the Chinese one", () => {
  const zh = the("zh-CN").bySheet.get("低碳管理") ?? [];
  const en = the("en-US").bySheet.get("Low-carbon management") ?? [];
  expect(zh.length).toBeGreaterThan(0);
  // the requirements' column is wider in English and the sheet prints a little smaller, still above 8 pt
  expect(en.length).toBeLessThanOrEqual(zh.length);
});
