/**
 * The 31-indicator table: mandatory indicators that cannot be computed, optional ones not evaluated, implausible
 * magnitudes and the evidence of each reported year (docs/review-codes.md).
 */
import { INDICATORS, type IndicatorDef } from "../../catalog";
import { cellAddress } from "../../templates/a1";
import type { TemplateOptions } from "../../templates/context";
import type { Text } from "../../text";
import type { PlannedCell } from "../../templates/sheetPlan";
import { evidenceKey } from "../../templates/specs/indicators";
import { finding, shown } from "../findings";
import type { LocatedTemplate } from "../locate";
import { baseOptions } from "../readInputs";
import { cellsWithKey, empty, freshPosition, inputOf, type Ctx } from "./context";

export function indicatorChecks(ctx: Ctx, options: TemplateOptions, missing: ReadonlySet<string>): void {
  const t = ctx.rebuilt.set.get("indicators");
  const plan = ctx.rebuilt.plans.get("indicators");
  if (!t || !plan) return;
  const years = baseOptions(ctx.rebuilt.set).years;
  const byKey = new Map(cellsWithKey(plan, () => true).map((c) => [c.key as string, c]));
  const at = (c: PlannedCell | undefined) => freshPosition(ctx, t, c);
  for (const def of INDICATORS) {
    const ks = [1, 2, 3] as const;
    const values = ks.map((k) => ({ k, cell: byKey.get(`value:${def.id}:${k}`) }));
    const scores = ks.map((k) => ({ k, cell: byKey.get(`score:${def.id}:${k}`) }));
    // per year, the annex's evidence column where that year's value is reported (附件2-1-2)
    for (const { k, cell } of values) evidenceCheck(ctx, t, def, k, years[k], !empty(cell?.cached));
    const unfilled = (cells: typeof values) => cells.filter(({ cell }) => cell && empty(cell.cached));
    const yearList = (gaps: typeof values) => gaps.map(({ k }) => years[k]).join(", ");
    // a mandatory indicator that cannot be computed for a reason other than a missing input
    if (def.flag === "mandatory" && !def.inputs.some((i) => i.items.some((item) => missing.has(item)))) {
      const gaps = unfilled(values);
      const first = gaps[0] && at(gaps[0].cell);
      if (first) {
        ctx.findings.push(
          finding({
            code: "mandatory-not-computable",
            sheet: t.sheet.name,
            cell: first.address,
            templateId: "indicators",
            zh: `必选指标 ${def.id}（${def.name.zh}）在 ${yearList(gaps)} 年无法计算（数据无效或分母为 0），按 0 分计。`,
            en: `Mandatory indicator ${def.id} (${def.name.en}) cannot be computed for ${yearList(gaps)} (invalid data or a zero denominator) and scores 0.`,
          }),
        );
      }
    }
    // optional indicators not evaluated
    if (def.flag === "optional") {
      const gaps = unfilled(scores);
      const first = gaps[0] && at(gaps[0].cell);
      if (first) {
        ctx.findings.push(
          finding({
            code: "optional-not-evaluated",
            sheet: t.sheet.name,
            cell: first.address,
            templateId: "indicators",
            zh: `可选指标 ${def.id}（${def.name.zh}）在 ${yearList(gaps)} 年未参与评价。`,
            en: `Optional indicator ${def.id} (${def.name.en}) is not evaluated for ${yearList(gaps)}.`,
          }),
        );
      }
    }
    implausible(
      ctx,
      t,
      def,
      values.map(({ cell }) => cell),
      options,
    );
  }
}

/** docs/review-codes.md: a share above 100 %, or a ratio 100 times its leading value. */
function implausible(
  ctx: Ctx,
  t: LocatedTemplate,
  def: IndicatorDef,
  values: readonly (PlannedCell | undefined)[],
  options: TemplateOptions,
): void {
  const lead = options.parameters?.leads?.[def.id] ?? def.lead;
  for (const cell of values) {
    const v = cell?.cached;
    const at = freshPosition(ctx, t, cell);
    if (typeof v !== "number" || !at) continue;
    let reason: Text | undefined;
    if (def.unit === "%" && v > 100)
      reason = { zh: `比例 ${shown(v, "zh")}% 超过 100%`, en: `a share of ${shown(v, "en")} % is above 100 %` };
    else if (def.direction === "up" && typeof lead === "number" && lead > 0 && v > 100 * lead) {
      reason = {
        zh: `指标值 ${shown(v, "zh")} 超过引领值 ${lead} 的 100 倍，请核对单位`,
        en: `the value ${shown(v, "en")} is over 100 times the leading value ${lead}: check the units`,
      };
    }
    if (!reason) continue;
    ctx.findings.push(
      finding({
        code: "implausible-magnitude",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "indicators",
        zh: `指标 ${def.id} 数量级异常：${reason.zh}。`,
        en: `Indicator ${def.id} has an implausible magnitude: ${reason.en}.`,
        found: v,
      }),
    );
    return;
  }
}

/**
 * Year k's evidence column of 《北京市工业园区绿色诊断工作指南》附件2-1-2 — year 1 证明材料索引, years 2–3 评价情况说明 —
 * must be filled where that year's value is reported.
 */
function evidenceCheck(ctx: Ctx, t: LocatedTemplate, def: IndicatorDef, k: number, year: number, reported: boolean) {
  const evidence = inputOf(ctx, "indicators", evidenceKey(def.id, k));
  if (!reported || !evidence || evidence.row === undefined || !empty(evidence.value)) return;
  const what = k === 1 ? { zh: "证明材料索引", en: "evidence index" } : { zh: "评价情况说明", en: "explanation" };
  ctx.findings.push(
    finding({
      code: "evidence-missing",
      sheet: t.sheet.name,
      cell: cellAddress(evidence.row, evidence.col),
      templateId: "indicators",
      zh: `指标 ${def.id}（${def.name.zh}）${year} 年已有指标数据，但未填写${what.zh}。`,
      en: `Indicator ${def.id} (${def.name.en}) has a value for ${year} but no ${what.en}.`,
    }),
  );
}
