/**
 * The park data file of docs/data-file.md (`green-audit template --data`, the pane's import): validated with zod,
 * unknown keys rejected, every error naming its JSON path. zod/mini keeps the pane bundle small
 * (a toolchain constraint).
 */
import * as z from "zod/mini";
import { DATA_ITEMS, findCarrier, findUnit } from "../catalog";
import type { ParkData } from "../calc";
import { jsonSyntaxError } from "./jsonSyntax";
import { decodeText } from "./textDecoding";
import { parameterProblems, sectionProblems, SECTION_IDS, type SectionRows } from "./parkDataSections";
import type { TemplateId } from "../templates/sheetPlan";

const cell = z.union([z.number(), z.string(), z.null()]);

const energyRow = z.strictObject({
  carrier: z.string(),
  unit: z.optional(z.string()),
  values: z.array(z.nullable(z.number())),
  coefficient: z.optional(z.nullable(z.number())),
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
  ...sectionsShape,
});

/** `parameters`: the parameter sheet's inputs that differ from the catalog, by group (docs/data-file.md). */
export interface ParameterSection {
  readonly leads?: Readonly<Record<string, number | string>>;
  readonly weights?: Readonly<Record<string, number>>;
  readonly selected?: Readonly<Record<string, string>>;
  readonly values?: Readonly<Record<string, number | null>>;
  readonly coefficients?: Readonly<Record<string, number | null>>;
  readonly confirmed?: readonly string[];
}

export type ParkDataFile = Omit<z.infer<typeof parkDataFileSchema>, "parameters" | TemplateId> &
  ParkData &
  SectionRows & { readonly parameters?: ParameterSection };

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
  readonly message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      "",
    ) || "(root)"
  );
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_union":
      return "expected a number, a text or null";

    default:
      return issue.message;
  }
}

/** Checks across fields the schema cannot express: array lengths, years, answers, carriers, units. */
function contentProblems(file: z.infer<typeof parkDataFileSchema>): ParkDataProblem[] {
  const problems: ParkDataProblem[] = [];
  const n = PARK_DATA_YEARS;
  if (
    file.version !== undefined &&
    !(Number.isInteger(file.version) && file.version >= 1 && file.version <= PARK_DATA_VERSION)
  )
    problems.push({
      path: "version",
      message: `expected a version from 1 to ${PARK_DATA_VERSION}, got ${file.version}`,
    });
  if (file.years.length !== n)
    problems.push({
      path: "years",
      message: `expected ${n} years (the base year and three evaluation years), got ${file.years.length}`,
    });
  file.years.forEach((year, i) => {
    if (year < FIRST_YEAR || year > LAST_YEAR)
      problems.push({
        path: `years[${i}]`,
        message: `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`,
      });
    else if (i > 0 && year <= file.years[i - 1])
      problems.push({ path: `years[${i}]`, message: `years must increase: ${year} after ${file.years[i - 1]}` });
  });
  const wrongLength: string[] = [];
  for (const item of DATA_ITEMS) {
    const list = file.values[item.id];
    if (!list) continue;
    if (list.length !== n) wrongLength.push(`values.${item.id}`);
    list.forEach((v, k) => {
      const path = `values.${item.id}[${k}]`;
      if (v === null) return;
      if (item.kind === "answer") {
        if (typeof v !== "string" || !(item.answers ?? []).includes(v))
          problems.push({
            path,
            message: `expected one of ${(item.answers ?? []).join(" / ")}, got ${JSON.stringify(v)}`,
          });
      } else if (typeof v !== "number") {
        problems.push({ path, message: `expected a number in ${item.unit} or null, got ${JSON.stringify(v)}` });
      } else if (v < 0) {
        problems.push({ path, message: `expected an amount ≥ 0, got ${v}` });
      } else if (item.kind === "share" && v > 100) {
        problems.push({ path, message: `expected a share of at most 100, got ${v}` });
      }
    });
  }
  // one problem for every list of the wrong length: a wrong year layout must not bury the others
  if (wrongLength.length === 1)
    problems.push({
      path: wrongLength[0],
      message: `expected ${n} entries, one per year (null for missing), got ${file.values[wrongLength[0].slice(7)]?.length}`,
    });
  if (wrongLength.length > 1) {
    problems.push({
      path: `${wrongLength.slice(0, 3).join(", ")}${wrongLength.length > 3 ? ", …" : ""}`,
      message: `${wrongLength.length} lists do not have ${n} entries, one per year (the base year and three evaluation years; null for missing)`,
    });
  }
  const seen = new Set<string>();
  (file.energy ?? []).forEach((row, i) => {
    const carrier = findCarrier(row.carrier);
    if (!carrier) problems.push({ path: `energy[${i}].carrier`, message: `unknown energy carrier "${row.carrier}"` });
    else if (seen.has(carrier.id))
      problems.push({ path: `energy[${i}].carrier`, message: `carrier "${row.carrier}" is listed twice` });
    else seen.add(carrier.id);
    const unit = row.unit === undefined ? undefined : findUnit(row.unit);
    if (row.unit !== undefined && !unit)
      problems.push({ path: `energy[${i}].unit`, message: `unknown unit "${row.unit}"` });
    const native = carrier ? findUnit(carrier.nativeUnit) : undefined;
    if (unit && native && unit.dimension !== native.dimension)
      problems.push({ path: `energy[${i}].unit`, message: `${row.unit} does not measure ${row.carrier}` });
    if (row.values.length !== n)
      problems.push({
        path: `energy[${i}].values`,
        message: `expected ${n} entries, one per year, got ${row.values.length}`,
      });
    row.values.forEach((v, k) => {
      if (v !== null && v < 0)
        problems.push({ path: `energy[${i}].values[${k}]`, message: `expected a quantity ≥ 0, got ${v}` });
    });
    if (row.coefficient !== undefined && row.coefficient !== null && row.coefficient <= 0) {
      problems.push({ path: `energy[${i}].coefficient`, message: "expected a coefficient above 0" });
    }
  });
  if (file.parameters !== undefined) problems.push(...parameterProblems(file.parameters));
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
        ...parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: describe(issue) })),
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
      if (found)
        problems.push({
          path: jsonPath(path),
          message: `contains the control character U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}; remove it`,
        });
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
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`
      : `not valid JSON: ${(error as Error).message}`;
    return { ok: false, problems: [{ path: "(root)", message }] };
  }
  return readParkData(parsed);
}

export type ParkDataFileResult = ParkDataResult & {
  /** the encoding, when not UTF-8 */
  readonly encoding?: "GB18030" | "UTF-16";
  /** what the command line says about that encoding */
  readonly notice?: string;
};

/**
 * Reads a park data file from its bytes: UTF-8, UTF-16 with a byte-order mark, or GB18030/GBK (the
 * default of Chinese Windows and WPS), read with a notice saying so; any other encoding is refused.
 */
export function parseParkDataBytes(bytes: Uint8Array): ParkDataFileResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ path: "(root)", message: decoded.message }] };
  const result = parseParkData(decoded.text);
  return decoded.encoding === "UTF-8"
    ? result
    : {
        ...result,
        encoding: decoded.encoding,
        notice: `read as ${decoded.encoding === "GB18030" ? "GB18030 (GBK) text, the encoding of Chinese Windows and WPS" : "UTF-16 text"}; UTF-8 is preferred`,
      };
}

/** One line per shown problem (the first and at most five follow-on ones), then how many more there are. */
export function problemLines(problems: readonly ParkDataProblem[]): string[] {
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > SHOWN_PROBLEMS) lines.push(`and ${problems.length - SHOWN_PROBLEMS} more`);
  return lines;
}
