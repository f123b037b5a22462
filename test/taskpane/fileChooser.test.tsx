/** @jest-environment jsdom */
/**
 * The pane's file chooser (src/taskpane/components/FileChooser.tsx): the pane's own words, never the
 * browser's "Choose file / No file chosen"; a button a keyboard reaches that opens the hidden file input; the
 * chosen file's name shown beside it.
 */
import "./domSetup";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FileChooser } from "../../src/taskpane/components/FileChooser";

function renderChooser(lang: "zh-CN" | "en-US", onChange = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FileChooser
        label={lang === "zh-CN" ? "打开文件复核" : "Open a file"}
        accept=".xlsx"
        onChange={onChange}
        testId="f"
        lang={lang}
      />
    </FluentProvider>,
  );
  return onChange;
}

test.each([
  ["zh-CN", "打开文件复核", "选择文件…", "未选择文件"],
  ["en-US", "Open a file", "Choose a file…", "No file chosen"],
] as const)(
  "%s: a labelled button in the pane's words opens the file dialog; the name chosen is shown",
  (lang, label, button, none) => {
    const onChange = renderChooser(lang);
    // its name begins with the words it shows, then the label (WCAG 2.5.3 label in name)
    const chooser = screen.getByRole("button", { name: `${button} ${label}` });
    expect(chooser.textContent).toBe(button);
    expect(chooser.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(chooser.getAttribute("aria-describedby") as string)?.textContent).toBe(none);
    // the native input: hidden and out of the tab order, opened by the button
    const input = screen.getByTestId("f") as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.tabIndex).toBe(-1);
    const opened = jest.spyOn(input, "click").mockImplementation(() => undefined);
    chooser.focus();
    expect(document.activeElement).toBe(chooser);
    fireEvent.click(chooser);
    expect(opened).toHaveBeenCalledTimes(1);
    fireEvent.change(input, { target: { files: [new File(["x"], "园区 2024.xlsx")] } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText("园区 2024.xlsx")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Choose file|No file chosen$/);
  },
);

test("a disabled chooser cannot be opened", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <FileChooser label="打开文件复核" accept=".xlsx" onChange={() => undefined} testId="f" lang="zh-CN" disabled />
    </FluentProvider>,
  );
  expect((screen.getByRole("button", { name: "选择文件… 打开文件复核" }) as HTMLButtonElement).disabled).toBe(true);
  expect((screen.getByTestId("f") as HTMLInputElement).disabled).toBe(true);
});
