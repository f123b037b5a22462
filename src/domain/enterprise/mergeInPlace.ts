/**
 * The enterprises' sums written into the open park workbook (docs/enterprises.md "In the pane"): the data sheet at the
 * workbook's layout with its summed items as formulas over 企业汇总, 企业汇总 itself, and basic requirement 4's
 * evidence and answer for the 基础性要求 sheet when the set has one. Pure: the Office.js adapter writes them.
 */
import { BASIC_ANSWER_TEXT } from "../calc/basicRequirements";
import type { ParkDataFile } from "../schema/parkData";
import type { TemplateMetadata } from "../schema/templateMetadata";
import type { SheetPlan } from "../templates/sheetPlan";
import { findTemplate } from "../templates/specs";
import { layoutOptions } from "../templates/templateLocation";
import { textOf } from "../text";
import type { MergeResult } from "./merge";
import { auditAnswer, auditEvidence, mergedOptions, type ParkForMerge } from "./mergePark";
import { buildSummarySheet } from "./summarySheet";

export interface AuditEvidencePlan {
  /** the 基础性要求 plan, whose row keys find the requirement's row */
  readonly plan: SheetPlan;
  readonly text: string;
  /** the answer, in the workbook's language, where none is typed */
  readonly answer: string;
}

export interface InPlacePlans {
  readonly data: SheetPlan;
  readonly summary: SheetPlan;
  readonly evidence?: AuditEvidencePlan;
}

/** The plans for the park's template set (the metadata of its sheets); undefined when the data template is unknown. */
export function mergeInPlacePlans(
  park: ParkForMerge,
  set: readonly TemplateMetadata[],
  file: ParkDataFile,
  result: MergeResult,
): InPlacePlans | undefined {
  const options = {
    ...layoutOptions(park.meta, set),
    enterpriseSums: mergedOptions(park, file, result).enterpriseSums,
  };
  const data = findTemplate("data")?.build(options);
  if (!data) return undefined;
  const summary = buildSummarySheet(options, result.enterprises);
  const text = auditEvidence(result, park.meta.lang);
  const basic = set.some((m) => m.templateId === "basic") ? findTemplate("basic")?.build(options) : undefined;
  if (!basic || text === undefined) return { data, summary };
  const answer = textOf(BASIC_ANSWER_TEXT[auditAnswer(result)], park.meta.lang);
  return { data, summary, evidence: { plan: basic, text, answer } };
}
