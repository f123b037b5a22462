import { BEIJING_GUIDE, PARAMETER_IDS } from "../../catalog";
import { finding, shown } from "../findings";
import { freshPosition, isNotMet, type Ctx } from "./context";

/**
 * The green-diagnosis plan on the work-plan sheet (docs/templates.md#work-plan): the on-site diagnosis of
 * 《北京市工业园区绿色诊断工作指南》四（三）1 shorter than its minimum, and evaluated years not before the diagnosis year
 * (附件2-1-2 注2), each at its verdict cell with the figures.
 */
export function diagnosisPlanChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("plan");
  const plan = ctx.rebuilt.plans.get("plan");
  if (!t || !plan) return;
  const byKey = (key: string) => plan.cells.find((c) => c.key === key);
  const value = (key: string) => {
    const cell = byKey(key);
    return cell?.formula !== undefined ? cell.cached : cell?.value;
  };
  const onsite = byKey("diag-check:onsite");
  const onsiteAt = freshPosition(ctx, t, onsite);
  if (onsiteAt && isNotMet(onsite?.cached)) {
    const days = value("diag-check:onsite-days");
    const minimum = value(`required:${PARAMETER_IDS.diagnosisMinOnsiteDays}`);
    ctx.findings.push(
      finding({
        code: "onsite-days-short",
        sheet: t.sheet.name,
        cell: onsiteAt.address,
        templateId: "plan",
        zh: `现场诊断计划 ${shown(days, "zh")} 个工作日，少于${BEIJING_GUIDE.zh}四（三）1“不应少于4个工作日”的要求（≥ ${shown(minimum, "zh")}）。`,
        en: `The on-site diagnosis is planned for ${shown(days, "en")} working days, fewer than the ${BEIJING_GUIDE.en}, section 4 (3) 1, require (≥ ${shown(minimum, "en")}).`,
        expected: minimum ?? null,
        found: days ?? null,
      }),
    );
  }
  const years = byKey("diag-check:years");
  const yearsAt = freshPosition(ctx, t, years);
  if (yearsAt && isNotMet(years?.cached)) {
    const diagnosisYear = value("diag-check:diagnosis-year");
    const lastYear = value("diag-check:last-year");
    ctx.findings.push(
      finding({
        code: "years-not-before-diagnosis",
        sheet: t.sheet.name,
        cell: yearsAt.address,
        templateId: "plan",
        zh: `诊断实施始于 ${shown(diagnosisYear, "zh")} 年，评价年份却到 ${shown(lastYear, "zh")} 年；${BEIJING_GUIDE.zh}附件2-1-2 注2：年份1至年份3原则上为绿色诊断实施年份的前三年。`,
        en: `The diagnosis starts in ${shown(diagnosisYear, "en")}, but the evaluated years run to ${shown(lastYear, "en")}; ${BEIJING_GUIDE.en}, Annex 2-1-2, note 2: years 1 to 3 are in principle the three years before the diagnosis.`,
        expected: lastYear ?? null,
        found: diagnosisYear ?? null,
      }),
    );
  }
}
