/**
 * The review on workbooks made by the product, tampered programmatically: each tampering is
 * reported exactly once, with the right code and cell; the untouched workbook has no error finding.
 * Findings are compared with the untouched workbook's (which has warnings and info of its own: a basic
 * requirement 不符合, synergy rows without evidence, parameters set by the user).
 */
import type ExcelJS from "exceljs";
import { reviewWorkbook, type Finding, type ReviewReport } from "../../../src/domain/review";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { SCENARIO_A, SCENARIO_C } from "../templates/scenarioFixtures";
import {
  cellRow,
  insertRows,
  keyedAddress,
  loadBook,
  namedCell,
  sampleWorkbook,
  samplePlans,
  sampleOptions,
  saveBook,
  SAMPLE_DATA,
} from "./reviewFixtures";

const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;
const review = async (bytes: Uint8Array) => reviewWorkbook(await readSnapshot(bytes));

let pristine: Uint8Array;
let baseline: ReviewReport;

/** Findings of `report` the untouched workbook does not have. */
const added = (report: ReviewReport) => {
  const before = new Set(baseline.findings.map(id));
  return report.findings.filter((f) => !before.has(id(f)));
};

async function tampered(edit: (book: ExcelJS.Workbook) => void | Promise<void>): Promise<ReviewReport> {
  const book = await loadBook(pristine);
  await edit(book);
  return review(await saveBook(book));
}

beforeAll(async () => {
  pristine = await saveBook(await loadBook(await sampleWorkbook()));
  baseline = await review(pristine);
});

test("an untouched workbook: no error finding; totals read and recomputed", () => {
  expect(baseline.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(baseline.summary.errors).toBe(0);
  expect(baseline.summary.templates).toHaveLength(14);
  expect(baseline.summary.totalScores[0]).toBeCloseTo(baseline.summary.expectedTotalScores[0] ?? NaN, 9);
  // the sample's own warnings and info: BR6 不符合, the user's parameters
  expect(baseline.findings.map(id)).toEqual(
    expect.arrayContaining(["basic-requirement-not-met 基础性要求!D11", "parameter-changed 参数!D48"]),
  );
  for (const f of baseline.findings) {
    expect(f.message.zh.length).toBeGreaterThan(5);
    expect(f.message.en.length).toBeGreaterThan(5);
  }
});

test("a negative benefit (an end-of-pipe option using more electricity): info at each negative cell, no error", () => {
  const plans = samplePlans();
  const increases = baseline.findings.filter((f) => f.code === "benefit-increase");
  // option 11, 节约导热油 −0.5 t/a (an other saving of 附录B 7.2); option 12, an RTO: CO₂ −171 t/a and 节电 −30 万kWh/a
  // (pollutant columns come first)
  expect(increases.map(id)).toEqual([
    `benefit-increase 方案汇总!${keyedAddress(plans, "options", "opt:other_saving_amount:11")}`,
    `benefit-increase 方案汇总!${keyedAddress(plans, "options", "opt:co2:12")}`,
    `benefit-increase 方案汇总!${keyedAddress(plans, "options", "opt:save_electricity:12")}`,
  ]);
  expect(increases.map((f) => f.severity)).toEqual(["info", "info", "info"]);
  expect(increases[2]).toMatchObject({ found: -30 });
  expect(increases[2]!.message.zh).toContain("增加 30 万kWh/a");
  expect(increases[2]!.message.en).toContain("涂装废气RTO蓄热焚烧");
  expect(increases[0]!.message.zh).toContain("其他节约量（节约导热油）为负值：实施后增加 0.5 t/a");
});

/** 江苏省《行业清洁生产审核技术指南》附录B 7.2 "其他污染物减排量 — 污染物 | 减排量（单位/年）": an amount is totalled by its name and unit. */
test("an other pollutant amount without its name or unit: one warning at each empty cell, counted nowhere", async () => {
  const rows = sampleOptions().rows?.options ?? [];
  const options = rows.map((r, i) => (i === 0 ? { ...r, other_pollutant_amount: 0.8 } : r));
  const over = { rows: { ...sampleOptions().rows, options } };
  const report = await review(await sampleWorkbook(over));
  const plans = samplePlans(over);
  const news = added(report).filter((f) => f.code === "option-incomplete");
  expect(news.map(id)).toEqual([
    `option-incomplete 方案汇总!${keyedAddress(plans, "options", "opt:other_pollutant:1")}`,
    `option-incomplete 方案汇总!${keyedAddress(plans, "options", "opt:other_pollutant_unit:1")}`,
  ]);
  expect(news[0]!.message.zh).toContain("填了其他污染物减排量 0.8，未填其他污染物");
  expect(report.summary.errors).toBe(0);
});

test("options the standards find incomplete (7.4.2, 5.4.1, 7.4.1) or rejected yet listed (7.3.2): one warning each", async () => {
  const feasible = {
    screen_technical: "可行",
    screen_environmental: "可行",
    screen_difficulty: "可行",
    screen_cost: "可行",
  };
  const base = { type: "节能", investment: 1, benefit: 1, ...feasible };
  const rows = [
    { ...base, level: "企业", enterprise: "X公司", name: "无证明材料", status: "已实施" },
    { ...base, level: "企业", name: "无实施企业", status: "已实施", evidence: "附录九 9.2" },
    { ...base, level: "园区", name: "无完成时间", status: "待实施" },
    { ...base, level: "园区", name: "成本不可行", status: "待实施", planned: "2025-06-30", screen_cost: "不可行" },
    { ...base, level: "园区", name: "齐全", status: "待实施", planned: "2025-06-30" },
  ];
  const over = { rows: { ...sampleOptions().rows, options: rows } };
  const plans = samplePlans(over);
  const report = await review(await sampleWorkbook(over));
  const at = (key: string) => `方案汇总!${keyedAddress(plans, "options", key)}`;
  const options = report.findings.filter((f) => f.templateId === "options").map(id);
  expect(options).toEqual([
    `evidence-missing ${at("opt:evidence:1")}`,
    `option-incomplete ${at("opt:enterprise:2")}`,
    `option-incomplete ${at("opt:planned:3")}`,
    `option-rejected-listed ${at("opt:status:4")}`,
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
});

test("a formula replaced by a constant: once, at its cell (not again at the subtotal and total)", async () => {
  let address = "";
  const report = await tampered((book) => {
    const { sheet, address: a } = namedCell(book, "GREEN_SCORE_EG1_Y1");
    address = a;
    sheet.getCell(a).value = 95;
  });
  expect(added(report).map(id)).toEqual([`formula-replaced 评价指标!${address}`]);
  expect(added(report)[0]).toMatchObject({ severity: "error", found: 95 });
});

test("an input changed after the last calculation: once, at the input, counting the stale cells", async () => {
  let address = "";
  const report = await tampered((book) => {
    const { sheet, address: a } = namedCell(book, "GREEN_DATA_va_Y2");
    address = a;
    sheet.getCell(a).value = 1500000;
  });
  const news = added(report);
  expect(news.map(id)).toEqual([`stale-results 基础数据!${address}`]);
  expect(news[0]!.severity).toBe("error");
  expect(Number(/(\d+) computed result/.exec(news[0]!.message.en)?.[1])).toBeGreaterThan(10);
});

test("an input out of range (a negative amount): once, at the input; the results it spoils are not reported again", async () => {
  let address = "";
  const report = await tampered((book) => {
    const { sheet, address: a } = namedCell(book, "GREEN_DATA_water_fresh_Y1");
    address = a;
    sheet.getCell(a).value = -5;
  });
  expect(added(report).map(id)).toEqual([`input-out-of-range 基础数据!${address}`]);
});

test("text in a number cell: once, as input-not-number", async () => {
  let address = "";
  const report = await tampered((book) => {
    const { sheet, address: a } = namedCell(book, "GREEN_DATA_co2_reported_Y3");
    address = a;
    sheet.getCell(a).value = "约 5 万吨";
  });
  expect(added(report).map(id)).toEqual([`input-not-number 基础数据!${address}`]);
});

test("a share above 100 % (reclaimed water above the water treated): an implausible magnitude at the indicator", async () => {
  const data = {
    ...SAMPLE_DATA,
    values: { ...SAMPLE_DATA.values, water_reclaimed: [6500000, 30000000, 8200000, 9000000] },
  };
  const report = await review(await sampleWorkbook({ data }));
  const plans = samplePlans({ data });
  expect(added(report).map(id)).toEqual([
    `implausible-magnitude 评价指标!${keyedAddress(plans, "indicators", "value:RG8:1")}`,
  ]);
});

test("a missing evidence index: once, at the evidence cell", async () => {
  const address = keyedAddress(samplePlans(), "indicators", "evidence:EG2");
  const report = await tampered((book) => {
    book.getWorksheet("评价指标")!.getCell(address).value = null;
  });
  expect(added(report).map(id)).toEqual([`evidence-missing 评价指标!${address}`]);
  expect(added(report)[0]!.severity).toBe("warning");
});

// 《北京市工业园区绿色诊断工作指南》附件2-1-2: year 1's table has 证明材料索引, the tables of years 2 and 3 评价情况说明
test.each([
  [2, "2023", "评价情况说明"],
  [3, "2024", "评价情况说明"],
])("year %i's explanation missing: one finding at that year's column", async (k, year, word) => {
  const address = keyedAddress(samplePlans(), "indicators", `explanation_y${k}:EG2`);
  const report = await tampered((book) => {
    book.getWorksheet("评价指标")!.getCell(address).value = "  ";
  });
  expect(added(report).map(id)).toEqual([`evidence-missing 评价指标!${address}`]);
  expect(added(report)[0]!.message.zh).toContain(`${year} 年已有指标数据，但未填写${word}`);
});

test("a changed lead value (recalculated): one info finding at the parameter, no error", async () => {
  const report = await review(await sampleWorkbook({ parameters: { leads: { EG1: 4 } } }));
  const address = keyedAddress(samplePlans(), "params", "lead:EG1");
  expect(added(report).map(id)).toEqual([`parameter-changed 参数!${address}`]);
  expect(added(report)[0]).toMatchObject({ severity: "info", expected: 3, found: 4 });
  expect(report.summary.errors).toBe(0);
});

test("an inconsistent matrix total: once, as a matrix total mismatch", async () => {
  const plans = samplePlans();
  const total = plans
    .find((p) => p.templateId === "matrix")
    ?.cells.find((c) => c.role === "total" && typeof c.cached === "number" && c.cached > 0);
  if (!total?.key) throw new Error("no matrix total");
  const address = keyedAddress(plans, "matrix", total.key);
  const report = await tampered((book) => {
    const sheet = book.getWorksheet("绩效评估")!;
    const { formula } = sheet.getCell(address).value as ExcelJS.CellFormulaValue;
    sheet.getCell(address).value = { formula, result: Number(total.cached) + 7 } as ExcelJS.CellFormulaValue;
  });
  expect(added(report).map(id)).toEqual([`matrix-total-mismatch 绩效评估!${address}`]);
});

test("a team of four: once, at the team-size verdict", async () => {
  const report = await review(await sampleWorkbook({ rows: { ...SCENARIO_A, team: SCENARIO_A.team } }));
  const address = keyedAddress(samplePlans({ rows: SCENARIO_A }), "team", "verdict:members");
  const news = added(report).filter((f) => f.sheet === "工作组");
  expect(news.map(id)).toEqual([`team-rule-not-met 工作组!${address}`]);
  expect(news[0]!.message.en).toMatch(/4 members, fewer than the required 5/);
});

/**
 * 《北京市工业园区绿色诊断工作指南》四（三）1 "现场诊断……不应少于4个工作日" and 附件2-1-2 注2 "年份1至年份3原则上为绿色诊断实施年份的
 * 前三年": on site Fri 2024-07-05 … Tue 07-09 (3 working days), the diagnosis starting 2024-07-01 with years to 2024.
 */
test("the diagnosis plan: on site under 4 working days and years not before the diagnosis, each once at its verdict", async () => {
  const rows = { ...sampleOptions().rows, plan: SCENARIO_C.plan };
  const report = await review(await sampleWorkbook({ rows }));
  const plans = samplePlans({ rows });
  const news = added(report).filter((f) => f.code === "onsite-days-short" || f.code === "years-not-before-diagnosis");
  expect(news.map(id)).toEqual([
    `onsite-days-short 工作计划!${keyedAddress(plans, "plan", "diag-check:onsite")}`,
    `years-not-before-diagnosis 工作计划!${keyedAddress(plans, "plan", "diag-check:years")}`,
  ]);
  expect(news.map((f) => f.severity)).toEqual(["warning", "warning"]);
  expect(news[0]).toMatchObject({ expected: 4, found: 3 });
  expect(news[0]!.message.zh).toContain("现场诊断计划 3 个工作日，少于《北京市工业园区绿色诊断工作指南》四（三）1");
  expect(news[1]).toMatchObject({ expected: 2024, found: 2024 });
  expect(news[1]!.message.en).toContain("The diagnosis starts in 2024, but the evaluated years run to 2024");
  // the sample's own plan (on site Mon 2025-03-03 … Thu 03-06, diagnosis from 2025) meets both
  expect(baseline.findings.filter((f) => f.sheet === "工作计划")).toEqual([]);
});

/**
 * T/CPPC《工业园区清洁生产审核指南》5.1.2（2）: "确保工业园区内每个企业至少有 2 位审核小组成员，且必须有一位成员来自本企业的财务部门。"
 * The sample's audit team (the fixture's scenario A): 乙 has 1 member, 丙 3 with none from finance, 丁 none.
 */
test("the enterprise audit team: one warning per enterprise short of the rule, at its verdict, with its counts", () => {
  const plans = samplePlans();
  const short = baseline.findings.filter((f) => f.code === "team-rule-not-met");
  expect(short.map(id)).toEqual(
    [2, 3, 4].map((n) => `team-rule-not-met 工作组!${keyedAddress(plans, "team", `enterprise:verdict:${n}`)}`),
  );
  expect(short.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
  expect(short[0]!.message.zh).toContain("企业“乙电子有限公司”的审核小组不满足");
  expect(short[0]!.message.zh).toContain("工业园区清洁生产审核指南》（征求意见稿）5.1.2（2）的要求");
  expect(short[0]!.message.zh).toContain("成员 1 人（要求 ≥ 2），来自本企业财务部门 1 人（要求 ≥ 1）");
  expect(short[1]!.message.en).toContain("3 members (≥ 2 required), 0 from its finance department (≥ 1 required)");
});

test("an audit-team member moved to another enterprise without recalculating: the counts it changes are stale", async () => {
  const plans = samplePlans();
  const enterprise = keyedAddress(plans, "team", "audit:enterprise:1");
  const report = await tampered((book) => {
    book.getWorksheet("工作组")!.getCell(enterprise).value = "乙电子有限公司"; // 孙丽 (finance) leaves 甲 for 乙
  });
  // recomputed: 甲 falls to 1 member, none from finance, 不符合; 乙 rises to 2 members, both from finance, 符合 —
  // six computed cells (two counts and a verdict each) no longer match what the workbook saved
  expect(added(report).map(id)).toEqual([`stale-results 工作组!${enterprise}`]);
  expect(added(report)[0]!.message.zh).toContain("6 个计算结果已过时");
});

test("a renamed sheet: found through its metadata name; nothing new", async () => {
  const report = await tampered((book) => {
    const sheet = book.getWorksheet("评价指标")!;
    sheet.name = "指标 2024";
    const model = book.definedNames.model as { name: string; ranges: string[] }[];
    for (const entry of model) entry.ranges = entry.ranges.map((r) => r.replace(/^'?评价指标'?!/, "'指标 2024'!"));
    book.definedNames.model = model;
  });
  expect(report.summary.errors).toBe(0);
  expect(report.findings.map((f) => id(f).replace("指标 2024", "评价指标")).sort()).toEqual(
    baseline.findings.map(id).sort(),
  );
});

test("inserted rows (Excel's insertion simulated): one info per sheet, no false errors", async () => {
  const plans = samplePlans();
  const report = await tampered((book) => {
    const indicators = book.getWorksheet("评价指标")!;
    insertRows(book, indicators, cellRow(keyedAddress(plans, "indicators", "value:RG4:1")), 2);
    const options = book.getWorksheet("方案汇总")!;
    insertRows(book, options, cellRow(keyedAddress(plans, "options", "opt:name:3")), 1);
    const data = book.getWorksheet("基础数据")!;
    insertRows(book, data, 3, 1);
  });
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  // option 12's increases (below the inserted row) moved down with it
  const movedDown = (key: string) =>
    `benefit-increase 方案汇总!${keyedAddress(plans, "options", key).replace(/\d+$/, (r) => String(Number(r) + 1))}`;
  expect(added(report).map(id).sort()).toEqual(
    [
      movedDown("opt:other_saving_amount:11"),
      movedDown("opt:co2:12"),
      movedDown("opt:save_electricity:12"),
      "rows-inserted 基础数据!",
      "rows-inserted 方案汇总!",
      "rows-inserted 评价指标!",
    ].sort(),
  );
  // a finding below the insertion moved with its row
  expect(report.findings.map(id)).toContain("basic-requirement-not-met 基础性要求!D11");
});

test("a workbook the product did not make: exactly one finding", () => {
  const report = reviewWorkbook({ sheets: [{ name: "Sheet1", cells: new Map([["A1", { value: 1 }]]) }], names: [] });
  expect(report.findings.map((f) => f.code)).toEqual(["not-greenaudit"]);
});

test("a damaged metadata record: one metadata-invalid finding, the rest still reviewed", async () => {
  const report = await tampered((book) => {
    const { sheet, address } = namedCell(book, "GREEN_META_plan");
    sheet.getCell(address).value = "{not json";
  });
  expect(added(report).map((f) => f.code)).toEqual(["metadata-invalid"]);
});

describe("the carbon inventory is recomputed from the workbook's own factors", () => {
  const carbonCell = (book: ExcelJS.Workbook, key: string) => {
    const address = keyedAddress(samplePlans(), "carbon", key);
    return { sheet: book.getWorksheet("碳排放核算")!, address };
  };

  test("a CO₂ factor changed after the last calculation: once, at the factor, as stale results", async () => {
    let address = "";
    const report = await tampered((book) => {
      const { sheet, address: a } = carbonCell(book, "co2f:raw-coal:factor");
      address = a;
      sheet.getCell(a).value = 2.1;
    });
    const news = added(report);
    expect(news.map(id)).toEqual([`stale-results 碳排放核算!${address}`]);
  });

  test("the inventory's total replaced by a constant: once, at the total", async () => {
    let address = "";
    const report = await tampered((book) => {
      const { sheet, address: a } = namedCell(book, "GREEN_CARBON_TOTAL_Y1");
      address = a;
      sheet.getCell(a).value = 1000000;
    });
    expect(added(report).map(id)).toEqual([`formula-replaced 碳排放核算!${address}`]);
  });
});
