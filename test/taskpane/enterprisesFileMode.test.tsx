/**
 * @jest-environment jsdom
 *
 * The pane's enterprise workbooks in file mode (docs/enterprises.md "In the pane"): the form downloads one
 * enterprise's request (the workbook `collect` writes), and the import reads several returned workbooks at once,
 * lists the merge's findings per enterprise in words, and downloads the park workbook with 企业汇总 and the sums.
 */
import "./domSetup";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readReturn } from "../../src/domain/enterprise/readReturn";
import { EnterprisesSection } from "../../src/taskpane/components/EnterprisesSection";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { READ_LIMITS } from "../../src/xlsx/readLimits";
import { enterpriseSet, SET_CODES, SET_YEARS, type EnterpriseSet } from "../cli/enterpriseSet";

jest.setTimeout(120000);

// jsdom's TextDecoder knows UTF-8 only; a browser's (and Node's) also read GB18030, as the readers expect
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

let set: EnterpriseSet;
beforeAll(async () => {
  set = await enterpriseSet("zh-CN", 2);
});

function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  // jsdom's File lacks arrayBuffer() in some versions: give it one
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

const onDisk = (path: string) => fileOf(new Uint8Array(readFileSync(path)), basename(path));

function choose(testId: string, files: File[]) {
  fireEvent.change(screen.getByTestId(testId), { target: { files } });
}

function renderSection(lang: "zh-CN" | "en-US" = "zh-CN") {
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <EnterprisesSection
        lang={lang}
        workbookLang="zh-CN"
        operations={fileOperations((bytes, fileName) => downloads.push({ bytes, fileName }))}
        years={[...SET_YEARS]}
      />
    </FluentProvider>,
  );
  return downloads;
}

const type = (testId: string, value: string) => {
  const input = screen.getByTestId(testId);
  fireEvent.change(
    input.tagName === "INPUT" || input.tagName === "SELECT" ? input : within(input).getByRole("textbox"),
    {
      target: { value },
    },
  );
};

test("the form downloads the enterprise's request workbook with its identity and the park's years", async () => {
  const downloads = renderSection();
  type("ent-name", "甲化工");
  type("ent-code", (SET_CODES[0] ?? "").toLowerCase());
  fireEvent.click(screen.getByTestId("ent-key"));
  type("ent-audit", "进行中");
  fireEvent.click(screen.getByTestId("ent-create"));
  const done = await screen.findByTestId("ent-created", {}, { timeout: 20000 });
  expect(downloads.map((d) => d.fileName)).toEqual([`${SET_CODES[0]}_甲化工.xlsx`]);
  expect(done.textContent).toBe(`已下载 ${SET_CODES[0]}_甲化工.xlsx，请发给企业填写。`);
  const read = readReturn(readWorkbookSync(downloads[0]!.bytes));
  if (!read.ok) throw new Error(read.why.en);
  expect(read.value).toMatchObject({ name: "甲化工", code: SET_CODES[0], key: true, auditStatus: "进行中" });
  expect(read.value.years).toEqual([...SET_YEARS]);
});

test("a form with a wrong code and no name: each problem in words, nothing downloaded", async () => {
  const downloads = renderSection("en-US");
  type("ent-code", "91110100MA01B0001");
  fireEvent.click(screen.getByTestId("ent-create"));
  const problems = await screen.findByTestId("ent-problems");
  expect([...problems.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
    "enterprise name: fill it in",
    "unified social credit code: a unified social credit code has 18 characters, this has 17",
  ]);
  expect(downloads).toEqual([]);
});

test("import: several workbooks at once, findings per enterprise, the merged park workbook downloaded", async () => {
  const downloads = renderSection();
  fireEvent.click(screen.getByTestId("ent-import"));
  expect((await screen.findByRole("alert")).textContent).toBe("请先选择园区工作簿。");
  choose("ent-park", [onDisk(set.park)]);
  const junk = fileOf(new TextEncoder().encode("PK not really"), "损坏.xlsx");
  const again = fileOf(new Uint8Array(readFileSync(set.files[0] ?? "")), "甲化工-再次发送.xlsx");
  choose("ent-files", [...set.files.map(onDisk), junk, again]);
  expect(screen.getByText("已选择 5 个文件")).toBeTruthy();
  choose("ent-list", [onDisk(set.list)]);
  fireEvent.click(screen.getByTestId("ent-import"));
  const outcome = await screen.findByTestId("ent-outcome", {}, { timeout: 60000 });
  expect(outcome.textContent).toContain("已汇总 5 个文件中的 3 个。");
  expect(outcome.textContent).toContain("已下载合并后的工作簿 park-merged.xlsx。");
  expect(outcome.textContent).toContain("重点企业 2 家，其中已完成清洁生产审核 1 家。");
  const findings = screen.getByTestId("ent-findings");
  const group = (name: string) => within(findings).getByRole("region", { name });
  expect(group("丙电子").textContent).toContain("工业增加值必填，未填写：2021、2022、2023、2024 年");
  expect(group("损坏.xlsx").textContent).toContain("未汇总");
  expect(group("损坏.xlsx").textContent).toContain("无法读取");
  expect(group("甲化工").textContent).toMatch(/统一社会信用代码 .* 重复：未合并/);
  expect(group("园区工作簿中被替换的数值").textContent).toContain(
    "基础数据 工业增加值（2021 年）原填 99，现为企业合计 15000",
  );
  // the downloaded workbook: 企业汇总, and the data sheet's value added a SUM over it
  expect(downloads.map((d) => d.fileName)).toEqual(["park-merged.xlsx"]);
  const merged = readWorkbookSync(downloads[0]!.bytes, READ_LIMITS, { sheets: "all" });
  expect(merged.sheets.map((s) => s.name)).toContain("企业汇总");
  const va = merged.names.find((n) => n.name === "GREEN_DATA_va_Y0");
  const cell = merged.sheets.find((s) => s.name === va?.sheet)?.cells.get(va?.range ?? "");
  expect(cell?.formula).toBe('IF(COUNT(GREEN_ENTSUM_va_Y0)=0,"",SUM(GREEN_ENTSUM_va_Y0))');
  expect(cell?.value).toBe(15000);
});

test("import in English: only unreadable files — nothing downloaded, the reasons in English", async () => {
  const downloads = renderSection("en-US");
  choose("ent-park", [onDisk(set.park)]);
  choose("ent-files", [fileOf(new TextEncoder().encode("hello"), "notes.xlsx")]);
  fireEvent.click(screen.getByTestId("ent-import"));
  const outcome = await screen.findByTestId("ent-outcome", {}, { timeout: 30000 });
  expect(outcome.textContent).toBe("No workbook could be added up: nothing in the workbook was changed.");
  const group = within(screen.getByTestId("ent-findings")).getByRole("region", { name: "notes.xlsx" });
  expect(group.textContent).toMatch(/not added.*cannot be read/);
  expect(downloads).toEqual([]);
});
