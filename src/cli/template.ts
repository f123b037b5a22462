/**
 * `green-audit template --out FILE.xlsx [--templates id,id…|all] [--years 2022,2023,2024]
 *  [--lang zh-CN|en-US] [--formulas native|custom] [--data FILE.json]` (README.md): writes the chosen
 * templates, and every template their formulas read, as an .xlsx — filled from a park data file when
 * one is given.
 */
import { builtPlan } from "../domain/templates/builtPlans";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { Option, type Command } from "commander";
import { FIRST_YEAR, LAST_YEAR, parseParkDataBytes, problemLines, type ParkDataFile } from "../domain/schema/parkData";
import type { TemplateOptions } from "../domain/templates/context";
import { optionsFromParkData } from "../domain/schema/parkDataOptions";
import { TEMPLATES, withDependencies } from "../domain/templates/specs";
import type { FormulaMode, Lang, TemplateId } from "../domain/templates/sheetPlan";
import { refreshWorkbook, RefreshError } from "./refresh";
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";

interface TemplateArgs {
  out: string;
  templates: string;
  years?: string;
  lang: Lang;
  formulas: FormulaMode;
  data?: string;
  force?: boolean;
  refresh?: string;
}

/** Thrown for a bad argument or input file: one line on stderr, exit 2. */
class UsageError extends Error {}

function chosenTemplates(list: string): TemplateId[] {
  if (list.trim() === "all") return TEMPLATES.map((t) => t.id);
  const ids = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !TEMPLATES.some((t) => t.id === id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(
      `unknown template ${unknown.map((u) => `"${u}"`).join(", ") || "(none)"}; choose from ${TEMPLATES.map((t) => t.id).join(", ")} or all`,
    );
  }
  return ids as TemplateId[];
}

/** The three evaluation years; the base year is the one before the first (docs/data-file.md). */
function evaluationYears(text: string | undefined, today: Date): [number, number, number, number] {
  if (text === undefined) {
    // 《北京市工业园区绿色诊断工作指南》附件2-1-2 注2: 年份1至年份3原则上为绿色诊断实施年份的前三年
    const y = today.getFullYear();
    return [y - 4, y - 3, y - 2, y - 1];
  }
  const [y1 = NaN, y2 = NaN, y3 = NaN, ...more] = text.split(",").map((s) => Number(s.trim()));
  const years = [y1, y2, y3];
  if (
    more.length > 0 ||
    years.some((y) => !Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR) ||
    !(y1 < y2 && y2 < y3)
  ) {
    throw new UsageError(`--years takes three increasing evaluation years, e.g. 2022,2023,2024; got "${text}"`);
  }
  return [y1 - 1, y1, y2, y3];
}

/**
 * A park data file is a few kilobytes, or tens of megabytes with a list of 50 000 options fully filled as
 * `green-audit export` writes it (docs/data-file.md); anything larger is not one.
 */
const DATA_FILE_BYTES = 100 * 1024 * 1024;

/** The park data file, its problems said in the language of the sheets (--lang). */
function readData(path: string, io: CliIo, lang: Lang): ParkDataFile {
  const w = lang === "zh-CN" ? "zh" : "en";
  const refuse = (zh: string, en: string) => new UsageError(`--data ${path}: ${w === "zh" ? zh : en}`);
  if (!existsSync(path)) throw refuse("没有这个文件", "no such file");
  // a regular file of bounded size: never a device, a pipe or a directory
  const stats = statSync(path);
  if (!stats.isFile()) throw refuse("不是普通文件", "not a regular file");
  const tooLarge = (size: number) => {
    const mb = Math.round(size / 1024 / 1024);
    return refuse(`${mb} MB，作为园区数据文件过大`, `${mb} MB is too large for a park data file`);
  };
  if (stats.size > DATA_FILE_BYTES) throw tooLarge(stats.size);
  // at most one byte beyond the size measured (and the limit) is read, whatever the file grew to since
  const bytes = readAtMost(path, Math.min(stats.size, DATA_FILE_BYTES) + 1);
  if (bytes.length > DATA_FILE_BYTES) throw tooLarge(bytes.length);
  const result = parseParkDataBytes(bytes);
  if (!result.ok)
    throw new UsageError(`--data ${path}: ${problemLines(result.problems, w).join(w === "zh" ? "；" : "; ")}`);
  if (result.notice) io.stderr(`green-audit: --data ${path}: ${result.notice[w]}\n`);
  return result.data;
}

/** The first `limit` bytes of a file (all of it when shorter). */
function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const buffer = new Uint8Array(limit);
    let length = 0;
    for (let n = -1; n !== 0 && length < limit; length += n) n = readSync(fd, buffer, length, limit - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export async function writeTemplates(args: TemplateArgs, io: CliIo, today = new Date()): Promise<number> {
  checkOutput(
    args.out,
    "--out",
    args.force === true,
    args.data === undefined ? [] : [{ path: args.data, role: "the --data file" }],
  );
  const data = args.data === undefined ? undefined : readData(args.data, io, args.lang);
  let years = evaluationYears(args.years, today);
  if (data) {
    const fromData = data.years as [number, number, number, number];
    if (args.years !== undefined && fromData.slice(1).join(",") !== years.slice(1).join(",")) {
      throw new UsageError(
        `--years ${args.years} differs from the data file's evaluation years ${fromData.slice(1).join(",")}`,
      );
    }
    years = fromData;
  }
  const chosen = chosenTemplates(args.templates);
  const specs = withDependencies(chosen);
  const added = specs.filter((s) => !chosen.includes(s.id)).map((s) => s.id);
  const options: TemplateOptions = {
    lang: args.lang,
    mode: args.formulas,
    years,
    nameSuffix: "",
    present: specs.map((s) => s.id),
    ...(data ? optionsFromParkData(data) : {}),
  };
  // ExcelJS is loaded only when a workbook is written: `verify` and `catalog` start without it
  const { planToXlsx } = await import("../xlsx/writePlan");
  const bytes = await planToXlsx(specs.map((spec) => builtPlan(spec, options)));
  writeOutput(args.out, bytes);
  if (added.length > 0)
    io.stderr(`green-audit: also added ${added.join(", ")}: the chosen templates' formulas read them\n`);
  io.stdout(
    `wrote ${args.out}: ${specs.map((s) => s.id).join(", ")} (${args.formulas}, ${args.lang}, ${years[1]}–${years[3]}, base ${years[0]}${data ? ", filled from data" : ""})\n`,
  );
  return EXIT_OK;
}

export const templateCommand: CliCommand = {
  name: "template",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("template")
      .description("write the standard templates as an .xlsx workbook (sheets: docs/templates.md)")
      .requiredOption("--out <file>", "the .xlsx file to write")
      .option(
        "--templates <ids>",
        `comma-separated template ids or all (${TEMPLATES.map((t) => t.id).join(", ")})`,
        "all",
      )
      .option(
        "--years <years>",
        "the three evaluation years, e.g. 2022,2023,2024 (default: the three years before this one)",
      )
      .addOption(new Option("--lang <lang>", "language of the sheets").choices(["zh-CN", "en-US"]).default("zh-CN"))
      .addOption(
        new Option("--formulas <mode>", "native Excel formulas, or GREEN.* custom functions")
          .choices(["native", "custom"])
          .default("native"),
      )
      .option("--data <file>", "a park data file (JSON; format: docs/data-file.md) to fill the sheets")
      .option(
        "--refresh <workbook>",
        "rebuild the templates of a workbook (also one made by the previous version) with every typed value kept",
      )
      .option("--force", "replace --out when it exists")
      .action(async (args: TemplateArgs) => {
        try {
          if (args.refresh !== undefined) {
            if (args.data !== undefined || args.years !== undefined)
              throw new UsageError("--refresh keeps the workbook's own inputs and years: leave out --data and --years");
            exit(await refreshWorkbook(args.refresh, args, io));
          } else exit(await writeTemplates(args, io));
        } catch (error) {
          if (!(error instanceof UsageError || error instanceof OutputError || error instanceof RefreshError))
            throw error;
          io.stderr(`green-audit template: ${terminalText(error.message)}\n`);
          exit(EXIT_USAGE);
        }
      });
  },
};
