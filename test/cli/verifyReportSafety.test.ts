/* eslint-disable no-control-regex -- these tests look for control characters */
/**
 * `green-audit verify` on a hostile submission: text typed into a total that would run as a formula in the
 * reviewer's spreadsheet, escape sequences that would repaint the reviewer's terminal, a file named like a
 * formula. The CSV shows them as text, the terminal shows them escaped, the JSON keeps them as they are.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cli } from "./runCli";
import { loadBook, namedCell, sampleWorkbook, saveBook } from "../domain/review/reviewFixtures";
import { parseCsv } from "./csvParse";

const HYPERLINK = '=HYPERLINK("http://evil.example/x","click")';
const FORGED = "\u001b[2J\u001b[32mALL CLEAR\u001b[0m";
/** Excel writes a control character in a shared string as _xHHHH_ (ECMA-376 Part 1, §22.4.2.4). */
const ESCAPED = "_x001B_[2J_x001B_[32mALL CLEAR_x001B_[0m";
const dir = mkdtempSync(join(tmpdir(), "green-report-safety-"));
const formulaNamed = join(dir, "=1+1.xlsx");
const escapeNamed = join(dir, "\u001b[31mred.xlsx");

beforeAll(async () => {
  const book = await loadBook(await sampleWorkbook());
  const total = namedCell(book, "GREEN_TOTAL_Y2");
  total.sheet.getCell(total.address).value = HYPERLINK;
  const other = namedCell(book, "GREEN_TOTAL_Y3");
  other.sheet.getCell(other.address).value = "FORGED-TEXT";
  const parts = unzipSync(await saveBook(book));
  parts["xl/sharedStrings.xml"] = strToU8(strFromU8(parts["xl/sharedStrings.xml"]!).replace("FORGED-TEXT", ESCAPED));
  writeFileSync(formulaNamed, zipSync(parts));
  copyFileSync(formulaNamed, escapeNamed);
});

const FORMULA_START = /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/;

test("csv: no field starts a formula; the hostile texts and the file name read back as text", async () => {
  const r = await cli("verify", formulaNamed, "--format", "csv");
  expect(r.code).toBe(1);
  const rows = parseCsv(r.stdout.replace(/^\uFEFF/, ""));
  const fields = rows.flat();
  expect(fields.filter((f) => FORMULA_START.test(f))).toEqual([]);
  expect(fields).toContain(`'${HYPERLINK}`);
  const [header] = rows;
  const found = rows
    .filter((row) => row[header!.indexOf("code")] === "formula-replaced")
    .map((row) => row[header!.indexOf("found")]);
  expect(found).toEqual(expect.arrayContaining([`'${HYPERLINK}`, FORGED]));
});

test("csv: a file name that begins like a formula is shown as text", async () => {
  const relative = "=1+1.xlsx";
  const r = await cli("verify", join(dir, relative), "--format", "csv");
  const files = parseCsv(r.stdout.replace(/^\uFEFF/, ""))
    .slice(1)
    .map((row) => row[0]);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(f!.startsWith("=")).toBe(false);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const local = await cli("verify", relative, "--format", "csv");
    const names = parseCsv(local.stdout.replace(/^\uFEFF/, ""))
      .slice(1)
      .map((row) => row[0]);
    expect(new Set(names)).toEqual(new Set(["'=1+1.xlsx"]));
  } finally {
    process.chdir(cwd);
  }
});

test("text: no escape character reaches the terminal, neither from a cell nor from a file name", async () => {
  const r = await cli("verify", escapeNamed, join(dir, "\u001b[2Jmissing.xlsx"), "--lang", "en-US", "--detail");
  expect(r.code).toBe(2);
  expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  expect(r.stdout).toContain("\\x1B[2J\\x1B[32mALL CLEAR\\x1B[0m");
  expect(r.stdout).toContain("\\x1B[31mred.xlsx: ");
  expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/\\x1B\[2Jmissing\.xlsx: no such file$/)]);
});

test("json: the texts unchanged, as valid JSON", async () => {
  const r = await cli("verify", escapeNamed, "--format", "json");
  const doc = JSON.parse(r.stdout) as { files: { file: string; findings: { found: unknown }[] }[] };
  expect(doc.files[0]!.file).toBe(escapeNamed);
  expect(doc.files[0]!.findings.map((f) => f.found)).toEqual(expect.arrayContaining([HYPERLINK, FORGED]));
});
