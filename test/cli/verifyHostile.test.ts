/**
 * `green-audit verify` on the hostile submissions a fuzzing pass found (each failed before the bounded
 * reader): a hyperlink with a name over a whole sheet, a bomb in a part the review never reads, damaged
 * entries, zip names that disagree, metadata asking for more rows than a sheet holds, formulas beyond
 * Excel's limit — and a user's own huge or odd sheet, which the review does not read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { run } from "../../src/cli/main";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { sampleWorkbook } from "../domain/review/reviewFixtures";
import { writeZip, zipParts, type EntryLies } from "../xlsx/zipFixture";

const dir = mkdtempSync(join(tmpdir(), "green-verify-hostile-"));
let parts: Record<string, Uint8Array>;
/** the part of the sheet named 参数 (parameters), a template sheet */
let paramsPart: string;

async function verifyParts(
  name: string,
  changed: Record<string, Uint8Array | string>,
  lies: Record<string, EntryLies> = {},
) {
  const file = join(dir, name);
  writeFileSync(file, writeZip({ ...parts, ...changed }, lies));
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(["verify", file, "--format", "json", "--lang", "en-US"], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  });
  const report = JSON.parse(out.join("")) as {
    files: { readable: boolean; code?: string; reason?: { zh: string; en: string }; findings?: { code: string }[] }[];
  };
  return { code, stderr: err.join(""), file: report.files[0] };
}

const text = (name: string) => Buffer.from(parts[name]!).toString("utf8");

beforeAll(async () => {
  const bytes = await sampleWorkbook();
  parts = zipParts(bytes);
  const sheets = readWorkbookSync(bytes).sheets.map((s) => s.name);
  // ExcelJS writes sheet N of <sheets> as xl/worksheets/sheetN.xml
  paramsPart = `xl/worksheets/sheet${sheets.indexOf("参数") + 1}.xml`;
  expect(text(paramsPart)).toContain("<sheetData>");
});

test("a hyperlink and a user's name over the whole sheet '参数'!$A$1:$XFD$1048576: reviewed, nothing expanded", async () => {
  const r = await verifyParts("link.xlsx", {
    [paramsPart]: text(paramsPart).replace(
      "</sheetData>",
      '</sheetData><hyperlinks><hyperlink ref="B2" location="\'参数\'!A1" display="x"/></hyperlinks>',
    ),
    "xl/workbook.xml": text("xl/workbook.xml").replace(
      "<definedNames>",
      "<definedNames><definedName name=\"everything\">'参数'!$A$1:$XFD$1048576</definedName>",
    ),
  });
  expect(r.file!.readable).toBe(true);
  expect(r.code).toBe(0);
});

test("a part the review never reads declares 1 KB and inflates to 64 MB: never inflated, the workbook reviewed", async () => {
  const bomb: EntryLies = { compressed: deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), declared: 1024 };
  const r = await verifyParts("bomb.xlsx", { "xl/media/image1.png": "" }, { "xl/media/image1.png": bomb });
  expect(r.code).toBe(0);
});

test("a read part with a wrong CRC-32, or local and central names that disagree: exit 2, one line", async () => {
  const crc = await verifyParts("crc.xlsx", {}, { [paramsPart]: { crc: 1 } });
  expect(crc.code).toBe(2);
  expect(crc.stderr).toBe(
    `green-audit verify: ${join(dir, "crc.xlsx")}: damaged zip (${paramsPart} fails its CRC-32 check)\n`,
  );
  const names = await verifyParts("names.xlsx", {}, { [paramsPart]: { localName: "xl/worksheets/other.xml" } });
  expect(names.code).toBe(2);
  expect(names.file!.code).toBe("damaged");
  expect(names.file!.reason).toEqual({
    zh: `zip 压缩包已损坏（${paramsPart} 的本地文件名与中央目录不一致）`,
    en: `damaged zip (the local and central names of ${paramsPart} disagree)`,
  });
});

test("80 metadata records of capacity 3 000 and a formula beyond 8 192 characters: a review finding, and a one-line refusal", async () => {
  const options = readWorkbookSync(writeZip(parts));
  const meta = options.names.find((n) => n.name === "GREEN_META_options") as { sheet: string; range: string };
  const record = JSON.parse(
    String(options.sheets.find((s) => s.name === meta.sheet)?.cells.get(meta.range)?.value),
  ) as object;
  const json = (i: number) =>
    JSON.stringify({ ...record, nameSuffix: `_${i}`, capacity: 3000 })
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/"/g, "&quot;");
  const cells = Array.from(
    { length: 80 },
    (_, i) =>
      `<c r="${String.fromCharCode(65 + (i % 26))}${5000 + Math.floor(i / 26)}" t="inlineStr"><is><t>${json(i)}</t></is></c>`,
  );
  const rows = [0, 1, 2, 3]
    .map((k) => `<row r="${5000 + k}">${cells.slice(k * 26, k * 26 + 26).join("")}</row>`)
    .join("");
  const names = cells
    .map(
      (_, i) =>
        `<definedName name="GREEN_META_options_${i}">'参数'!$${String.fromCharCode(65 + (i % 26))}$${5000 + Math.floor(i / 26)}</definedName>`,
    )
    .join("");
  const many = await verifyParts("meta.xlsx", {
    [paramsPart]: text(paramsPart).replace("</sheetData>", `${rows}</sheetData>`),
    "xl/workbook.xml": text("xl/workbook.xml").replace("<definedNames>", `<definedNames>${names}`),
  });
  expect(many.code).toBe(1);
  expect(many.file!.readable).toBe(true);
  expect(many.file!.findings?.map((f) => f.code)).toEqual(["review-incomplete"]);

  const formula = `${"1+".repeat(4100)}1`;
  const long = await verifyParts("formula.xlsx", {
    [paramsPart]: text(paramsPart).replace(
      "</sheetData>",
      `<row r="6000"><c r="A6000"><f>${formula}</f><v>1</v></c></row></sheetData>`,
    ),
  });
  expect(long.code).toBe(2);
  expect(long.file!.reason).toEqual({
    zh: `“参数”!A6000 的公式有 ${formula.length} 个字符；Excel 的上限为 8192`,
    en: `the formula in "参数"!A6000 has ${formula.length} characters; Excel's limit is 8192`,
  });
});

test("a user's own sheet of 150 000 rows, or with XML no program writes, is not read: the workbook is reviewed", async () => {
  const rows = Array.from(
    { length: 150000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
  ).join("");
  const own = (sheetData: string) => ({
    "xl/workbook.xml": text("xl/workbook.xml").replace(
      "</sheets>",
      '<sheet name="我的数据" sheetId="900" r:id="rIdOwn"/></sheets>',
    ),
    "xl/_rels/workbook.xml.rels": text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdOwn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet900.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet900.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  });
  expect((await verifyParts("big-own.xlsx", own(rows))).code).toBe(0);
  expect((await verifyParts("odd-own.xlsx", own('<row r="2"/><row r="1"><![CDATA[x]]></row>'))).code).toBe(0);
});
