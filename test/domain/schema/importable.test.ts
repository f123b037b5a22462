/**
 * docs/data-file.md "Importing into a workbook": the park data file fills every template that has input cells. The
 * import takes its templates from the specs' `importable` flag, so a new template with inputs must say so; this
 * test finds the inputs from the plans themselves and fails when a template with keyed input cells is not
 * importable (or an importable one has none).
 */
import { TEMPLATES } from "../../../src/domain/templates/specs";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";

const OPTIONS = { lang: "zh-CN", mode: "native", years: [2021, 2022, 2023, 2024], nameSuffix: "" } as const;

const keyedInputs = (plan: SheetPlan) => plan.cells.filter((c) => c.role === "input" && c.key !== undefined);

test.each(TEMPLATES.map((t) => [t.id, t] as const))("%s is importable exactly when it has keyed inputs", (_, t) => {
  expect(t.importable).toBe(keyedInputs(t.build(OPTIONS)).length > 0);
});

test("the templates that only compute are the summary and the matrix", () => {
  expect(TEMPLATES.filter((t) => !t.importable).map((t) => t.id)).toEqual(["summary", "matrix"]);
});
