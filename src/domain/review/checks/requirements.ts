/**
 * The two requirement checklists (docs/review-codes.md): the basic requirements of 《北京市工业园区绿色诊断工作指南》附件2-1-1
 * and 《工业园区低碳管理 基本要求》 (docs/templates.md#low-carbon-management). Each row is an answer and its evidence index.
 */
import { BASIC_REQUIREMENTS, LOW_CARBON_ITEMS } from "../../catalog";
import { FAILING_ANSWERS, LOW_CARBON_ANSWER_TEXT, parseLowCarbonAnswer } from "../../calc/lowCarbon";
import { cellAddress } from "../../templates/a1";
import type { Text } from "../../text";
import { finding } from "../findings";
import type { LocatedTemplate } from "../locate";
import type { InputCell } from "../readInputs";
import { empty, inputOf, isNotMet, type Ctx } from "./context";

/** A requirement's row as the workbook holds it: its answer cell (placed on the sheet) and its evidence cell. */
interface RequirementRow {
  readonly answer: InputCell;
  /** the answer cell's address */
  readonly cell: string;
  readonly evidence: InputCell | undefined;
}

function requirementRow(ctx: Ctx, t: LocatedTemplate, id: string): RequirementRow | undefined {
  const answer = inputOf(ctx, t.id, `answer:${id}`);
  if (!answer || answer.row === undefined) return undefined;
  return { answer, cell: cellAddress(answer.row, answer.col), evidence: inputOf(ctx, t.id, `evidence:${id}`) };
}

/** An answered requirement without its evidence index: a warning at the evidence cell. */
function evidenceMissing(ctx: Ctx, t: LocatedTemplate, row: RequirementRow, message: Text): void {
  const { answer, evidence } = row;
  if (empty(answer.value) || !evidence || evidence.row === undefined || !empty(evidence.value)) return;
  ctx.findings.push(
    finding({
      code: "evidence-missing",
      sheet: t.sheet.name,
      cell: cellAddress(evidence.row, evidence.col),
      templateId: t.id,
      ...message,
    }),
  );
}

/** A mandatory basic requirement unanswered or answered 不符合 (附件2-1-1), and an answer without its evidence. */
export function basicChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("basic");
  if (!t) return;
  for (const req of BASIC_REQUIREMENTS) {
    const row = requirementRow(ctx, t, req.id);
    if (!row) continue;
    const where = { sheet: t.sheet.name, cell: row.cell, templateId: t.id };
    if (req.mandatory && empty(row.answer.value)) {
      ctx.findings.push(
        finding({
          code: "mandatory-input-missing",
          ...where,
          zh: `必要基础性要求 ${req.id} 未作答。`,
          en: `Mandatory basic requirement ${req.id} is not answered.`,
        }),
      );
    } else if (req.mandatory && isNotMet(row.answer.value)) {
      ctx.findings.push(
        finding({
          code: "basic-requirement-not-met",
          ...where,
          zh: `必要基础性要求 ${req.id} 不符合：${req.text.zh}`,
          en: `Mandatory basic requirement ${req.id} is not met: ${req.text.en}`,
          found: row.answer.value,
        }),
      );
    }
    evidenceMissing(ctx, t, row, {
      zh: `基础性要求 ${req.id} 已作答，但未填写证明材料索引。`,
      en: `Basic requirement ${req.id} is answered but has no evidence index.`,
    });
  }
}

/** Every item unanswered, a 应 item answered 不符合 or 部分符合, and an answer without its evidence (warnings). */
export function lowCarbonChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("lowcarbon");
  if (!t) return;
  for (const item of LOW_CARBON_ITEMS) {
    const row = requirementRow(ctx, t, item.id);
    if (!row) continue;
    const where = { sheet: t.sheet.name, cell: row.cell, templateId: t.id };
    const parsed = parseLowCarbonAnswer(row.answer.value);
    if (empty(row.answer.value)) {
      ctx.findings.push(
        finding({
          code: "requirement-unanswered",
          ...where,
          zh: `低碳管理要求 ${item.clause}（${item.kind}）未作答。`,
          en: `Low-carbon requirement ${item.clause} (${item.kind === "应" ? "shall" : "should"}) is not answered.`,
        }),
      );
    } else if (item.kind === "应" && parsed.ok && FAILING_ANSWERS.includes(parsed.value)) {
      ctx.findings.push(
        finding({
          code: "requirement-not-met",
          ...where,
          zh: `低碳管理“应”项 ${item.clause} 为“${parsed.value}”：${item.text.zh}`,
          en: `Low-carbon “shall” item ${item.clause} is ${LOW_CARBON_ANSWER_TEXT[parsed.value].en}: ${item.text.en}`,
          found: row.answer.value,
        }),
      );
    }
    evidenceMissing(ctx, t, row, {
      zh: `低碳管理要求 ${item.clause} 已作答，但未填写证明材料索引。`,
      en: `Low-carbon requirement ${item.clause} is answered but has no evidence index.`,
    });
  }
}
