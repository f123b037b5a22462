/**
 * `green-audit merge` speaks the park workbook's language unless --lang says otherwise (docs/enterprises.md
 * "Checks"): an English park workbook gets English findings and summary, a Chinese one Chinese.
 */
import { join } from "node:path";
import { enterpriseSet, SET_CODES } from "./enterpriseSet";
import { cli } from "./runCli";

jest.setTimeout(120000);

test("an English park workbook: the summary and findings in English; --lang zh-CN turns them to Chinese", async () => {
  const set = await enterpriseSet("en-US", 2);
  const out = join(set.dir, "merged.xlsx");
  const result = await cli("merge", ...set.files, "--into", set.park, "--enterprises", set.list, "--out", out);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/^wrote .*merged\.xlsx: 3 of 3 enterprise workbooks merged into park\.xlsx/);
  expect(result.stderr).toContain(
    "Data Industrial value added (2021): the typed 99 is replaced by the enterprises' sum",
  );
  // the third enterprise returned its workbook as it was sent: its required items are named as empty
  expect(result.stderr).toContain("Industrial value added is required and empty in 2021, 2022, 2023, 2024");
  expect(result.stderr).not.toMatch(/[必未]填/);

  const zh = await cli("merge", ...set.files, "--into", set.park, "--lang", "zh-CN", "--out", join(set.dir, "zh.xlsx"));
  expect(zh.stdout).toMatch(/^已写入 .*zh\.xlsx：3 个企业填报表中 3 个已合并到 park\.xlsx/);
  expect(zh.stderr).toContain("工业增加值必填，未填写：2021、2022、2023、2024 年");
});

test("a Chinese park workbook: Chinese without --lang, English with --lang en-US", async () => {
  const set = await enterpriseSet("zh-CN", 1);
  const files = [set.files[0] ?? "", set.files[0] ?? ""];
  const result = await cli("merge", ...files, "--into", set.park, "--out", join(set.dir, "m.xlsx"));
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`统一社会信用代码 ${SET_CODES[0]} 与`);
  expect(result.stderr).toContain("基础数据 工业增加值（2021 年）原填 99，现为企业合计 5000");
  const en = await cli("merge", ...files, "--into", set.park, "--lang", "en-US", "--out", join(set.dir, "e.xlsx"));
  expect(en.stderr).toContain(`credit code ${SET_CODES[0]} is also that of`);
});
