/**
 * A park data file's inputs into the templates already in the workbook (docs/data-file.md "Importing into a
 * workbook"): the domain plans the writes (domain/schema/importParkData.ts, from a snapshot of the workbook) and
 * this writes them, each template sheet's protection lifted around its writes and put back. Two syncs whatever
 * the number of cells or sheets.
 */
import type { InputWrite } from "../domain/schema/importParkData";
import { textConstant } from "./cellWrites";
import { withoutProtection } from "./protection";

/** Writes the planned input values; returns the number of cells written. */
export async function writeInputs(context: Excel.RequestContext, writes: readonly InputWrite[]): Promise<number> {
  const bySheet = new Map<string, InputWrite[]>();
  for (const w of writes) (bySheet.get(w.sheet) ?? bySheet.set(w.sheet, []).get(w.sheet))?.push(w);
  if (bySheet.size === 0) return 0;
  const sheets = [...bySheet].map(([name, cells]) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    return { worksheet, cells, protection: worksheet.protection.load("protected,options") };
  });
  await context.sync();
  for (const { worksheet, cells, protection } of sheets)
    withoutProtection(worksheet, protection, () => {
      for (const w of cells) worksheet.getRangeByIndexes(w.row, w.col, 1, 1).values = [[textConstant(w.value)]];
    });
  await context.sync();
  return writes.length;
}
