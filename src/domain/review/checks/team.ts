/** The diagnosis team and the enterprises' audit teams against their minimums (docs/review-codes.md: team-rule-not-met). */
import { PARK_AUDIT_GUIDE } from "../../catalog";
import type { SheetPlan } from "../../templates/sheetPlan";
import { finding, shown } from "../findings";
import type { LocatedTemplate } from "../locate";
import { cellsWithKey, freshPosition, inputOf, isNotMet, type Ctx } from "./context";

export function teamChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("team");
  const plan = ctx.rebuilt.plans.get("team");
  if (!t || !plan) return;
  const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
  const required = (suffix: string) =>
    plan.cells.find((c) => c.key?.startsWith("required:") && c.key.endsWith(suffix))?.cached;
  const rules: { key: string; zh: string; en: string }[] = [
    {
      key: "verdict:members",
      zh: `工作组成员 ${shown(cached("count:members"), "zh")} 人，少于要求的 ${shown(required("members"), "zh")} 人`,
      en: `the team has ${shown(cached("count:members"), "en")} members, fewer than the required ${shown(required("members"), "en")}`,
    },
    {
      key: "verdict:expertise",
      zh: `高级职称 ${shown(cached("count:senior"), "zh")} 人（要求 ≥ ${shown(required("senior"), "zh")}），且绿色制造项目负责人 ${shown(cached("count:leads"), "zh")} 人（要求 ≥ ${shown(required("leads"), "zh")}）`,
      en: `${shown(cached("count:senior"), "en")} senior titles (≥ ${shown(required("senior"), "en")} required) and ${shown(cached("count:leads"), "en")} green-manufacturing project leads (≥ ${shown(required("leads"), "en")} required)`,
    },
    {
      key: "verdict:park",
      zh: `园区工作人员 ${shown(cached("count:park"), "zh")} 人，少于要求的 ${shown(required("staff"), "zh")} 人`,
      en: `${shown(cached("count:park"), "en")} park staff, fewer than the required ${shown(required("staff"), "en")}`,
    },
  ];
  for (const rule of rules) {
    const cell = plan.cells.find((c) => c.key === rule.key);
    const at = freshPosition(ctx, t, cell);
    if (!cell || !at || !isNotMet(cell.cached)) continue;
    ctx.findings.push(
      finding({
        code: "team-rule-not-met",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "team",
        zh: `诊断工作组不满足《北京市工业园区绿色诊断工作指南》三（二）的要求：${rule.zh}。`,
        en: `The diagnosis team does not meet the Beijing Guidelines for the Green Diagnosis of Industrial Parks, section 3 (2): ${rule.en}.`,
        found: cell.cached,
      }),
    );
  }
  enterpriseTeamChecks(ctx, t, plan);
}

/** Each enterprise whose audit team misses T/CPPC《工业园区清洁生产审核指南》5.1.2（2）: at its verdict, with its counts. */
function enterpriseTeamChecks(ctx: Ctx, t: LocatedTemplate, plan: SheetPlan): void {
  const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
  for (const cell of cellsWithKey(plan, (k) => k.startsWith("enterprise:verdict:"))) {
    const at = freshPosition(ctx, t, cell);
    if (!at || !isNotMet(cell.cached)) continue;
    const n = (cell.key ?? "").slice("enterprise:verdict:".length);
    const name = inputOf(ctx, "team", `enterprise:name:${n}`)?.value;
    const [members, needed, finance, financeNeeded] = [
      "members",
      "members-required",
      "finance",
      "finance-required",
    ].map((part) => cached(`enterprise:${part}:${n}`));
    ctx.findings.push(
      finding({
        code: "team-rule-not-met",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "team",
        zh: `企业${shown(name, "zh")}的审核小组不满足${PARK_AUDIT_GUIDE.zh}5.1.2（2）的要求：成员 ${shown(members, "zh")} 人（要求 ≥ ${shown(needed, "zh")}），来自本企业财务部门 ${shown(finance, "zh")} 人（要求 ≥ ${shown(financeNeeded, "zh")}）。`,
        en: `The audit team of the enterprise ${shown(name, "en")} does not meet the ${PARK_AUDIT_GUIDE.en}, 5.1.2 (2): ${shown(members, "en")} members (≥ ${shown(needed, "en")} required), ${shown(finance, "en")} from its finance department (≥ ${shown(financeNeeded, "en")} required).`,
        found: cell.cached,
      }),
    );
  }
}
