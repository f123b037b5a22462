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
import { findCarrier, parameterValue, PARAMETER_IDS, reportingUnit } from "../domain/catalog";
import { convertQuantity } from "../domain/calc";
import { EnterpriseMerge, type MergeFinding, type MergeResult } from "../domain/enterprise/merge";
import { LIST_FILE_BYTES, parseEnterpriseListBytes, type EnterpriseList } from "../domain/enterprise/listFile";
import { readReturn } from "../domain/enterprise/readReturn";
import { buildSummarySheet } from "../domain/enterprise/summarySheet";
import { parkDataFromInputs, readWorkbookInputs } from "../domain/schema/exportParkData";
import { problemLines, type ParkDataFile } from "../domain/schema/parkData";
import { optionsFromParkData } from "../domain/schema/parkDataOptions";
import { withDependencies } from "../domain/templates/specs";
import type { TemplateOptions } from "../domain/templates/context";
import { DATA_ITEMS } from "../domain/catalog";
import type { Lang } from "../domain/text";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { UnreadableWorkbook } from "../xlsx/unreadable";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";

interface MergeArgs {
  into: string;
  out: string;
  enterprises?: string;
  lang: Lang;
  force?: boolean;
}

/** Nothing can be merged at all (the park workbook, the list, the output): one line, exit 2. */
class MergeError extends Error {}

type Values = Record<string, (number | string | null)[]>;

function readPark(path: string) {
  let snapshot;
  try {
    snapshot = readXlsxFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw new MergeError(`--into ${path}: ${error.message}`);
    throw error;
  }
  const read = readWorkbookInputs(snapshot);
  if (!read.ok) throw new MergeError(`--into ${path}: ${read.message}`);
  if (!read.set.has("data"))
    throw new MergeError(`--into ${path}: the workbook has no data sheet (基础数据) to merge into`);
  const meta = (read.set.get("data") ?? [...read.set.values()][0])?.metadata;
  if (!meta) throw new MergeError(`--into ${path}: no template found`);
  const file = parkDataFromInputs(read.set, read.inputs) as unknown as ParkDataFile;
  return { meta, file, templates: [...read.set.keys()] };
}

function readList(path: string | undefined, years: readonly number[], w: "zh" | "en"): EnterpriseList | undefined {
  if (path === undefined) return undefined;
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) throw new MergeError(`--enterprises ${path}: no such file`);
  if (stats.size > LIST_FILE_BYTES) throw new MergeError(`--enterprises ${path}: too large for an enterprise list`);
  const result = parseEnterpriseListBytes(new Uint8Array(readFileSync(path)), years);
  if (!result.ok) throw new MergeError(`--enterprises ${path}: ${problemLines(result.problems, w).join("; ")}`);
  return result.list;
}

/** The jump threshold of the park's parameter sheet (参数), else the catalog's. */
function jumpThreshold(file: ParkDataFile): number | null {
  const given = file.parameters?.values?.[PARAMETER_IDS.enterpriseJumpThreshold];
  return given === undefined ? parameterValue(PARAMETER_IDS.enterpriseJumpThreshold) : given;
}

/** The park file with the enterprises' sums; each typed park value the sums replace is reported. */
function mergedFile(
  file: ParkDataFile,
  result: MergeResult,
  into: string,
  w: "zh" | "en",
): { file: ParkDataFile; notes: string[] } {
  const notes: string[] = [];
  const years = file.years as number[];
  const values: Values = { ...(file.values as Values) };
  for (const [item, sums] of Object.entries(result.sums.values)) {
    const typed = values[item] ?? [null, null, null, null];
    const name = DATA_ITEMS.find((d) => d.id === item)?.name;
    sums.forEach((sum, k) => {
      const before = typed[k];
      if (before !== null && before !== undefined && before !== "" && before !== sum)
        notes.push(
          w === "zh"
            ? `${into}: 基础数据 ${name?.zh ?? item}（${years[k]} 年）原填 ${before}，现为企业合计 ${sum ?? "（空）"}`
            : `${into}: Data ${name?.en ?? item} (${years[k]}): the typed ${before} is replaced by the enterprises' sum ${sum ?? "(empty)"}`,
        );
    });
    values[item] = sums;
  }
  const energy = [...(file.energy ?? [])].map((row) => ({ ...row }));
  for (const [carrierId, sums] of Object.entries(result.sums.energy)) {
    const carrier = findCarrier(carrierId);
    if (!carrier) continue;
    const at = energy.findIndex((r) => findCarrier(r.carrier)?.id === carrierId);
    const row = at >= 0 ? energy[at] : undefined;
    const unit = row?.unit ?? reportingUnit(carrier);
    // the sums are in the reporting unit; a row kept in another unit keeps its coefficients' meaning
    const inRowUnit = sums.map((v) => {
      if (v === null) return null;
      const c = convertQuantity(v, reportingUnit(carrier), unit);
      return c.ok ? c.value : v;
    });
    row?.values.forEach((before, k) => {
      const now = inRowUnit[k] ?? null;
      if (
        before !== null &&
        before !== undefined &&
        now !== null &&
        Math.abs(before - now) > 1e-9 * Math.max(1, Math.abs(now))
      )
        notes.push(
          w === "zh"
            ? `${into}: 基础数据 ${carrier.name.zh}（${years[k]} 年）原填 ${before} ${unit}，现为企业合计 ${now}`
            : `${into}: Data ${carrier.name.en} (${years[k]}): the typed ${before} ${unit} is replaced by the enterprises' sum ${now}`,
        );
    });
    if (row) energy[at] = { ...row, unit, values: inRowUnit };
    else energy.push({ carrier: carrierId, unit, values: inRowUnit });
  }
  return { file: { ...file, values, energy, basic: withAuditEvidence(file, result, w) } as ParkDataFile, notes };
}

/** 基础性要求 4 (园区重点企业100%实施清洁生产审核): the answer, where none is typed, and the evidence from the enterprises. */
function withAuditEvidence(file: ParkDataFile, result: MergeResult, w: "zh" | "en") {
  const rows = [...((file as { basic?: Record<string, unknown>[] }).basic ?? [])];
  const { total, audited, notAudited } = result.keyEnterprises;
  if (total === 0) return rows;
  const share = Math.round((audited / total) * 1000) / 10;
  const evidence =
    w === "zh"
      ? `企业填报表：重点企业 ${total} 家，已完成清洁生产审核 ${audited} 家（${share}%）${notAudited.length > 0 ? `；未完成：${notAudited.slice(0, 10).join("、")}${notAudited.length > 10 ? " 等" : ""}` : ""}`
      : `Enterprise workbooks: ${audited} of ${total} key enterprises completed a cleaner-production audit (${share} %)${notAudited.length > 0 ? `; not completed: ${notAudited.slice(0, 10).join(", ")}${notAudited.length > 10 ? " …" : ""}` : ""}`;
  const at = rows.findIndex((r) => r.id === "BR4");
  const before = at >= 0 ? rows[at] : undefined;
  const answer = before?.answer ?? (audited === total ? "符合" : "不符合");
  const row = { ...before, id: "BR4", answer, evidence };
  if (at >= 0) rows[at] = row;
  else rows.push(row);
  return rows;
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

export async function merge(files: readonly string[], args: MergeArgs, io: CliIo): Promise<number> {
  const w = args.lang === "zh-CN" ? "zh" : "en";
  const json = /\.json$/i.test(args.out);
  if (!json && !/\.xlsx$/i.test(args.out))
    throw new MergeError(`--out ${args.out}: name an .xlsx workbook or a .json data file`);
  checkOutput(args.out, "--out", args.force === true, [
    { path: args.into, role: "the park workbook" },
    ...files.map((path) => ({ path, role: "an enterprise workbook" })),
    ...(args.enterprises ? [{ path: args.enterprises, role: "the enterprise list" }] : []),
  ]);
  const park = readPark(args.into);
  const years = park.file.years as number[];
  const list = readList(args.enterprises, years, w);
  const run = new EnterpriseMerge(years, jumpThreshold(park.file), list);
  for (const path of files) {
    let snapshot;
    try {
      snapshot = readXlsxFile(path);
    } catch (error) {
      if (!(error instanceof UnreadableWorkbook)) throw error;
      run.refuse(path, { zh: `无法读取：${error.message}`, en: `cannot be read: ${error.message}` });
      continue;
    }
    const read = readReturn(snapshot);
    if (read.ok) run.add(path, read.value);
    else run.refuse(path, read.why);
  }
  const result = run.finish(args.enterprises ?? "--enterprises");
  if (result.enterprises.length === 0) {
    for (const line of findingLines(result.findings, files, w)) io.stderr(`green-audit merge: ${terminalText(line)}\n`);
    throw new MergeError("no enterprise workbook could be merged: nothing written");
  }
  const merged = mergedFile(park.file, result, args.into, w);
  if (json) writeOutput(args.out, `${JSON.stringify(merged.file, null, 2)}\n`);
  else {
    const options: TemplateOptions = {
      lang: park.meta.lang,
      mode: park.meta.mode,
      years: park.meta.years,
      nameSuffix: "",
      ...optionsFromParkData(merged.file),
      enterpriseSums: { items: Object.keys(result.sums.values), carriers: Object.keys(result.sums.energy) },
    };
    const plans = withDependencies(park.templates).map((spec) => spec.build(options));
    plans.push(buildSummarySheet(options, result.enterprises));
    const { planToXlsx } = await import("../xlsx/writePlan");
    writeOutput(args.out, await planToXlsx(plans));
  }
  const refused = result.findings.filter((f) => f.severity === "refused").length;
  const found = result.findings.length - refused + merged.notes.length;
  const { total, audited } = result.keyEnterprises;
  io.stdout(
    `wrote ${args.out}: ${result.enterprises.length} of ${files.length} enterprise workbooks merged into ${basename(args.into)}` +
      `${total > 0 ? `; key enterprises with a completed audit ${audited} of ${total}` : ""}` +
      `; ${refused} not merged, ${found} findings\n`,
  );
  for (const line of [...findingLines(result.findings, files, w), ...merged.notes])
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
      .addOption(new Option("--lang <lang>", "language of the findings").choices(["zh-CN", "en-US"]).default("en-US"))
      .option("--force", "replace --out when it exists")
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
