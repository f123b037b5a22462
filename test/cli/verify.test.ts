/** `green-audit verify` through `run` (README.md): formats, exit codes 0/1/2, malformed and hostile files. */
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./runCli";
import { CSV_HEADER } from "../../src/cli/verify";
import { checkXlsxBytes, READ_LIMITS } from "../../src/xlsx/readWorkbookFile";
import { loadBook, namedCell, sampleWorkbook, saveBook } from "../domain/review/reviewFixtures";

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
  writeFileSync(
    at("protected.xlsx"),
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  );
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  writeFileSync(at("empty.xlsx"), new Uint8Array(await empty.xlsx.writeBuffer()));
  const huge = openSync(at("huge.xlsx"), "w");
  ftruncateSync(huge, READ_LIMITS.fileBytes + 1);
  closeSync(huge);
});

test("a good workbook: exit 0, a headline with the recomputed total beside the workbook's per year", async () => {
  const r = await cli("verify", good, "--lang", "en-US");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    /good\.xlsx: 0 errors, \d+ warnings?, \d+ info\n {2}total score 2022: recomputed (\d+\.\d\d), workbook \1\n/,
  );
  expect(r.stdout).toMatch(/severity\s+finding\s+where\s+what to do \/ message/);
  expect(r.stderr).toBe("");
});

test("a total typed over its formula: the headline shows the recomputed total and the claimed one apart", async () => {
  const r = await cli("verify", bad);
  expect(r.code).toBe(1);
  const line = /总分 2023 年：复算 (\d+\.\d\d)，工作簿 99\.50（不符）/.exec(r.stdout);
  expect(line).not.toBeNull();
  expect(Number(line?.[1])).not.toBe(99.5);
  expect(r.stdout).toMatch(/错误\s+公式被替换或删除\s+评价指标!\w+\d+\s+公式被替换为常量 99\.5/);
});

test("the shipped sample: a complete file — every sheet filled, no error, no warning — and one line for the option whose benefits are increases", async () => {
  const sample = at("sample.xlsx");
  expect(
    (await cli("template", "--data", join(__dirname, "..", "..", "examples", "sample-park.json"), "--out", sample))
      .code,
  ).toBe(0);
  const r = await cli("verify", sample, "--lang", "zh-CN");
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split("\n");
  // every indicator's evidence and explanations are filled (no evidence-missing ×93), BR1–BR8 answered with evidence
  // (no mandatory-input-missing ×6), the typed synergy actuals carry evidence, implemented options evidence, pending
  // ones a date, enterprise-level ones the enterprise, the teams meet their minimums: only the RTO option's three
  // negative benefits (CO₂, electricity, natural gas) remain, as information. The low-carbon sheet's 73 requirements are
  // answered with evidence: 部分符合 only on 宜 items (4 c), 5.2 b), 5.6 c), 7.1 c)), 不适用 on 6.3 c) and 8.2 j), which
  // the standard's verdict accepts, so none is a warning. The cost-class threshold, which has no default, is set by
  // the sample (200 万元) and said so, as information
  expect(lines[0]).toBe(`${sample}: 错误 0 项，警告 0 项，提示 4 项`);
  expect(lines.slice(1, 4).map((l) => l.replace(/\d+\.\d\d/g, "N"))).toEqual([
    "  总分 2022 年：复算 N，工作簿 N",
    "  总分 2023 年：复算 N，工作簿 N",
    "  总分 2024 年：复算 N，工作簿 N",
  ]);
  // option 4 is on the fourth option row (row 18); its CO₂, 节电 and 节天然气 columns (the other pollutant's four
  // columns — name, amount, unit, matrix row — sit between the pollutant and the resource groups)
  expect(lines.slice(6).map((l) => l.split(/\s{2,}/))).toEqual([
    ["提示", "参数已修改或设定", "参数!D48", "中/高费方案投资门槛由咨询人员设定为 200（无默认值）。"],
    [
      "提示",
      "方案效益为增加 ×3",
      "方案汇总!AE18, AL18, AO18",
      "核实增加量，并在报告中说明该方案对能耗和碳排放的影响。",
    ],
  ]);
  expect(r.stdout).not.toMatch(/benefit-increase|应为|实际/);
  const detail = await cli("verify", sample, "--lang", "en-US", "--detail");
  expect(detail.stdout).toMatch(
    / {2}AL18\s+Option “涂装行业VOCs集中治理（RTO）”: Electricity saved is negative — the option increases it by 180 万kWh\/a/,
  );
  expect(detail.stdout.trimEnd().split("\n")).toHaveLength(6 + 1 + 1 + 3);
});

test("a total typed over its formula: exit 1; json names the cell", async () => {
  const r = await cli("verify", good, bad, "--format", "json");
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout) as {
    files: { file: string; readable: boolean; findings: { code: string; sheet: string; severity: string }[] }[];
  };
  expect(doc.files.map((f) => f.readable)).toEqual([true, true]);
  const errors = doc.files[1]!.findings.filter((f) => f.severity === "error");
  expect(errors).toEqual([expect.objectContaining({ code: "formula-replaced", sheet: "评价指标", found: 99.5 })]);
});

test("csv with a header row, to --out; unreadable files exit 2 with one line each while the others are reported", async () => {
  const out = at("report.csv");
  const files = [
    "good.xlsx",
    "bad.xlsx",
    "truncated.xlsx",
    "text.xlsx",
    "protected.xlsx",
    "huge.xlsx",
    "missing.xlsx",
  ].map(at);
  const r = await cli("verify", ...files, "--format", "csv", "--out", out);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  // the workbooks read are Chinese: the reasons follow them, one line each
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(5);
  expect(lines[0]).toMatch(/truncated\.xlsx: zip 压缩包已损坏（文件不完整：缺少 zip 中央目录结尾）$/);
  expect(lines[1]).toMatch(/text\.xlsx: 不是 \.xlsx 文件（无法作为 zip 读取）$/);
  expect(lines[2]).toMatch(
    /protected\.xlsx: 受密码保护（已加密）的工作簿或旧版 \.xls 文件：请取消保护并另存为 \.xlsx$/,
  );
  expect(lines[3]).toMatch(/huge\.xlsx: 文件过大（\d+ MB；上限为 50 MB）$/);
  expect(lines[4]).toMatch(/missing\.xlsx: 没有这个文件$/);
  const en = await cli("verify", ...files, "--lang", "en-US");
  const enLines = en.stderr.trimEnd().split("\n");
  expect(enLines[0]).toMatch(/truncated\.xlsx: damaged zip \(truncated: no end of central directory\)$/);
  expect(enLines[1]).toMatch(/text\.xlsx: not an \.xlsx file \(no zip signature\)$/);
  expect(enLines[2]).toMatch(/protected\.xlsx: password-protected/);
  expect(enLines[3]).toMatch(/huge\.xlsx: file too large \(\d+ MB; the limit is 50 MB\)$/);
  expect(enLines[4]).toMatch(/missing\.xlsx: no such file$/);
  expect(en.stdout).toMatch(/text\.xlsx: UNREADABLE — not an \.xlsx file \(no zip signature\)\n/);
  const csv = readFileSync(out, "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = csv.trimEnd().split("\r\n");
  expect(header).toBe(CSV_HEADER.join(","));
  expect(
    rows.some((row) =>
      row.includes("bad.xlsx,error,formula-replaced,公式被替换或删除,Formula replaced or deleted,评价指标,"),
    ),
  ).toBe(true);
  expect(rows.filter((row) => row.includes(",unreadable,file-unreadable,"))).toHaveLength(5);
  expect(rows).toContainEqual(
    expect.stringContaining(
      "text.xlsx,unreadable,file-unreadable,无法读取,cannot read,,,无法读取：不是 .xlsx 文件（无法作为 zip 读取）,cannot read: not an .xlsx file (no zip signature),,",
    ),
  );
  const json = JSON.parse((await cli("verify", at("text.xlsx"), "--format", "json")).stdout) as {
    files: { readable: boolean; code: string; reason: { zh: string; en: string } }[];
  };
  expect(json.files[0]).toEqual({
    file: at("text.xlsx"),
    readable: false,
    code: "not-xlsx",
    reason: { zh: "不是 .xlsx 文件（无法作为 zip 读取）", en: "not an .xlsx file (no zip signature)" },
  });
});

test("an empty workbook: said plainly that no template was found, no total score (exit 1)", async () => {
  const r = await cli("verify", at("empty.xlsx"), "--lang", "en-US");
  expect(r.code).toBe(1);
  expect(r.stdout).toBe(`${at("empty.xlsx")}: No GreenAudit template found: nothing to check\n`);
  const zh = await cli("verify", at("empty.xlsx"));
  expect(zh.stdout).toBe(`${at("empty.xlsx")}: 未找到 GreenAudit 模板，没有可复核的内容\n`);
  const doc = JSON.parse((await cli("verify", at("empty.xlsx"), "--format", "json")).stdout) as {
    files: { templateFound: boolean; totals: unknown[]; findings: { code: string; finding: { en: string } }[] }[];
  };
  expect(doc.files[0]).toMatchObject({
    templateFound: false,
    totals: [],
    findings: [{ code: "not-greenaudit", finding: { en: "No GreenAudit template found" } }],
  });
});

test("a zip bomb is refused from the central directory, before anything is inflated", () => {
  const bytes = new Uint8Array(goodBytes);
  // declare a 600 MB uncompressed size in the first central directory entry
  let eocd = bytes.length - 22;
  while (!(bytes[eocd] === 0x50 && bytes[eocd + 1] === 0x4b && bytes[eocd + 2] === 0x05 && bytes[eocd + 3] === 0x06))
    eocd--;
  const cd = bytes[eocd + 16]! | (bytes[eocd + 17]! << 8) | (bytes[eocd + 18]! << 16) | (bytes[eocd + 19]! << 24);
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

test("the report speaks each workbook's language unless --lang says otherwise", async () => {
  const english = at("english.xlsx");
  writeFileSync(english, await sampleWorkbook({ lang: "en-US" }));
  const own = await cli("verify", english);
  expect(own.stdout).toMatch(/english\.xlsx: \d+ errors?, \d+ warnings?, \d+ info\n {2}total score 2022: recomputed/);
  const overridden = await cli("verify", english, "--lang", "zh-CN");
  expect(overridden.stdout).toMatch(/english\.xlsx: 错误 \d+ 项/);
  expect(overridden.stdout).toMatch(/总分 2022 年：复算/);
  // each file in its own language; an unreadable one follows the workbooks when they agree
  const mixed = await cli("verify", english, good);
  expect(mixed.stdout).toMatch(/english\.xlsx: \d+ errors?, /);
  expect(mixed.stdout).toMatch(/good\.xlsx: 错误 0 项/);
  const withUnreadable = await cli("verify", english, at("text.xlsx"));
  expect(withUnreadable.stdout).toMatch(/text\.xlsx: UNREADABLE — not an \.xlsx file \(no zip signature\)\n/);
  expect(withUnreadable.stderr).toMatch(/text\.xlsx: not an \.xlsx file \(no zip signature\)\n$/);
  const chinese = await cli("verify", good, at("text.xlsx"));
  expect(chinese.stdout).toMatch(/text\.xlsx: 无法读取 — 不是 \.xlsx 文件（无法作为 zip 读取）\n/);
  expect(chinese.stderr).toMatch(/text\.xlsx: 不是 \.xlsx 文件（无法作为 zip 读取）\n$/);
});
