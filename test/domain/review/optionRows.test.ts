/**
 * The option rows the review reads from the options sheet's columns (src/domain/review/optionRows.ts) are the rows the
 * sheet's keyed input cells give, read through a plan of the sheet's layout (readInputs with a skeleton, as the export
 * reads them): the same values at the same cells, also after rows were inserted in the table and a row deleted.
 */
import { locateTemplates } from "../../../src/domain/review/locate";
import { optionRowsInWorkbook, readOptionRows } from "../../../src/domain/review/optionRows";
import { layoutPlan, readInputs, skeletonOptions } from "../../../src/domain/review/readInputs";
import { parseInputKey } from "../../../src/domain/templates/inputKeys";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { insertRows, keyedAddress, loadBook, cellRow, samplePlans, sampleWorkbook, saveBook } from "./reviewFixtures";

test("read from the columns, the option rows are those of the keyed input cells, rows inserted and deleted", async () => {
  const book = await loadBook(await sampleWorkbook());
  const sheet = book.getWorksheet("方案汇总");
  if (!sheet) throw new Error("no options sheet");
  const plans = samplePlans();
  // two rows inserted above option 3, the row of option 5 emptied with its row key (a row the workbook lost)
  insertRows(book, sheet, cellRow(keyedAddress(plans, "options", "opt:name:3")), 2);
  const fifth = cellRow(keyedAddress(plans, "options", "opt:name:5")) + 2;
  sheet.getRow(fifth).eachCell({ includeEmpty: false }, (cell) => {
    cell.value = null;
  });
  const located = locateTemplates(await readSnapshot(await saveBook(book)));
  const set = located.sets.get("");
  const options = set?.get("options");
  if (!set || !options) throw new Error("no options template located");

  const skeleton = layoutPlan("options", skeletonOptions(set), options.metadata.lang, options.metadata.mode);
  if (!skeleton) throw new Error("no options skeleton");
  const byKeys = readInputs(new Map([["options", options]]), new Map([["options", skeleton]]));
  const rows = readOptionRows(options);
  expect(rows).toEqual(byKeys.options.rows?.options);
  expect(rows.length).toBeGreaterThanOrEqual(25);

  const fromColumns = [...optionRowsInWorkbook(options, rows)].flatMap(([n, row]) =>
    Object.keys(rows[n - 1] ?? {}).map((column) => ({ n, column, ...row.cell(column) })),
  );
  const fromKeys = byKeys.inputs
    .filter((i) => i.row !== undefined)
    .map((i) => {
      const key = parseInputKey("options", i.key);
      const at = key?.kind === "row" && "index" in key ? key : undefined;
      return { n: at ? at.index + 1 : -1, column: at?.column, value: i.value, row: i.row, col: i.col };
    });
  expect(fromColumns).toEqual(fromKeys);
  // the emptied row is not in the workbook any more; the rows below it moved down by the two inserted
  expect(fromColumns.some((c) => c.n === 5)).toBe(false);
  expect(fromColumns.find((c) => c.n === 6 && c.column === "name")?.row).toBe(fifth);
});
