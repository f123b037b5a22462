/**
 * Templates into the open workbook (docs/templates.md): the plans are built on what the workbook holds — so a second
 * set takes its own names — and applied by insertTemplates.ts, or the sheets already present refreshed in place.
 */
import type { SheetPlan } from "../../domain/templates/sheetPlan";
import { insertTemplates } from "../insertTemplates";

/** The sheets written, in plan order; `build` receives the workbook's defined names. */
export async function insertPlans(build: (existingNames: readonly string[]) => readonly SheetPlan[], refresh: boolean) {
  const report = await Excel.run((context) =>
    insertTemplates(context, (existing) => build(existing.names), { refresh }),
  );
  return report.sheets.map(({ templateId, sheetName, refreshed }) => ({ templateId, sheetName, refreshed }));
}
