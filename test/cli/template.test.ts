import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./runCli";
import { TEMPLATES } from "../../src/domain/templates/specs";

const SAMPLE = join(__dirname, "..", "..", "examples", "sample-park.json");

const dir = () => mkdtempSync(join(tmpdir(), "green-template-"));

test("writes a workbook filled from the sample park, with the defined names of docs/data-file.md", async () => {
  const out = join(dir(), "park.xlsx");
  const result = await cli("template", "--data", SAMPLE, "--out", out);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/wrote .*park\.xlsx: summary, params, data, carbon, indicators/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((w) => w.name)).toEqual(TEMPLATES.map((t) => t.sheetName.zh));
  expect(book.worksheets.slice(0, 5).map((w) => w.name)).toEqual([
    "诊断结论",
    "参数",
    "基础数据",
    "碳排放核算",
    "评价指标",
  ]);
  expect(book.definedNames.getRanges("GREEN_DATA_va_Y1").ranges).toHaveLength(1);
  expect(book.definedNames.getRanges("GREEN_TOTAL_Y3").ranges).toHaveLength(1);
  expect(book.definedNames.getRanges("GREEN_PARAM_LEAD_EG1").ranges).toHaveLength(1);
  const data = book.getWorksheet("基础数据");
  // va of 2022 (y1) from the sample file: 1 296 000 万元
  const [va1] = book.definedNames.getRanges("GREEN_DATA_va_Y1").ranges;
  expect(data?.getCell(va1!.split("!")[1]!.replace(/\$/g, "")).value).toBe(1296000);
});

test("English, custom formulas, chosen templates with their dependencies added", async () => {
  const out = join(dir(), "en.xlsx");
  const result = await cli(
    "template",
    "--templates",
    "indicators",
    "--years",
    "2022,2023,2024",
    "--lang",
    "en-US",
    "--formulas",
    "custom",
    "--out",
    out,
  );
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/also added params, data/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((w) => w.name)).toEqual(["Parameters", "Data", "Carbon inventory", "Indicators"]);
  const [score] = book.definedNames.getRanges("GREEN_SCORE_EG1_Y1").ranges;
  // stored the way Excel stores JavaScript custom functions, so Excel with the add-in recognises them
  expect(book.getWorksheet("Indicators")?.getCell(score!.split("!")[1]!.replace(/\$/g, "")).formula).toMatch(
    /_xldudf_GREEN_SCORE\("EG1"/,
  );
});

test.each([
  ["an unknown template", ["--templates", "nope"], /unknown template "nope"/],
  ["bad years", ["--years", "2024,2023,2022"], /three increasing evaluation years/],
  ["a missing data file", ["--data", "/nonexistent/park.json"], /--data \/nonexistent\/park\.json: 没有这个文件\n$/],
  [
    "a missing data file (English sheets)",
    ["--data", "/nonexistent/park.json", "--lang", "en-US"],
    /--data \/nonexistent\/park\.json: no such file\n$/,
  ],
  ["a bad language", ["--lang", "fr-FR"], /Allowed choices are zh-CN, en-US/],
])("%s: exit 2 with a one-line reason", async (_name, args, message) => {
  const result = await cli("template", "--out", join(dir(), "x.xlsx"), ...args);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
});

test("an invalid data file names each problem by the data sheet's item and year, and its JSON path, in --lang", async () => {
  const d = dir();
  const bad = join(d, "bad.json");
  writeFileSync(bad, JSON.stringify({ years: [2021, 2022, 2023, 2024], values: { va: [1, 2, "x", 4], foo: [] } }));
  const result = await cli("template", "--data", bad, "--out", join(d, "x.xlsx"));
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/: 数据项 · values：未知的键 "foo"\n$/);
  const en = await cli("template", "--data", bad, "--out", join(d, "x.xlsx"), "--lang", "en-US");
  expect(en.stderr).toMatch(/: data items · values: unknown key "foo"\n$/);
  writeFileSync(bad, JSON.stringify({ years: [2021, 2022, 2023, 2024], values: { va: [1, 2, "x", 4] } }));
  const value = await cli("template", "--data", bad, "--out", join(d, "x.xlsx"));
  expect(value.stderr).toMatch(/: 工业增加值（2023 年） · values\.va\[2\]：应为以 万元 计的数字或 null，实际为 "x"\n$/);
  expect(existsSync(join(d, "x.xlsx"))).toBe(false);
});

test("never overwrites an existing file without --force", async () => {
  const d = dir();
  const out = join(d, "keep.xlsx");
  writeFileSync(out, "precious");
  const result = await cli("template", "--out", out);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/exists/);
  expect((await cli("template", "--out", out, "--force")).code).toBe(0);
});

test("never writes the workbook over its own data file", async () => {
  const d = dir();
  const data = join(d, "park.json");
  writeFileSync(data, readFileSync(SAMPLE));
  const result = await cli("template", "--data", data, "--out", data, "--force");
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/is the --data file/);
  expect(JSON.parse(readFileSync(data, "utf8")).years).toEqual([2021, 2022, 2023, 2024]);
});

test("a GB18030 (GBK) data file: read with a one-line notice, its Chinese intact in the workbook", async () => {
  const d = dir();
  const out = join(d, "park.xlsx");
  const result = await cli(
    "template",
    "--data",
    join(__dirname, "..", "domain", "schema", "sample-park.gb18030.json"),
    "--out",
    out,
  );
  expect(result.code).toBe(0);
  expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/已按 GB18030（GBK）文本读取/)]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const texts: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value)))),
  );
  expect(texts.some((t) => t.includes("青川经济技术开发区（示例）"))).toBe(true);
  expect(texts.some((t) => t.includes("\uFFFD"))).toBe(false);
});

test("data file errors: JSON syntax by line and column, control characters and years by path, one line", async () => {
  const d = dir();
  const cases: [string, RegExp, RegExp][] = [
    [
      '{\n  "years": [2021, 2022, 2023, 2024]\n  "values": {}\n}',
      /--data \S+: not valid JSON at line 3, column 3: expected "," or "}"/,
      /--data \S+: 不是有效的 JSON：第 3 行第 3 列，此处应为“,”或“}”/,
    ],
    [
      JSON.stringify({ park: { name: "\u001b[2J园区" }, years: [2021, 2022, 2023, 2024], values: {} }),
      /park name · park\.name: contains the control character U\+001B/,
      /园区名称 · park\.name：含控制字符 U\+001B/,
    ],
    [
      JSON.stringify({ years: [-3, -2, -1, 0], values: {} }),
      /year \(base year\) · years\[0\]: expected a year from 1900 to 2200, got -3/,
      /年份（基准年） · years\[0\]：应为 1900 至 2200 之间的年份，实际为 -3/,
    ],
  ];
  for (const [text, english, chinese] of cases) {
    const data = join(d, "bad.json");
    writeFileSync(data, text);
    const result = await cli("template", "--data", data, "--out", join(d, "x.xlsx"), "--lang", "en-US");
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(english)]);
    const zh = await cli("template", "--data", data, "--out", join(d, "x.xlsx"));
    expect(zh.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(chinese)]);
    expect(existsSync(join(d, "x.xlsx"))).toBe(false);
  }
});
