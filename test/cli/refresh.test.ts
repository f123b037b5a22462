/**
 * docs/data-file.md "Upgrading a workbook": test/fixtures/previous-version.xlsx was written by the previous version
 * (0.1.0) with values typed into every kind of input — parameters, evidence, requirement answers, options,
 * targets, synergy actuals, suggestions, team and plan. `template --refresh` rebuilds it with the current
 * templates and keeps every one of them.
 */
import { findSynergyIndicator } from "../../src/domain/catalog/synergy";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./runCli";
import { exportParkData } from "../../src/domain/schema/exportParkData";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { findTemplate } from "../../src/domain/templates/specs";
import { previousLayoutPlan, sameInputLayout } from "../../src/domain/templates/previousLayout";

const PREVIOUS = join(__dirname, "..", "fixtures", "previous-version.xlsx");
const dir = () => mkdtempSync(join(tmpdir(), "green-refresh-"));

type Rows = Record<string, unknown>[];

function inputsOf(file: string): Record<string, unknown> {
  const exported = exportParkData(readXlsxFile(file));
  if (!exported.ok) throw new Error(exported.message);
  return exported.file;
}

test("the previous version's workbook is read where that version put each typed value", () => {
  const old = inputsOf(PREVIOUS);
  expect((old.options as Rows)[0]).toMatchObject({ name: "空压机余热回收", investment: 120, save_electricity: 80 });
  expect((old.options as Rows)[1]).toMatchObject({ name: "集中式VOCs处理", vocs: 12.5 });
  expect((old.targets as Rows)[0]).toMatchObject({ indicator: "COD排放量", baseline: 420, actual: 372, term: "近期" });
  // the one explanation column of the previous version goes to the explanations of years 2 and 3
  expect(old.indicators).toContainEqual({
    id: "EG1",
    evidence: "统计年鉴2022 表3-1",
    explanation_y2: "按可比价计算",
    explanation_y3: "按可比价计算",
  });
  expect(old.synergy).toContainEqual(expect.objectContaining({ id: "SY1-1", actual_y1: 0.52, actual_y3: 0.48 }));
  expect(old.basic).toContainEqual(expect.objectContaining({ id: "BR1", answer: "符合" }));
  expect((old.team as Rows).map((m) => m.name)).toEqual(["张伟", "李娜"]);
  expect((old.plan as Rows)[0]).toMatchObject({ task: "成立审核小组", owner: "张伟" });
  expect((old.suggestions as Rows)[0]).toMatchObject({ content: "建设园区能源管理中心", investment: 300 });
  expect(old.parameters).toMatchObject({
    leads: { EG1: 0.35 },
    selected: { RG8: "是" },
    values: { "discount-rate": 6 },
    confirmed: ["lead:EG1"],
  });
});

/** A synergy row without what the current template computes for a linked indicator (its unit and actuals). */
function withoutComputed(section: string, row: Rows[number]): Rows[number] {
  if (section !== "synergy" || !findSynergyIndicator(String(row.id))?.link) return row;
  return Object.fromEntries(Object.entries(row).filter(([k]) => k !== "unit" && !k.startsWith("actual_y")));
}

test("template --refresh upgrades it to the current templates, keeping every typed value", async () => {
  const out = join(dir(), "upgraded.xlsx");
  const result = await cli("template", "--refresh", PREVIOUS, "--out", out);
  // 协同评估 now computes a linked indicator's unit and actuals from the data sheet (docs/templates.md): the
  // fixture's typed actuals of row 9 (单位产值能耗 0.52 / 0.5 / 0.48) are replaced — the fixture's data sheet has
  // no value added, so the formulas show nothing — and the command says so for each of them (exit 1)
  expect(result.code).toBe(1);
  // its typed CO₂ (row 43) stays as the reported figure, while the figure used is the carbon inventory's, empty
  // as long as the fixture's coal has no CO₂ factor: said once per year
  expect(result.stderr.trimEnd().split("\n")).toEqual([
    ...[
      ["D43", "12600000"],
      ["E43", "13100000"],
      ["F43", "13450000"],
      ["G43", "13750000"],
    ].map(
      ([cell, v]) =>
        `green-audit template: 基础数据!${cell}: the typed CO₂ ${v} is kept as the reported figure; the figure used is now the carbon inventory's, which shows nothing until its inputs are filled`,
    ),
    ...[
      ["J9", "0.52"],
      ["L9", "0.5"],
      ["N9", "0.48"],
    ].map(
      ([cell, v]) =>
        `green-audit template: 协同评估!${cell}: the typed ${v} is replaced by the template's formula, which shows nothing until its inputs are filled`,
    ),
  ]);
  expect(result.stdout).toMatch(
    /refreshed from .*previous-version\.xlsx .*upgraded from the previous version; 7 typed values now computed, listed below\)/,
  );
  const old = inputsOf(PREVIOUS);
  const now = inputsOf(out);
  expect(now.years).toEqual(old.years);
  expect(now.park).toEqual(old.park);
  expect(now.values).toEqual(old.values);
  expect(now.energy).toEqual(old.energy);
  expect(now.parameters).toMatchObject(old.parameters as object);
  for (const section of ["indicators", "basic", "synergy"]) {
    for (const row of old[section] as Rows)
      expect((now[section] as Rows).find((r) => r.id === row.id)).toMatchObject(withoutComputed(section, row));
  }
  for (const section of ["options", "targets", "suggestions", "plan"]) {
    (old[section] as Rows).forEach((row, i) => expect((now[section] as Rows)[i]).toMatchObject(row));
  }
  // the team's single list becomes the table's two sections: a member marked 园区相关工作负责人 是 moves to the
  // 园区工作人员 section (park: columns), the others keep their order among the experts
  const members = (old.team as Rows).filter((r) => r.name !== undefined && r.name !== null);
  const yes = (r: Rows[number]) => r.park_staff === "是" || r.park_staff === "yes";
  const strip = (r: Rows[number], prefix: string) =>
    Object.fromEntries(Object.entries(r).flatMap(([k, v]) => (k === "park_staff" ? [] : [[`${prefix}${k}`, v]])));
  members.filter((r) => !yes(r)).forEach((r, i) => expect((now.team as Rows)[i]).toMatchObject(strip(r, "")));
  members.filter(yes).forEach((r, i) => expect((now.team as Rows)[i]).toMatchObject(strip(r, "park:")));
  // the upgraded workbook is one of this version: refreshed again, it is not "upgraded"
  const again = await cli("template", "--refresh", out, "--out", join(dir(), "again.xlsx"));
  expect(again.code).toBe(0);
  expect(again.stdout).not.toMatch(/upgraded from the previous version/);
});

test("--refresh refuses --data and --years, a missing workbook and writing over the workbook", async () => {
  const d = dir();
  writeFileSync(join(d, "x.json"), "{}");
  const withData = await cli(
    "template",
    "--refresh",
    PREVIOUS,
    "--data",
    join(d, "x.json"),
    "--out",
    join(d, "o.xlsx"),
  );
  expect(withData).toMatchObject({ code: 2, stderr: expect.stringMatching(/leave out --data and --years/) });
  const missing = await cli("template", "--refresh", join(d, "none.xlsx"), "--out", join(d, "o.xlsx"));
  expect(missing.code).toBe(2);
  expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  const over = await cli("template", "--refresh", PREVIOUS, "--out", PREVIOUS, "--force");
  expect(over).toMatchObject({ code: 2, stderr: expect.stringMatching(/is the workbook to refresh/) });
});

test("the pane refreshes a previous version's sheet in place only where its inputs have not moved", () => {
  const plan = findTemplate("suggestions")!.build({
    lang: "zh-CN",
    mode: "native",
    years: [2021, 2022, 2023, 2024],
    nameSuffix: "",
  });
  const moved = {
    ...plan,
    cells: plan.cells.map((c) => (c.key === "content:1" ? { ...c, col: c.col + 20 } : c)),
  };
  expect(sameInputLayout("suggestions", moved)).toBe(false);
  const previous = previousLayoutPlan("suggestions", plan);
  const inputs = (p: typeof plan) => p.cells.filter((c) => c.role === "input").length;
  expect(inputs(previous)).toBe(inputs(plan));
});
