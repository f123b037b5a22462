/**
 * The screening of options (江苏省《行业清洁生产审核技术指南》7.3.2 可行性分析): "从技术可行性、环境效益、实施难度、投资成本维度
 * 初步筛选…剔除不可行方案，形成拟实施清洁生产方案清单". Each dimension is judged feasible or not (the guide names the
 * dimensions, not a scale: catalog SCREENING_VERDICTS); an option infeasible on any dimension is rejected, one
 * feasible on all four joins the list of options to implement, and one not yet judged on every dimension has
 * no result.
 */
import { SCREENING_DIMENSIONS } from "../catalog";
import { failure, value, type Outcome } from "./outcome";

export type ScreeningVerdict = "feasible" | "infeasible";
export type ScreeningResult = "shortlisted" | "rejected";

/** The dimensions of 7.3.2 (catalog SCREENING_DIMENSIONS: 技术可行性、环境效益、实施难度、投资成本). */
export const SCREENING_DIMENSION_COUNT = SCREENING_DIMENSIONS.length;

/** The result of one option's screening from its verdicts (undefined: not judged on that dimension). */
export function screeningResult(verdicts: readonly (ScreeningVerdict | undefined)[]): Outcome<ScreeningResult> {
  if (verdicts.length !== SCREENING_DIMENSION_COUNT)
    return failure("invalid-input", `screening takes ${SCREENING_DIMENSION_COUNT} verdicts`);
  if (verdicts.includes("infeasible")) return value("rejected");
  if (verdicts.every((v) => v === "feasible")) return value("shortlisted");
  return failure("missing-input", "the option is not judged on every dimension");
}
