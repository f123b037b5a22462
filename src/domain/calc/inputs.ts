/**
 * Reading raw inputs into numbers. docs/functions.md: "Empty cells are 'missing', not zero"; a wrong kind is
 * invalid. Inputs arrive from cells, JSON files and other code, so every check is made at run time and
 * nothing here throws, whatever it is given.
 */
import { isBlankText } from "./blank";
import { failure, value, type Outcome } from "./outcome";

export { isBlankText, spreadsheetTrim } from "./blank";

/**
 * A numeric argument as callers hand it over: a number, or empty (null / undefined / NaN / blank).
 * Typed `unknown` on purpose: every argument is checked at run time, and anything else (text, a
 * boolean, an object) is reported as invalid input rather than trusted.
 */
export type NumberInput = unknown;

/** A cell-like value: a number, a text answer, or empty. */
export type CellInput = number | string | null | undefined;

/** null, undefined, NaN and blank text (whitespace of any kind, blank.ts) are empty (docs/functions.md "missing"). */
export function isMissing(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  if (typeof x === "number") return Number.isNaN(x);
  return typeof x === "string" && isBlankText(x);
}

/** A present, finite number; anything else is missing or invalid. */
export function readNumber(x: unknown, name: string): Outcome<number> {
  if (isMissing(x)) return failure("missing-input", `${name} is missing`);
  if (typeof x !== "number") return failure("invalid-input", `${name} is not a number`);
  if (!Number.isFinite(x)) return failure("invalid-input", `${name} is not finite`);
  return value(x);
}

/** An amount that cannot be negative (an energy use, a floor area, an emission). */
export function readAmount(x: unknown, name: string): Outcome<number> {
  const read = readNumber(x, name);
  if (read.ok && read.value < 0) return failure("invalid-input", `${name} is negative`);
  return read;
}

/** An amount used as a divisor: present, not negative, not zero. */
export function readPositiveAmount(x: unknown, name: string): Outcome<number> {
  const read = readAmount(x, name);
  if (read.ok && read.value === 0) return failure("division-by-zero", `${name} is zero`);
  return read;
}

/**
 * A numeric result, provided it is a finite number: products and quotients of huge inputs can
 * overflow, and an infinite result is reported rather than returned.
 */
export function finite(x: number): Outcome<number> {
  return Number.isFinite(x) ? value(x) : failure("invalid-input", "the result is beyond the range of numbers");
}

/** Reads several inputs at once; the first failure in argument order wins. */
export function readAll<const T extends readonly Outcome<number>[]>(reads: T): Outcome<{ [K in keyof T]: number }> {
  const numbers: number[] = [];
  for (const read of reads) {
    if (!read.ok) return read;
    numbers.push(read.value);
  }
  return value(numbers as { [K in keyof T]: number });
}

/**
 * A list argument (a range): its cells row by row at any depth, or one value standing for a one-cell range.
 * A list that holds no array is returned as it is, and a range is read with an explicit stack: Array#flat is
 * slow for the few cells a function gets per call, and no nesting can overflow the call stack.
 */
export function asList(x: unknown): readonly unknown[] {
  if (!Array.isArray(x)) return [x];
  let nested = false;
  for (let i = 0; i < x.length && !nested; i++) nested = Array.isArray(x[i]);
  if (!nested) return x;
  const cells: unknown[] = [];
  const stack: { list: readonly unknown[]; next: number }[] = [{ list: x, next: 0 }];
  for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
    if (top.next >= top.list.length) {
      stack.pop();
      continue;
    }
    const cell = top.list[top.next++];
    if (Array.isArray(cell)) stack.push({ list: cell, next: 0 });
    else cells.push(cell);
  }
  return cells;
}
