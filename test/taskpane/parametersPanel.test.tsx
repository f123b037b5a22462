/** @jest-environment jsdom */
import "./domSetup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../src/domain/review/snapshot";
import ParametersPanel from "../../src/taskpane/components/ParametersPanel";
import { fakeOperations } from "./fakeOperations";

// The guide's note 1 to 附件2-1-2 caps a single indicator's score at 120; this workbook's parameter sheet says 100.
const snapshot: WorkbookSnapshot = {
  names: [{ name: "GREEN_PARAM_SCORE_CAP", sheet: "参数", range: "C5" }],
  sheets: [{ name: "参数", cells: new Map([["C5", { value: 100 }]]) }],
};

function renderPanel(lang: "zh-CN" | "en-US", operations = fakeOperations()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ParametersPanel lang={lang} operations={operations} snapshot={snapshot} onSnapshot={() => undefined} />
    </FluentProvider>,
  );
  return operations;
}

/** The card's facts as term → text pairs. */
function facts(card: HTMLElement): Record<string, string> {
  const terms = [...card.querySelectorAll("dt")];
  return Object.fromEntries(terms.map((dt) => [dt.textContent ?? "", dt.nextElementSibling?.textContent ?? ""]));
}

test("each parameter is a card with its value, default, unit, source and status; a changed value is marked", () => {
  const operations = renderPanel("zh-CN");
  const card = screen.getByRole("listitem", { name: "单项指标最高得分" });
  expect(card.getAttribute("data-changed")).toBe("true");
  expect(facts(card)).toMatchObject({ 取值: "100 已修改", 默认值: "120", 单位: "分", 单元格: "C5" });
  // a rate entered as a decimal: its unit in Chinese words
  expect(facts(screen.getByRole("listitem", { name: "所得税税率" })).单位).toBe("小数");
  expect(facts(card).来源).not.toBe("");
  fireEvent.click(within(card).getByRole("button", { name: "定位到 单项指标最高得分（C5）" }));
  expect(operations.selected).toEqual([{ sheet: "参数", cell: "C5" }]);
  // a value the workbook does not hold shows its default and is not marked
  const unchanged = screen.getByRole("listitem", { name: "达到引领值的得分" });
  expect(unchanged.getAttribute("data-changed")).toBeNull();
  expect(facts(unchanged)).toMatchObject({ 取值: "100", 默认值: "100" });
});

test("the cards group by section, in English too, and the switch keeps only the notable ones", () => {
  renderPanel("en-US");
  const sections = ["parameters-indicators", "parameters-scalars", "parameters-coefficients"].map((id) =>
    screen.getByTestId(id),
  );
  expect(sections.map((s) => within(s).getByRole("heading", { level: 3 }).textContent)).toEqual([
    "Leading values",
    "Calculation parameters",
    "Standard-coal coefficients",
  ]);
  const card = screen.getByRole("listitem", { name: "Score cap per indicator" });
  expect(facts(card)).toMatchObject({ Value: "100 changed", Default: "120", Unit: "points" });
  const all = screen.getAllByRole("listitem").length;
  fireEvent.click(screen.getByRole("switch", { name: "Show only changed, to-confirm or to-fill parameters" }));
  const notable = screen.getAllByRole("listitem");
  expect(notable.length).toBeLessThan(all);
  expect(
    notable.every(
      (li) =>
        li.getAttribute("data-changed") === "true" ||
        within(li).queryByTestId("to-confirm") !== null ||
        within(li).queryByTestId("to-fill") !== null,
    ),
  ).toBe(true);
  expect(screen.getByRole("listitem", { name: "Score cap per indicator" })).toBeTruthy();
});

test("statuses as on the parameter sheet: 需填写 without a default, 待确认 with what to check against which document, 本项目已确认 from the workbook", () => {
  // the consultant marked raw coal's coefficient (row 62) confirmed for this project in column L
  const marked: WorkbookSnapshot = {
    names: [{ name: "GREEN_PARAM_TCE_raw_coal", sheet: "参数", range: "D62" }],
    sheets: [
      {
        name: "参数",
        cells: new Map([
          ["D62", { value: 0.7143 }],
          ["L62", { value: "是" }],
        ]),
      },
    ],
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ParametersPanel lang="zh-CN" operations={fakeOperations()} snapshot={marked} onSnapshot={() => undefined} />
    </FluentProvider>,
  );
  const threshold = screen.getByRole("listitem", { name: "中/高费方案投资门槛" });
  expect(within(threshold).getByTestId("to-fill").textContent).toBe("需填写");
  expect(within(threshold).queryByText("已确认")).toBeNull();
  const coal = screen.getByRole("listitem", { name: "原煤" });
  expect(within(coal).getByTestId("to-confirm").textContent).toBe("待确认");
  expect(facts(coal).待核对).toBe(
    "数值须与 GB/T 2589-2020《综合能耗计算通则》附录A 逐项核对（现为 2008 年版附录A 的数值）",
  );
  expect(within(coal).getByTestId("project-confirmed").textContent).toBe("本项目已确认");
  expect(within(screen.getByRole("listitem", { name: "洗精煤" })).queryByTestId("project-confirmed")).toBeNull();
});

test("the two choices made once for the workbook are cards too: the synergy output basis and the carbon inventory's grid factor, both languages", () => {
  // an English parameter sheet: value added chosen as the basis (default gross output), the East China grid
  const chosen: WorkbookSnapshot = {
    names: [
      { name: "GREEN_PARAM_SYNERGY_OUTPUT_BASIS", sheet: "Parameters", range: "D120" },
      { name: "GREEN_PARAM_GRID_CHOICE", sheet: "Parameters", range: "D124" },
    ],
    sheets: [
      {
        name: "Parameters",
        cells: new Map([
          ["D120", { value: "Industrial value added" }],
          ["D124", { value: "East China grid" }],
        ]),
      },
    ],
  };
  for (const [lang, basisName, gridName, expected] of [
    [
      "zh-CN",
      "协同评估“单位产值”的产值口径",
      "碳排放核算所用电网排放因子",
      { basisDefault: "工业总产值", basisChoices: "工业总产值 / 工业增加值", gridDefault: "全国电网平均" },
    ],
    [
      "en-US",
      "Output value of the synergy intensities",
      "Grid factor of the carbon inventory",
      {
        basisDefault: "Gross industrial output",
        basisChoices: "Gross industrial output / Industrial value added",
        gridDefault: "national average",
      },
    ],
  ] as const) {
    const { unmount } = render(
      <FluentProvider theme={webLightTheme}>
        <ParametersPanel lang={lang} operations={fakeOperations()} snapshot={chosen} onSnapshot={() => undefined} />
      </FluentProvider>,
    );
    const section = screen.getByTestId("parameters-choices");
    expect(within(section).getByRole("heading", { level: 3 }).textContent).toBe(
      lang === "zh-CN" ? "计算口径" : "Calculation bases",
    );
    const basis = within(section).getByRole("listitem", { name: basisName });
    expect(basis.getAttribute("data-changed")).toBe("true");
    const [value, defaultTerm, choicesTerm] =
      lang === "zh-CN" ? ["取值", "默认值", "可选"] : ["Value", "Default", "Choices"];
    expect(facts(basis)).toMatchObject({
      [value]: `Industrial value added ${lang === "zh-CN" ? "已修改" : "changed"}`,
      [defaultTerm]: expected.basisDefault,
      [choicesTerm]: expected.basisChoices,
    });
    expect(within(basis).getByTestId("to-confirm")).toBeTruthy();
    const grid = within(section).getByRole("listitem", { name: gridName });
    expect(grid.getAttribute("data-changed")).toBe("true");
    expect(facts(grid)[defaultTerm]).toBe(expected.gridDefault);
    expect(facts(grid)[choicesTerm]).toContain(lang === "zh-CN" ? "华东区域电网" : "East China grid");
    expect(within(grid).getByTestId("to-check").textContent).toMatch(lang === "zh-CN" ? /区域电网/ : /regional grid/);
    unmount();
  }
});
