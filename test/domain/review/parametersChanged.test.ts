/** Scalar parameters changed in the parameter sheet (score cap, full score, threshold) are followed, not flagged. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reviewWorkbook } from "../../../src/domain/review";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { planToXlsx } from "../../../src/xlsx/writePlan";

test("a changed score cap, full score and cost-class threshold give one info each and no error", async () => {
  const data = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"));
  const options = {
    lang: "zh-CN" as const,
    mode: "native" as const,
    years: data.years,
    nameSuffix: "",
    data,
    parameterValues: { "full-score": 90, "score-cap": 110, "cost-class-threshold": 20 },
  };
  const report = reviewWorkbook(await readSnapshot(await planToXlsx(TEMPLATES.map((t) => t.build(options)))));
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  const changed = report.findings.filter((f) => f.code === "parameter-changed");
  expect(changed).toHaveLength(3);
  expect(changed.every((f) => f.sheet === "参数")).toBe(true);
});

test("a changed parameter is named as the sheet names it, never by an internal key", async () => {
  const data = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"));
  const options = {
    lang: "zh-CN" as const,
    mode: "native" as const,
    years: data.years,
    nameSuffix: "",
    data,
    parameterValues: { "score-cap": 110 },
    parameters: { leads: { EG1: 4 } },
  };
  const report = reviewWorkbook(await readSnapshot(await planToXlsx(TEMPLATES.map((t) => t.build(options)))));
  const changed = report.findings.filter((f) => f.code === "parameter-changed");
  expect(changed.map((f) => f.message.zh).sort()).toEqual([
    "EG1 能源产出率 的引领值与默认值不同：默认 3，现为 4。",
    "单项指标最高得分与默认值不同：默认 120，现为 110。",
  ]);
  expect(changed.map((f) => f.message.en).sort()).toEqual([
    "Score cap per indicator differs from its default: default 120, now 110.",
    "The leading value of EG1 Energy output rate differs from its default: default 3, now 4.",
  ]);
});

test("rows marked 本项目已确认 on the parameter sheet are reported as info, with the value confirmed; no error", async () => {
  const data = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"));
  const options = {
    lang: "zh-CN" as const,
    mode: "native" as const,
    years: data.years,
    nameSuffix: "",
    data,
    confirmedParameters: ["tce:raw-coal", "grid:national-2022"],
  };
  const report = reviewWorkbook(await readSnapshot(await planToXlsx(TEMPLATES.map((t) => t.build(options)))));
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  const confirmed = report.findings.filter((f) => f.code === "parameter-confirmed");
  expect(confirmed.map((f) => [f.severity, f.sheet, f.message.zh])).toEqual([
    ["info", "参数", "原煤已由咨询人员确认适用于本项目（取值 0.7143）。"],
    ["info", "参数", "2022年全国电力平均二氧化碳排放因子已由咨询人员确认适用于本项目（取值 0.5366）。"],
  ]);
  // the mark is an input in column L of the row it confirms
  expect(confirmed.every((f) => f.cell.startsWith("L"))).toBe(true);
});
