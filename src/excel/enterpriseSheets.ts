/**
 * The enterprises' figures merged into the open park workbook (docs/enterprises.md "In the pane"): the data sheet
 * refreshed in place with its summed items as formulas over 企业汇总 — every other input kept, a sheet whose rows
 * were moved refused before anything is written — then an earlier 企业汇总 (and its names) replaced by the new
 * one. The data sheet goes first: it is the only step that can be refused, so a refusal changes nothing.
 */
import { METADATA_NAME_PREFIX, type SheetPlan } from "../domain/templates/sheetPlan";
import { existingWorkbook, insertTemplates, sheetOfReference } from "./insertTemplates";

export interface EnterpriseSheetsReport {
  readonly dataSheet: string;
  readonly summarySheet: string;
  /** the earlier 企业汇总 sheet deleted, when there was one */
  readonly replacedSheet?: string;
}

/** The sheet holding the plan's metadata name now, if any. */
async function currentSheetOf(context: Excel.RequestContext, plan: SheetPlan) {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const items = names.items.map((n) => ({ name: n.name, formula: n.formula }));
  const meta = plan.names.find((n) => n.name.startsWith(METADATA_NAME_PREFIX))?.name.toUpperCase();
  const sheet = meta
    ? existingWorkbook(
        worksheets.items.map((s) => s.name),
        items,
      ).templateSheets.get(meta)
    : undefined;
  return { sheet, names: names.items.filter((n) => sheet !== undefined && sheetOfReference(n.formula) === sheet) };
}

export async function writeEnterpriseSheets(
  context: Excel.RequestContext,
  dataPlan: SheetPlan,
  summaryPlan: SheetPlan,
): Promise<EnterpriseSheetsReport> {
  const data = await insertTemplates(context, () => [dataPlan], { refresh: true });
  const old = await currentSheetOf(context, summaryPlan);
  if (old.sheet !== undefined) {
    // its names first: a name left behind would keep pointing at #REF! and the new sheet could not take it
    for (const name of old.names) name.delete();
    context.workbook.worksheets.getItem(old.sheet).delete();
    await context.sync();
  }
  const summary = await insertTemplates(context, () => [summaryPlan]);
  return {
    dataSheet: data.sheets[0]?.sheetName ?? dataPlan.sheetName,
    summarySheet: summary.sheets[0]?.sheetName ?? summaryPlan.sheetName,
    ...(old.sheet !== undefined ? { replacedSheet: old.sheet } : {}),
  };
}
