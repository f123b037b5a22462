/**
 * The option rows of a workbook's options sheet (TemplateOptions.rows.options), read at the input cells of the sheet's
 * columns (templates/specs/optionColumns.ts): the cells a plan of the sheet plans as inputs, keyed `opt:<column>:<n>`
 * (templates/inputKeys.ts), found without building a plan for it — a workbook may hold 10 000 option rows and more,
 * and the review builds the sheet once, with these rows.
 */
import type { Row } from "../templates/inputKeys";
import type { CellValue } from "../templates/sheetPlan";
import { LAYOUT, OPTION_INPUT_COLUMNS } from "../templates/specs/optionColumns";
import { optionCapacity } from "../templates/specs/optionShared";
import type { LocatedTemplate } from "./locate";

/** An option row's input, where the workbook holds it. */
export interface OptionInput {
  readonly value: CellValue;
  /** the workbook's row and the sheet's column */
  readonly row: number;
  readonly col: number;
}

/** An option row of the workbook: its inputs by column id (undefined for a column that is not an input). */
export interface OptionRow {
  value(id: string): CellValue | undefined;
  cell(id: string): OptionInput | undefined;
}

const INPUT_COLUMNS = new Map(OPTION_INPUT_COLUMNS.map((c) => [c.id, c.col]));

/** Every option row of the sheet's layout (its capacity), an empty value where a row was deleted. */
export function readOptionRows(t: LocatedTemplate): Row[] {
  const rows: Row[] = [];
  const capacity = optionCapacity(t.metadata.capacity ?? 0);
  for (let index = 0; index < capacity; index++) {
    const at = t.rows.get(LAYOUT.firstOption + index);
    const row: Record<string, CellValue> = {};
    for (const c of OPTION_INPUT_COLUMNS) row[c.id] = at === undefined ? null : (t.grid.at(at, c.col)?.value ?? null);
    rows.push(row);
  }
  return rows;
}

/** The option rows still in the workbook (a deleted row has no cells to report at), with their option number n. */
export function* optionRowsInWorkbook(t: LocatedTemplate, rows: readonly Row[]): Generator<[number, OptionRow]> {
  for (let index = 0; index < rows.length; index++) {
    const at = t.rows.get(LAYOUT.firstOption + index);
    const values = rows[index];
    if (at === undefined || values === undefined) continue;
    const value = (id: string) => (INPUT_COLUMNS.has(id) ? (values[id] ?? null) : undefined);
    const cell = (id: string) => {
      const col = INPUT_COLUMNS.get(id);
      return col === undefined ? undefined : { value: values[id] ?? null, row: at, col };
    };
    yield [index + 1, { value, cell }];
  }
}
