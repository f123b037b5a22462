/**
 * `green-audit merge FILES… --into PARK.xlsx --out MERGED.xlsx|DATA.json [--enterprises LIST.json] [--force]`
 * (docs/enterprises.md "Merging"): the returned enterprise workbooks read one at a time (only their numbers kept),
 * checked, and summed into the park: an .xlsx output is the park workbook rebuilt with an 企业汇总 sheet whose
 * yearly totals the data sheet's summed items are formulas over; a .json output is the park data file with the
 * sums as values. Findings one line per file and cell. Exit codes as `verify`: 0 merged clean, 1 merged with
 * findings, 2 nothing merged from some file (or nothing written at all).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { Option, type Command } from "commander";
import type { MergeFinding, MergeResult } from "../domain/enterprise/merge";
import { LIST_FILE_BYTES, parseEnterpriseListBytes, type EnterpriseList } from "../domain/enterprise/listFile";
import {
  mergedParkFile,
  mergedWorkbookPlans,
  mergeWords,
  readParkForMerge,
  startMerge,
  type ParkForMerge,
} from "../domain/enterprise/mergePark";
import type { ReadReturn } from "../domain/enterprise/readReturn";
import { problemLines } from "../domain/schema/parkData";
import type { Lang } from "../domain/text";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { readEnterpriseFile } from "./mergeRead";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";
import { defaultJobs, inWorkers, parseJobs, workerStarter } from "./verifyPool";

interface MergeArgs {
  into: string;
  out: string;
  enterprises?: string;
  /** the findings' language; the park workbook's when not given */
  lang?: Lang;
  force?: boolean;
  jobs?: number;
}

/** Nothing can be merged at all (the park workbook, the list, the output): one line, exit 2. */
class MergeError extends Error {}

function readPark(path: string, lang: Lang | undefined): ParkForMerge {
  const w = (t: { zh: string; en: string }) => (lang === "zh-CN" ? t.zh : t.en);
  let snapshot;
  try {
    snapshot = readXlsxFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw new MergeError(`--into ${path}: ${w(error.words)}`);
    throw error;
  }
  const read = readParkForMerge(snapshot);
  if (!read.ok) throw new MergeError(`--into ${path}: ${w(read.words)}`);
  return read.park;
}

function readList(path: string | undefined, years: readonly number[], w: "zh" | "en"): EnterpriseList | undefined {
  if (path === undefined) return undefined;
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) throw new MergeError(`--enterprises ${path}: ${w === "zh" ? "没有这个文件" : "no such file"}`);
  if (stats.size > LIST_FILE_BYTES)
    throw new MergeError(
      `--enterprises ${path}: ${w === "zh" ? "文件过大，不是企业名单" : "too large for an enterprise list"}`,
    );
  const result = parseEnterpriseListBytes(new Uint8Array(readFileSync(path)), years);
  if (!result.ok) throw new MergeError(`--enterprises ${path}: ${problemLines(result.problems, w).join("; ")}`);
  return result.list;
}

/** One line per finding, grouped by file in the order given. */
function findingLines(findings: readonly MergeFinding[], order: readonly string[], w: "zh" | "en"): string[] {
  const rank = new Map(order.map((f, i) => [f, i]));
  return [...findings]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank.get(a.f.file) ?? order.length) - (rank.get(b.f.file) ?? order.length) || a.i - b.i)
    .map(({ f }) => {
      const where = [f.file, f.cell].filter(Boolean).join(": ");
      const who = f.enterprise ? ` [${f.enterprise}]` : "";
      return `${where}${who}: ${f.words[w]}`;
    });
}

/** The one-line summary on standard output, in the findings' language. */
function summaryLine(
  out: string,
  into: string,
  merged: number,
  files: number,
  result: MergeResult,
  refused: number,
  found: number,
  w: "zh" | "en",
): string {
  const { total, audited } = result.keyEnterprises;
  return w === "zh"
    ? `已写入 ${out}：${files} 个企业填报表中 ${merged} 个已合并到 ${basename(into)}` +
        `${total > 0 ? `；重点企业完成清洁生产审核 ${audited} 家（共 ${total} 家）` : ""}` +
        `；未合并 ${refused} 个，发现问题 ${found} 条\n`
    : `wrote ${out}: ${merged} of ${files} enterprise workbooks merged into ${basename(into)}` +
        `${total > 0 ? `; key enterprises with a completed audit ${audited} of ${total}` : ""}` +
        `; ${refused} not merged, ${found} findings\n`;
}

/**
 * The enterprise workbooks' figures in the order given: on every core (verifyPool.ts), each worker reading one
 * file at a time and keeping only its figures; one file, or one job, in this thread.
 */
async function readAll(files: readonly string[], jobs: number): Promise<ReadReturn[]> {
  const start = files.length > 1 && jobs > 1 ? workerStarter(jobs, "mergeWorker") : undefined;
  if (!start) return files.map(readEnterpriseFile);
  return inWorkers<ReadReturn>(files, jobs, start, (_, words) => ({ ok: false, why: words }));
}

export async function merge(files: readonly string[], args: MergeArgs, io: CliIo): Promise<number> {
  const json = /\.json$/i.test(args.out);
  if (!json && !/\.xlsx$/i.test(args.out))
    throw new MergeError(`--out ${args.out}: name an .xlsx workbook or a .json data file`);
  checkOutput(args.out, "--out", args.force === true, [
    { path: args.into, role: "the park workbook" },
    ...files.map((path) => ({ path, role: "an enterprise workbook" })),
    ...(args.enterprises ? [{ path: args.enterprises, role: "the enterprise list" }] : []),
  ]);
  const park = readPark(args.into, args.lang);
  const w = mergeWords(park, args.lang);
  const list = readList(args.enterprises, park.file.years as number[], w);
  const run = startMerge(park, list);
  const reads = await readAll(files, args.jobs ?? defaultJobs());
  reads.forEach((read, i) => {
    const path = files[i] ?? "";
    if (read.ok) run.add(path, read.value);
    else run.refuse(path, read.why);
  });
  const result = run.finish(args.enterprises ?? "--enterprises");
  if (result.enterprises.length === 0) {
    for (const line of findingLines(result.findings, files, w)) io.stderr(`green-audit merge: ${terminalText(line)}\n`);
    throw new MergeError(
      w === "zh" ? "没有可合并的企业填报表：未写入任何文件" : "no enterprise workbook could be merged: nothing written",
    );
  }
  const merged = mergedParkFile(park, result);
  const notes = merged.replaced.map((r) => `${args.into}: ${r.words[w]}`);
  if (json) writeOutput(args.out, `${JSON.stringify(merged.file, null, 2)}\n`);
  else {
    const { planToXlsx } = await import("../xlsx/writePlan");
    // the list sheets (企业汇总 of many enterprises, 方案汇总) have their rows written directly (src/xlsx/directRows.ts)
    writeOutput(args.out, await planToXlsx(mergedWorkbookPlans(park, merged.file, result)));
  }
  const refused = result.findings.filter((f) => f.severity === "refused").length;
  const found = result.findings.length - refused + notes.length;
  io.stdout(summaryLine(args.out, args.into, result.enterprises.length, files.length, result, refused, found, w));
  for (const line of [...findingLines(result.findings, files, w), ...notes])
    io.stderr(`green-audit merge: ${terminalText(line)}\n`);
  return refused > 0 ? EXIT_USAGE : found > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export const mergeCommand: CliCommand = {
  name: "merge",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("merge")
      .description("merge returned enterprise data workbooks into a park workbook (docs/enterprises.md)")
      .argument("<files...>", "the enterprises' .xlsx workbooks")
      .requiredOption("--into <workbook>", "the park workbook (.xlsx) made from the templates")
      .requiredOption("--out <file>", "the merged workbook (.xlsx) or park data file (.json) to write")
      .option("--enterprises <file>", "the enterprise list, to name who sent nothing and key enterprises' audits")
      .addOption(
        new Option("--lang <lang>", "language of the findings (default: the park workbook's)").choices([
          "zh-CN",
          "en-US",
        ]),
      )
      .option("--force", "replace --out when it exists")
      .option("--jobs <n>", "workbooks read at once, in worker threads (default: one per processor core)", parseJobs)
      .action(async (files: string[], args: MergeArgs) => {
        try {
          exit(await merge(files, args, io));
        } catch (error) {
          if (!(error instanceof MergeError || error instanceof OutputError)) throw error;
          io.stderr(`green-audit merge: ${terminalText(error.message)}\n`);
          exit(EXIT_USAGE);
        }
      });
  },
};
