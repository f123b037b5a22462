/**
 * The insert form → SheetPlans, for both hosts. Loaded on demand (it pulls in every template builder), so the
 * pane's first render does not wait for it.
 */
import { builtPlan } from "../domain/templates/builtPlans";
import type { TemplateOptions } from "../domain/templates/context";
import { optionsFromParkData } from "../domain/schema/parkDataOptions";
import { withDependencies } from "../domain/templates/specs";
import { METADATA_NAME_PREFIX, type SheetPlan } from "../domain/templates/sheetPlan";
import type { InsertRequest } from "./operations";

export function templateOptions(request: InsertRequest, nameSuffix: string): TemplateOptions {
  const parkName = request.parkName?.trim() || request.data?.park?.name;
  const fromFile = request.data ? optionsFromParkData(request.data) : {};
  return {
    lang: request.lang,
    mode: request.mode,
    years: request.years as [number, number, number, number],
    nameSuffix,
    // every section of the park data file, as with `green-audit template --data`
    ...fromFile,
    ...(parkName ? { parkName } : {}),
    ...(request.costClassThreshold !== null
      ? { parameterValues: { ...fromFile.parameterValues, "cost-class-threshold": request.costClassThreshold } }
      : {}),
  };
}

/**
 * A second copy of a template set must not reuse the first copy's defined names (its formulas would read the
 * first copy): the first suffix "", "_2", "_3", … under which none of the set's metadata names exists.
 */
export function nameSuffixFor(ids: readonly string[], existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map((n) => n.toUpperCase()));
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? "" : `_${k}`;
    if (!ids.some((id) => taken.has(`${METADATA_NAME_PREFIX}${id}${suffix}`.toUpperCase()))) return suffix;
  }
}

export function planTemplates(request: InsertRequest, existingNames: readonly string[] = []): SheetPlan[] {
  const specs = withDependencies(request.templates);
  const suffix = request.refresh
    ? ""
    : nameSuffixFor(
        specs.map((s) => s.id),
        existingNames,
      );
  const options = templateOptions(request, suffix);
  return specs.map((spec) => builtPlan(spec, options));
}
