/**
 * Basic requirement 4 (园区重点企业100%实施清洁生产审核) evidenced from the enterprises' workbooks in the open park
 * workbook (docs/enterprises.md "In the pane"): the 基础性要求 sheet's row is found by its row key in the hidden
 * column (rows may have been inserted); the evidence is written where the cell is empty or holds an earlier import's
 * evidence, else the typed evidence is kept and the caller says so; the answer only where none is typed.
 */
import { ROW_KEY_PREFIX } from "../domain/templates/builder";
import type { SheetPlan } from "../domain/templates/sheetPlan";
import { textConstant } from "./cellWrites";
import { withoutProtection } from "./protection";

/** How an earlier import's evidence starts (mergePark.ts auditEvidence), in either language. */
const OWN_EVIDENCE = ["企业填报表：", "Enterprise workbooks:"];

export interface EvidenceWrite {
  /** false: the cell held evidence someone typed, kept */
  readonly written: boolean;
}

export async function writeAuditEvidence(
  context: Excel.RequestContext,
  sheetName: string,
  plan: SheetPlan,
  evidence: string,
  answer: string,
): Promise<EvidenceWrite | undefined> {
  const evidenceCell = plan.cells.find((c) => c.key === "evidence:BR4");
  const answerCell = plan.cells.find((c) => c.key === "answer:BR4");
  const keyCol = plan.hiddenColumns[0];
  if (!evidenceCell || !answerCell || keyCol === undefined) return undefined;
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const used = worksheet.getUsedRange().load("values,rowIndex,columnIndex");
  const protection = worksheet.protection.load("protected,options");
  await context.sync();
  const at = used.values.findIndex((row) => row[keyCol - used.columnIndex] === `${ROW_KEY_PREFIX}${evidenceCell.row}`);
  if (at < 0) return undefined;
  const cellAt = (col: number) => used.values[at]?.[col - used.columnIndex];
  const typedEvidence = String(cellAt(evidenceCell.col) ?? "").trim();
  const typedAnswer = String(cellAt(answerCell.col) ?? "").trim();
  const row = used.rowIndex + at;
  const written = typedEvidence === "" || OWN_EVIDENCE.some((p) => typedEvidence.startsWith(p));
  if (!written && typedAnswer !== "") return { written };
  withoutProtection(worksheet, protection, () => {
    if (written) worksheet.getRangeByIndexes(row, evidenceCell.col, 1, 1).values = [[textConstant(evidence)]];
    if (typedAnswer === "") worksheet.getRangeByIndexes(row, answerCell.col, 1, 1).values = [[answer]];
  });
  await context.sync();
  return { written };
}
