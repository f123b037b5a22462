/**
 * `green-audit verify FILE.xlsx… [--format text|json|csv] [--out FILE] [--lang zh-CN|en-US]` (SPEC §6):
 * reviews every workbook (SPEC §5) and reports the findings. Exit 0 when no workbook has an error finding,
 * 1 when any has, 2 when a file cannot be read — the other files are still checked and reported, and each
 * unreadable file gets one line saying why.
 */
import { readFileSync, statSync } from "node:fs";
import { Option, type Command } from "commander";
import { reviewWorkbook, type Finding, type ReviewReport } from "../domain/review";
import type { CellValue } from "../domain/templates/sheetPlan";
import { READ_LIMITS, UnreadableWorkbook, readWorkbookBytes } from "../xlsx/readWorkbookFile";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { csvRows, terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";
import { renderTable } from "./table";

type Format = "text" | "json" | "csv";

interface VerifyArgs {
  format: Format;
  out?: string;
  force?: boolean;
  lang: "zh-CN" | "en-US";
}

export type FileResult = { readonly file: string; readonly report: ReviewReport } | { readonly file: string; readonly unreadable: string };

export async function verifyFile(file: string): Promise<FileResult> {
  try {
    const size = statSync(file).size;
    if (size > READ_LIMITS.fileBytes) return { file, unreadable: `file too large (${Math.round(size / 1024 / 1024)} MB; the limit is ${READ_LIMITS.fileBytes / 1024 / 1024} MB)` };
    const snapshot = await readWorkbookBytes(new Uint8Array(readFileSync(file)));
    return { file, report: reviewWorkbook(snapshot) };
  } catch (error) {
    if (error instanceof UnreadableWorkbook) return { file, unreadable: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { file, unreadable: "no such file" };
    if (code === "EISDIR") return { file, unreadable: "a directory, not a file" };
    if (code === "EACCES") return { file, unreadable: "permission denied" };
    return { file, unreadable: `cannot read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
}

const value = (v: CellValue) => (v === null ? "" : String(v));

export const CSV_HEADER = ["file", "severity", "code", "sheet", "cell", "message_zh", "message_en", "expected", "found"] as const;

function csv(results: readonly FileResult[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const r of results) {
    if ("unreadable" in r) rows.push([r.file, "unreadable", "file-unreadable", "", "", `无法读取：${r.unreadable}`, `cannot read: ${r.unreadable}`, "", ""]);
    else for (const f of r.report.findings) rows.push([r.file, f.severity, f.code, f.sheet, f.cell, f.message.zh, f.message.en, value(f.expected), value(f.found)]);
  }
  // a byte-order mark so Excel opens the UTF-8 file with its Chinese intact
  return `\uFEFF${csvRows(rows)}`;
}

function json(results: readonly FileResult[]): string {
  const files = results.map((r) => ("unreadable" in r ? { file: r.file, readable: false, reason: r.unreadable } : { file: r.file, readable: true, summary: r.report.summary, findings: r.report.findings }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

function scores(r: ReviewReport): string {
  const shown = r.summary.totalScores.map((s) => (s === null ? "–" : s.toFixed(2)));
  return shown.every((s) => s === "–") ? "" : `; total score ${shown.join(" / ")}`;
}

function text(results: readonly FileResult[], lang: VerifyArgs["lang"]): string {
  const blocks = results.map((r) => {
    if ("unreadable" in r) return terminalText(`${r.file}: UNREADABLE — ${r.unreadable}`);
    const s = r.report.summary;
    const head = `${terminalText(r.file)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.info} info${scores(r.report)}`;
    if (r.report.findings.length === 0) return head;
    const rows = r.report.findings.map((f: Finding) => [f.severity, f.code, f.cell ? `${f.sheet}!${f.cell}` : f.sheet, lang === "zh-CN" ? f.message.zh : f.message.en].map(terminalText));
    return `${head}\n${renderTable(["severity", "code", "where", "message"], rows)}`;
  });
  return `${blocks.join("\n\n")}\n`;
}

/** Writes the report to --out or standard output; false (after one line on stderr) when --out fails. */
function deliver(output: string, args: VerifyArgs, io: CliIo): boolean {
  if (args.out === undefined) {
    io.stdout(output);
    return true;
  }
  try {
    writeOutput(args.out, output);
    return true;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`green-audit verify: ${terminalText(error.message)}\n`);
    return false;
  }
}

export async function verifyFiles(files: readonly string[], args: VerifyArgs, io: CliIo): Promise<number> {
  if (args.out !== undefined) {
    try {
      checkOutput(args.out, "--out", args.force === true, files.map((path) => ({ path, role: "a workbook to verify" })));
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      io.stderr(`green-audit verify: ${terminalText(error.message)}\n`);
      return EXIT_USAGE;
    }
  }
  const results: FileResult[] = [];
  for (const file of files) results.push(await verifyFile(file));
  const output = args.format === "json" ? json(results) : args.format === "csv" ? csv(results) : text(results, args.lang);
  const delivered = deliver(output, args, io);
  for (const r of results) if ("unreadable" in r) io.stderr(`green-audit verify: ${terminalText(`${r.file}: ${r.unreadable}`)}\n`);
  if (!delivered || results.some((r) => "unreadable" in r)) return EXIT_USAGE;
  return results.some((r) => "report" in r && r.report.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export const verifyCommand: CliCommand = {
  name: "verify",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("verify")
      .description("recalculate GreenAudit workbooks and report every discrepancy (SPEC §5)")
      .argument("<files...>", ".xlsx workbooks to verify")
      .addOption(new Option("--format <format>", "report format").choices(["text", "json", "csv"]).default("text"))
      .option("--out <file>", "write the report to this file instead of standard output")
      .option("--force", "replace --out when it exists")
      .addOption(new Option("--lang <lang>", "language of the messages in the text format").choices(["zh-CN", "en-US"]).default("zh-CN"))
      .action(async (files: string[], args: VerifyArgs) => {
        exit(await verifyFiles(files, args, io));
      });
  },
};
