/** @jest-environment jsdom */
import "./domSetup";
import { webDarkTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { loadDataPanel, loadParametersPanel, loadSubmitPanel } from "../../src/taskpane/App";
import { Pane } from "../../src/taskpane/Pane";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import { fakeOperations } from "./fakeOperations";

const loadTemplates = async () => templateInfos();

/**
 * Renders inside act: the gallery's templates (an already resolved promise here) are in place when it returns,
 * with no waiting on a timer.
 */
async function renderPane(element: ReactElement): Promise<void> {
  await act(async () => {
    render(element);
  });
}

/**
 * Clicks a tab, in its row or in the "more" menu where the tabs that do not fit go. jsdom lays nothing out, so
 * there every tab but the selected one is in the menu; the browser test checks the real row at 320–350 px.
 */
function chooseTab(name: string): void {
  const inRow = screen.queryByRole("tab", { name });
  if (inRow) return void fireEvent.click(inRow);
  fireEvent.click(screen.getByTestId("tab-overflow"));
  fireEvent.click(screen.getByRole("menuitem", { name }));
}

/** Opens a tab whose panel loads lazily, and returns once that panel's module has loaded and rendered. */
async function openLazyTab(name: string, load: () => Promise<unknown>): Promise<void> {
  chooseTab(name);
  await act(async () => {
    await load();
  });
}

test("the pane starts in Chinese and switches to English and back", async () => {
  await renderPane(<Pane mode="file" operations={fakeOperations({ mode: "file" })} loadTemplates={loadTemplates} />);
  expect(screen.getByTestId("gallery")).toBeTruthy();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("GreenAudit 园区绿色诊断与清洁生产审核");
  expect(screen.getByTestId("host-mode").textContent).toContain("文件模式");
  expect(screen.getByRole("tablist", { name: "功能" })).toBeTruthy();
  expect(screen.getByTestId("template-indicators").textContent).toContain("评价指标");
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
  expect(screen.getByTestId("host-mode").textContent).toContain("File mode");
  expect(screen.getByRole("tablist", { name: "Sections" })).toBeTruthy();
  expect(screen.getByRole("tab", { name: "Templates", selected: true })).toBeTruthy();
  expect(screen.getByTestId("template-indicators").textContent).toContain("The 31-indicator table");
  expect(document.documentElement.lang).toBe("en-US");
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  expect(screen.getByTestId("host-mode").textContent).toContain("文件模式");
});

test("English from the start when the host's language is English; every tab opens", async () => {
  await renderPane(
    <Pane
      mode="excel"
      operations={fakeOperations()}
      loadTemplates={loadTemplates}
      initialLang="en-US"
      theme={webDarkTheme}
    />,
  );
  expect(screen.getByTestId("host-mode").textContent).toContain("Connected to Excel");
  await openLazyTab("Parameters", loadParametersPanel);
  expect(screen.getByTestId("parameters-indicators")).toBeTruthy();
  expect(screen.getAllByTestId("to-confirm").length).toBeGreaterThan(10);
  await openLazyTab("Data", loadDataPanel);
  expect(screen.getByText("No data sheet read yet.")).toBeTruthy();
  await openLazyTab("Submit", loadSubmitPanel);
  expect(screen.getByText("Only available inside Excel.")).toBeTruthy();
});

test("the pane's language and the workbook's language are separate choices", async () => {
  const operations = fakeOperations({ mode: "file" });
  await renderPane(
    <Pane
      mode="file"
      operations={operations}
      loadTemplates={loadTemplates}
      initialLang="en-US"
      initialWorkbookLang="zh-CN"
    />,
  );
  const sheetLanguage = () => (screen.getByTestId("sheet-language") as HTMLSelectElement).value;
  expect(sheetLanguage()).toBe("zh-CN");
  expect(screen.getByTestId("template-indicators").textContent).toContain("Adds sheet: 评价指标");
  // the pane to Chinese: the workbook stays Chinese because it was, not because the pane is
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  fireEvent.change(screen.getByTestId("sheet-language"), { target: { value: "en-US" } });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("GreenAudit 园区绿色诊断与清洁生产审核");
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  expect(sheetLanguage()).toBe("en-US");
  // the choice survives a visit to another tab, and the generated workbook is in it
  await openLazyTab("数据", loadDataPanel);
  chooseTab("模板");
  expect(sheetLanguage()).toBe("en-US");
  await act(async () => {
    fireEvent.click(screen.getByTestId("insert"));
  });
  expect(operations.inserts.map((r) => r.lang)).toEqual(["en-US"]);
});

test("the pane's frame paints before the host's operations have loaded, and the template panel fills it in", async () => {
  const operations = fakeOperations({ mode: "file" });
  const { rerender } = render(<Pane mode="file" loadTemplates={loadTemplates} initialLang="en-US" />);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
  expect(screen.getByRole("tab", { name: "Templates", selected: true })).toBeTruthy();
  expect(screen.getByRole("tabpanel").textContent).toContain("Loading…");
  expect(screen.queryByTestId("gallery")).toBeNull();
  // a choice made on the frame stays when the operations arrive
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  await act(async () => {
    rerender(<Pane mode="file" operations={operations} loadTemplates={loadTemplates} initialLang="en-US" />);
  });
  expect(screen.getByTestId("gallery")).toBeTruthy();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("GreenAudit 园区绿色诊断与清洁生产审核");
  expect(screen.getByTestId("template-indicators").textContent).toContain("评价指标");
});

test("host operations that could not be loaded are said in the frame, with a reload, instead of a spinner for ever", async () => {
  await renderPane(
    <Pane
      mode="file"
      loadTemplates={loadTemplates}
      initialLang="en-US"
      loadError={new Error("Loading chunk failed")}
    />,
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("This part of the add-in could not be shown.");
  expect(alert.textContent).toContain("The workbook has not been changed.");
  expect(alert.textContent).toContain("Loading chunk failed");
  expect(screen.getByRole("button", { name: "Reload the pane" })).toBeTruthy();
  expect(screen.getByRole("tabpanel").textContent).not.toContain("Loading…");
  // the frame stays usable: its language can still be changed
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  expect(screen.getByRole("alert").textContent).toContain("加载项的这一部分未能显示。");
});
