/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen } from "@testing-library/react";
import { Pane } from "../../src/taskpane/Pane";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import { fakeOperations } from "./fakeOperations";

const loadTemplates = async () => templateInfos();

test("the pane starts in Chinese and switches to English and back", async () => {
  render(<Pane mode="file" operations={fakeOperations({ mode: "file" })} loadTemplates={loadTemplates} />);
  await screen.findByTestId("gallery");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("GreenAudit 园区绿色诊断与清洁生产审核");
  expect(screen.getByTestId("host-mode").textContent).toContain("文件模式");
  expect(screen.getByRole("tab", { name: "复核" })).toBeTruthy();
  expect(screen.getByTestId("template-indicators").textContent).toContain("评价指标");
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
  expect(screen.getByTestId("host-mode").textContent).toContain("File mode");
  expect(screen.getByRole("tab", { name: "Review" })).toBeTruthy();
  expect(screen.getByTestId("template-indicators").textContent).toContain("The 31-indicator table");
  expect(document.documentElement.lang).toBe("en-US");
  fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
  expect(screen.getByTestId("host-mode").textContent).toContain("文件模式");
});

test("English from the start when the host's language is English; every tab opens", async () => {
  render(<Pane mode="excel" operations={fakeOperations()} loadTemplates={loadTemplates} initialLang="en-US" theme="dark" />);
  await screen.findByTestId("gallery");
  expect(screen.getByTestId("host-mode").textContent).toContain("Connected to Excel");
  fireEvent.click(screen.getByRole("tab", { name: "Parameters" }));
  expect(await screen.findByTestId("parameters-indicators")).toBeTruthy();
  expect(screen.getAllByTestId("to-confirm").length).toBeGreaterThan(10);
  fireEvent.click(screen.getByRole("tab", { name: "Data" }));
  expect(await screen.findByText("No data sheet read yet.")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Submit" }));
  expect(screen.getByText("Only available inside Excel.")).toBeTruthy();
});
