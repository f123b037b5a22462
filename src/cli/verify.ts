/**
 * `green-audit verify FILE.xlsx… [--format text|json|csv] [--out FILE] [--lang zh-CN|en-US] [--detail] [--jobs N]`:
 * reviews every workbook (docs/review-codes.md) and reports the findings — in the text format one line per
 * problem (repeated findings grouped with their cells) under a headline with the total score recomputed
 * beside the workbook's. Exit 0 when no workbook has an error finding,
 * 1 when any has, 2 when a file cannot be read — the other files are still checked and reported, and each
 * unreadable file gets one line saying why. Several files are checked on every core, in this thread and worker
 * threads (verifyPool.ts), and reported in the order given.
 */
import { Option, type Command } from "commander";
import {
  SEVERITY_LABELS,
  findingLabel,
  foundTemplates,
  groupFindings,
  groupTitle,
  reviewHeadline,
  yearTotalLine,
  yearTotals,
  type Finding,
  type FindingGroup,
} from "../domain/review";
import type { Lang } from "../domain/text";
import type { CellValue } from "../domain/templates/sheetPlan";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { csvRows, terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";
import { renderTable } from "./table";
import { verifyFile, verifyFileWithin, type FileResult } from "./verifyFile";
import { defaultJobs, parseJobs, verifyInWorkers, workerStarter } from "./verifyPool";

export type { FileResult, Unreadable } from "./verifyFile";

type Format = "text" | "json" | "csv";

interface VerifyArgs {
  format: Format;
  out?: string;
  force?: boolean;
  /** the language of the text format; by default each workbook's own */
  lang?: Lang;
  /** text format: every finding of a group listed under it */
  detail?: boolean;
  /** files checked at once, in this thread and worker threads; by default one per processor core */
  jobs?: number;
}

const value = (v: CellValue) => (v === null ? "" : String(v));

export const CSV_HEADER = [
  "file",
  "severity",
  "code",
  "finding_zh",
  "finding_en",
  "sheet",
  "cell",
  "message_zh",
  "message_en",
  "expected",
  "found",
] as const;

function csv(results: readonly FileResult[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const r of results) {
    if ("unreadable" in r)
      rows.push([
        r.file,
        "unreadable",
        "file-unreadable",
        "无法读取",
        "cannot read",
        "",
        "",
        `无法读取：${r.unreadable.words.zh}`,
        `cannot read: ${r.unreadable.words.en}`,
        "",
        "",
      ]);
    else {
      for (const f of r.report.findings) {
        const { name } = findingLabel(f.code);
        rows.push([
          r.file,
          f.severity,
          f.code,
          name.zh,
          name.en,
          f.sheet,
          f.cell,
          f.message.zh,
          f.message.en,
          value(f.expected),
          value(f.found),
        ]);
      }
    }
  }
  // a byte-order mark so Excel opens the UTF-8 file with its Chinese intact
  return `\uFEFF${csvRows(rows)}`;
}

/** JSON keeps every finding with its code and adds the words, the groups and the per-year totals. */
function json(results: readonly FileResult[]): string {
  const files = results.map((r) => {
    if ("unreadable" in r)
      return { file: r.file, readable: false, code: r.unreadable.code, reason: r.unreadable.words };
    const { findings, summary } = r.report;
    return {
      file: r.file,
      readable: true,
      templateFound: summary.templates.length > 0,
      summary,
      totals: yearTotals(summary),
      groups: groupFindings(findings).map((g) => ({
        code: g.code,
        finding: findingLabel(g.code).name,
        severity: g.severity,
        sheet: g.sheet,
        count: g.findings.length,
        cells: g.cells,
      })),
      findings: findings.map((f) => ({ ...f, finding: findingLabel(f.code).name })),
    };
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}

const TEXT = {
  header: { zh: ["级别", "问题", "位置", "说明"], en: ["severity", "finding", "where", "what to do / message"] },
  more: { zh: (n: number) => ` 等共 ${n} 处`, en: (n: number) => ` and ${n - 1} more` },
  unreadable: { zh: "无法读取", en: "UNREADABLE" },
} as const;

/** At most this many ranges in the table's "where" column; --detail lists every cell. */
const WHERE_RANGES = 6;

function where(g: FindingGroup<Finding>, w: "zh" | "en"): string {
  const cells =
    g.cells.length > WHERE_RANGES
      ? `${g.cells.slice(0, WHERE_RANGES).join(", ")}${TEXT.more[w](g.findings.length)}`
      : g.cells.join(", ");
  return g.sheet && cells ? `${g.sheet}!${cells}` : g.sheet || cells;
}

/** One row per group: the words, where, and the finding's own message (one) or what to do (several). */
function groupRows(g: FindingGroup<Finding>, w: "zh" | "en", detail: boolean): string[][] {
  const single = g.findings.length === 1;
  const head = [
    SEVERITY_LABELS[g.severity][w],
    groupTitle(g, w),
    where(g, w),
    single ? (g.findings[0]?.message[w] ?? "") : findingLabel(g.code).action[w],
  ];
  const rows = [head];
  if (detail && !single) for (const f of g.findings) rows.push(["", "", `  ${f.cell || f.sheet}`, f.message[w]]);
  return rows.map((row) => row.map(terminalText));
}

/** The language the workbooks speak when they agree (an unreadable file's line follows it), else Chinese. */
function commonLang(results: readonly FileResult[]): Lang {
  const langs = new Set(
    results.flatMap((r) => ("report" in r && r.report.summary.lang !== undefined ? [r.report.summary.lang] : [])),
  );
  const [only] = langs;
  return langs.size === 1 && only !== undefined ? only : "zh-CN";
}

function text(results: readonly FileResult[], args: VerifyArgs): string {
  const fallback = args.lang ?? commonLang(results);
  const blocks = results.map((r) => {
    const lang = args.lang ?? ("report" in r ? r.report.summary.lang : undefined) ?? fallback;
    const w = lang === "zh-CN" ? "zh" : "en";
    if ("unreadable" in r) return terminalText(`${r.file}: ${TEXT.unreadable[w]} — ${r.unreadable.words[w]}`);
    const { summary, findings } = r.report;
    const head = [
      `${terminalText(r.file)}: ${reviewHeadline(summary, w)}`,
      ...yearTotals(summary).map((t) => `  ${yearTotalLine(t, w)}`),
    ].join("\n");
    // an empty or foreign workbook: the headline says so; there is nothing to list
    if (findings.length === 0 || !foundTemplates(summary)) return head;
    const rows = groupFindings(findings).flatMap((g) => groupRows(g, w, args.detail === true));
    return `${head}\n${renderTable(TEXT.header[w], rows)}`;
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

/**
 * Workbooks this thread checks itself beside the workers: those whose zip declares at most 32 MiB uncompressed in
 * all (the sample park declares 1.6 MiB; a park with 10 000 option rows about 80 MiB). However densely such a file
 * packs its cells, its check stays small beside this thread's heap: 1.3 million one-digit cells in 32 MiB took
 * 313 MiB at peak. A larger workbook goes to a worker, whose heap is limited: if it runs out of memory, only that
 * file's check stops.
 */
const HERE_DECLARED_BYTES = 32 * 1024 * 1024;

/** Several files on several cores, this thread among them (verifyPool.ts); one file, or one job, in this thread. */
async function verifyAll(files: readonly string[], jobs: number): Promise<FileResult[]> {
  const start = files.length > 1 && jobs > 1 ? workerStarter(jobs) : undefined;
  if (start === undefined) return files.map(verifyFile);
  return verifyInWorkers(files, jobs, start, (file) => verifyFileWithin(file, HERE_DECLARED_BYTES));
}

export async function verifyFiles(files: readonly string[], args: VerifyArgs, io: CliIo): Promise<number> {
  if (args.out !== undefined) {
    try {
      checkOutput(
        args.out,
        "--out",
        args.force === true,
        files.map((path) => ({ path, role: "a workbook to verify" })),
      );
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      io.stderr(`green-audit verify: ${terminalText(error.message)}\n`);
      return EXIT_USAGE;
    }
  }
  const results = await verifyAll(files, args.jobs ?? defaultJobs());
  const output = args.format === "json" ? json(results) : args.format === "csv" ? csv(results) : text(results, args);
  const delivered = deliver(output, args, io);
  // each unreadable file once more on standard error, in the language of the text report
  const w = (args.lang ?? commonLang(results)) === "zh-CN" ? "zh" : "en";
  for (const r of results)
    if ("unreadable" in r) io.stderr(`green-audit verify: ${terminalText(`${r.file}: ${r.unreadable.words[w]}`)}\n`);
  if (!delivered || results.some((r) => "unreadable" in r)) return EXIT_USAGE;
  return results.some((r) => "report" in r && r.report.summary.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export const verifyCommand: CliCommand = {
  name: "verify",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("verify")
      .description("recalculate GreenAudit workbooks and report every discrepancy")
      .argument("<files...>", ".xlsx workbooks to verify")
      .addOption(new Option("--format <format>", "report format").choices(["text", "json", "csv"]).default("text"))
      .option("--out <file>", "write the report to this file instead of standard output")
      .option("--force", "replace --out when it exists")
      .addOption(
        new Option("--lang <lang>", "language of the text format (default: each workbook's own language)").choices([
          "zh-CN",
          "en-US",
        ]),
      )
      .option("--detail", "text format: list every finding of a repeated problem under it")
      .option(
        "--jobs <n>",
        "files checked at once, by the command itself and by worker threads (default: one per processor core)",
        parseJobs,
      )
      .action(async (files: string[], args: VerifyArgs) => {
        exit(await verifyFiles(files, args, io));
      });
  },
};
