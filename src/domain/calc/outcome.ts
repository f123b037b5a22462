/**
 * The typed result of every calculation in `domain/calc`: a value, or the reason there is none.
 * Adapters map reasons to their own error forms (Excel error codes, review findings, CLI messages);
 * the domain never throws for bad input.
 */
export type Reason =
  /** a required input is empty (null / undefined / NaN) */
  | "missing-input"
  /** a denominator is zero */
  | "division-by-zero"
  /** a growth rate is undefined (e.g. elasticity when value added did not grow) */
  | "undefined-growth"
  /** an iteration found no root in its bracket (IRR) */
  | "no-convergence"
  /** an input has the wrong kind or is out of its domain (negative amount, unknown answer) */
  | "invalid-input"
  /** an id, carrier, unit or factor set that the catalog does not know */
  | "unknown-id"
  /** the catalog has no default for this case and the caller gave none (steam, coal types for CO₂) */
  | "no-default";

export interface Value<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Failure {
  readonly ok: false;
  readonly reason: Reason;
  /** a short English explanation for logs and messages; adapters localise from `reason` */
  readonly detail?: string;
}

export type Outcome<T = number> = Value<T> | Failure;

export function value<T>(v: T): Value<T> {
  return { ok: true, value: v };
}

export function failure(reason: Reason, detail?: string): Failure {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}

/** A number that is present: not null/undefined and finite. */
export function isPresent(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}
