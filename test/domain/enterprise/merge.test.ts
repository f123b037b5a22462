/** The merge's checks (docs/enterprises.md "Merging") on enterprise returns built by hand. */
import { withCheckCharacter } from "../../../src/domain/enterprise/creditCode";
import { EnterpriseMerge } from "../../../src/domain/enterprise/merge";
import type { EnterpriseReturn } from "../../../src/domain/enterprise/readReturn";

const YEARS = [2021, 2022, 2023, 2024];
const full = (v: number) => [v, v, v, v];

function ret(name: string, n: number, over: Partial<EnterpriseReturn> = {}): EnterpriseReturn {
  return {
    name,
    code: withCheckCharacter(`91110100MA01C000${n}`),
    industry: "",
    key: true,
    auditStatus: "已完成",
    auditYear: 2022,
    years: YEARS,
    values: Object.fromEntries(
      ["va", "gross_output", "employees", "water_fresh", "sw_generated", "wastewater", "cod", "nh3n", "so2", "nox"].map(
        (id) => [id, full(id === "gross_output" ? 400 * n : 100 * n)],
      ),
    ),
    energy: { electricity: full(10 * n) },
    cells: new Map([["GREEN_ENT_va_Y2", "企业数据填报表!F25"]]),
    notNumbers: [],
    ...over,
  };
}

test("clean returns merge without findings; the sums are the totals per item and year", () => {
  const run = new EnterpriseMerge(YEARS, 50);
  run.add("a.xlsx", ret("甲", 1));
  run.add("b.xlsx", ret("乙", 2, { key: false, auditStatus: null }));
  const result = run.finish();
  expect(result.findings).toEqual([]);
  expect(result.sums.values.va).toEqual([300, 300, 300, 300]);
  expect(result.sums.energy.electricity).toEqual([30, 30, 30, 30]);
  expect(result.sums.values.hightech_output).toBeUndefined();
  expect(result.keyEnterprises).toEqual({ total: 1, audited: 1, notAudited: [] });
});

test("a change beyond the threshold, a part above its whole, wrong years, a typed text", () => {
  const run = new EnterpriseMerge(YEARS, 50);
  const jumpy = ret("甲", 1);
  run.add("a.xlsx", {
    ...jumpy,
    values: { ...jumpy.values, va: [100, 100, 160, 150], gross_output: [400, 400, 150, 400] },
    notNumbers: [{ name: "GREEN_ENT_cod_Y1", cell: "企业数据填报表!E60", value: "约5吨" }],
  });
  run.add("b.xlsx", ret("乙", 2, { years: [2020, 2021, 2022, 2023] }));
  const words = run.finish().findings.map((f) => `${f.file} ${f.cell ?? ""} ${f.severity} ${f.words.en}`);
  expect(words).toContain(
    "a.xlsx 企业数据填报表!F25 finding Industrial value added: +60 % from 2022 to 2023, beyond 50 %: ask why",
  );
  expect(words).toContainEqual(
    expect.stringContaining("Industrial value added (2023) 160 exceeds Gross industrial output 150"),
  );
  expect(words).toContain('a.xlsx 企业数据填报表!E60 finding "约5吨" is not a number: left out');
  expect(words).toContainEqual(expect.stringMatching(/^b\.xlsx\s+refused its years are 2020, 2021, 2022, 2023/));
});
