/**
 * Synergy grade of 《工业园区减污降碳协同增效管控规范》(docs/templates.md#synergy): 优良 / 合格 / 需改进, and target completion (docs/functions.md).
 */
import type { SynergyGradeLabel } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { asList, isMissing, readAll, readNumber, type NumberInput } from "./inputs";
import { meetsTarget, parseDirection, parseFlag, type TargetDirection } from "./direction";

/** The grades of 《工业园区减污降碳协同增效管控规范》, as the catalog names them. */
export type SynergyGrade = SynergyGradeLabel;

/** docs/functions.md: met when actual ≥ target (up) or actual ≤ target (down). */
export function targetMet(actual: NumberInput, target: NumberInput, direction: unknown): Outcome<boolean> {
  const numbers = readAll([readNumber(actual, "actual"), readNumber(target, "target")]);
  const parsedDirection = parseDirection(direction);
  if (!numbers.ok) return numbers;
  if (!parsedDirection.ok) return parsedDirection;
  const [a, t] = numbers.value;
  return value(meetsTarget(a, t, parsedDirection.value));
}

interface SynergyRow {
  readonly actual: number;
  readonly target: number;
  readonly basic: number;
  readonly direction: TargetDirection;
  readonly main: boolean;
  /** A basic requirement was given for this indicator (not the target standing in for it). */
  readonly hasBasic: boolean;
}

/** An optional column: omitted entirely (empty) gives null; otherwise it must match the rows. */
function optionalColumn(column: unknown, rows: number): Outcome<readonly unknown[] | null> {
  if (isMissing(column)) return value(null);
  const list = asList(column);
  return list.length === rows ? value(list) : failure("invalid-input", "columns differ in length");
}

/** A row with no actual, target or direction is a blank line of the table and is skipped. */
function isBlankRow(actual: unknown, target: unknown, direction: unknown): boolean {
  return isMissing(actual) && isMissing(target) && isMissing(direction);
}

/** One row; an empty basic requirement falls back to the target (docs/templates.md#synergy "basics equal targets"). */
function readRow(
  actual: unknown,
  target: unknown,
  direction: unknown,
  main: unknown,
  basic: unknown,
): Outcome<SynergyRow> {
  const numbers = readAll([readNumber(actual, "actual"), readNumber(target, "target")]);
  const parsedDirection = parseDirection(direction);
  const parsedMain = parseFlag(main);
  const parsedBasic = isMissing(basic) ? numbers : readAll([readNumber(basic, "basic")]);
  if (!numbers.ok) return numbers;
  if (!parsedDirection.ok) return parsedDirection;
  if (!parsedMain.ok) return parsedMain;
  if (!parsedBasic.ok) return parsedBasic;
  const [a, t] = numbers.value;
  const b = isMissing(basic) ? t : parsedBasic.value[0];
  return value({
    actual: a,
    target: t,
    basic: b,
    direction: parsedDirection.value,
    main: parsedMain.value,
    hasBasic: !isMissing(basic),
  });
}

function readRows(
  actuals: unknown,
  targets: unknown,
  directions: unknown,
  main: unknown,
  basics: unknown,
): Outcome<SynergyRow[]> {
  const a = asList(actuals);
  const t = asList(targets);
  const d = asList(directions);
  if (t.length !== a.length || d.length !== a.length) return failure("invalid-input", "columns differ in length");
  const mainColumn = optionalColumn(main, a.length);
  const basicColumn = optionalColumn(basics, a.length);
  if (!mainColumn.ok) return mainColumn;
  if (!basicColumn.ok) return basicColumn;
  const rows: SynergyRow[] = [];
  for (let i = 0; i < a.length; i++) {
    if (isBlankRow(a[i], t[i], d[i])) continue;
    // Without `main` every indicator is main (docs/templates.md#synergy).
    const row = readRow(a[i], t[i], d[i], mainColumn.value ? mainColumn.value[i] : true, basicColumn.value?.[i]);
    if (!row.ok) return row;
    rows.push(row.value);
  }
  return rows.length > 0 ? value(rows) : failure("missing-input", "no indicator to grade");
}

/**
 * Synergy grade, 《工业园区减污降碳协同增效管控》 评估等级划分: 优良 when every indicator meets its target
 * ("各项指标达到或优于目标值时，可评定为优良"); else 需改进 when any indicator that has a basic requirement
 * fails it ("部分指标未达到要求时，应评定为需改进" — "应" prevails over the "可" of 合格); else 合格 when every
 * main indicator meets its basic requirement, the target standing in where none is given ("主要指标达到基本要求时，
 * 可评定为合格"); else 需改进. A `main` column that marks no indicator is read as "all are main".
 */
export function synergyGrade(
  actuals: unknown,
  targets: unknown,
  directions: unknown,
  main?: unknown,
  basics?: unknown,
): Outcome<SynergyGrade> {
  const rows = readRows(actuals, targets, directions, main, basics);
  if (!rows.ok) return rows;
  const meetsBasic = (r: SynergyRow) => meetsTarget(r.actual, r.basic, r.direction);
  if (rows.value.every((r) => meetsTarget(r.actual, r.target, r.direction))) return value("优良");
  if (rows.value.some((r) => r.hasBasic && !meetsBasic(r))) return value("需改进");
  const marked = rows.value.filter((r) => r.main);
  const mainRows = marked.length > 0 ? marked : rows.value;
  return value(mainRows.every(meetsBasic) ? "合格" : "需改进");
}
