/** The tolerance of docs/review-codes.md and the reference parser of the dependency graph. */
import { canonicalFormula, formulaReferences, shiftFormulaRows } from "../../../src/domain/review/formulaRefs";
import { displayHalfUnit, valuesAgree } from "../../../src/domain/review/tolerance";
import { parseTemplateMetadata } from "../../../src/domain/schema/templateMetadata";

test.each([
  ["#,##0.00", 0.005],
  ["0.00%", 0.00005],
  ["0", 0.5],
  ["0.000", 0.0005],
  ["#,##0.00##", 0.00005],
  ['"≥ "0', 0.5],
  ["yyyy-mm-dd", 0.5],
  ["General", 0],
  ["@", 0],
  [undefined, 0],
])("half a displayed unit of %s is %d", (format, half) => {
  expect(displayHalfUnit(format)).toBeCloseTo(half, 12);
});

test("values agree within max(relative 1e-9, half a displayed unit); empty text equals empty", () => {
  expect(valuesAgree(82.186, 82.19, "0.00")).toBe(true);
  expect(valuesAgree(82.18, 82.19, "0.00")).toBe(false);
  expect(valuesAgree(1e12, 1e12 + 100, "General")).toBe(true);
  expect(valuesAgree(1e12, 1e12 + 10000, "General")).toBe(false);
  expect(valuesAgree("", null)).toBe(true);
  expect(valuesAgree(0, "")).toBe(false);
  expect(valuesAgree(45352, "2024-03-01", "yyyy-mm-dd")).toBe(true);
  expect(valuesAgree("符合", "不符合")).toBe(false);
});

test("references: A1 cells and ranges, sheet-qualified, names; nothing inside string literals", () => {
  const names = new Set(["GREEN_DATA_VA_Y1", "GREEN_OPT_STATUS"]);
  const { refs, names: used } = formulaReferences(
    'IF(A1="B2",SUM($C$3:C9)+GREEN_DATA_va_Y1,\'基础 数据\'!D4)*LOG10(E5)+COUNTIF(GREEN_OPT_STATUS,"Y1")',
    (n) => names.has(n.toUpperCase()),
  );
  expect(refs).toEqual([
    { range: { top: 0, left: 0, bottom: 0, right: 0 } },
    { range: { top: 2, left: 2, bottom: 8, right: 2 } },
    { sheet: "基础 数据", range: { top: 3, left: 3, bottom: 3, right: 3 } },
    { range: { top: 4, left: 4, bottom: 4, right: 4 } },
  ]);
  expect(used).toEqual(["GREEN_DATA_va_Y1", "GREEN_OPT_STATUS"]);
});

test("a plan formula moved to the rows as they are now; canonical spelling", () => {
  const rowOf = (r: number) => (r >= 5 ? r + 2 : r);
  expect(shiftFormulaRows('SUM(J3:J9)+"A9"+Data!B9', rowOf)).toBe('SUM(J3:J11)+"A9"+Data!B9');
  expect(canonicalFormula("=sum( $a$1 , _xlfn.IFS(1) )")).toBe(canonicalFormula("SUM(A1,IFS(1))"));
  expect(canonicalFormula("_xldudf_GREEN_SCORE(1)")).toBe("GREEN.SCORE(1)");
});

test("the metadata record: validated, never throws", () => {
  const ok = parseTemplateMetadata(
    JSON.stringify({
      product: "GreenAudit",
      version: 1,
      templateId: "data",
      lang: "zh-CN",
      mode: "native",
      years: [2021, 2022, 2023, 2024],
      nameSuffix: "",
      regions: [],
      extra: 1,
    }),
  );
  expect(ok.ok).toBe(true);
  expect(parseTemplateMetadata("{").ok).toBe(false);
  expect(parseTemplateMetadata(42).ok).toBe(false);
  const bad = parseTemplateMetadata(JSON.stringify({ product: "GreenAudit", version: 1, templateId: "nope" }));
  expect(bad.ok ? "" : bad.problem).toMatch(/templateId/);
});
