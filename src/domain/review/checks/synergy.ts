/** The synergy sheet: actual values reported without their evidence index (docs/review-codes.md: evidence-missing). */
import { cellAddress } from "../../templates/a1";
import { finding } from "../findings";
import { empty, inputOf, type Ctx } from "./context";

export function synergyEvidence(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("synergy");
  if (!t) return;
  for (const evidence of ctx.inputs.filter((i) => i.templateId === "synergy" && i.key.startsWith("evidence:"))) {
    const id = evidence.key.slice("evidence:".length);
    const reported = [1, 2, 3].some((k) => !empty(inputOf(ctx, "synergy", `actual_y${k}:${id}`)?.value));
    if (!reported || evidence.row === undefined || !empty(evidence.value)) continue;
    ctx.findings.push(
      finding({
        code: "evidence-missing",
        sheet: t.sheet.name,
        cell: cellAddress(evidence.row, evidence.col),
        templateId: "synergy",
        zh: `协同指标 ${id} 已填写实际值，但未填写证据索引。`,
        en: `Synergy indicator ${id} has actual values but no evidence index.`,
      }),
    );
  }
}
