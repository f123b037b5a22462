/** The data sheet's items a mandatory indicator needs, per year (docs/review-codes.md: mandatory-input-missing). */
import { isMissing, mandatoryInputYears } from "../../calc";
import { cellAddress } from "../../templates/a1";
import { finding } from "../findings";
import { baseOptions, type InputCell } from "../readInputs";
import { inputOf, type Ctx } from "./context";

const MANDATORY_ITEM_YEARS = mandatoryInputYears();
/** Items whose figure used is computed on the data sheet, and the row where the consultant reports it directly. */
const REPORTED_ROWS: Readonly<Record<string, string>> = { energy_total: "energy_total_reported", co2: "co2_reported" };
/**
 * Reports each mandatory item missing in some year, and returns those items: an indicator that cannot be computed
 * for that reason is not reported a second time.
 */
export function mandatoryData(ctx: Ctx): ReadonlySet<string> {
  const t = ctx.rebuilt.set.get("data");
  const plan = ctx.rebuilt.plans.get("data");
  const missing = new Set<string>();
  if (!t || !plan) return missing;
  const years = baseOptions(ctx.rebuilt.set).years;
  for (const [item, ks] of MANDATORY_ITEM_YEARS) {
    const gaps: { k: number; input: InputCell }[] = [];
    for (const k of [...ks].sort()) {
      const reported = REPORTED_ROWS[item];
      const input = inputOf(ctx, "data", `data:${reported ?? item}:${k}`);
      if (!input || input.row === undefined) continue;
      const value = reported ? plan.cells.find((c) => c.key === `data:${item}:${k}`)?.cached : input.value;
      if (isMissing(value)) gaps.push({ k, input });
    }
    if (gaps.length === 0) continue;
    missing.add(item);
    const [first] = gaps;
    if (!first) continue;
    const list = gaps.map((g) => years[g.k]).join(", ");
    ctx.findings.push(
      finding({
        code: "mandatory-input-missing",
        sheet: t.sheet.name,
        cell: cellAddress(first.input.row ?? 0, first.input.col),
        templateId: "data",
        zh: `必选指标所需数据 ${item} 缺少 ${list} 年的数值；相应必选指标按 0 分计。`,
        en: `Data item ${item}, needed by a mandatory indicator, is missing for ${list}; those mandatory indicators score 0.`,
      }),
    );
  }
  return missing;
}
