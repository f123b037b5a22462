/**
 * One rule for a blank cell (calc/blank.ts): the native formulas of the templates, recalculated by LibreOffice,
 * and the custom formulas, computed by the built GREEN.* functions called as Excel calls them
 * (test/functions/excelInvoker.ts), agree on the same inputs — whitespace of every kind included: full-width
 * and no-break spaces, tabs, line breaks, the rest of Unicode's White_Space, empty text and empty cells.
 *
 * A fast-check sample (fixed document) of indicator inputs becomes one workbook, one case per row: the inputs
 * (text written as formulas such as ="…"&CHAR(9), so that characters an .xlsx cannot hold raw survive), the
 * native value formula of the indicator and its native counted score against a generated lead cell.
 * LibreOffice recalculates it once; every row is compared with the custom mode's cells:
 * IFERROR(GREEN.INDICATOR(…),"") and IF(ISNUMBER(IFERROR(GREEN.SCORE(…),"")),…,0).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { BLANK_CHARACTERS } from "../../src/domain/calc/blank";
import { isMissing } from "../../src/domain/calc/inputs";
import { findDataItem, INDICATORS, type DataItemId, type IndicatorDef } from "../../src/domain/catalog";
import { cellAddress, rangeAddress } from "../../src/domain/templates/a1";
import {
  countedScoreNative,
  indicatorValueNative,
  pollutantElasticityNative,
  type ItemRef,
} from "../../src/domain/templates/indicatorFormulas";
import { column, errorOf, excelInvoker, type ExcelInvoker } from "../functions/excelInvoker";
import { recalculateWithLibreOffice } from "./libreOffice";

const CASES = 400;
const MARKER = "无法计算";
/** Columns: A id, B native value, C native score, D lead, E… inputs, then HG24's four pollutant cells. */
const COL = { id: 1, value: 2, score: 3, lead: 4, inputs: 5, detail: 20 };
const CAP = 120;
const FULL = 100;

type Cell = number | string | null;
interface Case {
  def: IndicatorDef;
  /** input cells by "item@year" */
  inputs: Map<string, Cell>;
  lead: Cell;
}

const key = (item: DataItemId, year: "current" | "prev") => `${item}@${year}`;

/** The input cells of an indicator in a fixed order: every item of every input, by year. */
function inputKeys(def: IndicatorDef): string[] {
  const keys = def.inputs.flatMap((input) => input.items.map((item) => key(item, input.year)));
  if (def.formula.kind === "elasticity") {
    // HG24's value formula reads each pollutant's two years and the output's two years
    const { pollutants, output } = def.formula;
    keys.push(...[output, ...pollutants].flatMap((item) => [key(item, "prev"), key(item, "current")]));
  }
  return [...new Set(keys)];
}

const whitespace = fc
  .array(fc.constantFrom(...BLANK_CHARACTERS), { minLength: 1, maxLength: 4 })
  .map((cs) => cs.join(""));
const padded = (word: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.oneof(fc.constant(""), whitespace), word, fc.oneof(fc.constant(""), whitespace))
    .map(([a, w, b]) => a + w + b);

/** A cell a user leaves or types: empty, empty text, whitespace only, a number, or (for answers) a word. */
function cellArbitrary(item: DataItemId): fc.Arbitrary<Cell> {
  const answers = findDataItem(item)?.answers;
  const blank = fc.oneof(fc.constant(null), fc.constant(""), whitespace);
  const number = fc.oneof(
    fc.constantFrom(0, 1, 100, 1000, -5),
    fc.integer({ min: 1, max: 20000 }),
    fc.double({ min: 0.001, max: 1e6, noNaN: true }),
  );
  if (answers)
    return fc.oneof(
      { weight: 3, arbitrary: blank },
      { weight: 6, arbitrary: padded(fc.constantFrom(...answers)) },
      { weight: 1, arbitrary: fc.constantFrom("也许", 1) },
    );
  return fc.oneof(
    { weight: 3, arbitrary: blank },
    { weight: 6, arbitrary: number },
    { weight: 1, arbitrary: fc.constant("n/a") },
  );
}

const caseArbitrary: fc.Arbitrary<Case> = fc.constantFrom(...INDICATORS).chain((def) => {
  const keys = inputKeys(def);
  const cells = keys.map((k) => cellArbitrary(k.split("@")[0]!));
  const blankLead = fc.oneof(fc.constant(null as Cell), fc.constant(""), whitespace);
  const lead =
    typeof def.lead === "string"
      ? fc.oneof(padded(fc.constantFrom(def.lead, "不具备")), blankLead)
      : fc.oneof(
          fc.constantFrom<Cell>(def.lead, 0, 50, "n/a"),
          fc.double({ min: 0.5, max: 1000, noNaN: true }),
          blankLead,
        );
  return fc
    .tuple(fc.tuple(...cells), lead)
    .map(([values, l]) => ({ def, inputs: new Map(keys.map((k, i) => [k, values[i] as Cell])), lead: l }));
});

/** A formula that gives exactly this text, whatever characters it holds (control characters as CHAR(n)). */
function textFormula(text: string): string {
  if (text === "") return '""';
  const parts = [...text].map((c) =>
    c.charCodeAt(0) < 0x20 ? `CHAR(${c.charCodeAt(0)})` : `"${c === '"' ? '""' : c}"`,
  );
  return parts.join("&");
}

function setCell(sheet: ExcelJS.Worksheet, address: string, cell: Cell): void {
  if (cell === null) return;
  sheet.getCell(address).value = typeof cell === "number" ? cell : { formula: textFormula(cell) };
}

/** The workbook of all cases, one per row from row 2. */
async function caseWorkbook(cases: readonly Case[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("cases");
  cases.forEach((c, i) => {
    const row = i + 2;
    const keys = inputKeys(c.def);
    const ref: ItemRef = (item, year) => cellAddress(row, COL.inputs + keys.indexOf(key(item, year)));
    sheet.getCell(cellAddress(row, COL.id)).value = c.def.id;
    keys.forEach((k, j) => setCell(sheet, cellAddress(row, COL.inputs + j), c.inputs.get(k) ?? null));
    let detail: { range: string; notComputable: string } | undefined;
    if (c.def.formula.kind === "elasticity") {
      const { pollutants, output } = c.def.formula;
      pollutants.forEach(
        (p, j) =>
          (sheet.getCell(cellAddress(row, COL.detail + j)).value = {
            formula: pollutantElasticityNative(p, output, ref, MARKER),
          }),
      );
      detail = { range: rangeAddress(row, COL.detail, row, COL.detail + pollutants.length - 1), notComputable: MARKER };
    }
    sheet.getCell(cellAddress(row, COL.value)).value = { formula: indicatorValueNative(c.def, ref, detail) };
    setCell(sheet, cellAddress(row, COL.lead), c.lead);
    const refs = {
      value: cellAddress(row, COL.value),
      lead: cellAddress(row, COL.lead),
      cap: String(CAP),
      full: String(FULL),
    };
    sheet.getCell(cellAddress(row, COL.score)).value = {
      formula: countedScoreNative({ ...c.def, flag: "mandatory" }, refs),
    };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The values LibreOffice saved, read from the sheet XML (ExcelJS drops a cached 0). */
function savedValues(xlsx: Uint8Array): Map<string, Cell> {
  const xml = strFromU8(
    unzipSync(xlsx, { filter: (f) => f.name === "xl/worksheets/sheet1.xml" })["xl/worksheets/sheet1.xml"]!,
  );
  const values = new Map<string, Cell>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const type = /t="(\w+)"/.exec(m[2]!)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? "")?.[1];
    if (v === undefined) {
      values.set(m[1]!, type === "str" ? "" : null);
      continue;
    }
    values.set(
      m[1]!,
      type === "str" || type === "s" || type === "inlineStr"
        ? unescapeXml(v)
        : type === "e"
          ? `#ERROR ${v}`
          : Number(v),
    );
  }
  return values;
}

/** How Excel hands a cell to a custom function: its value; an empty cell as null. */
const argument = (cell: Cell | undefined): Cell => (cell === undefined ? null : cell);
/** IFERROR(x, fallback) over a cell computed by the invoker. */
const ifError = (result: unknown, fallback: Cell): Cell => (errorOf(result) ? fallback : (result as Cell));

/** The custom mode's value cell for a case. */
function customValue(excel: ExcelInvoker, c: Case): Cell {
  const at = (item: DataItemId, year: "current" | "prev") => argument(c.inputs.get(key(item, year)));
  if (c.def.formula.kind === "elasticity") {
    // the template's custom cells: IF(AND(blank p0, blank p1),"",IFERROR(GREEN.ELASTICITY(p0,p1,v0,v1),marker)), aggregated natively
    const { pollutants, output } = c.def.formula;
    const detail = pollutants.map((p) =>
      isMissing(at(p, "prev")) && isMissing(at(p, "current"))
        ? ""
        : ifError(
            excel.cell("ELASTICITY", at(p, "prev"), at(p, "current"), at(output, "prev"), at(output, "current")),
            MARKER,
          ),
    );
    if (detail.includes(MARKER)) return "";
    const numbers = detail.filter((d): d is number => typeof d === "number");
    return numbers.length === 0 ? "" : Math.max(...numbers);
  }
  const args = c.def.inputs.map((input) =>
    input.items.length === 1
      ? at(input.items[0]!, input.year)
      : column(...input.items.map((item) => at(item, input.year))),
  );
  return ifError(excel.cell("INDICATOR", c.def.id, ...args), "");
}

/** The custom mode's counted score: IF(ISNUMBER(s), s, 0) with s = IFERROR(GREEN.SCORE(id, value, lead, cap), ""). */
function customScore(excel: ExcelInvoker, c: Case, value: Cell): Cell {
  const score = ifError(excel.cell("SCORE", c.def.id, value, argument(c.lead), CAP), "");
  return typeof score === "number" ? score : 0;
}

function same(native: Cell | undefined, custom: Cell): boolean {
  if (typeof native === "number" && typeof custom === "number")
    return Math.abs(native - custom) <= 1e-9 * Math.max(1, Math.abs(custom));
  return (native ?? "") === (custom ?? "");
}

test(`custom and native formulas agree on ${CASES} generated inputs, whitespace of every kind included (LibreOffice)`, async () => {
  const cases = fc.sample(caseArbitrary, { numRuns: CASES, seed: 20261201 });
  const saved = savedValues(await recalculateWithLibreOffice(await caseWorkbook(cases), "blank-rule.xlsx"));
  const excel = excelInvoker();
  const disagreements: string[] = [];
  cases.forEach((c, i) => {
    const row = i + 2;
    const shown = JSON.stringify(Object.fromEntries(c.inputs));
    const value = customValue(excel, c);
    const native = saved.get(cellAddress(row, COL.value));
    if (!same(native, value))
      disagreements.push(`${c.def.id} ${shown}: native ${JSON.stringify(native)}, custom ${JSON.stringify(value)}`);
    const score = customScore(excel, c, value);
    const nativeScore = saved.get(cellAddress(row, COL.score));
    if (!same(nativeScore, score))
      disagreements.push(
        `${c.def.id} score, lead ${JSON.stringify(c.lead)} ${shown}: native ${JSON.stringify(nativeScore)}, custom ${JSON.stringify(score)}`,
      );
  });
  expect(disagreements).toEqual([]);
  // the sample holds every kind of whitespace, alone and around answers
  const texts = cases.flatMap((c) => [...c.inputs.values(), c.lead]).filter((x): x is string => typeof x === "string");
  for (const ch of BLANK_CHARACTERS)
    expect({ ch: ch.codePointAt(0)?.toString(16), seen: texts.some((t) => t.includes(ch)) }).toEqual({
      ch: ch.codePointAt(0)?.toString(16),
      seen: true,
    });
}, 300000);
