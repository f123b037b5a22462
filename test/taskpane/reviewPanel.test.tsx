/** @jest-environment jsdom */
import "./domSetup";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import {
  OperationError,
  type PaneFinding,
  type PaneReviewReport,
  type WorkbookOperations,
} from "../../src/taskpane/operations";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { parseCsv } from "../cli/csvParse";
import { fakeOperations } from "./fakeOperations";
import { afterSettled, watched } from "./settle";

// browsers have these; jsdom does not
Object.assign(globalThis, { TextEncoder, TextDecoder });

const finding = (
  severity: PaneFinding["severity"],
  sheet: string,
  cell: string,
  code: string,
  zh: string,
  en = zh,
  expected: unknown = 12.5,
  found: unknown = 99,
): PaneFinding => ({
  severity,
  sheet,
  cell,
  code,
  message: { zh, en },
  expected,
  found,
});

const REPORT: PaneReviewReport = {
  findings: [
    finding(
      "warning",
      "基础数据",
      "E7",
      "mandatory-input-missing",
      "必填数据缺失：工业增加值",
      "Mandatory input missing: value added",
      null,
      null,
    ),
    finding("error", "评价指标", "F9", "formula-replaced", "公式被改为常数", "Formula replaced by a constant"),
    finding("error", "基础数据", "D12", "input-out-of-range", "输入超出范围", "Input out of range", null, -5),
    finding("error", "评价指标", "G9", "value-mismatch", "计算值与复算值不符", "Value differs from the recomputed one"),
    finding("info", "参数", "E8", "parameter-changed", "参数与默认值不同", "Parameter differs from its default"),
  ],
  counts: { error: 3, warning: 1, info: 1 },
  totalScores: [
    { year: 2022, score: 85.2, expected: 85.2, differs: false },
    { year: 2023, score: 90, expected: 88.75, differs: true },
  ],
  templateFound: true,
};

/** The shipped sample's review: 31 indicators without evidence, 6 mandatory basic requirements unanswered. */
const SAMPLE: PaneReviewReport = {
  findings: [
    ...Array.from({ length: 31 }, (_, i) =>
      finding(
        "warning",
        "评价指标",
        `P${7 + i}`,
        "evidence-missing",
        `指标 ${i + 1} 已有指标值，但未填写证明材料索引或评价情况说明。`,
        `Indicator ${i + 1} has a value but no evidence index.`,
        null,
        null,
      ),
    ),
    ...Array.from({ length: 6 }, (_, i) =>
      finding(
        "warning",
        "基础性要求",
        `D${6 + i}`,
        "mandatory-input-missing",
        `必要基础性要求 BR${i + 1} 未作答。`,
        `Mandatory basic requirement BR${i + 1} is not answered.`,
        null,
        null,
      ),
    ),
  ],
  counts: { error: 0, warning: 37, info: 0 },
  totalScores: [{ year: 2022, score: 82.19, expected: 82.19, differs: false }],
  templateFound: true,
};

function renderReview(
  lang: "zh-CN" | "en-US" = "zh-CN",
  report: PaneReviewReport = REPORT,
  over: Partial<WorkbookOperations> = {},
) {
  const operations = fakeOperations({ report, ...over });
  const downloads: { bytes: Uint8Array; fileName: string; type: string }[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel
        lang={lang}
        operations={operations}
        download={(bytes, fileName, type) => downloads.push({ bytes, fileName, type })}
      />
    </FluentProvider>,
  );
  return { operations, downloads };
}

const severityGroups = () =>
  [...screen.getByTestId("findings").querySelectorAll("section[data-severity]")].map((s) =>
    s.getAttribute("data-severity"),
  );
const sheetsOf = (severity: string) =>
  [...screen.getByTestId("findings").querySelectorAll(`section[data-severity=${severity}] section[data-sheet]`)].map(
    (s) => s.getAttribute("data-sheet"),
  );

test("the summary puts the recomputed total beside the workbook's; findings grouped by severity, then sheet, in words; a click selects the cell", async () => {
  const { operations } = renderReview();
  fireEvent.click(screen.getByText("复核当前工作簿"));
  const summary = await screen.findByTestId("review-summary");
  expect(summary.textContent).toContain("错误 3");
  expect(summary.textContent).toContain("警告 1");
  expect(summary.textContent).toContain("提示 1");
  expect(summary.textContent).toContain("总分 2022 年：复算 85.20，工作簿 85.20");
  expect(summary.textContent).toContain("总分 2023 年：复算 88.75，工作簿 90.00（不符）");
  expect(severityGroups()).toEqual(["error", "warning", "info"]);
  expect(sheetsOf("error")).toEqual(["评价指标", "基础数据"]);
  const errors = within(
    screen
      .getByTestId("findings")
      .querySelector("section[data-severity=error] section[data-sheet=评价指标]") as HTMLElement,
  ).getAllByTestId("finding");
  expect(errors.map((e) => e.textContent)).toEqual([
    "F9 · 公式被替换或删除公式被改为常数应为 12.5 · 实际 99",
    "G9 · 计算结果与复算不符计算值与复算值不符应为 12.5 · 实际 99",
  ]);
  // no empty expected / found: a finding without them has no such line, one with only a found value shows that half
  const [missing] = within(
    screen.getByTestId("findings").querySelector("section[data-severity=warning]") as HTMLElement,
  ).getAllByTestId("finding");
  expect(missing!.textContent).toBe("E7 · 必填内容未填写必填数据缺失：工业增加值");
  expect(screen.getAllByTestId("finding").find((f) => f.textContent?.startsWith("D12"))?.textContent).toBe(
    "D12 · 输入值超出允许范围输入超出范围实际 -5",
  );
  expect(screen.getByTestId("findings").textContent).not.toMatch(/—|formula-replaced|value-mismatch/);
  fireEvent.click(within(errors[1]!).getByRole("button"));
  expect(operations.selected).toEqual([{ sheet: "评价指标", cell: "G9" }]);
});

test("repeated findings: one entry per problem with its count, its cells and what to do; each finding on demand", async () => {
  renderReview("zh-CN", SAMPLE);
  fireEvent.click(screen.getByText("复核当前工作簿"));
  await screen.findByTestId("review-summary");
  const groups = screen.getAllByTestId("finding-group");
  expect(groups).toHaveLength(2);
  const [evidence, basic] = groups;
  expect(evidence!.querySelector("strong")?.textContent).toBe("未填写证明材料索引或评价情况说明 ×31");
  expect(evidence!.textContent).toContain("P7:P37");
  expect(evidence!.textContent).toContain(
    "在证明材料索引列写明证明材料的位置（文件名、页码），在评价情况说明列说明该年指标数据的来源和变化原因。",
  );
  expect(within(evidence!).getByText("逐项查看（31）")).toBeTruthy();
  expect(within(evidence!).getAllByTestId("finding")).toHaveLength(31);
  expect(within(evidence!).getAllByTestId("finding")[1]!.textContent).toBe(
    "P8指标 2 已有指标值，但未填写证明材料索引或评价情况说明。",
  );
  expect(basic!.querySelector("strong")?.textContent).toBe("必填内容未填写 ×6");
  expect(basic!.textContent).toContain("D6:D11");
  expect(screen.getByTestId("findings").textContent).not.toMatch(/应为|实际|evidence-missing/);
});

test("the filter narrows by severity and by text, the finding's words included", async () => {
  renderReview("en-US");
  fireEvent.click(screen.getByText("Review this workbook"));
  await screen.findByTestId("review-summary");
  fireEvent.click(screen.getByRole("checkbox", { name: "Errors (3)" }));
  expect(severityGroups()).toEqual(["warning", "info"]);
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "default" } });
  expect(severityGroups()).toEqual(["info"]);
  expect(screen.getAllByTestId("finding").map((f) => f.textContent)).toEqual([
    "E8 · Parameter changed or setParameter differs from its defaultexpected 12.5 · found 99",
  ]);
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "required entry" } });
  expect(severityGroups()).toEqual(["warning"]);
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "nothing like this" } });
  expect(screen.getByText("No finding matches the filter.")).toBeTruthy();
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "数据" } });
  fireEvent.click(screen.getByRole("checkbox", { name: "Errors (3)" }));
  expect(sheetsOf("error")).toEqual(["基础数据"]);
  expect(sheetsOf("warning")).toEqual(["基础数据"]);
});

const HOSTILE: PaneReviewReport = {
  findings: [
    finding(
      "error",
      "评价指标",
      "F9",
      "input-not-number",
      '数值单元格中填写了文本 “=HYPERLINK("http://x","y")”。',
      "Text in a number cell.",
      null,
      '=HYPERLINK("http://x","y")',
    ),
    finding(
      "error",
      "评价指标",
      "F10",
      "input-not-number",
      "数值单元格中填写了文本。",
      "Text in a number cell.",
      null,
      "@SUM(A1)",
    ),
    finding(
      "error",
      "评价指标",
      "F11",
      "input-not-number",
      "数值单元格中填写了文本。",
      "Text in a number cell.",
      null,
      "+1+2",
    ),
    finding("error", "评价指标", "F12", "input-out-of-range", "超出范围。", "Out of range.", null, -5),
    finding(
      "warning",
      "评价指标",
      "P7",
      "evidence-missing",
      "\t未填写证明材料索引或评价情况说明。",
      "No evidence index.",
      null,
      null,
    ),
  ],
  counts: { error: 4, warning: 1, info: 0 },
  totalScores: [],
  templateFound: true,
  fileName: "园区A.xlsx",
};

test("the listed findings export as CSV: one row per finding in words, code last, formulas neutralised", async () => {
  const { downloads } = renderReview("zh-CN", HOSTILE);
  fireEvent.click(screen.getByText("复核当前工作簿"));
  await screen.findByTestId("review-summary");
  await act(async () => fireEvent.click(screen.getByText("导出 CSV")));
  expect(downloads.map((d) => [d.fileName, d.type])).toEqual([["GreenAudit-复核-园区A.csv", "text/csv;charset=utf-8"]]);
  expect(screen.getByText("已下载 GreenAudit-复核-园区A.csv。")).toBeTruthy();
  // a byte-order mark so Excel reads the Chinese as UTF-8
  expect([...downloads[0]!.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(new TextDecoder().decode(downloads[0]!.bytes));
  expect(rows[0]).toEqual(["级别", "问题", "工作表", "单元格", "说明", "应为", "实际", "处理建议", "代码"]);
  expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[6], r[8]])).toEqual([
    ["错误", "数值单元格中填了文本", "F9", `'=HYPERLINK("http://x","y")`, "input-not-number"],
    ["错误", "数值单元格中填了文本", "F10", "'@SUM(A1)", "input-not-number"],
    ["错误", "数值单元格中填了文本", "F11", "'+1+2", "input-not-number"],
    ["错误", "输入值超出允许范围", "F12", "-5", "input-out-of-range"],
    ["警告", "未填写证明材料索引或评价情况说明", "P7", "", "evidence-missing"],
  ]);
  expect(rows[5]![4]).toBe("'\t未填写证明材料索引或评价情况说明。");
  // after filtering to warnings, only the warning is exported
  fireEvent.click(screen.getByRole("checkbox", { name: "错误 (4)" }));
  await act(async () => fireEvent.click(screen.getByText("导出 CSV")));
  expect(parseCsv(new TextDecoder().decode(downloads[1]!.bytes))).toHaveLength(2);
});

test("the listed findings export as .xlsx: a header, one row per finding, every text a string (never a formula)", async () => {
  const { downloads } = renderReview("en-US", HOSTILE);
  fireEvent.click(screen.getByText("Review this workbook"));
  await screen.findByTestId("review-summary");
  await act(async () => fireEvent.click(screen.getByText("Export Excel")));
  await screen.findByText("Downloaded GreenAudit-review-园区A.xlsx.");
  expect(downloads[0]!.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(downloads[0]!.bytes as never);
  const sheet = book.getWorksheet("Review findings");
  expect(sheet?.getRow(1).values).toEqual([
    undefined,
    "Severity",
    "Finding",
    "Sheet",
    "Cell",
    "Message",
    "Expected",
    "Found",
    "What to do",
    "Code",
  ]);
  expect(sheet?.rowCount).toBe(6);
  const found = sheet?.getCell("G2");
  expect(found?.type).toBe(ExcelJS.ValueType.String);
  expect(found?.value).toBe('=HYPERLINK("http://x","y")');
  expect(sheet?.getCell("G5").value).toBe(-5);
  expect(sheet?.getCell("B6").value).toBe("Evidence index or explanation missing");
  expect(sheet?.getCell("I6").value).toBe("evidence-missing");
});

function chooseFile(name: string, bytes: Uint8Array) {
  const file = new File([bytes as BlobPart], name);
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.buffer });
  fireEvent.change(screen.getByTestId("review-file"), { target: { files: [file] } });
}

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

test("file mode: a file that is not an .xlsx gets a plain message and the previous file's results are cleared", async () => {
  let reviews = 0;
  renderReview("zh-CN", REPORT, {
    mode: "file",
    review: async (source) => {
      reviews++;
      if (source.kind === "file" && source.name === "broken.xlsx")
        throw new OperationError("file", ["End of data reached (data length = 8, asked index = 30). Corrupted zip ?"]);
      return { ...REPORT, fileName: source.kind === "file" ? source.name : undefined };
    },
  });
  chooseFile("good.xlsx", ZIP);
  await screen.findByTestId("review-summary");
  expect(screen.getByText("文件 good.xlsx 的复核结果")).toBeTruthy();
  chooseFile("报告.pdf", new TextEncoder().encode("%PDF-1.7"));
  const problem = await screen.findByTestId("review-file-problem");
  expect(problem.textContent).toBe("“报告.pdf”不是 Excel 工作簿（.xlsx），无法复核。请选择 .xlsx 文件。");
  expect(screen.queryByTestId("review-summary")).toBeNull();
  expect(screen.queryByTestId("findings")).toBeNull();
  expect(reviews).toBe(1);
  // a zip that no reader can open: plain words, no library message, nothing stale
  chooseFile("good.xlsx", ZIP);
  await screen.findByTestId("review-summary");
  chooseFile("broken.xlsx", ZIP);
  expect((await screen.findByTestId("review-file-problem")).textContent).toBe(
    "无法读取“broken.xlsx”：文件可能已损坏或受密码保护。",
  );
  expect(screen.queryByTestId("review-summary")).toBeNull();
  expect(document.body.textContent).not.toContain("Corrupted zip");
});

test.each([
  ["zh-CN", "无法读取“broken.xlsx”：zip 压缩包已损坏（文件不完整：缺少 zip 中央目录结尾）。"],
  ["en-US", "“broken.xlsx” cannot be read: damaged zip (truncated: no end of central directory)."],
] as const)("file mode (%s): the reader's reason for refusing a file, in the pane's language", async (lang, said) => {
  // the real reader of file mode: a zip's local header, then zeros (cut before its central directory)
  const review = watched(fileOperations().review!);
  renderReview(lang, REPORT, { mode: "file", review: review.op });
  chooseFile("broken.xlsx", new Uint8Array([...ZIP, ...new Array<number>(40).fill(0)]));
  await afterSettled(review.settled);
  expect(screen.getByTestId("review-file-problem").textContent).toBe(said);
  expect(screen.queryByTestId("review-summary")).toBeNull();
});

test("an empty or foreign workbook: said plainly, no counts and no total score of 0.00", async () => {
  renderReview("zh-CN", {
    findings: [
      finding(
        "error",
        "",
        "",
        "not-greenaudit",
        "未找到 GreenAudit 模板：……",
        "No GreenAudit template was found: …",
        null,
        null,
      ),
    ],
    counts: { error: 1, warning: 0, info: 0 },
    totalScores: [],
    templateFound: false,
  });
  fireEvent.click(screen.getByText("复核当前工作簿"));
  expect((await screen.findByTestId("review-no-template")).textContent).toMatch(
    /^未找到 GreenAudit 模板：此工作簿不是用 GreenAudit 生成的/,
  );
  expect(screen.queryByTestId("review-summary")).toBeNull();
  expect(document.body.textContent).not.toMatch(/0\.00|总分/);
});

test("without a review engine the panel says so instead of offering a review", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel lang="zh-CN" operations={fakeOperations()} />
    </FluentProvider>,
  );
  expect(screen.getByText(/复核引擎尚未就绪/)).toBeTruthy();
  expect(screen.queryByText("复核当前工作簿")).toBeNull();
});
