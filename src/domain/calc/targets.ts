/**
 * Target completion of 江苏省《行业清洁生产审核技术指南》附录B 7.3 “审核目标完成情况” (docs/templates.md#targets).
 * The guide names the column “目标完成情况” without a formula; 7.2.3.2 asks targets to be “可量化、可监测、
 * 可考核”, so completion is the share of the planned change from the baseline that was achieved:
 *
 *     completion = (baseline − actual) / (baseline − target) × 100
 *
 * For a ↓ target (7.2.3.4 a–c reductions) that is reduction achieved / reduction planned; for a ↑ target
 * (7.2.3.4 d “数量或比例提升”, amounts reduced or saved) the same expression equals (actual − baseline) /
 * (target − baseline) × 100. It is defined only when the target improves on the baseline in the stated
 * direction; otherwise (a cap above the baseline, a target equal to it) it is not applicable and only
 * targetMet judges the row.
 */
import { parseDirection } from "./direction";
import { targetMet } from "./grade";
import { readAll, readNumber, type NumberInput } from "./inputs";
import { failure, value, type Outcome } from "./outcome";
import { rate, reduction } from "./rates";

/** A completion in percent, or "not-applicable" when the target does not improve on the baseline. */
export type TargetCompletion = number | "not-applicable";

export function targetCompletion(
  baseline: NumberInput,
  target: NumberInput,
  actual: NumberInput,
  direction: unknown,
): Outcome<TargetCompletion> {
  const numbers = readAll([
    readNumber(baseline, "baseline"),
    readNumber(target, "target"),
    readNumber(actual, "actual"),
  ]);
  if (!numbers.ok) return numbers;
  const parsed = parseDirection(direction);
  if (!parsed.ok) return parsed;
  const [b, t, a] = numbers.value;
  const improves = targetMet(t, b, parsed.value);
  if (!improves.ok) return improves;
  if (!improves.value || t === b) return value("not-applicable");
  const achieved = reduction(b, a);
  const planned = reduction(b, t);
  if (!achieved.ok) return achieved;
  if (!planned.ok) return planned;
  const completion = rate(achieved.value, planned.value);
  return completion.ok ? value(completion.value) : failure(completion.reason, completion.detail);
}
