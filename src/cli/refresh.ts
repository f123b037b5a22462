/**
 * `green-audit template --refresh OLD.xlsx --out NEW.xlsx` (docs/data-file.md "Upgrading a workbook"): the
 * workbook's templates rebuilt by this version — new columns and rows added, labels and formulas current — with
 * every typed value carried over by its key, in the workbook's own language, formula mode and years. A workbook
 * made by the previous version is read where that version put its inputs. When a typed value has no place in
 * the current templates nothing is written and each such value is listed (exit 1). A typed value the template
 * now computes (a synergy actual linked to the data sheet, the CO₂ of the carbon inventory) is written, and each
 * is listed with what the template shows instead (exit 1).
 */
import { builtPlan } from "../domain/templates/builtPlans";
import { isRetiredTeamKey } from "../domain/templates/specs/team";
import { readWorkbookInputs, parkDataFromInputs } from "../domain/schema/exportParkData";
import type { ParkDataFile } from "../domain/schema/parkData";
import { optionsFromParkData } from "../domain/schema/parkDataOptions";
import { cellAddress } from "../domain/templates/a1";
import { withDependencies } from "../domain/templates/specs";
import { setMetadata, type InputCell } from "../domain/review/readInputs";
import type { CellValue, PlannedCell, SheetPlan } from "../domain/templates/sheetPlan";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, writeOutput } from "./safeWrite";

/** A workbook that cannot be refreshed: one line, exit 2. */
export class RefreshError extends Error {}

const isEmpty = (v: CellValue) => v === null || v === "";

/** The same value as shown: numbers equal to 1e-9 relative, other values as text. */
function sameShown(a: CellValue | undefined, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a ?? "") === String(b ?? "");
}

const shown = (v: CellValue | undefined) =>
  v === null || v === undefined || v === "" ? "nothing until its inputs are filled" : JSON.stringify(v);

/**
 * The CO₂ a previous-version workbook typed is its reported figure now; where the data sheet computes the figure
 * used from the carbon inventory (docs/templates.md#carbon-inventory) and it differs, the user is told.
 */
function supersededReported(inputs: readonly InputCell[], computed: ReadonlyMap<string, PlannedCell>) {
  return inputs.flatMap((i) => {
    const year = i.templateId === "data" && !isEmpty(i.value) ? /^data:co2_reported:(\d)$/.exec(i.key)?.[1] : undefined;
    const now = year === undefined ? undefined : computed.get(`data\u0000data:co2:${year}`);
    return now && !sameShown(now.value, i.value) ? [{ i, now }] : [];
  });
}

/** "templateId\u0000key" of the plans' keyed cells of the given roles. */
function keysOf(plans: readonly SheetPlan[], role: (r: PlannedCell["role"]) => boolean): Set<string> {
  return new Set(
    plans.flatMap((p) => p.cells.flatMap((c) => (role(c.role) && c.key ? [`${p.templateId}\u0000${c.key}`] : []))),
  );
}

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
  const meta = setMetadata(read.set);
  const file = parkDataFromInputs(read.set, read.inputs) as unknown as ParkDataFile;
  const specs = withDependencies([...read.set.keys()]);
  const options = { lang: meta.lang, mode: meta.mode, years: meta.years, nameSuffix: "", ...optionsFromParkData(file) };
  const plans = specs.map((spec) => builtPlan(spec, options));

  // a typed value whose key the current template computes now (a label or a formula) is replaced, and said so;
  // one whose key the current template no longer has at all would be lost: say so and write nothing
  const inputKeys = keysOf(plans, (role) => role === "input");
  const computedKeys = new Map(
    plans.flatMap((p) =>
      p.cells.flatMap((c) => (c.role !== "input" && c.key ? [[`${p.templateId}\u0000${c.key}`, c]] : [])),
    ),
  );
  const typed = read.inputs.filter(
    (i) =>
      !isEmpty(i.value) &&
      !inputKeys.has(`${i.templateId}\u0000${i.key}`) &&
      !(i.templateId === "team" && isRetiredTeamKey(i.key)),
  );
  const place = (i: (typeof typed)[number]) => {
    const sheet = read.set.get(i.templateId)?.sheet.name ?? i.templateId;
    return `${sheet}${i.row === undefined ? "" : `!${cellAddress(i.row, i.col)}`}`;
  };
  const lost = typed.filter((i) => !computedKeys.has(`${i.templateId}\u0000${i.key}`));
  if (lost.length > 0) {
    for (const i of lost.slice(0, 20))
      io.stderr(
        `green-audit template: ${terminalText(`${place(i)}: ${JSON.stringify(i.value)} has no place in the current template`)}\n`,
      );
    if (lost.length > 20) io.stderr(`green-audit template: and ${lost.length - 20} more\n`);
    io.stderr(`green-audit template: ${terminalText(workbook)} was not refreshed: nothing written\n`);
    return EXIT_FINDINGS;
  }
  const replaced = typed.flatMap((i) => {
    const now = computedKeys.get(`${i.templateId}\u0000${i.key}`);
    return now && !sameShown(now.value, i.value) ? [{ i, now }] : [];
  });
  const superseded = read.previous.includes("data") ? supersededReported(read.inputs, computedKeys) : [];
  const notes = replaced.length + superseded.length;

  const { planToXlsx } = await import("../xlsx/writePlan");
  writeOutput(args.out, await planToXlsx(plans));
  const upgraded = read.previous.length > 0 ? ", upgraded from the previous version" : "";
  const kept = notes === 0 ? "every typed value kept" : `${notes} typed values now computed, listed below`;
  io.stdout(
    `wrote ${args.out}: ${plans.map((p) => p.templateId).join(", ")} refreshed from ${workbook} (${meta.mode}, ${meta.lang}, ${meta.years[1]}–${meta.years[3]}, base ${meta.years[0]}${upgraded}; ${kept})\n`,
  );
  for (const { i, now } of superseded)
    io.stderr(
      `green-audit template: ${terminalText(`${place(i)}: the typed CO₂ ${JSON.stringify(i.value)} is kept as the reported figure; the figure used is now the carbon inventory's, which shows ${shown(now.value)}`)}\n`,
    );
  for (const { i, now } of replaced)
    io.stderr(
      `green-audit template: ${terminalText(`${place(i)}: the typed ${JSON.stringify(i.value)} is replaced by the template's formula, which shows ${shown(now.value)}`)}\n`,
    );
  const others = snapshot.sheets.filter((s) => ![...read.set.values()].some((t) => t.sheet.name === s.name));
  if (others.length > 0)
    io.stderr(
      `green-audit template: sheets that are not templates are not copied: ${terminalText(others.map((s) => s.name).join(", "))}\n`,
    );
  if (read.otherSets > 0)
    io.stderr(`green-audit template: ${terminalText(workbook)} holds several template sets; the first was refreshed\n`);
  return notes === 0 ? EXIT_OK : EXIT_FINDINGS;
}
