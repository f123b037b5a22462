/** Grouping repeated findings and the review's words (src/domain/review/groups, present, findingLabels). */
import {
  FINDING_CODES,
  FINDING_LABELS,
  compactCells,
  expectedFoundLine,
  groupFindings,
  groupPlace,
  groupTitle,
  reviewHeadline,
  yearTotalLine,
  yearTotals,
  type Finding,
  type ReviewSummary,
  type Severity,
} from "../../../src/domain/review";
import { sortFindings } from "../../../src/domain/review/findings";

const f = (code: string, sheet: string, cell: string, severity = "warning") => ({ code, severity, sheet, cell });

test("contiguous cells of a column become one range; columns keep their order; repeats count once", () => {
  expect(compactCells(["P7", "P8", "P9", "P11", "D6", "P10", "D7", "P9"])).toEqual(["P7:P11", "D6:D7"]);
  expect(compactCells(["B3"])).toEqual(["B3"]);
  expect(compactCells(["", "AA10", "AA12"])).toEqual(["AA10", "AA12"]);
});

test("findings of one code, severity and sheet form one group, in the order they came", () => {
  const findings = [
    f("formula-replaced", "评价指标", "G9", "error"),
    ...Array.from({ length: 31 }, (_, i) => f("evidence-missing", "评价指标", `P${7 + i}`)),
    ...Array.from({ length: 6 }, (_, i) => f("mandatory-input-missing", "基础性要求", `D${6 + i}`)),
    f("evidence-missing", "协同指标", "K5"),
  ];
  const groups = groupFindings(findings);
  expect(groups.map((g) => [g.code, g.sheet, g.findings.length, g.cells])).toEqual([
    ["formula-replaced", "评价指标", 1, ["G9"]],
    ["evidence-missing", "评价指标", 31, ["P7:P37"]],
    ["mandatory-input-missing", "基础性要求", 6, ["D6:D11"]],
    ["evidence-missing", "协同指标", 1, ["K5"]],
  ]);
  expect(groupPlace(groups[1]!)).toBe("评价指标!P7:P37");
  expect(groupTitle(groups[1]!, "zh-CN")).toBe("未填写证明材料索引或评价情况说明 ×31");
  expect(groupTitle(groups[3]!, "en-US")).toBe("Evidence index or explanation missing");
  expect(groupPlace({ sheet: "", cells: [] })).toBe("");
});

test("every code has words in both languages, none of them the code itself", () => {
  for (const code of FINDING_CODES) {
    const label = FINDING_LABELS[code];
    for (const text of [label.name.zh, label.name.en, label.action.zh, label.action.en]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toContain(code);
    }
    expect(label.name.zh).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("expected / found: only the halves that have a value", () => {
  expect(expectedFoundLine({ expected: null, found: null }, "zh-CN")).toBeUndefined();
  expect(expectedFoundLine({ expected: "", found: undefined }, "en-US")).toBeUndefined();
  expect(expectedFoundLine({ expected: 82.1934567, found: 99.5 }, "zh-CN")).toBe("应为 82.1935 · 实际 99.5");
  expect(expectedFoundLine({ expected: null, found: "abc" }, "en-US")).toBe("found abc");
});

const summary = (over: Partial<ReviewSummary>): ReviewSummary => ({
  errors: 0,
  warnings: 0,
  info: 0,
  templates: ["indicators"],
  totalScores: [null, null, null],
  expectedTotalScores: [null, null, null],
  ...over,
});

test("headline: counts, or plainly that no template was found (never a total of 0.00)", () => {
  expect(reviewHeadline(summary({ errors: 1, warnings: 37 }), "zh-CN")).toBe("错误 1 项，警告 37 项，提示 0 项");
  expect(reviewHeadline(summary({ errors: 1, warnings: 37, info: 2 }), "en-US")).toBe("1 error, 37 warnings, 2 info");
  const none = summary({ errors: 1, templates: [], totalScores: [0, 0, 0] });
  expect(reviewHeadline(none, "zh-CN")).toBe("未找到 GreenAudit 模板，没有可复核的内容");
  expect(yearTotals(none)).toEqual([]);
});

test("totals per year: the recomputed one beside the workbook's, a difference marked at two decimals", () => {
  const totals = yearTotals(
    summary({
      years: [2022, 2023, 2024],
      totalScores: [82.19, 99.5, null],
      expectedTotalScores: [82.1904, 88.76, 94.75],
    }),
  );
  expect(totals).toEqual([
    { year: 2022, recomputed: 82.1904, claimed: 82.19, differs: false },
    { year: 2023, recomputed: 88.76, claimed: 99.5, differs: true },
    { year: 2024, recomputed: 94.75, claimed: null, differs: false },
  ]);
  expect(yearTotalLine(totals[1]!, "zh-CN")).toBe("总分 2023 年：复算 88.76，工作簿 99.50（不符）");
  expect(yearTotalLine(totals[2]!, "en-US")).toBe("total score 2024: recomputed 94.75, workbook —");
});

test("findings are ordered by severity, sheet, row, then column from the left", () => {
  const order = (cells: Finding[]) => sortFindings(cells, ["评价指标", "方案汇总"]).map((x) => `${x.sheet}!${x.cell}`);
  const g = (sheet: string, cell: string, severity: Severity = "warning") =>
    ({ code: "evidence-missing", severity, sheet, cell, message: { zh: "", en: "" } }) as Finding;
  expect(
    order([
      g("方案汇总", "AA7"),
      g("方案汇总", "B7"),
      g("评价指标", "C12"),
      g("方案汇总", "A7"),
      g("方案汇总", "Z6", "error"),
      g("评价指标", "C9"),
      g("方案汇总", "AB7"),
    ]),
  ).toEqual([
    "方案汇总!Z6",
    "评价指标!C9",
    "评价指标!C12",
    "方案汇总!A7",
    "方案汇总!B7",
    "方案汇总!AA7",
    "方案汇总!AB7",
  ]);
});
