/**
 * Templates are found again through their metadata names and row keys (docs/architecture.md "Templates are
 * findable again"), by the review and by the Office.js adapter alike.
 */
import type { TemplateMetadata } from "../../../src/domain/schema/templateMetadata";
import { parseSheetReference } from "../../../src/domain/templates/a1";
import {
  layoutOptions,
  planRowMap,
  planRowOfKey,
  templateOfMetadataName,
} from "../../../src/domain/templates/templateLocation";

test("metadata names and references are read back", () => {
  expect(templateOfMetadataName("GREEN_META_indicators_2")).toEqual({ id: "indicators", suffix: "_2" });
  expect(templateOfMetadataName("GREEN_META_plan")).toEqual({ id: "plan", suffix: "" });
  expect(templateOfMetadataName("green_meta_params")).toEqual({ id: "params", suffix: "" });
  expect(templateOfMetadataName("GREEN_DATA_va_Y1")).toBeUndefined();
  expect(templateOfMetadataName("GREEN_META_unknown")).toBeUndefined();
  expect(parseSheetReference("='基础 数据'!$D$7")).toEqual({ sheet: "基础 数据", range: "D7" });
  expect(parseSheetReference("=Sheet1!$A$1:$B$2")).toEqual({ sheet: "Sheet1", range: "A1:B2" });
});

test("row keys: '#<n>' only", () => {
  expect(planRowOfKey("#12")).toBe(12);
  expect(planRowOfKey("#0")).toBe(0);
  for (const other of ["#", "#1a", "12", " #3", 12, null, undefined, "＃3"])
    expect(planRowOfKey(other)).toBeUndefined();
});

test("plan rows map to the workbook's rows after rows were inserted; the first copy of a key wins", () => {
  // metadata cell on row 0; the user inserted two rows above plan row 2 and copied plan row 3 below
  const column: [number, unknown][] = [
    [1, "#1"],
    [2, "note typed by the user"],
    [3, undefined],
    [4, "#2"],
    [5, "#3"],
    [6, "#3"],
  ];
  expect([...planRowMap(0, column)]).toEqual([
    [0, 0],
    [1, 1],
    [2, 4],
    [3, 5],
  ]);
});

test("layout options carry the set's list capacities and the template's own language, mode, years and suffix", () => {
  const meta = (templateId: TemplateMetadata["templateId"], capacity?: number): TemplateMetadata => ({
    product: "GreenAudit",
    version: 1,
    templateId,
    lang: "en-US",
    mode: "custom",
    years: [2020, 2021, 2022, 2023],
    nameSuffix: "_2",
    ...(capacity === undefined ? {} : { capacity }),
  });
  const set = [meta("params"), meta("options", 3), meta("targets", 2)];
  const options = layoutOptions(set[0]!, set);
  expect(options).toMatchObject({ lang: "en-US", mode: "custom", years: [2020, 2021, 2022, 2023], nameSuffix: "_2" });
  expect(options.rows?.options).toHaveLength(3);
  expect(options.rows?.targets).toHaveLength(2);
  expect(layoutOptions(set[0]!, [set[0]!]).rows).toEqual({});
});
