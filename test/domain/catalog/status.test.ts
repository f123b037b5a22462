/** 已确认 / 待确认 (what, against which document) / 需填写 for every row of the parameter sheet (src/domain/catalog/status). */
import {
  CARRIERS,
  PARAMETER_ENTRIES,
  PARAMETERS,
  parameterEntry,
  statusText,
  valueStatus,
} from "../../../src/domain/catalog";

test("a value without a default is 需填写, never 已确认: the cost-class threshold and the carriers without a coefficient", () => {
  const toFill = PARAMETER_ENTRIES.filter((e) => valueStatus(e.source, e.defaultValue) === "to-fill").map((e) => e.key);
  const expected = [
    ...PARAMETERS.filter((p) => p.value === null).map((p) => `param:${p.id}`),
    ...CARRIERS.filter((c) => c.coefficient === null).map((c) => `tce:${c.id}`),
  ];
  expect(toFill).toEqual(expected);
  expect(toFill).toContain("param:cost-class-threshold");
  const threshold = parameterEntry("param:cost-class-threshold");
  expect(threshold && statusText(threshold.source, threshold.defaultValue)).toEqual({ zh: "需填写", en: "to fill" });
});

test("待确认 says what is to be checked and against which document, by title and clause", () => {
  const coal = parameterEntry("tce:raw-coal");
  expect(coal && statusText(coal.source, coal.defaultValue).zh).toBe(
    "待确认：数值须与 GB/T 2589-2020《综合能耗计算通则》附录A 逐项核对（现为 2008 年版附录A 的数值）",
  );
  const lead = parameterEntry("lead:EG1");
  expect(lead && statusText(lead.source, lead.defaultValue).zh).toBe(
    "待确认：引领值、指标方向和必选/可选属性须与工业和信息化部《绿色园区评价要求》（2016）绿色园区评价指标体系逐条核对",
  );
  for (const entry of PARAMETER_ENTRIES.filter((e) => valueStatus(e.source, e.defaultValue) === "to-confirm")) {
    const text = statusText(entry.source, entry.defaultValue);
    expect(text.zh).toMatch(/^待确认：.+(《|GB\/T|公告)/);
    expect(text.en).toMatch(/^to confirm: .{20,}/);
    expect(`${text.zh} ${text.en}`).not.toMatch(/SPEC|seed|§/i);
  }
});

test("every row of the parameter sheet has an entry, keyed as the sheet's inputs are", () => {
  expect(parameterEntry("param:discount-rate")?.defaultValue).toBe(0.08);
  expect(parameterEntry("grid:national-2022")?.source.status).toBe("to-confirm");
  expect(new Set(PARAMETER_ENTRIES.map((e) => e.key)).size).toBe(PARAMETER_ENTRIES.length);
});
