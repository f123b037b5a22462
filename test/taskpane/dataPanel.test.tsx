/** @jest-environment jsdom */
import "./domSetup";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import DataPanel from "../../src/taskpane/components/DataPanel";
import type { ParkDataFile } from "../../src/domain/schema/parkData";
import type { WorkbookSnapshot } from "../../src/domain/review/snapshot";
import { fakeOperations } from "./fakeOperations";
import { afterSettled, signal, watched } from "./settle";

// jsdom lacks the platform's text decoders, which Node and every browser have
Object.assign(globalThis, { TextEncoder, TextDecoder });

const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8");
/** The sample's data items and energy alone (a version 1 file): nothing beyond the data sheet. */
const SAMPLE_DATA = (() => {
  const { park, years, values, energy } = JSON.parse(SAMPLE) as Record<string, unknown>;
  return JSON.stringify({ park, years, values, energy });
})();

function chooseFile(testId: string, content: string | Uint8Array, name = "park.json") {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/json" });
  // jsdom's File lacks text() and arrayBuffer() in some versions: give it them
  if (typeof file.text !== "function")
    Object.defineProperty(file, "text", { value: async () => new TextDecoder().decode(bytes) });
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

test("a bad park data file lists each problem with its JSON path and imports nothing", async () => {
  const imported: ParkDataFile[] = [];
  const operations = fakeOperations({ importData: async (data) => (imported.push(data), { written: 1 }) });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={operations}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
      />
    </FluentProvider>,
  );
  chooseFile(
    "data-file",
    JSON.stringify({ years: [2021, 2022, 2023, 2024], values: { va: [1, 2, "x", 4], nonsense: [1] } }),
  );
  const problems = await screen.findByTestId("data-problems");
  expect(problems.textContent).toContain("数据文件有以下问题，未导入任何数据：");
  expect(problems.textContent).toContain('数据项 · values：未知的键 "nonsense"');
  expect(imported).toEqual([]);
});

test.each([
  ["zh-CN", '工业增加值（2023 年） · values.va[2]：应为以 万元 计的数字或 null，实际为 "x"'],
  ["en-US", 'Industrial value added (2023) · values.va[2]: expected a number in 万元 or null, got "x"'],
] as const)(
  "a bad value is named by the data sheet's item and year in the pane's language (%s)",
  async (lang, said) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <DataPanel
          lang={lang}
          workbookLang="zh-CN"
          operations={fakeOperations({})}
          onSnapshot={() => undefined}
          onParkData={() => undefined}
        />
      </FluentProvider>,
    );
    chooseFile("data-file", JSON.stringify({ years: [2021, 2022, 2023, 2024], values: { va: [1, 2, "x", 4] } }));
    const items = (await screen.findByTestId("data-problems")).querySelectorAll("li");
    expect([...items].map((li) => li.textContent)).toEqual([said]);
  },
);

test("Excel: a valid file is written into the workbook's templates, then the missing inputs are shown per year, clickable", async () => {
  const written: ParkDataFile[] = [];
  const snapshots: WorkbookSnapshot[] = [];
  const snapshot: WorkbookSnapshot = {
    sheets: [
      { name: "基础数据", cells: new Map([["J1", { value: JSON.stringify({ years: [2021, 2022, 2023, 2024] }) }]]) },
    ],
    names: [
      { name: "GREEN_META_data", sheet: "基础数据", range: "J1" },
      { name: "GREEN_DATA_va_Y1", sheet: "基础数据", range: "E7" },
    ],
  };
  const importData = watched(
    async (data: ParkDataFile) => (
      written.push(data),
      {
        written: 120,
        overwritten: 3,
        filled: [
          { templateId: "data" as const, sheetName: "基础数据" },
          { templateId: "options" as const, sheetName: "方案汇总" },
        ],
        absent: ["team" as const, "plan" as const],
        unplaced: 2,
      }
    ),
  );
  const operations = fakeOperations({ importData: importData.op, readWorkbook: async () => snapshot });
  const { rerender } = render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={operations}
        onSnapshot={(s) => snapshots.push(s)}
        onParkData={() => undefined}
      />
    </FluentProvider>,
  );
  chooseFile("data-file", SAMPLE);
  // the sample fills every section: each is checked against its sheet's rules, built on first use; the import
  // says how many inputs it wrote and replaced, into which sheets, what had no row, and which templates are absent
  await afterSettled(importData.settled);
  expect(screen.getByRole("status").textContent).toBe(
    "已写入 120 个输入值（其中 3 个替换了原已填写的值）：“基础数据”；“方案汇总”。 另有 2 个值超出工作表的行数，未写入。" +
      " 文件中工作组；工作计划的内容未写入：工作簿中没有这些模板；请先插入这些模板，再导入一次。",
  );
  expect(written).toHaveLength(1);
  expect(snapshots).toEqual([snapshot]);
  rerender(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={operations}
        snapshot={snapshot}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
      />
    </FluentProvider>,
  );
  expect(screen.getByTestId("missing-0").textContent).toContain("2021（基准年）");
  const goTo = screen.getByRole("button", { name: "定位到 工业增加值（E7）" });
  fireEvent.click(goTo);
  expect(operations.selected).toEqual([{ sheet: "基础数据", cell: "E7" }]);
});

test("file mode: a valid file is attached to the generate form", async () => {
  const attached: ParkDataFile[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="en-US"
        workbookLang="zh-CN"
        operations={fakeOperations({ mode: "file" })}
        onSnapshot={() => undefined}
        onParkData={(d) => attached.push(d)}
      />
    </FluentProvider>,
  );
  chooseFile("data-file", SAMPLE);
  expect((await screen.findByRole("status")).textContent).toMatch(/^The data file is valid/);
  expect(attached).toHaveLength(1);
});

test("a GB18030 (GBK) file is read as such, with a notice; its Chinese is intact", async () => {
  const attached: ParkDataFile[] = [];
  const operations = fakeOperations({ mode: "file" });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={operations}
        onSnapshot={() => undefined}
        onParkData={(d) => attached.push(d)}
      />
    </FluentProvider>,
  );
  // the sample park saved as GB18030 by Python's codec (test/domain/schema/sample-park.gb18030.json)
  chooseFile(
    "data-file",
    new Uint8Array(readFileSync(join(__dirname, "..", "domain", "schema", "sample-park.gb18030.json"))),
  );
  const status = await screen.findByRole("status");
  expect(status.textContent).toContain("GB18030");
  expect(attached[0]!.park?.name).toBe("青川经济技术开发区（示例）");
});

test("a JSON syntax error is placed by line and column, as on the command line", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={fakeOperations({})}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
      />
    </FluentProvider>,
  );
  chooseFile(
    "data-file",
    '{\n  "years": [2021, 2022, 2023, 2024],\n  "values": { "va": [1, 2, 3, 4] }\n  "energy": []\n}',
  );
  expect((await screen.findByTestId("data-problems")).textContent).toContain(
    '不是有效的 JSON：第 4 行第 3 列，此处应为“,”或“}”，却是“"”',
  );
});

test("a data sheet the import inserts is in the workbook's language; the notice follows the pane's language", async () => {
  const langs: string[] = [];
  const operations = fakeOperations({
    importData: async (_data, lang) => (
      langs.push(lang),
      { written: 0, inserted: [{ templateId: "data", sheetName: "基础数据", refreshed: false }] }
    ),
  });
  const panel = (lang: "zh-CN" | "en-US") => (
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang={lang}
        workbookLang="zh-CN"
        operations={operations}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
      />
    </FluentProvider>
  );
  const { rerender } = render(panel("en-US"));
  chooseFile("data-file", SAMPLE_DATA);
  expect((await screen.findByRole("status")).textContent).toBe("added sheet “基础数据”");
  expect(langs).toEqual(["zh-CN"]);
  rerender(panel("zh-CN"));
  expect(screen.getByRole("status").textContent).toBe("新增工作表“基础数据”");
});

test("file mode: the attached data file's notice is reworded when the pane's language changes", async () => {
  const panel = (lang: "zh-CN" | "en-US") => (
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang={lang}
        workbookLang="zh-CN"
        operations={fakeOperations({ mode: "file" })}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
      />
    </FluentProvider>
  );
  const { rerender } = render(panel("zh-CN"));
  chooseFile("data-file", SAMPLE);
  expect((await screen.findByRole("status")).textContent).toMatch(/^数据文件有效/);
  rerender(panel("en-US"));
  expect(screen.getByRole("status").textContent).toMatch(/^The data file is valid/);
});

test("a workbook read is exported as a park data file with every input (docs/data-file.md Export)", async () => {
  const { planToXlsx } = await import("../../src/xlsx/writePlan");
  const { readWorkbookSync } = await import("../../src/xlsx/readWorkbookFile");
  const { TEMPLATES } = await import("../../src/domain/templates/specs");
  const { optionsFromParkData } = await import("../../src/domain/schema/parkDataOptions");
  const { readParkData } = await import("../../src/domain/schema/parkData");
  const { fullPark } = await import("../domain/schema/fullPark");
  const parsed = readParkData(fullPark());
  if (!parsed.ok) throw new Error("fullPark is invalid");
  const years = parsed.data.years as [number, number, number, number];
  const options = { lang: "zh-CN" as const, mode: "native" as const, years, nameSuffix: "" };
  const plans = TEMPLATES.map((t) => t.build({ ...options, ...optionsFromParkData(parsed.data) }));
  const snapshot = readWorkbookSync(await planToXlsx(plans));
  const saved: { name: string; text: string }[] = [];
  const downloaded = signal((bytes: Uint8Array, name: string) =>
    saved.push({ name, text: new TextDecoder().decode(bytes) }),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang="zh-CN"
        workbookLang="zh-CN"
        operations={fakeOperations({})}
        snapshot={snapshot}
        onSnapshot={() => undefined}
        onParkData={() => undefined}
        download={downloaded.callback}
      />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByTestId("data-export"));
  await afterSettled(downloaded.fired);
  expect(screen.getByText("已导出园区数据文件。")).toBeTruthy();
  expect(saved.map((s) => s.name)).toEqual(["park-data.json"]);
  const file = JSON.parse(saved[0]!.text);
  expect(file.options[1]).toMatchObject({ name: "集中式VOCs处理", vocs: 12.5 });
  // row 1 of the team: the first expert and the first park staff member (工作组's two sections)
  expect(file.team[0]).toMatchObject({ name: "李娜", "park:name": "张伟" });
}, 60000);
