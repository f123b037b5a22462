/**
 * `green-audit collect --enterprises LIST.json --years Y0,Y1,Y2,Y3 --out-dir DIR [--lang zh-CN|en-US] [--force]`
 * (docs/enterprises.md): one data-request workbook (企业数据填报表) per enterprise of the list, named
 * `<credit code>_<name>.xlsx`, prefilled with what the list gives. Nothing is written when the list has a
 * problem (exit 2, one line per problem) or when a workbook to write exists already without --force; each file
 * goes to a temporary file renamed into place.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "commander";
import { LIST_FILE_BYTES, parseEnterpriseListBytes } from "../domain/enterprise/listFile";
import { buildRequestSheet } from "../domain/enterprise/requestSheet";
import { requestFileName } from "../domain/enterprise/requestFileName";
import { problemLines } from "../domain/schema/parkData";
import type { Lang } from "../domain/text";
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from "./io";
import { terminalText } from "./safeText";
import { checkOutput, OutputError, writeOutput } from "./safeWrite";

interface CollectArgs {
  enterprises: string;
  years?: string;
  outDir: string;
  lang: Lang;
  force?: boolean;
}

/** A refused list or argument: one line per problem on stderr, exit 2. */
class CollectError extends Error {}

/** --years: the base year and three evaluation years, or the three evaluation years (the base year is the one before). */
function parseYears(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const years = text.split(",").map((s) => Number(s.trim()));
  if (years.some((y) => !Number.isInteger(y)) || (years.length !== 4 && years.length !== 3))
    throw new CollectError(
      `--years takes four years (base year and three evaluation years), e.g. 2021,2022,2023,2024; got "${text}"`,
    );
  return years.length === 3 ? [(years[0] ?? 0) - 1, ...years] : years;
}

function readList(path: string, years: number[] | undefined, lang: Lang) {
  const w = lang === "zh-CN" ? "zh" : "en";
  if (!existsSync(path))
    throw new CollectError(`--enterprises ${path}: ${w === "zh" ? "没有这个文件" : "no such file"}`);
  const stats = statSync(path);
  if (!stats.isFile())
    throw new CollectError(`--enterprises ${path}: ${w === "zh" ? "不是普通文件" : "not a regular file"}`);
  if (stats.size > LIST_FILE_BYTES)
    throw new CollectError(
      `--enterprises ${path}: ${w === "zh" ? "文件过大，不是企业名单" : "too large for an enterprise list"}`,
    );
  const result = parseEnterpriseListBytes(new Uint8Array(readFileSync(path)), years);
  if (!result.ok)
    throw new CollectError(
      problemLines(result.problems, w)
        .map((l) => `--enterprises ${path}: ${l}`)
        .join("\n"),
    );
  return result.list;
}

export async function collect(args: CollectArgs, io: CliIo): Promise<number> {
  const list = readList(args.enterprises, parseYears(args.years), args.lang);
  const dir = statSync(args.outDir, { throwIfNoEntry: false });
  if (!dir?.isDirectory()) throw new CollectError(`--out-dir ${args.outDir}: no such directory`);
  const targets = list.enterprises.map((e) => ({ e, path: join(args.outDir, requestFileName(e)) }));
  // every output is checked before the first is written: a refused one leaves the folder as it was
  for (const t of targets)
    checkOutput(t.path, "--out-dir", args.force === true, [{ path: args.enterprises, role: "the enterprise list" }]);
  const { planToXlsx } = await import("../xlsx/writePlan");
  const years = list.years as readonly [number, number, number, number];
  for (const t of targets) {
    const plan = buildRequestSheet({ lang: args.lang, years, list, enterprise: t.e });
    writeOutput(t.path, await planToXlsx([plan]));
  }
  io.stdout(
    `wrote ${targets.length} enterprise data requests to ${args.outDir} (${args.lang}, ${years[1]}–${years[3]}, base ${years[0]})\n`,
  );
  return EXIT_OK;
}

export const collectCommand: CliCommand = {
  name: "collect",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("collect")
      .description("write one data-request workbook per enterprise of a list (docs/enterprises.md)")
      .requiredOption("--enterprises <file>", "the enterprise list (JSON; format: docs/enterprises.md)")
      .option("--years <years>", "base year and three evaluation years, e.g. 2021,2022,2023,2024 (or the list's years)")
      .requiredOption("--out-dir <dir>", "the folder to write the workbooks to")
      .addOption(new Option("--lang <lang>", "language of the workbooks").choices(["zh-CN", "en-US"]).default("zh-CN"))
      .option("--force", "replace workbooks that exist")
      .action(async (args: CollectArgs) => {
        try {
          exit(await collect(args, io));
        } catch (error) {
          if (!(error instanceof CollectError || error instanceof OutputError)) throw error;
          for (const line of error.message.split("\n")) io.stderr(`green-audit collect: ${terminalText(line)}\n`);
          exit(EXIT_USAGE);
        }
      });
  },
};
