/**
 * The one mapping from a domain `Outcome` failure to an Excel error (docs/functions.md): #VALUE! for a wrong type or
 * unknown id, #DIV/0! for a zero denominator, #N/A for an undefined result or a parameter with no default,
 * #NUM! when an iteration does not converge. Every GREEN.* function runs through `runFunction`, so no call
 * ever ends in an unhandled exception.
 */
import type { Failure, Outcome, Reason } from "../domain/calc/outcome";
import { failureMessage, MESSAGES, type ExplainedFailure } from "./messages";
import type { Text } from "../domain/text";

export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

const CODE_OF: Readonly<Record<Reason, ExcelErrorCode>> = {
  "missing-input": "#N/A",
  "division-by-zero": "#DIV/0!",
  "undefined-growth": "#N/A",
  "no-convergence": "#NUM!",
  "invalid-input": "#VALUE!",
  "unknown-id": "#VALUE!",
  "no-default": "#N/A",
};

const ERROR_TYPE_OF: Readonly<Record<ExcelErrorCode, CustomFunctions.ErrorCode>> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

export function excelCodeOf(reason: Reason): ExcelErrorCode {
  return CODE_OF[reason] ?? "#VALUE!";
}

/** A failure with its message in both languages (the functions layer's own checks). */
export function explained(reason: Reason, text: Text): ExplainedFailure {
  return { ok: false, reason, text };
}

/**
 * The Excel error of a failure, with its message in the user's language. Excel displays the message of
 * #VALUE! and #N/A; for #DIV/0! and #NUM! it is kept on the error object (logs, tests).
 */
export function toExcelError(functionId: string, failure: Failure): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_TYPE_OF[excelCodeOf(failure.reason)], failureMessage(functionId, failure));
}

function isNonFiniteNumber(x: unknown): boolean {
  return typeof x === "number" && !Number.isFinite(x);
}

/**
 * Runs one GREEN.* function body and returns its cell value, or throws the Excel error of its failure.
 * An unexpected exception inside the body becomes #VALUE! with a message; a non-finite number (overflow)
 * becomes #NUM!.
 */
export function runFunction<T>(functionId: string, body: () => Outcome<T>): T {
  let outcome: Outcome<T>;
  try {
    outcome = body();
  } catch {
    outcome = explained("invalid-input", MESSAGES.unexpected());
  }
  if (outcome.ok) {
    if (isNonFiniteNumber(outcome.value))
      throw toExcelError(functionId, explained("no-convergence", MESSAGES.resultOutOfRange()));
    return outcome.value;
  }
  throw toExcelError(functionId, outcome);
}
