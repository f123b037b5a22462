/**
 * The park data file of docs/data-file.md (`green-audit template --data`, the pane's import): validated with zod,
 * unknown keys rejected, every error naming its JSON path. zod/mini keeps the pane bundle small
 * (a toolchain constraint).
 */
import * as z from "zod/mini";
import { DATA_ITEMS, findCarrier, findUnit, type Text } from "../catalog";
import type { Co2FactorInput, ParkData } from "../calc";
import { jsonSyntaxError } from "./jsonSyntax";
import { decodeText } from "./textDecoding";
import { carbonProblems, parameterProblems, sectionProblems, SECTION_IDS, type SectionRows } from "./parkDataSections";
import type { TemplateId } from "../templates/sheetPlan";

const cell = z.union([z.number(), z.string(), z.null()]);

const energyRow = z.strictObject({
  carrier: z.string(),
  unit: z.optional(z.string()),
  values: z.array(z.nullable(z.number())),
  coefficient: z.optional(z.nullable(z.number())),
  co2Factor: z.optional(z.nullable(z.number())),
});

const valuesShape = Object.fromEntries(DATA_ITEMS.map((item) => [item.id, z.optional(z.array(cell))]));

/** The file layout version written by `green-audit export`; files without one (data items only) are version 1. */
export const PARK_DATA_VERSION = 2;

const rowSection = z.optional(z.unknown());
/** Row sections are checked against the templates' own inputs (parkDataSections.ts), not a second list here. */
const sectionsShape = Object.fromEntries(SECTION_IDS.map((id) => [id, rowSection]));

export const parkDataFileSchema = z.strictObject({
  version: z.optional(z.number()),
  park: z.optional(z.strictObject({ name: z.string() })),
  years: z.array(z.number().check(z.int())),
  values: z.strictObject(valuesShape),
  energy: z.optional(z.array(energyRow)),
  parameters: z.optional(z.unknown()),
  carbon: z.optional(z.unknown()),
  ...sectionsShape,
});

/** `parameters`: the parameter sheet's inputs that differ from the catalog, by group (docs/data-file.md). */
export interface ParameterSection {
  readonly leads?: Readonly<Record<string, number | string>>;
  readonly weights?: Readonly<Record<string, number>>;
  readonly selected?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, number | null>>;
  readonly coefficients?: Readonly<Record<string, number | null>>;
  /** grid emission factors by set id, t CO₂/MWh */
  readonly gridFactors?: Readonly<Record<string, number | null>>;
  /** the calculation bases chosen once for the workbook, by parameter id, as the sheet's drop-down words */
  readonly choices?: Readonly<Record<string, string | null>>;
  /** the grid factor the carbon inventory applies, as the sheet's drop-down words */
  readonly gridChoice?: string | null;
  /** rows marked 是 under 本项目已确认 */
  readonly confirmed?: readonly string[];
  /** rows marked 否 under 本项目已确认 */
  readonly notConfirmed?: readonly string[];
}

/** `carbon`: the carbon inventory's typed CO₂ data by carrier id, per the sheet's factor unit (docs/data-file.md). */
export type CarbonSection = Readonly<Record<string, Readonly<Co2FactorInput>>>;

export type ParkDataFile = Omit<z.infer<typeof parkDataFileSchema>, "parameters" | TemplateId> &
  ParkData &
  Omit<SectionRows, "carbon"> & { readonly parameters?: ParameterSection; readonly carbon?: CarbonSection };

/** The rows a file gives a row template (the carbon inventory's section is by carrier, not rows). */
export function sectionRows(file: ParkDataFile, id: TemplateId): SectionRows[TemplateId] {
  return id === "carbon" ? undefined : file[id];
}

/** docs/data-file.md: the base year and the three evaluation years. */
export const PARK_DATA_YEARS = 4;

/** The years a data file and `--years` accept. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** Problems shown for one file: the first and at most five follow-on ones; the rest are counted. */
export const SHOWN_PROBLEMS = 6;

export interface ParkDataProblem {
  /** JSON path, e.g. "values.va[2]" */
  readonly path: string;
  /** the field as the user knows it: the data sheet's item name and the year, e.g. 工业增加值（2023 年） */
  readonly field: Text;
  /** what is wrong, in English (as words.en) */
  readonly message: string;
  /** what is wrong, in both languages */
  readonly words: Text;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      "",
    ) || "(root)"
  );
}

/** The year of the k-th entry of a list, as the file's years say, else its place. */
function yearWords(k: number, years: readonly unknown[] | undefined): Text {
  const year = years?.[k];
  return typeof year === "number" && Number.isInteger(year)
    ? { zh: `${year} 年`, en: `${year}` }
    : { zh: `第 ${k + 1} 个值`, en: `value ${k + 1}` };
}

const YEAR_ROLES: readonly Text[] = [
  { zh: "基准年", en: "base year" },
  { zh: "评价年 1", en: "evaluation year 1" },
  { zh: "评价年 2", en: "evaluation year 2" },
  { zh: "评价年 3", en: "evaluation year 3" },
];

const ENERGY_FIELDS: Readonly<Record<string, Text>> = {
  carrier: { zh: "能源品种", en: "energy carrier" },
  unit: { zh: "计量单位", en: "unit" },
  values: { zh: "实物量", en: "quantities" },
  coefficient: { zh: "折标系数", en: "standard-coal coefficient" },
};

/** A JSON path in the words of the data sheet (docs/data-file.md): item names, years, energy rows. */
export function fieldWords(path: readonly PropertyKey[], json?: unknown): Text {
  const file = (json ?? {}) as { years?: unknown; energy?: unknown };
  const years = Array.isArray(file.years) ? file.years : undefined;
  const [head, second, third, fourth] = path;
  if (head === undefined) return { zh: "整个文件", en: "the whole file" };
  if (head === "park") return second === "name" ? { zh: "园区名称", en: "park name" } : { zh: "园区", en: "park" };
  if (head === "years") {
    if (typeof second !== "number") return { zh: "年份", en: "years" };
    const role = YEAR_ROLES[second];
    return role
      ? { zh: `年份（${role.zh}）`, en: `year (${role.en})` }
      : { zh: `第 ${second + 1} 个年份`, en: `year ${second + 1}` };
  }
  if (head === "values") {
    const item = typeof second === "string" ? DATA_ITEMS.find((i) => i.id === second) : undefined;
    if (!item) return { zh: "数据项", en: "data items" };
    if (typeof third !== "number") return item.name;
    const year = yearWords(third, years);
    return { zh: `${item.name.zh}（${year.zh}）`, en: `${item.name.en} (${year.en})` };
  }
  if (head === "energy") {
    if (typeof second !== "number") return { zh: "能源消费", en: "energy use" };
    const rows = Array.isArray(file.energy) ? (file.energy as { carrier?: unknown }[]) : [];
    const named = rows[second]?.carrier;
    const carrier = typeof named === "string" ? findCarrier(named) : undefined;
    const row: Text = carrier
      ? { zh: `能源消费“${carrier.name.zh}”`, en: `energy use "${carrier.name.en}"` }
      : { zh: `能源消费第 ${second + 1} 行`, en: `energy use row ${second + 1}` };
    const field = typeof third === "string" ? ENERGY_FIELDS[third] : undefined;
    if (!field) return row;
    const year = typeof fourth === "number" ? yearWords(fourth, years) : undefined;
    return year
      ? { zh: `${row.zh}的${field.zh}（${year.zh}）`, en: `${row.en}, ${field.en} (${year.en})` }
      : { zh: `${row.zh}的${field.zh}`, en: `${row.en}, ${field.en}` };
  }
  return { zh: String(head), en: String(head) };
}

/** A JSON path written as in the file ("values.va[2]") split back into its keys. */
function keysOf(path: string): PropertyKey[] {
  if (path === "(root)") return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? "")));
}

function problem(path: string, json: unknown, zh: string, en: string, field?: Text): ParkDataProblem {
  return { path, field: field ?? fieldWords(keysOf(path), json), message: en, words: { zh, en } };
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: "数字",
  string: "文本",
  array: "列表",
  object: "对象",
  null: "null",
  int: "整数",
};

function describe(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case "invalid_type":
      return { zh: `应为${TYPE_WORDS[issue.expected] ?? issue.expected}`, en: `expected ${issue.expected}` };
    case "unrecognized_keys": {
      const keys = issue.keys.map((k) => `"${k}"`);
      return {
        zh: `未知的键 ${keys.join("、")}`,
        en: `unknown key${issue.keys.length > 1 ? "s" : ""} ${keys.join(", ")}`,
      };
    }
    case "invalid_union":
      return { zh: "应为数字、文本或 null", en: "expected a number, a text or null" };
    case "invalid_format":
    case "not_multiple_of":
      return { zh: "应为整数", en: issue.message };
    default:
      return { zh: `格式不符（${issue.message}）`, en: issue.message };
  }
}

const LIST_WORDS = { zh: "基准年和三个评价年", en: "the base year and three evaluation years" } as const;

/** Checks across fields the schema cannot express: array lengths, years, answers, carriers, units. */
function contentProblems(file: z.infer<typeof parkDataFileSchema>): ParkDataProblem[] {
  const problems: ParkDataProblem[] = [];
  const say = (path: string, zh: string, en: string, field?: Text) => problems.push(problem(path, file, zh, en, field));
  const n = PARK_DATA_YEARS;
  if (
    file.version !== undefined &&
    !(Number.isInteger(file.version) && file.version >= 1 && file.version <= PARK_DATA_VERSION)
  )
    say(
      "version",
      `应为 1 至 ${PARK_DATA_VERSION} 的版本号，实际为 ${file.version}`,
      `expected a version from 1 to ${PARK_DATA_VERSION}, got ${file.version}`,
      { zh: "版本", en: "version" },
    );
  if (file.years.length !== n)
    say(
      "years",
      `应有 ${n} 个年份（${LIST_WORDS.zh}），实际为 ${file.years.length} 个`,
      `expected ${n} years (${LIST_WORDS.en}), got ${file.years.length}`,
    );
  file.years.forEach((year, i, years) => {
    const before = years[i - 1];
    if (year < FIRST_YEAR || year > LAST_YEAR)
      say(
        `years[${i}]`,
        `应为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的年份，实际为 ${year}`,
        `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`,
      );
    else if (before !== undefined && year <= before)
      say(`years[${i}]`, `年份必须递增：${year} 在 ${before} 之后`, `years must increase: ${year} after ${before}`);
  });
  const wrongLength: (typeof DATA_ITEMS)[number][] = [];
  for (const item of DATA_ITEMS) {
    const list = file.values[item.id];
    if (!list) continue;
    if (list.length !== n) wrongLength.push(item);
    list.forEach((v, k) => {
      const path = `values.${item.id}[${k}]`;
      if (v === null) return;
      const got = JSON.stringify(v);
      if (item.kind === "answer") {
        const answers = item.answers ?? [];
        if (typeof v !== "string" || !answers.includes(v))
          say(
            path,
            `应为 ${answers.join(" / ")} 之一，实际为 ${got}`,
            `expected one of ${answers.join(" / ")}, got ${got}`,
          );
      } else if (typeof v !== "number") {
        say(
          path,
          `应为以 ${item.unit} 计的数字或 null，实际为 ${got}`,
          `expected a number in ${item.unit} or null, got ${got}`,
        );
      } else if (v < 0) {
        say(path, `应为 ≥ 0 的数量，实际为 ${v}`, `expected an amount ≥ 0, got ${v}`);
      } else if (item.kind === "share" && v > 100) {
        say(path, `比例不应超过 100，实际为 ${v}`, `expected a share of at most 100, got ${v}`);
      }
    });
  }
  // one problem for every list of the wrong length: a wrong year layout must not bury the others
  const [item] = wrongLength;
  if (wrongLength.length === 1 && item) {
    const count = file.values[item.id]?.length;
    say(
      `values.${item.id}`,
      `应有 ${n} 个值，每年一个（缺失填 null），实际为 ${count} 个`,
      `expected ${n} entries, one per year (null for missing), got ${count}`,
    );
  }
  if (wrongLength.length > 1) {
    const more = wrongLength.length > 3;
    const first = wrongLength.slice(0, 3);
    say(
      `${first.map((i) => `values.${i.id}`).join(", ")}${more ? ", …" : ""}`,
      `${wrongLength.length} 个列表的值不是 ${n} 个（每年一个：${LIST_WORDS.zh}；缺失填 null）`,
      `${wrongLength.length} lists do not have ${n} entries, one per year (${LIST_WORDS.en}; null for missing)`,
      {
        zh: `${first.map((i) => i.name.zh).join("、")}${more ? "等" : ""}`,
        en: `${first.map((i) => i.name.en).join(", ")}${more ? ", …" : ""}`,
      },
    );
  }
  const seen = new Set<string>();
  (file.energy ?? []).forEach((row, i) => {
    const carrier = findCarrier(row.carrier);
    if (!carrier)
      say(`energy[${i}].carrier`, `未知的能源品种“${row.carrier}”`, `unknown energy carrier "${row.carrier}"`);
    else if (seen.has(carrier.id))
      say(`energy[${i}].carrier`, `能源品种“${row.carrier}”列出了两次`, `carrier "${row.carrier}" is listed twice`);
    else seen.add(carrier.id);
    const unit = row.unit === undefined ? undefined : findUnit(row.unit);
    if (row.unit !== undefined && !unit)
      say(`energy[${i}].unit`, `未知的单位“${row.unit}”`, `unknown unit "${row.unit}"`);
    const native = carrier ? findUnit(carrier.nativeUnit) : undefined;
    if (unit && native && unit.dimension !== native.dimension)
      say(`energy[${i}].unit`, `${row.unit} 不能计量${row.carrier}`, `${row.unit} does not measure ${row.carrier}`);
    if (row.values.length !== n)
      say(
        `energy[${i}].values`,
        `应有 ${n} 个值，每年一个，实际为 ${row.values.length} 个`,
        `expected ${n} entries, one per year, got ${row.values.length}`,
      );
    row.values.forEach((v, k) => {
      if (v !== null && v < 0)
        say(`energy[${i}].values[${k}]`, `应为 ≥ 0 的数量，实际为 ${v}`, `expected a quantity ≥ 0, got ${v}`);
    });
    if (row.coefficient !== undefined && row.coefficient !== null && row.coefficient <= 0)
      say(`energy[${i}].coefficient`, "折标系数应大于 0", "expected a coefficient above 0");
    if (row.co2Factor !== undefined && row.co2Factor !== null && row.co2Factor < 0)
      say(`energy[${i}].co2Factor`, "二氧化碳排放因子应不小于 0", "expected a CO₂ factor ≥ 0");
  });
  if (file.parameters !== undefined) problems.push(...parameterProblems(file.parameters));
  if (file.carbon !== undefined) problems.push(...carbonProblems(file.carbon));
  for (const id of SECTION_IDS) {
    const section = (file as Record<string, unknown>)[id];
    if (section !== undefined) problems.push(...sectionProblems(id, section));
  }
  return problems;
}

export type ParkDataResult =
  | { readonly ok: true; readonly data: ParkDataFile }
  | { readonly ok: false; readonly problems: readonly ParkDataProblem[] };

/** Validates a parsed park data file; the problems name JSON paths. */
export function readParkData(json: unknown): ParkDataResult {
  const parsed = parkDataFileSchema.safeParse(json);
  const controls = controlCharacterProblems(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: [
        ...controls,
        ...parsed.error.issues.map((issue) => {
          const words = describe(issue);
          return { path: jsonPath(issue.path), field: fieldWords(issue.path, json), message: words.en, words };
        }),
      ],
    };
  }
  const problems = [...controls, ...contentProblems(parsed.data)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data as ParkDataFile };
}

/** C0 and C1 control characters and DEL: never part of a name, a unit or an answer. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Every text of the file holding a control character, by JSON path (iterative: any depth). */
function controlCharacterProblems(json: unknown): ParkDataProblem[] {
  const problems: ParkDataProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value === "string") {
      const found = CONTROL.exec(value);
      if (found) {
        const hex = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        problems.push(
          problem(
            jsonPath(path),
            json,
            `含控制字符 ${hex}，请删除`,
            `contains the control character ${hex}; remove it`,
          ),
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value).reverse()) stack.push({ value: child, path: [...path, key] });
    }
  }
  return problems;
}

/** Parses the text of a park data file (JSON) and validates it. */
export function parseParkData(text: string): ParkDataResult {
  // a byte-order mark, as Windows Notepad and WPS write, is not part of the JSON
  const json = text.replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const where = jsonSyntaxError(json);
    const found = where
      ? problem(
          "(root)",
          undefined,
          `不是有效的 JSON：第 ${where.line} 行第 ${where.column} 列，${where.words.zh}`,
          `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`,
        )
      : problem(
          "(root)",
          undefined,
          `不是有效的 JSON：${(error as Error).message}`,
          `not valid JSON: ${(error as Error).message}`,
        );
    return { ok: false, problems: [found] };
  }
  return readParkData(parsed);
}

export type ParkDataFileResult = ParkDataResult & {
  /** the encoding, when not UTF-8 */
  readonly encoding?: "GB18030" | "UTF-16";
  /** what the command line and the pane say about that encoding */
  readonly notice?: Text;
};

/**
 * Reads a park data file from its bytes: UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK (the
 * default of Chinese Windows and WPS), read with a notice saying so; any other encoding is refused.
 */
export function parseParkDataBytes(bytes: Uint8Array): ParkDataFileResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [problem("(root)", undefined, decoded.words.zh, decoded.words.en)] };
  const result = parseParkData(decoded.text);
  return decoded.encoding === "UTF-8"
    ? result
    : {
        ...result,
        encoding: decoded.encoding,
        notice:
          decoded.encoding === "GB18030"
            ? {
                zh: "已按 GB18030（GBK）文本读取（中文 Windows 和 WPS 的默认编码）；建议使用 UTF-8",
                en: "read as GB18030 (GBK) text, the encoding of Chinese Windows and WPS; UTF-8 is preferred",
              }
            : { zh: "已按 UTF-16 文本读取；建议使用 UTF-8", en: "read as UTF-16 text; UTF-8 is preferred" },
      };
}

/** A problem of the whole file (not JSON, not text): no field or path to name. */
export const isWholeFile = (p: ParkDataProblem) => p.path === "(root)";

/** One problem in one language: the field as the data sheet names it, its JSON path, what is wrong. */
export function problemLine(p: ParkDataProblem, lang: "zh" | "en"): string {
  if (isWholeFile(p)) return p.words[lang];
  return `${p.field[lang]} · ${p.path}${lang === "zh" ? "：" : ": "}${p.words[lang]}`;
}

/**
 * One line per shown problem (the first and at most five follow-on ones), then how many more there are,
 * in the user's language (English by default).
 */
export function problemLines(problems: readonly ParkDataProblem[], lang: "zh" | "en" = "en"): string[] {
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => problemLine(p, lang));
  const more = problems.length - SHOWN_PROBLEMS;
  if (more > 0) lines.push(lang === "zh" ? `另有 ${more} 个问题` : `and ${more} more`);
  return lines;
}
