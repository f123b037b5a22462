/**
 * `green-audit export WORKBOOK.xlsx --out FILE.json [--force]` (docs/data-file.md "Export"): reads a filled
 * workbook's inputs back into a park data file, which `green-audit template --data` turns into the same
 * workbook. The workbook is read by the bounded reader; the file is written to a temporary file renamed into
 * place, never over an existing one without --force. Exit 0 when written, 1 when written but some values are
 * ones a park data file refuses (each listed: fix them in the workbook), 2 when nothing could be read.
 */
import type { Command } from "commander";
import { exportParkData } from "../domain/schema/exportParkData";
import { problemLines } from "../domain/schema/parkData";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";

interface ExportArgs {
  out: string;
  force?: boolean;
}

/** Thrown for a workbook that cannot be exported: one line on stderr, exit 2. */
class ExportError extends Error {}

function readWorkbook(file: string) {
  try {
    return readXlsxFile(file);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw new ExportError(`${file}: ${error.message}`);
    throw new ExportError(`${file}: cannot read: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
}

export function exportWorkbook(workbook: string, args: ExportArgs, io: CliIo): number {
  checkOutput(args.out, "--out", args.force === true, [{ path: workbook, role: "the workbook" }]);
  const result = exportParkData(readWorkbook(workbook));
  if (!result.ok) throw new ExportError(`${workbook}: ${result.message}`);
  writeOutput(args.out, `${JSON.stringify(result.file, null, 2)}\n`);
  const years = result.file.years as number[];
  io.stdout(`wrote ${args.out}: the inputs of ${workbook} (${years[1]}–${years[3]}, base ${years[0]})\n`);
  if (result.otherSets > 0)
    io.stderr(
      `green-audit export: ${workbook} holds ${result.otherSets + 1} template sets; the first one was exported\n`,
    );
  if (result.problems.length === 0) return EXIT_OK;
  for (const line of problemLines(result.problems))
    io.stderr(`green-audit export: ${terminalText(`${args.out}: ${line}`)}\n`);
  io.stderr(`green-audit export: fix these values in the workbook; template --data refuses the file until then\n`);
  return EXIT_FINDINGS;
}

export const exportCommand: CliCommand = {
  name: "export",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("export")
      .description("read a filled workbook's inputs into a park data file (format: docs/data-file.md)")
      .argument("<workbook>", "the .xlsx workbook made from the templates")
      .requiredOption("--out <file>", "the park data file (JSON) to write")
      .option("--force", "replace --out when it exists")
      .action((workbook: string, args: ExportArgs) => {
        try {
          exit(exportWorkbook(workbook, args, io));
        } catch (error) {
          if (!(error instanceof ExportError || error instanceof OutputError)) throw error;
          io.stderr(`green-audit export: ${terminalText(error.message)}\n`);
          exit(EXIT_USAGE);
        }
      });
  },
};
