/**
 * Every text a user sees, gathered from where it is made: the pane's tables, the catalog's texts, the
 * templates' cells, validation messages and names, the command line's help, the written workbooks' parts,
 * the function descriptions and the documentation. Each text carries where it was found.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { run } from "../../src/cli/main";
import * as catalog from "../../src/domain/catalog";
import { FINDING_LABELS, SEVERITY_LABELS, reviewWorkbook } from "../../src/domain/review";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { coefficientsFromParkData } from "../../src/domain/templates/context";
import { TEMPLATES } from "../../src/domain/templates/specs";
import type { Lang, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { STRINGS } from "../../src/taskpane/i18n";
import { readWorkbookBytes } from "../../src/xlsx/readWorkbookFile";
import { planToXlsx } from "../../src/xlsx/writePlan";

export interface UserText {
  readonly where: string;
  readonly text: string;
}

const ROOT = join(__dirname, "..", "..");
export const SAMPLE = JSON.parse(readFileSync(join(ROOT, "examples", "sample-park.json"), "utf8"));

/** The pane's words: every string of a language's table, functions called with sample arguments. */
export function paneTexts(lang: Lang): UserText[] {
  const out: UserText[] = [];
  const visit = (value: unknown, where: string) => {
    if (typeof value === "string") out.push({ where, text: value });
    else if (typeof value === "function")
      visit(
        (value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => (i === 0 ? "X" : 2))),
        where,
      );
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value !== null && typeof value === "object")
      for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
  };
  visit(STRINGS[lang], `pane ${lang}`);
  return out;
}

/** The catalog's words in one language: every { zh, en } text of every record (ids are not texts). */
export function catalogTexts(lang: Lang): UserText[] {
  const out: UserText[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
    else if (value instanceof Map) for (const [k, v] of value) visit(v, `${where}.${String(k)}`);
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record["zh"] === "string" && typeof record["en"] === "string")
        out.push({ where, text: String(record[lang === "zh-CN" ? "zh" : "en"]) });
      else for (const [k, v] of Object.entries(record)) visit(v, `${where}.${k}`);
    }
  };
  for (const [name, value] of Object.entries(catalog)) if (typeof value !== "function") visit(value, `catalog ${name}`);
  return out;
}

/** Options as the command line builds them from the shipped sample park. */
export function sampleOptions(lang: Lang): TemplateOptions {
  return {
    lang,
    mode: "native",
    years: SAMPLE.years,
    nameSuffix: "",
    data: SAMPLE,
    parkName: SAMPLE.park.name,
    coefficients: coefficientsFromParkData(SAMPLE),
  };
}

export function samplePlans(lang: Lang): SheetPlan[] {
  return TEMPLATES.map((t) => t.build(sampleOptions(lang)));
}

/** What a plan shows: sheet name, cell texts, validation prompts, errors and list items. */
export function planTexts(plans: readonly SheetPlan[]): UserText[] {
  const out: UserText[] = [];
  for (const plan of plans) {
    const at = (what: string) => `${plan.lang} ${plan.sheetName}!${what}`;
    out.push({ where: at("(name)"), text: plan.sheetName });
    for (const cell of plan.cells) {
      if (typeof cell.value === "string" && !cell.value.startsWith('{"product":"GreenAudit"'))
        out.push({ where: at(`R${cell.row + 1}C${cell.col + 1}`), text: cell.value });
      if (typeof cell.cached === "string")
        out.push({ where: at(`R${cell.row + 1}C${cell.col + 1} (result)`), text: cell.cached });
    }
    for (const v of plan.validations) {
      if (v.prompt) out.push({ where: at(`${v.range} prompt`), text: `${v.prompt.title} ${v.prompt.message}` });
      out.push({ where: at(`${v.range} error`), text: `${v.error.title} ${v.error.message}` });
      if (v.rule.kind === "list")
        for (const item of v.rule.items) out.push({ where: at(`${v.range} list`), text: item });
    }
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");

/** What a written workbook shows: shared and inline strings, comments, validation texts, headers and footers. */
export function workbookTexts(bytes: Uint8Array, label: string): UserText[] {
  const out: UserText[] = [];
  const parts = unzipSync(bytes);
  for (const [path, data] of Object.entries(parts)) {
    if (!path.endsWith(".xml")) continue;
    const xml = strFromU8(data);
    const where = `${label} ${path}`;
    for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) {
      const text = decode(m[1]!);
      if (!text.startsWith('{"product":"GreenAudit"')) out.push({ where, text });
    }
    // a chart's title, and the names and categories it caches from the cells (xl/charts)
    for (const m of xml.matchAll(/<(a:t|c:v)>([^<]*)<\/\1>/g))
      out.push({ where: `${where} (chart)`, text: decode(m[2]!) });
    for (const m of xml.matchAll(/\s(?:prompt|error|promptTitle|errorTitle)="([^"]*)"/g))
      out.push({ where: `${where} (validation)`, text: decode(m[1]!) });
    for (const m of xml.matchAll(/<(?:oddHeader|oddFooter|evenHeader|evenFooter|firstHeader|firstFooter)>([^<]*)</g))
      out.push({ where: `${where} (header/footer)`, text: decode(m[1]!) });
    // a list's entries, each its own text (the writer quotes the list as &quot;a,b&quot;)
    for (const m of xml.matchAll(/<formula1>(?:"|&quot;)([^<]*?)(?:"|&quot;)<\/formula1>/g))
      for (const entry of decode(m[1]!).split(",")) out.push({ where: `${where} (list)`, text: entry });
    if (path === "xl/workbook.xml") {
      for (const m of xml.matchAll(/<sheet [^>]*name="([^"]*)"/g))
        out.push({ where: `${where} (sheet)`, text: decode(m[1]!) });
      // a defined name's visible parts: its name and the sheet its range names
      // (Excel's own names, _xlnm.Print_Area and the like, are shown in the user's language by Excel)
      for (const m of xml.matchAll(/<definedName [^>]*name="(?!_xlnm\.)([^"]*)"[^>]*>([^<]*)</g))
        out.push({
          where: `${where} (defined name)`,
          text: `${decode(m[1]!)} ${decode(m[2]!).replace(/![^,]*/g, "")}`,
        });
    }
  }
  return out;
}

export async function sampleWorkbookTexts(lang: Lang): Promise<UserText[]> {
  return workbookTexts(await planToXlsx(samplePlans(lang)), `workbook ${lang}`);
}

/** The command line's help: the program's and every command's. */
export async function cliHelpTexts(): Promise<UserText[]> {
  const out: UserText[] = [];
  for (const argv of [["--help"], ["template", "--help"], ["verify", "--help"], ["catalog", "--help"]]) {
    let text = "";
    await run(argv, { stdout: (s) => (text += s), stderr: (s) => (text += s) });
    out.push({ where: `green-audit ${argv.join(" ")}`, text });
  }
  return out;
}

/** The command line's listing of the catalog in both languages. */
export async function cliCatalogTexts(): Promise<UserText[]> {
  const out: UserText[] = [];
  for (const lang of ["zh-CN", "en-US"]) {
    let text = "";
    await run(["catalog", "--lang", lang], { stdout: (s) => (text += s), stderr: (s) => (text += s) });
    out.push({ where: `green-audit catalog --lang ${lang}`, text });
  }
  return out;
}

/** The function descriptions Excel shows (English from the JSDoc, Chinese from the zh-CN table) and the help page. */
export function functionTexts(): UserText[] {
  const source = readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8");
  const jsdoc = [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)]
    .map((m) => m[1] ?? "")
    .filter((c) => c.includes("@customfunction"));
  const zh = readFileSync(join(ROOT, "src", "functions", "metadata.zh-CN.json"), "utf8");
  const html = readFileSync(join(ROOT, "src", "functions.html"), "utf8")
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ");
  return [
    ...jsdoc.map((text, i) => ({ where: `functions.ts description ${i + 1}`, text })),
    { where: "metadata.zh-CN.json", text: zh },
    { where: "functions.html", text: html },
  ];
}

/** The README and every page of docs/. */
export function documentationTexts(): UserText[] {
  const docs = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md"));
  return [
    { where: "README.md", text: readFileSync(join(ROOT, "README.md"), "utf8") },
    ...docs.map((f) => ({ where: `docs/${f}`, text: readFileSync(join(ROOT, "docs", f), "utf8") })),
  ];
}

/** The review's words: every finding label and the messages of a review of the sample workbook (a team of one, unanswered requirements). */
export async function reviewTexts(lang: Lang): Promise<UserText[]> {
  const w = lang === "zh-CN" ? "zh" : "en";
  const labels = [...Object.entries(FINDING_LABELS), ...Object.entries(SEVERITY_LABELS)].flatMap(([code, label]) =>
    Object.entries(label as unknown as Record<string, unknown>).flatMap(([part, text]) =>
      text !== null && typeof text === "object" && w in text
        ? [{ where: `review label ${code}.${part}`, text: String((text as Record<string, unknown>)[w]) }]
        : [],
    ),
  );
  const no = lang === "zh-CN" ? "否" : "no";
  const team = [
    {
      name: "王伟",
      unit: "GreenAudit",
      role: "组长",
      title: "高级工程师",
      specialty: "节能",
      project_lead: no,
      park_staff: no,
    },
  ];
  const plans = TEMPLATES.map((t) => t.build({ ...sampleOptions(lang), rows: { team } }));
  const report = reviewWorkbook(await readWorkbookBytes(await planToXlsx(plans)));
  return [
    ...labels,
    ...report.findings.map((f) => ({ where: `review ${f.code} ${f.sheet}!${f.cell}`, text: f.message[w] })),
  ];
}
