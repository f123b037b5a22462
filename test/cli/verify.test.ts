/** `green-audit verify` through `run` (SPEC §6): formats, exit codes 0/1/2, malformed and hostile files. */
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { CSV_HEADER } from "../../src/cli/verify";
import { checkXlsxBytes, READ_LIMITS } from "../../src/xlsx/readWorkbookFile";
import { loadBook, namedCell, sampleWorkbook, saveBook } from "../domain/review/reviewFixtures";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const dir = mkdtempSync(join(tmpdir(), "green-verify-"));
const at = (name: string) => join(dir, name);
let good: string;
let bad: string;
let goodBytes: Uint8Array;

beforeAll(async () => {
  goodBytes = await sampleWorkbook();
  good = at("good.xlsx");
  writeFileSync(good, goodBytes);
  const book = await loadBook(goodBytes);
  const { sheet, address } = namedCell(book, "GREEN_TOTAL_Y2");
  sheet.getCell(address).value = 99.5;
  bad = at("bad.xlsx");
  writeFileSync(bad, await saveBook(book));
  writeFileSync(at("truncated.xlsx"), goodBytes.slice(0, Math.floor(goodBytes.length / 2)));
  writeFileSync(at("text.xlsx"), "这不是工作簿 / not a workbook\n");
  writeFileSync(at("protected.xlsx"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  writeFileSync(at("empty.xlsx"), new Uint8Array(await empty.xlsx.writeBuffer()));
  const huge = openSync(at("huge.xlsx"), "w");
  ftruncateSync(huge, READ_LIMITS.fileBytes + 1);
  closeSync(huge);
});

test("a good workbook: exit 0, a readable text table with the totals", async () => {
  const r = await cli("verify", good);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/good\.xlsx: 0 error\(s\), \d+ warning\(s\), \d+ info; total score \d+\.\d\d \/ /);
  expect(r.stdout).toMatch(/severity\s+code\s+where\s+message/);
  expect(r.stderr).toBe("");
});

test("a total typed over its formula: exit 1; json names the cell", async () => {
  const r = await cli("verify", good, bad, "--format", "json");
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout) as { files: { file: string; readable: boolean; findings: { code: string; sheet: string; severity: string }[] }[] };
  expect(doc.files.map((f) => f.readable)).toEqual([true, true]);
  const errors = doc.files[1].findings.filter((f) => f.severity === "error");
  expect(errors).toEqual([expect.objectContaining({ code: "formula-replaced", sheet: "评价指标", found: 99.5 })]);
});

test("csv with a header row, to --out; unreadable files exit 2 with one line each while the others are reported", async () => {
  const out = at("report.csv");
  const files = ["good.xlsx", "bad.xlsx", "truncated.xlsx", "text.xlsx", "protected.xlsx", "huge.xlsx", "missing.xlsx"].map(at);
  const r = await cli("verify", ...files, "--format", "csv", "--out", out);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(5);
  expect(lines[0]).toMatch(/truncated\.xlsx: damaged zip/);
  expect(lines[1]).toMatch(/text\.xlsx: not an \.xlsx file/);
  expect(lines[2]).toMatch(/protected\.xlsx: password-protected/);
  expect(lines[3]).toMatch(/huge\.xlsx: file too large/);
  expect(lines[4]).toMatch(/missing\.xlsx: no such file/);
  const csv = readFileSync(out, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe(CSV_HEADER.join(","));
  expect(rows.some((row) => row.includes("bad.xlsx,error,formula-replaced,评价指标,"))).toBe(true);
  expect(rows.filter((row) => row.includes(",unreadable,file-unreadable,"))).toHaveLength(5);
});

test("an empty workbook: one finding, not a GreenAudit workbook (exit 1)", async () => {
  const r = await cli("verify", at("empty.xlsx"), "--lang", "en-US");
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/1 error\(s\), 0 warning\(s\), 0 info/);
  expect(r.stdout).toMatch(/not-greenaudit .*No GreenAudit template was found/);
});

test("a zip bomb is refused from the central directory, before anything is inflated", () => {
  const bytes = new Uint8Array(goodBytes);
  // declare a 600 MB uncompressed size in the first central directory entry
  let eocd = bytes.length - 22;
  while (!(bytes[eocd] === 0x50 && bytes[eocd + 1] === 0x4b && bytes[eocd + 2] === 0x05 && bytes[eocd + 3] === 0x06)) eocd--;
  const cd = bytes[eocd + 16] | (bytes[eocd + 17] << 8) | (bytes[eocd + 18] << 16) | (bytes[eocd + 19] << 24);
  new DataView(bytes.buffer).setUint32(cd + 24, 600 * 1024 * 1024, true);
  expect(() => checkXlsxBytes(bytes)).toThrow(/possible zip bomb/);
  expect(() => checkXlsxBytes(goodBytes, { ...READ_LIMITS, zipEntries: 3 })).toThrow(/too many zip entries/);
});

test("usage errors: no file, a bad format", async () => {
  expect((await cli("verify")).code).toBe(2);
  const r = await cli("verify", good, "--format", "xml");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Allowed choices are text, json, csv/);
});
