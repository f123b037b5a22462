/** What every check of the review shares: the rebuilt set, the workbook's inputs, and where a finding goes. */
import { isMissing, spreadsheetTrim } from "../../calc";
import { BASIC_ANSWER_TEXT } from "../../calc/basicRequirements";
import { cellAddress } from "../../templates/a1";
import type { CellValue, PlannedCell, SheetPlan, TemplateId } from "../../templates/sheetPlan";
import { nodeId, type NodeId } from "../graph";
import type { LocatedTemplate } from "../locate";
import type { InputCell } from "../readInputs";
import type { RebuiltSet } from "../review";
import type { Finding } from "../types";

/** The one blank-cell rule of calc (calc/blank.ts): empty, or text with nothing but whitespace. */
export const empty = (v: CellValue | undefined) => isMissing(v);
export const sameWord = (a: string, b: string) => spreadsheetTrim(a).toLowerCase() === spreadsheetTrim(b).toLowerCase();

export interface Ctx {
  readonly rebuilt: RebuiltSet;
  readonly inputs: readonly InputCell[];
  readonly findings: Finding[];
  readonly badInputs: Set<NodeId>;
  /** computed cells already reported through the recomputation: no second finding on them */
  readonly discrepant: ReadonlySet<NodeId>;
}

/** 不符合 in either language: a failed basic requirement, team rule or plan check. */
const NOT_MET = [BASIC_ANSWER_TEXT["不符合"].zh, BASIC_ANSWER_TEXT["不符合"].en];
export const isNotMet = (v: CellValue | undefined) => typeof v === "string" && NOT_MET.some((w) => sameWord(w, v));

export function position(
  t: LocatedTemplate,
  planRow: number,
  col: number,
): { row: number; address: string } | undefined {
  const row = t.rows.get(planRow);
  return row === undefined ? undefined : { row, address: cellAddress(row, col) };
}

/** A computed cell's position, unless the recomputation already reports it (a consequence, not a new finding). */
export function freshPosition(
  ctx: Ctx,
  t: LocatedTemplate,
  cell: PlannedCell | undefined,
): { row: number; address: string } | undefined {
  const at = cell ? position(t, cell.row, cell.col) : undefined;
  return at && !ctx.discrepant.has(nodeId(t.sheet.name, at.row, cell?.col ?? 0)) ? at : undefined;
}

export function cellsWithKey(plan: SheetPlan, test: (key: string) => boolean): PlannedCell[] {
  return plan.cells.filter((c) => c.key !== undefined && test(c.key));
}

const inputIndex = new WeakMap<readonly InputCell[], Map<TemplateId, Map<string, InputCell>>>();

/**
 * The input of a template by its key (the last one when a key repeats). Each template's inputs are indexed on its
 * first look-up: the checks look up a few sheets' inputs, never every cell of a long list.
 */
export function inputOf(ctx: Ctx, templateId: TemplateId, key: string): InputCell | undefined {
  let index = inputIndex.get(ctx.inputs);
  if (!index) {
    index = new Map();
    inputIndex.set(ctx.inputs, index);
  }
  let byKey = index.get(templateId);
  if (!byKey) {
    byKey = new Map();
    for (const i of ctx.inputs) if (i.templateId === templateId) byKey.set(i.key, i);
    index.set(templateId, byKey);
  }
  return byKey.get(key);
}
