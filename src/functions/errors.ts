/**
 * The one mapping from a domain `Outcome` failure to an Excel error (SPEC §3): #VALUE! for a wrong type or
 * unknown id, #DIV/0! for a zero denominator, #N/A for an undefined result or a parameter with no default,
 * #NUM! when an iteration does not converge.
 */
import type { Failure, Outcome, Reason } from "../domain/calc/outcome";

export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

const CODE_OF: Record<Reason, ExcelErrorCode> = {
  "missing-input": "#N/A",
  "division-by-zero": "#DIV/0!",
  "undefined-growth": "#N/A",
  "no-convergence": "#NUM!",
  "invalid-input": "#VALUE!",
  "unknown-id": "#VALUE!",
  "no-default": "#N/A",
};

const MESSAGE_OF: Record<Reason, string> = {
  "missing-input": "缺少输入 Missing input",
  "division-by-zero": "分母为零 Division by zero",
  "undefined-growth": "增长率无定义 Growth is undefined",
  "no-convergence": "迭代未收敛 No root in range",
  "invalid-input": "输入无效 Invalid input",
  "unknown-id": "未知的标识 Unknown id",
  "no-default": "无默认值，请给出系数 No default: give the coefficient",
};

const ERROR_TYPE_OF: Record<ExcelErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

export function excelCodeOf(reason: Reason): ExcelErrorCode {
  return CODE_OF[reason];
}

export function toExcelError(failure: Failure): CustomFunctions.Error {
  const message = failure.detail ? `${MESSAGE_OF[failure.reason]}: ${failure.detail}` : MESSAGE_OF[failure.reason];
  return new CustomFunctions.Error(ERROR_TYPE_OF[CODE_OF[failure.reason]], message);
}

/** The cell result of an outcome: the value, or the Excel error the platform shows with its message. */
export function toCell<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw toExcelError(outcome);
}
