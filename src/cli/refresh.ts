/**
 * `green-audit template --refresh OLD.xlsx --out NEW.xlsx` (docs/data-file.md "Upgrading a workbook"): the
 * workbook's templates rebuilt by this version — new columns and rows added, labels and formulas current — with
 * every typed value carried over by its key, in the workbook's own language, formula mode and years. A workbook
 * made by the previous version is read where that version put its inputs. When a typed value has no place in
 * the current templates nothing is written and each such value is listed (exit 1).
 */
import { isRetiredTeamKey } from "../domain/templates/specs/team";
import { readWorkbookInputs, parkDataFromInputs } from "../domain/schema/exportParkData";
import type { ParkDataFile } from "../domain/schema/parkData";
import { optionsFromParkData } from "../domain/schema/parkDataOptions";
import { cellAddress } from "../domain/templates/a1";
import { withDependencies } from "../domain/templates/specs";
import type { CellValue, TemplateId } from "../domain/templates/sheetPlan";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, writeOutput } from "./safeWrite";

/** A workbook that cannot be refreshed: one line, exit 2. */
export class RefreshError extends Error {}

const isEmpty = (v: CellValue) => v === null || v === "";

export async function refreshWorkbook(
  workbook: string,
  args: { out: string; force?: boolean },
  io: CliIo,
): Promise<number> {
  checkOutput(args.out, "--out", args.force === true, [{ path: workbook, role: "the workbook to refresh" }]);
  let snapshot;
  try {
    snapshot = readXlsxFile(workbook);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw new RefreshError(`${workbook}: ${error.message}`);
    throw error;
  }
  const read = readWorkbookInputs(snapshot);
  if (!read.ok) throw new RefreshError(`${workbook}: ${read.message}`);
  const meta = (read.set.get("params") ?? [...read.set.values()][0]).metadata;
  const file = parkDataFromInputs(read.set, read.inputs) as unknown as ParkDataFile;
  const specs = withDependencies([...read.set.keys()]);
  const options = { lang: meta.lang, mode: meta.mode, years: meta.years, nameSuffix: "", ...optionsFromParkData(file) };
  const plans = specs.map((spec) => spec.build(options));

  // a typed value whose key the current template no longer has would be lost: say so and write nothing
  const keys = new Map<TemplateId, Set<string>>(
    plans.map((p) => [p.templateId, new Set(p.cells.flatMap((c) => (c.role === "input" && c.key ? [c.key] : [])))]),
  );
  const lost = read.inputs.filter(
    (i) =>
      !isEmpty(i.value) && !keys.get(i.templateId)?.has(i.key) && !(i.templateId === "team" && isRetiredTeamKey(i.key)),
  );
  if (lost.length > 0) {
    for (const i of lost.slice(0, 20)) {
      const sheet = read.set.get(i.templateId)?.sheet.name ?? i.templateId;
      const at = i.row === undefined ? "" : `!${cellAddress(i.row, i.col)}`;
      io.stderr(
        `green-audit template: ${terminalText(`${sheet}${at}: ${JSON.stringify(i.value)} has no place in the current template`)}\n`,
      );
    }
    if (lost.length > 20) io.stderr(`green-audit template: and ${lost.length - 20} more\n`);
    io.stderr(`green-audit template: ${terminalText(workbook)} was not refreshed: nothing written\n`);
    return EXIT_FINDINGS;
  }

  const { planToXlsx } = await import("../xlsx/writePlan");
  writeOutput(args.out, await planToXlsx(plans));
  const upgraded = read.previous.length > 0 ? ", upgraded from the previous version" : "";
  io.stdout(
    `wrote ${args.out}: ${plans.map((p) => p.templateId).join(", ")} refreshed from ${workbook} (${meta.mode}, ${meta.lang}, ${meta.years[1]}–${meta.years[3]}, base ${meta.years[0]}${upgraded}; every typed value kept)\n`,
  );
  const others = snapshot.sheets.filter((s) => ![...read.set.values()].some((t) => t.sheet.name === s.name));
  if (others.length > 0)
    io.stderr(
      `green-audit template: sheets that are not templates are not copied: ${terminalText(others.map((s) => s.name).join(", "))}\n`,
    );
  if (read.otherSets > 0)
    io.stderr(`green-audit template: ${terminalText(workbook)} holds several template sets; the first was refreshed\n`);
  return EXIT_OK;
}
