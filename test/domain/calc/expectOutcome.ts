/**
 * Assertions on `Outcome`s shared by the calc tests: a value close to a hand calculation, or a
 * failure with a given reason.
 */
import type { Outcome, Reason } from "../../../src/domain/calc/outcome";

/** The outcome is a number equal to `expected` to `digits` decimals (jest toBeCloseTo). */
export function expectNumber(outcome: Outcome<unknown>, expected: number, digits = 6): void {
  expect(outcome.ok).toBe(true);
  if (outcome.ok) expect(outcome.value as number).toBeCloseTo(expected, digits);
}

/** The outcome is exactly this value (text answers, grades, levels). */
export function expectValue<T>(outcome: Outcome<T>, expected: T): void {
  expect(outcome).toEqual({ ok: true, value: expected });
}

/** The outcome is a failure with this reason. */
export function expectReason(outcome: Outcome<unknown>, reason: Reason): void {
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.reason).toBe(reason);
}
