/** @jest-environment jsdom */
import "./domSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { InsertPanel } from "../../src/taskpane/components/InsertPanel";
import { OperationError } from "../../src/taskpane/operations";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import { fakeOperations, type FakeOperations } from "./fakeOperations";

const loadTemplates = async () => templateInfos();

function renderPanel(operations: FakeOperations, lang: "zh-CN" | "en-US" = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <InsertPanel
        lang={lang}
        operations={operations}
        loadTemplates={loadTemplates}
        sheetLang="zh-CN"
        onSheetLang={() => undefined}
      />
    </FluentProvider>,
  );
}

const checkboxOf = (id: string) => within(screen.getByTestId(`template-${id}`)).getByRole("checkbox");

test("the gallery lists every template with purpose, source and sheet; the indicators table is chosen with what it reads", async () => {
  renderPanel(fakeOperations());
  await screen.findByTestId("gallery");
  expect(screen.getAllByRole("listitem").length).toBe(14); // the fourteen templates of docs/templates.md, 诊断结论 and 低碳管理 among them
  const indicators = screen.getByTestId("template-indicators");
  expect(indicators.textContent).toContain("31 项指标");
  expect(indicators.textContent).toContain("依据：《北京市工业园区绿色诊断工作指南》附件2-1-2");
  expect(indicators.textContent).toContain("新增工作表：评价指标");
  expect((checkboxOf("indicators") as HTMLInputElement).checked).toBe(true);
  // params and data are read by the indicators' formulas, the carbon inventory by the data sheet's CO₂: added, shown, not removable
  for (const id of ["params", "data", "carbon"]) {
    expect(screen.getByTestId(`dependency-${id}`).textContent).toBe("自动加入（被所选模板引用）");
    expect((checkboxOf(id) as HTMLInputElement).checked).toBe(true);
    expect((checkboxOf(id) as HTMLInputElement).disabled).toBe(true);
  }
  expect(screen.queryByTestId("dependency-options")).toBeNull();
});

test("choosing the matrix adds the options it reads; unchoosing everything asks for a template", async () => {
  const operations = fakeOperations();
  renderPanel(operations);
  await screen.findByTestId("gallery");
  fireEvent.click(checkboxOf("matrix"));
  expect(screen.getByTestId("dependency-options")).toBeTruthy();
  fireEvent.click(checkboxOf("matrix"));
  fireEvent.click(checkboxOf("indicators"));
  expect(screen.queryByTestId("dependency-params")).toBeNull();
  fireEvent.click(screen.getByTestId("insert"));
  expect((await screen.findByRole("alert")).textContent).toBe("请至少选择一个模板。");
  expect(operations.inserts).toEqual([]);
});

test("Insert passes the options and reports which sheets were added and refreshed", async () => {
  const operations = fakeOperations({
    existingTemplates: async () => ["params"],
    insertResult: {
      sheets: [
        { templateId: "params", sheetName: "参数", refreshed: true },
        { templateId: "data", sheetName: "基础数据 (2)", refreshed: false },
      ],
    },
  });
  renderPanel(operations);
  await screen.findByTestId("gallery");
  await screen.findByText("工作簿中已有");
  fireEvent.change(screen.getByLabelText("园区名称"), { target: { value: "示例园区" } });
  fireEvent.change(screen.getByLabelText("基准年"), { target: { value: "2020" } });
  fireEvent.change(screen.getByLabelText("年度 1"), { target: { value: "2021" } });
  fireEvent.change(screen.getByLabelText("年度 2"), { target: { value: "2022" } });
  fireEvent.change(screen.getByLabelText("年度 3"), { target: { value: "2023" } });
  fireEvent.change(screen.getByLabelText(/中\/高费方案投资门槛/), { target: { value: "50" } });
  fireEvent.click(screen.getByLabelText(/GREEN\.\* 自定义函数/));
  fireEvent.click(screen.getByTestId("insert"));
  const result = await screen.findByTestId("insert-result");
  expect(result.textContent).toContain("已刷新工作表“参数”");
  expect(result.textContent).toContain("新增工作表“基础数据 (2)”");
  expect(operations.inserts).toEqual([
    {
      templates: ["indicators"],
      lang: "zh-CN",
      mode: "custom",
      years: [2020, 2021, 2022, 2023],
      parkName: "示例园区",
      costClassThreshold: 50,
      refresh: true,
    },
  ]);
});

test("a refused plan is reported in plain words, saying nothing was changed, with the details apart", async () => {
  renderPanel(fakeOperations({ insertResult: new OperationError("plan", ["参数!D5: formula too long"]) }));
  await screen.findByTestId("gallery");
  fireEvent.click(screen.getByTestId("insert"));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("未能插入模板，工作簿未作任何更改。");
  expect(alert.textContent).toContain("参数!D5: formula too long");
});

test("years that do not increase are refused before anything is called", async () => {
  const operations = fakeOperations();
  renderPanel(operations, "en-US");
  await screen.findByTestId("gallery");
  fireEvent.change(screen.getByLabelText("Year 2"), { target: { value: "1990" } });
  fireEvent.click(screen.getByTestId("insert"));
  expect((await screen.findByRole("alert")).textContent).toContain("increasing");
  expect(operations.inserts).toEqual([]);
});
