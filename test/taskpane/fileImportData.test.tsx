/** @jest-environment jsdom */
/**
 * File mode's import of a park data file into a workbook the user opened (docs/data-file.md "Importing into a
 * workbook"): the pane reads the .xlsx, writes the file's inputs where Excel would, rebuilds the templates through the
 * same .xlsx writer as file mode's Generate and downloads the result; a file that does not fit downloads nothing and
 * leaves the opened workbook as it was. Real file-mode operations; the download is recorded.
 */
import "./domSetup";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import DataPanel from "../../src/taskpane/components/DataPanel";
import { fileOperations } from "../../src/taskpane/fileOperations";
import { importedFileName } from "../../src/taskpane/fileImportData";
import { readParkData, type ParkDataFile } from "../../src/domain/schema/parkData";
import { optionsFromParkData } from "../../src/domain/schema/parkDataOptions";
import type { WorkbookSnapshot } from "../../src/domain/review/snapshot";
import type { Lang, SheetPlan } from "../../src/domain/templates/sheetPlan";
import { withDependencies } from "../../src/domain/templates/specs";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import * as writePlan from "../../src/xlsx/writePlan";
import { afterSettled, signal } from "./settle";

// jsdom lacks the platform's text decoders, which Node and every browser have
Object.assign(globalThis, { TextEncoder, TextDecoder });

const SAMPLE_TEXT = readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8");
const SAMPLE = (() => {
  const parsed = readParkData(JSON.parse(SAMPLE_TEXT));
  if (!parsed.ok) throw new Error("the sample park is invalid");
  return parsed.data;
})();
const YEARS = SAMPLE.years as [number, number, number, number];
/** The targets and the sheets they read (the matrix, the options, the parameters), and the indicators with theirs. */
const SPECS = withDependencies(["indicators", "targets"]);

function plans(lang: Lang, data?: ParkDataFile): SheetPlan[] {
  const options = { lang, mode: "native" as const, years: YEARS, nameSuffix: "" };
  return SPECS.map((spec) => spec.build({ ...options, ...(data ? optionsFromParkData(data) : {}) }));
}

function choose(testId: string, bytes: Uint8Array, name: string) {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

/** The value of every one-cell defined name of a workbook. */
function namedValues(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return new Map(
    snapshot.names
      .filter((n) => !n.range.includes(":"))
      .map((n) => [n.name, sheets.get(n.sheet)?.cells.get(n.range)?.value ?? null]),
  );
}

/** The pane in file mode, the snapshots it is handed counted, the downloads recorded. */
function renderPane(lang: Lang = "zh-CN") {
  const downloads: { bytes: Uint8Array; fileName: string }[] = [];
  const downloaded = signal((bytes: Uint8Array, fileName: string) => downloads.push({ bytes, fileName }));
  const snapshots: WorkbookSnapshot[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const onSnapshot = (s: WorkbookSnapshot) => {
    snapshots.push(s);
    for (const w of waiting) if (snapshots.length >= w.count) w.resolve();
  };
  /** settles once the pane has been handed `count` snapshots */
  const snapshotCount = (count: number) =>
    new Promise<void>((resolve) => (snapshots.length >= count ? resolve() : waiting.push({ count, resolve })));
  render(
    <FluentProvider theme={webLightTheme}>
      <DataPanel
        lang={lang}
        workbookLang="zh-CN"
        operations={fileOperations(downloaded.callback)}
        onSnapshot={onSnapshot}
        onParkData={() => undefined}
      />
    </FluentProvider>,
  );
  return { downloads, downloaded, snapshots, snapshotCount };
}

let blank: Uint8Array;
let generated: Map<string, unknown>;
beforeAll(async () => {
  blank = await planToXlsx(plans("zh-CN"));
  generated = namedValues(readWorkbookSync(await planToXlsx(plans("zh-CN", SAMPLE))));
}, 60000);

test("the imported name never replaces the opened file", () => {
  expect(importedFileName("青川园区.xlsx")).toBe("青川园区-imported.xlsx");
  expect(importedFileName("青川园区-imported.xlsx")).toBe("青川园区-imported.xlsx");
  expect(importedFileName("BOOK.XLSX")).toBe("BOOK-imported.xlsx");
  expect(importedFileName(".xlsx")).toBe("park-imported.xlsx");
});

test("a data file imported into the opened workbook: written, rebuilt by planToXlsx, downloaded; the same values as generating from the file", async () => {
  const spy = jest.spyOn(writePlan, "planToXlsx");
  const pane = renderPane();
  choose("data-xlsx", blank, "青川园区.xlsx");
  await afterSettled(pane.snapshotCount(1));
  expect(screen.getByTestId("data-into").textContent).toBe(
    "数据文件将导入已打开的“青川园区.xlsx”，并下载更新后的工作簿（原文件不变）。",
  );
  choose("data-file", new TextEncoder().encode(SAMPLE_TEXT), "sample-park.json");
  await afterSettled(pane.downloaded.fired);
  await afterSettled(pane.snapshotCount(2));

  expect(pane.downloads.map((d) => d.fileName)).toEqual(["青川园区-imported.xlsx"]);
  expect(spy).toHaveBeenCalledTimes(1);
  expect(spy.mock.calls[0]![0].map((p) => p.templateId)).toEqual(SPECS.map((s) => s.id));
  const notice = screen.getByRole("status").textContent ?? "";
  expect(notice).toMatch(/^已写入 \d+ 个输入值（其中 0 个替换了原已填写的值）：/);
  expect(notice).toContain("已下载更新后的工作簿“青川园区-imported.xlsx”。");
  expect(notice).not.toContain("非模板");

  // the workbook downloaded is the one the pane reads next, and a further import goes into it
  const written = readWorkbookSync(pane.downloads[0]!.bytes);
  expect(pane.snapshots[1]).toEqual(written);
  expect(screen.getByTestId("data-into").textContent).toContain("“青川园区-imported.xlsx”");
  // every named cell as the workbook generated from the file shows it (docs/data-file.md: import and generate agree)
  const differs = [...generated].filter(([name, v]) => {
    const found = namedValues(written).get(name);
    return typeof v === "number" && typeof found === "number" ? Math.abs(v - found) > 1e-9 * Math.abs(v) : v !== found;
  });
  expect(differs).toEqual([]);
  expect(generated.size).toBeGreaterThan(500);
  // by hand: the sample's RTO removes 18 t/a of 甲苯; the 甲苯 target of 15 t/a (the second further row, row 12) links to it
  const targets = written.sheets.find((s) => s.name === "目标完成");
  expect(targets?.cells.get("I12")).toMatchObject({ value: 18 });
  expect(targets?.cells.get("J12")?.value).toBeCloseTo(120, 9);
}, 60000);

test("a data file for other years: the error in words, nothing downloaded, the opened workbook kept", async () => {
  const pane = renderPane();
  choose("data-xlsx", blank, "park.xlsx");
  await afterSettled(pane.snapshotCount(1));
  const other = { ...JSON.parse(SAMPLE_TEXT), years: [2020, 2021, 2022, 2023] };
  await act(async () => choose("data-file", new TextEncoder().encode(JSON.stringify(other)), "old.json"));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("数据文件的年份与工作簿不同，未作任何更改");
  expect(pane.downloads).toEqual([]);
  expect(pane.snapshots).toHaveLength(1);
  expect(screen.getByTestId("data-into").textContent).toContain("“park.xlsx”");
}, 60000);

test("a bad data file: the same per-field messages, nothing downloaded", async () => {
  const pane = renderPane("en-US");
  choose("data-xlsx", blank, "park.xlsx");
  await afterSettled(pane.snapshotCount(1));
  const bad = JSON.stringify({ years: YEARS, values: { va: [1, 2, "x", 4] } });
  choose("data-file", new TextEncoder().encode(bad), "bad.json");
  const items = (await screen.findByTestId("data-problems")).querySelectorAll("li");
  expect([...items].map((li) => li.textContent)).toEqual([
    'Industrial value added (2023) · values.va[2]: expected a number in 万元 or null, got "x"',
  ]);
  expect(pane.downloads).toEqual([]);
}, 60000);
