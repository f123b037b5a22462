/**
 * A park data file into the open workbook (docs/data-file.md "Importing into a workbook"): the workbook read (two
 * syncs), the writes planned by the domain, then written (two syncs) — whatever the file holds. Into a workbook
 * without templates the sheets `dataSheets` builds are inserted instead, filled from the file.
 */
import { planImport } from "../../domain/schema/importParkData";
import type { ParkDataFile } from "../../domain/schema/parkData";
import type { SheetPlan } from "../../domain/templates/sheetPlan";
import { YearsError } from "../errors";
import { writeInputs } from "../inputWrites";
import { readWorkbookSnapshot } from "../readSnapshot";
import { insertPlans } from "./insert";

/** YearsError: the file's years differ from the workbook's, and nothing changed. */
export async function importParkData(
  data: ParkDataFile,
  dataSheets: (existingNames: readonly string[]) => readonly SheetPlan[],
) {
  const plan = planImport(await Excel.run(readWorkbookSnapshot), data);
  if (!plan.ok && plan.reason === "years") throw new YearsError(plan.message);
  if (!plan.ok) return { written: 0, inserted: await insertPlans(dataSheets, false) };
  const written = await Excel.run((context) => writeInputs(context, plan.writes));
  return {
    written,
    overwritten: plan.overwritten,
    filled: plan.filled.map((f) => ({ templateId: f.templateId, sheetName: f.sheet })),
    absent: plan.absent,
    unplaced: plan.unplaced,
  };
}
