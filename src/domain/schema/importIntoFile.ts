/**
 * A park data file into a workbook read from a file (the pane's file mode; docs/data-file.md "Importing into a
 * workbook"): the same writes as in Excel (planImport: only what the file gives, each into its own input cell), then
 * the workbook's templates rebuilt from their inputs as `green-audit template --refresh` rebuilds them, so every
 * formula's result in the written .xlsx is current. Pure: file mode writes the plans with the .xlsx writer.
 */
import { builtPlan } from "../templates/builtPlans";
import { cellAddress } from "../templates/a1";
import { withDependencies } from "../templates/specs";
import type { SheetPlan, TemplateId } from "../templates/sheetPlan";
import { setMetadata } from "../review/readInputs";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../review/snapshot";
import { parkDataFromInputs, readWorkbookInputs } from "./exportParkData";
import { planImport, type InputWrite } from "./importParkData";
import type { ParkDataFile } from "./parkData";
import { optionsFromParkData } from "./parkDataOptions";

export type FileImport =
  | {
      readonly ok: true;
      /** the workbook's templates rebuilt with the file's inputs */
      readonly plans: readonly SheetPlan[];
      /** input cells whose value the file changed, and of those the ones that held a typed value */
      readonly written: number;
      readonly overwritten: number;
      readonly filled: readonly { readonly templateId: TemplateId; readonly sheetName: string }[];
      readonly absent: readonly TemplateId[];
      readonly unplaced: number;
      /** sheets of the workbook that are not templates: not in the rebuilt workbook */
      readonly notCopied: readonly string[];
    }
  | { readonly ok: false; readonly reason: "no-templates" | "years"; readonly message: string };

/** The snapshot with the writes' values in their cells (an empty value empties the cell). */
export function withWrites(snapshot: WorkbookSnapshot, writes: readonly InputWrite[]): WorkbookSnapshot {
  const bySheet = new Map<string, InputWrite[]>();
  for (const w of writes) (bySheet.get(w.sheet) ?? bySheet.set(w.sheet, []).get(w.sheet))?.push(w);
  const sheets = snapshot.sheets.map((sheet): SheetSnapshot => {
    const own = bySheet.get(sheet.name);
    if (!own) return sheet;
    const cells = new Map<string, SnapshotCell>(sheet.cells);
    for (const w of own) {
      const address = cellAddress(w.row, w.col);
      if (w.value === null || w.value === "") cells.delete(address);
      else cells.set(address, { value: w.value });
    }
    return { name: sheet.name, cells };
  });
  return { sheets, names: snapshot.names };
}

export function importIntoFile(snapshot: WorkbookSnapshot, file: ParkDataFile): FileImport {
  const plan = planImport(snapshot, file);
  if (!plan.ok) return plan;
  const read = readWorkbookInputs(withWrites(snapshot, plan.writes));
  if (!read.ok) return { ok: false, reason: "no-templates", message: read.message };
  const meta = setMetadata(read.set);
  const inputs = parkDataFromInputs(read.set, read.inputs) as unknown as ParkDataFile;
  const options = {
    lang: meta.lang,
    mode: meta.mode,
    years: meta.years,
    nameSuffix: "",
    ...optionsFromParkData(inputs),
  };
  const plans = withDependencies([...read.set.keys()]).map((spec) => builtPlan(spec, options));
  const templateSheets = new Set([...read.set.values()].map((t) => t.sheet.name));
  return {
    ok: true,
    plans,
    written: plan.writes.length,
    overwritten: plan.overwritten,
    // the rebuilt workbook's sheet names (a renamed sheet takes its template's name again, as refresh does)
    filled: plan.filled.map((f) => ({
      templateId: f.templateId,
      sheetName: plans.find((p) => p.templateId === f.templateId)?.sheetName ?? f.sheet,
    })),
    absent: plan.absent,
    unplaced: plan.unplaced,
    notCopied: snapshot.sheets.map((s) => s.name).filter((name) => !templateSheets.has(name)),
  };
}
