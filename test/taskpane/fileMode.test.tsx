/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { InsertPanel } from "../../src/taskpane/components/InsertPanel";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import * as writePlan from "../../src/xlsx/writePlan";
import { afterSettled, signal } from "./settle";

test("file mode: Generate writes the chosen templates through planToXlsx and downloads the .xlsx", async () => {
  const spy = jest.spyOn(writePlan, "planToXlsx");
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  const downloaded = signal((bytes: Uint8Array, fileName: string) => downloads.push({ bytes, fileName }));
  const operations = fileOperations(downloaded.callback);
  render(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel
        lang="zh-CN"
        operations={operations}
        loadTemplates={async () => templateInfos()}
        sheetLang="zh-CN"
        onSheetLang={() => undefined}
      />
    </FluentProvider>,
  );
  await screen.findByTestId("gallery");
  fireEvent.click(within(screen.getByTestId("template-indicators")).getByRole("checkbox"));
  fireEvent.click(within(screen.getByTestId("template-team")).getByRole("checkbox"));
  expect(screen.getByTestId("insert").textContent).toBe("生成 .xlsx 文件");
  expect(screen.queryByText(/就地刷新/)).toBeNull();
  fireEvent.click(screen.getByTestId("insert"));
  await afterSettled(downloaded.fired);
  const result = screen.getByTestId("insert-result");
  expect(spy).toHaveBeenCalledTimes(1);
  expect(spy.mock.calls[0]![0].map((plan) => plan.templateId)).toEqual(["params", "team"]);
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.fileName).toMatch(/^GreenAudit-\d{4}-\d{4}\.xlsx$/);
  expect(result.textContent).toContain(`已下载 ${downloads[0]!.fileName}`);
  expect(result.textContent).toContain("新增工作表“工作组”");
  // the bytes are an .xlsx (a zip) with those sheets
  expect([...downloads[0]!.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  const { readSnapshot } = await import("../../src/xlsx/readSnapshot");
  expect((await readSnapshot(downloads[0]!.bytes)).sheets.map((s) => s.name)).toEqual(["参数", "工作组"]);
}, 20000);
