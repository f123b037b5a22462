/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReviewPanel } from "../../src/taskpane/components/ReviewPanel";
import type { PaneFinding, PaneReviewReport } from "../../src/taskpane/operations";
import { fakeOperations } from "./fakeOperations";

const finding = (severity: PaneFinding["severity"], sheet: string, cell: string, code: string, zh: string, en = zh): PaneFinding => ({ severity, sheet, cell, code, message: { zh, en }, expected: 12.5, found: 99 });

const REPORT: PaneReviewReport = {
  findings: [
    finding("warning", "基础数据", "E7", "mandatory-input-missing", "必填数据缺失：工业增加值", "Mandatory input missing: value added"),
    finding("error", "评价指标", "F9", "formula-replaced", "公式被改为常数", "Formula replaced by a constant"),
    finding("error", "基础数据", "D12", "input-out-of-range", "输入超出范围", "Input out of range"),
    finding("error", "评价指标", "G9", "value-mismatch", "计算值与复算值不符", "Value differs from the recomputed one"),
    finding("info", "参数", "E8", "parameter-changed", "参数与默认值不同", "Parameter differs from its default"),
  ],
  counts: { error: 3, warning: 1, info: 1 },
  totalScores: [
    { year: 2022, score: 85.2, expected: 85.2 },
    { year: 2023, score: 90, expected: 88.75 },
  ],
};

function renderReview(lang: "zh-CN" | "en-US" = "zh-CN") {
  const operations = fakeOperations({ report: REPORT });
  render(
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel lang={lang} operations={operations} />
    </FluentProvider>,
  );
  return operations;
}

const severityGroups = () => [...screen.getByTestId("findings").querySelectorAll("section[data-severity]")].map((s) => s.getAttribute("data-severity"));
const sheetsOf = (severity: string) => [...screen.getByTestId("findings").querySelectorAll(`section[data-severity=${severity}] section[data-sheet]`)].map((s) => s.getAttribute("data-sheet"));

test("the review shows the summary and the findings grouped by severity, then sheet; a click selects the cell", async () => {
  const operations = renderReview();
  fireEvent.click(screen.getByText("复核当前工作簿"));
  const summary = await screen.findByTestId("review-summary");
  expect(summary.textContent).toContain("错误 3");
  expect(summary.textContent).toContain("警告 1");
  expect(summary.textContent).toContain("提示 1");
  expect(summary.textContent).toContain("2022 总分：85.20");
  expect(summary.textContent).toContain("2023 总分：90.00 (复算 88.75)");
  expect(severityGroups()).toEqual(["error", "warning", "info"]);
  expect(sheetsOf("error")).toEqual(["评价指标", "基础数据"]);
  const errors = within(screen.getByTestId("findings").querySelector("section[data-severity=error] section[data-sheet=评价指标]") as HTMLElement).getAllByTestId("finding");
  expect(errors.map((e) => e.textContent)).toEqual([
    "F9 · formula-replaced公式被改为常数应为 12.5 · 实际 99",
    "G9 · value-mismatch计算值与复算值不符应为 12.5 · 实际 99",
  ]);
  fireEvent.click(within(errors[1]).getByRole("button"));
  await screen.findByText("G9");
  expect(operations.selected).toEqual([{ sheet: "评价指标", cell: "G9" }]);
});

test("the filter narrows by severity and by text", async () => {
  renderReview("en-US");
  fireEvent.click(screen.getByText("Review this workbook"));
  await screen.findByTestId("review-summary");
  fireEvent.click(screen.getByRole("checkbox", { name: "Errors (3)" }));
  expect(severityGroups()).toEqual(["warning", "info"]);
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "default" } });
  expect(severityGroups()).toEqual(["info"]);
  expect(screen.getAllByTestId("finding").map((f) => f.textContent)).toEqual(["E8 · parameter-changedParameter differs from its defaultexpected 12.5 · found 99"]);
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "nothing like this" } });
  expect(screen.getByText("No finding matches the filter.")).toBeTruthy();
  fireEvent.change(screen.getByTestId("finding-filter"), { target: { value: "数据" } });
  fireEvent.click(screen.getByRole("checkbox", { name: "Errors (3)" }));
  expect(sheetsOf("error")).toEqual(["基础数据"]);
  expect(sheetsOf("warning")).toEqual(["基础数据"]);
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
