/**
 * The pane's enterprise actions in Excel against the strict Office.js fake (docs/enterprises.md "In the pane"): a
 * request opened as a new workbook through Excel.createWorkbook; returned workbooks merged into the open park
 * workbook — the data sheet's summed items become SUM formulas over 企业汇总, the typed value they replace is
 * reported, a second import replaces 企业汇总 and its names, and unreadable input changes nothing.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readReturn } from "../../src/domain/enterprise/readReturn";
import { excelOperations } from "../../src/taskpane/excelOperations";
import {
  FormProblems,
  OperationError,
  type ChosenFile,
  type EnterpriseRequestForm,
  type InsertRequest,
} from "../../src/taskpane/operations";
import { findTemplate } from "../../src/domain/templates/specs";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { enterpriseSet, SET_CODES, SET_YEARS, type EnterpriseSet } from "../cli/enterpriseSet";
import { installFakeExcel } from "../excel/fakeExcel";

jest.setTimeout(120000);

/** Excel.createWorkbook as documented (ExcelApi 1.8): one Base64 string of an .xlsx, or nothing. */
function installExcel() {
  const opened: Uint8Array[] = [];
  const { fake } = installFakeExcel({
    createWorkbook: async (base64?: string) => {
      if (base64 !== undefined && (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)))
        throw new Error("InvalidArgument: base64File is not Base64");
      opened.push(new Uint8Array(Buffer.from(base64 ?? "", "base64")));
    },
  });
  return { fake, opened };
}

const chosen = (path: string): ChosenFile => ({ name: basename(path), bytes: async () => readFileSync(path) });

let set: EnterpriseSet;
beforeAll(async () => {
  set = await enterpriseSet("zh-CN", 2);
});

async function parkWithData(templates: InsertRequest["templates"] = ["data"]) {
  const excel = installExcel();
  const operations = excelOperations();
  await operations.insertTemplates({
    templates,
    lang: "zh-CN",
    mode: "native",
    years: [...SET_YEARS],
    costClassThreshold: null,
    refresh: false,
    data: { years: [...SET_YEARS], values: { va: [99, null, null, null], park_va: [7, 7, 7, 7] } },
  });
  return { ...excel, operations };
}

const form = (over: Partial<EnterpriseRequestForm> = {}): EnterpriseRequestForm => ({
  name: "甲化工",
  code: SET_CODES[0] ?? "",
  industry: "化学原料和化学制品制造业",
  key: true,
  auditStatus: "已完成",
  auditYear: "2023",
  years: [...SET_YEARS],
  lang: "en-US",
  ...over,
});

test("a request opens as a new workbook: the .xlsx collect writes, with the enterprise's identity and years", async () => {
  const { opened, fake } = installExcel();
  const outcome = await excelOperations().createEnterpriseRequest!(form());
  expect(outcome).toEqual({ fileName: `${SET_CODES[0]}_甲化工.xlsx`, how: "opened" });
  expect(opened).toHaveLength(1);
  const read = readReturn(readWorkbookSync(opened[0]!));
  if (!read.ok) throw new Error(read.why.en);
  expect(read.value).toMatchObject({
    name: "甲化工",
    code: SET_CODES[0],
    key: true,
    auditStatus: "已完成",
    auditYear: 2023,
  });
  expect(read.value.years).toEqual([...SET_YEARS]);
  // the park workbook is not touched
  expect(fake.workbook.worksheets.sheets).toHaveLength(0);
});

test("a wrong credit code: the form's problem in words, no workbook opened", async () => {
  const { opened } = installExcel();
  const code = `${(SET_CODES[0] ?? "").slice(0, 17)}0`;
  const error = await excelOperations().createEnterpriseRequest!(
    form({ code: code === SET_CODES[0] ? `${code.slice(0, 17)}1` : code, auditYear: "23" }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FormProblems);
  const problems = (error as FormProblems).problems.map((p) => `${p.field.zh}：${p.words.zh}`);
  expect(problems).toContainEqual(expect.stringMatching(/^审核完成年份：应为四位数的年份/));
  expect(problems).toContainEqual(expect.stringMatching(/^统一社会信用代码：统一社会信用代码校验位不符/));
  expect(opened).toEqual([]);
});

test("import: 企业汇总 inserted, the summed items SUM formulas, the typed 99 reported, other inputs kept", async () => {
  const { fake, operations } = await parkWithData();
  const outcome = await operations.importEnterprises!({ files: set.files.map(chosen), list: chosen(set.list) });
  expect(outcome).toMatchObject({ written: true, merged: 3, files: 3, refused: 0, sheets: ["企业汇总", "基础数据"] });
  expect(outcome.keyEnterprises).toEqual({ total: 2, audited: 1 });
  const sheets = fake.workbook.worksheets.sheets.map((s) => s.name);
  expect(sheets).toEqual(["参数", "基础数据", "碳排放核算", "企业汇总"]);
  const nameOf = (name: string) => fake.workbook.names.list.find((n) => n.name === name);
  const va0 = nameOf("GREEN_DATA_va_Y0");
  expect(va0?.sheet.cell(va0.ref.top, va0.ref.left).formula).toBe(
    '=IF(COUNT(GREEN_ENTSUM_va_Y0)=0,"",SUM(GREEN_ENTSUM_va_Y0))',
  );
  // the park's own value added is no enterprise item: typed, kept
  const park = nameOf("GREEN_DATA_park_va_Y1");
  expect(park?.sheet.cell(park.ref.top, park.ref.left).formula).toBe(7);
  // the summed column holds each enterprise's typed value: 5000·i + 200·k
  const column = nameOf("GREEN_ENTSUM_va_Y1");
  expect(column?.sheet.name).toBe("企业汇总");
  const cells = [0, 1, 2].map((r) => column!.sheet.cell(column!.ref.top + r, column!.ref.left).formula);
  expect(cells).toEqual([5200, 10200, ""]);
  // the findings: the third enterprise sent its workbook empty; the typed 99 is replaced
  const titles = outcome.groups.map((g) => (g.park ? "park" : g.title));
  expect(titles).toEqual(["丙电子", "park"]);
  expect(outcome.groups[0]!.lines.map((l) => l.words.zh)).toContain(
    "工业增加值必填，未填写：2021、2022、2023、2024 年",
  );
  expect(outcome.groups[1]!.lines.map((l) => l.words.zh)).toEqual([
    "基础数据 工业增加值（2021 年）原填 99，现为企业合计 15000",
  ]);
});

test("a second import replaces 企业汇总 and its names; a formula is not reported as a typed value", async () => {
  const { fake, operations } = await parkWithData();
  await operations.importEnterprises!({ files: set.files.map(chosen) });
  const again = await operations.importEnterprises!({ files: [chosen(set.files[0] ?? "")] });
  expect(again).toMatchObject({
    written: true,
    merged: 1,
    replacedSheet: "企业汇总",
    sheets: ["企业汇总", "基础数据"],
  });
  expect(again.groups).toEqual([]);
  expect(fake.workbook.worksheets.sheets.map((s) => s.name)).toEqual(["参数", "基础数据", "碳排放核算", "企业汇总"]);
  const names = fake.workbook.names.list.filter((n) => n.name.startsWith("GREEN_ENTSUM_"));
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => n.sheet.name === "企业汇总" && !n.broken)).toBe(true);
  expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
  const column = names.find((n) => n.name === "GREEN_ENTSUM_va_Y0")!;
  expect(column.ref.bottom - column.ref.top).toBe(0);
});

test("nothing readable, or no park workbook: nothing changes", async () => {
  const { fake, operations } = await parkWithData();
  const before = JSON.stringify([...fake.workbook.worksheets.sheets.map((s) => [s.name, [...s.cells]])]);
  const names = fake.workbook.names.list.length;
  const junk: ChosenFile = { name: "junk.xlsx", bytes: async () => new TextEncoder().encode("not a workbook") };
  const outcome = await operations.importEnterprises!({ files: [junk, chosen(set.park)] });
  expect(outcome).toMatchObject({ written: false, merged: 0, refused: 2 });
  expect(outcome.groups.map((g) => [g.title, g.refused])).toEqual([
    ["junk.xlsx", true],
    ["park.xlsx", true],
  ]);
  expect(outcome.groups[1]!.lines[0]!.words.en).toMatch(/not an enterprise data request/);
  expect(JSON.stringify([...fake.workbook.worksheets.sheets.map((s) => [s.name, [...s.cells]])])).toBe(before);
  expect(fake.workbook.names.list).toHaveLength(names);

  const empty = installExcel();
  empty.fake.workbook.worksheets.add("Sheet1");
  const error = await excelOperations().importEnterprises!({ files: set.files.map(chosen) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OperationError);
  expect((error as OperationError).words?.zh).toMatch(/不是用 GreenAudit 模板生成的园区工作簿/);
  expect(empty.fake.workbook.worksheets.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});

test("basic requirement 4: the evidence and the answer written; evidence someone typed is kept and said so", async () => {
  const { fake, operations } = await parkWithData(["data", "basic"]);
  const plan = findTemplate("basic")!.build({ lang: "zh-CN", mode: "native", years: [...SET_YEARS], nameSuffix: "" });
  const at = (key: string) => {
    const c = plan.cells.find((x) => x.key === key)!;
    return fake.workbook.worksheets.find("基础性要求")!.cell(c.row, c.col);
  };
  const outcome = await operations.importEnterprises!({ files: set.files.map(chosen), list: chosen(set.list) });
  // 甲 and 乙 are key enterprises of the list; 甲 completed its audit
  const text = "企业填报表：重点企业 2 家，已完成清洁生产审核 1 家（50%）；未完成：乙钢铁";
  expect(outcome.evidence).toEqual({ text, written: true });
  // written as text (Excel keeps a leading apostrophe out of the value)
  expect(at("evidence:BR4").formula).toBe(`'${text}`);
  expect(at("answer:BR4").formula).toBe("不符合");
  expect(fake.workbook.worksheets.find("基础性要求")!.protectedSheet).toBe(true);

  const sheet = fake.workbook.worksheets.find("基础性要求")!;
  sheet.protection.unprotect();
  at("evidence:BR4").formula = "见附件 3 审核验收文件";
  at("answer:BR4").formula = "符合";
  const again = await operations.importEnterprises!({ files: set.files.map(chosen), list: chosen(set.list) });
  expect(again.evidence).toEqual({ text, written: false });
  expect(at("evidence:BR4").formula).toBe("见附件 3 审核验收文件");
  expect(at("answer:BR4").formula).toBe("符合");
});
