/**
 * Plans built from one TemplateOptions object, kept as long as that object lives: building is pure
 * (docs/architecture.md), so the same options give the same plan. A template that shows another's figures (the
 * summary) and the review, which rebuilds every sheet of a workbook and compares it, then build each plan once.
 */
import type { TemplateOptions } from "./context";
import type { TemplateSpec } from "./registry";
import type { SheetPlan, TemplateId } from "./sheetPlan";

const BUILT = new WeakMap<TemplateOptions, Map<TemplateId, SheetPlan>>();

/** The plan of `spec` for `options`, built on the first request. */
export function builtPlan(spec: TemplateSpec, options: TemplateOptions): SheetPlan {
  let plans = BUILT.get(options);
  if (plans === undefined) {
    plans = new Map();
    BUILT.set(options, plans);
  }
  let plan = plans.get(spec.id);
  if (plan === undefined) {
    plan = spec.build(options);
    plans.set(spec.id, plan);
  }
  return plan;
}
