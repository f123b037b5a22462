/**
 * The plans the review compares (TemplateOptions.forReview): the same cells, validations, rules and names as the
 * plan a workbook is written from — only the page layout, which no finding reads, is left out.
 */
import type { TemplateOptions } from "../../../src/domain/templates/context";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import type { PlannedCell, SheetPlan } from "../../../src/domain/templates/sheetPlan";
import { sampleOptions } from "../review/reviewFixtures";

/**
 * A cell as the review reads it, field by field: a review plan's computed cell makes its formula when the formula is
 * read (templates/formulaSource.ts), through a getter of its class.
 */
const read = (c: PlannedCell) => ({
  row: c.row,
  col: c.col,
  role: c.role,
  value: c.value,
  formula: c.formula,
  cached: c.cached,
  numberFormat: c.numberFormat,
  key: c.key,
  wrap: c.wrap,
});

/** What a review reads of a plan. */
const compared = (plan: SheetPlan) => ({
  templateId: plan.templateId,
  sheetName: plan.sheetName,
  lang: plan.lang,
  mode: plan.mode,
  cells: plan.cells.map(read),
  columnWidths: plan.columnWidths,
  hiddenColumns: plan.hiddenColumns,
  freeze: plan.freeze,
  validations: plan.validations,
  conditionalFormats: plan.conditionalFormats,
  names: plan.names,
  regions: plan.regions,
});

describe.each<[string, Partial<TemplateOptions>]>([
  ["Chinese, native formulas", {}],
  ["English, custom functions", { lang: "en-US", mode: "custom" }],
])("the sample park in %s", (_, over) => {
  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: the review's plan holds what the written one does",
    (_id, spec) => {
      const written = spec.build(sampleOptions(over));
      const forReview = spec.build(sampleOptions({ ...over, forReview: true }));
      expect(compared(forReview)).toEqual(compared(written));
      // the layout is left out: no row heights, no print area
      expect(forReview.rowHeights).toBeUndefined();
      expect(forReview.print.area).toBeUndefined();
    },
  );
});
