/**
 * The one place Excel-shaped arguments become domain inputs (DESIGN.md "Functions are thin"):
 * numbers, numeric text ("85", " 1,200.5 ", "85%"), empty cells (null) as missing, one-cell ranges.
 */
import { failure, value, type Outcome } from "../domain/calc/outcome";

/**
 * A value as Excel hands it to a parameter of type any: number, text, boolean, null for an empty cell,
 * or a 2D array for a range. Typed `unknown` so custom-functions-metadata declares the parameter "any".
 */
export type CellArgument = unknown;

/** One cell: a 1×1 range is the cell itself. */
type Scalar = number | string | boolean | null | undefined;

function singleCell(arg: CellArgument): Outcome<Scalar> {
  const cell = Array.isArray(arg) ? (arg.flat(2) as unknown[]) : [arg];
  if (cell.length !== 1) return failure("invalid-input", "expected one cell, got a range");
  const x = cell[0];
  const scalar = x === null || x === undefined || ["number", "string", "boolean"].includes(typeof x);
  return scalar ? value(x as Scalar) : failure("invalid-input", "unsupported cell value");
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** A number, or null when the cell is empty; text that is not a number is a wrong type (#VALUE!). */
export function toNumberInput(arg: CellArgument, name: string): Outcome<number | null> {
  const cell = singleCell(arg);
  if (!cell.ok) return cell;
  const x = cell.value;
  if (x === null || x === undefined) return value(null);
  if (typeof x === "number") return Number.isFinite(x) ? value(x) : failure("invalid-input", `${name} is not finite`);
  if (typeof x === "boolean") return failure("invalid-input", `${name} must be a number`);
  const text = x.trim().replace(/,/g, "");
  if (text === "") return value(null);
  if (!NUMERIC_TEXT.test(text)) return failure("invalid-input", `${name} must be a number: "${x}"`);
  return value(text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));
}

/** TRUE/FALSE, 1/0, "TRUE"/"FALSE"; empty gives the default. */
export function toBooleanInput(arg: CellArgument, name: string, fallback: boolean): Outcome<boolean> {
  const cell = singleCell(arg);
  if (!cell.ok) return cell;
  const x = cell.value;
  if (x === null || x === undefined || x === "") return value(fallback);
  if (typeof x === "boolean") return value(x);
  if (x === 1 || x === 0) return value(x === 1);
  if (typeof x === "string" && /^(true|false)$/i.test(x.trim())) return value(/^true$/i.test(x.trim()));
  return failure("invalid-input", `${name} must be TRUE or FALSE`);
}
