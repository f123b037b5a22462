/**
 * The plans of templates found in a workbook, each built at its workbook layout (docs/architecture.md "Templates are
 * findable again"): its set's language, years, suffix and list capacities, so its rows stay where they are. The
 * Office.js adapter rebuilds them in native mode, or reads from them which cells the template computes.
 */
import type { TemplateMetadata } from "../schema/templateMetadata";
import type { FormulaMode, SheetPlan } from "./sheetPlan";
import { findTemplate } from "./specs";
import { layoutOptions } from "./templateLocation";

/** One plan per metadata record, in order; undefined for a template this version does not know. */
export function layoutPlans(metas: readonly TemplateMetadata[], mode?: FormulaMode): (SheetPlan | undefined)[] {
  return metas.map((meta) => {
    const options = layoutOptions(
      meta,
      metas.filter((m) => m.nameSuffix === meta.nameSuffix),
    );
    return findTemplate(meta.templateId)?.build(mode ? { ...options, mode } : options);
  });
}
