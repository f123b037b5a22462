/** @jest-environment jsdom */
/**
 * Where a panel's workbook comes from (src/taskpane/components/WorkbookSourcePicker.tsx): inside Excel a button that
 * gives the open workbook; in file mode the pane's file chooser, whose chosen .xlsx arrives with its name and bytes.
 */
import "./domSetup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  WorkbookSourcePicker,
  type WorkbookSourcePickerProps,
} from "../../src/taskpane/components/WorkbookSourcePicker";
import type { WorkbookSource } from "../../src/taskpane/operations";

function renderPicker(props: Partial<WorkbookSourcePickerProps> & Pick<WorkbookSourcePickerProps, "mode">) {
  const sources: WorkbookSource[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <WorkbookSourcePicker lang="zh-CN" onSource={(s) => sources.push(s)} testId="pick" {...props} />
    </FluentProvider>,
  );
  return sources;
}

/** A chosen file whose bytes jsdom can read. */
function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes as BlobPart], name);
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.buffer });
  return file;
}

test("inside Excel: one button reads the open workbook, in the pane's words or the panel's own", () => {
  const sources = renderPicker({ mode: "excel" });
  fireEvent.click(screen.getByRole("button", { name: "读取工作簿" }));
  expect(sources).toEqual([{ kind: "open" }]);
  expect(screen.queryByTestId("pick")).toBeNull();
});

test("inside Excel: the panel's words, and no reading while disabled", () => {
  const sources = renderPicker({ mode: "excel", readLabel: "复核当前工作簿", disabled: true });
  const button = screen.getByRole("button", { name: "复核当前工作簿" });
  fireEvent.click(button);
  expect(sources).toEqual([]);
});

test("file mode: the chosen .xlsx arrives with its name and bytes; a dialog closed without a file gives nothing", async () => {
  const sources = renderPicker({ mode: "file", fileLabel: "打开要复核的 .xlsx 文件" });
  expect(screen.getByText("打开要复核的 .xlsx 文件")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "读取工作簿" })).toBeNull();
  const input = screen.getByTestId("pick") as HTMLInputElement;
  expect(input.accept).toBe(".xlsx");
  fireEvent.change(input, { target: { files: [] } });
  fireEvent.change(input, { target: { files: [fileOf(new Uint8Array([0x50, 0x4b, 3, 4]), "园区 2024.xlsx")] } });
  await waitFor(() => expect(sources).toHaveLength(1));
  expect(sources[0]).toEqual({ kind: "file", name: "园区 2024.xlsx", bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
});

test("file mode: the default label opens an .xlsx file", () => {
  renderPicker({ mode: "file" });
  expect(screen.getByText("打开 .xlsx 文件")).toBeTruthy();
});
