/**
 * The park data file of SPEC §4.2 (`green-audit template --data`, the pane's import): validated with zod,
 * unknown keys rejected, every error naming its JSON path (issue 5). zod/mini keeps the pane bundle small
 * (TOOLCHAIN.md).
 */
import * as z from "zod/mini";
import { DATA_ITEMS, findCarrier, findUnit } from "../catalog";
import type { ParkData } from "../calc";

const cell = z.union([z.number(), z.string(), z.null()]);

const energyRow = z.strictObject({
  carrier: z.string(),
  unit: z.optional(z.string()),
  values: z.array(z.nullable(z.number())),
  coefficient: z.optional(z.nullable(z.number())),
});

const valuesShape = Object.fromEntries(DATA_ITEMS.map((item) => [item.id, z.optional(z.array(cell))]));

export const parkDataFileSchema = z.strictObject({
  park: z.optional(z.strictObject({ name: z.string() })),
  years: z.array(z.number().check(z.int())),
  values: z.strictObject(valuesShape),
  energy: z.optional(z.array(energyRow)),
});

export type ParkDataFile = z.infer<typeof parkDataFileSchema> & ParkData;

/** SPEC §4.2: the base year and the three evaluation years. */
export const PARK_DATA_YEARS = 4;

export interface ParkDataProblem {
  /** JSON path, e.g. "values.va[2]" */
  readonly path: string;
  readonly message: string;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "") || "(root)";
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
  const n = file.years.length;
  if (n !== PARK_DATA_YEARS) problems.push({ path: "years", message: `expected ${PARK_DATA_YEARS} years (the base year and three evaluation years), got ${n}` });
  file.years.forEach((year, i) => {
    if (i > 0 && year <= file.years[i - 1]) problems.push({ path: `years[${i}]`, message: `years must increase: ${year} after ${file.years[i - 1]}` });
  });
  for (const item of DATA_ITEMS) {
    const list = file.values[item.id];
    if (!list) continue;
    if (list.length !== n) problems.push({ path: `values.${item.id}`, message: `expected ${n} entries, one per year (null for missing), got ${list.length}` });
    list.forEach((v, k) => {
      const path = `values.${item.id}[${k}]`;
      if (v === null) return;
      if (item.kind === "answer") {
        if (typeof v !== "string" || !(item.answers ?? []).includes(v)) problems.push({ path, message: `expected one of ${(item.answers ?? []).join(" / ")}, got ${JSON.stringify(v)}` });
      } else if (typeof v !== "number") {
        problems.push({ path, message: `expected a number in ${item.unit} or null, got ${JSON.stringify(v)}` });
      } else if (v < 0) {
        problems.push({ path, message: `expected an amount ≥ 0, got ${v}` });
      } else if (item.kind === "share" && v > 100) {
        problems.push({ path, message: `expected a share of at most 100, got ${v}` });
      }
    });
  }
  const seen = new Set<string>();
  (file.energy ?? []).forEach((row, i) => {
    const carrier = findCarrier(row.carrier);
    if (!carrier) problems.push({ path: `energy[${i}].carrier`, message: `unknown energy carrier "${row.carrier}"` });
    else if (seen.has(carrier.id)) problems.push({ path: `energy[${i}].carrier`, message: `carrier "${row.carrier}" is listed twice` });
    else seen.add(carrier.id);
    const unit = row.unit === undefined ? undefined : findUnit(row.unit);
    if (row.unit !== undefined && !unit) problems.push({ path: `energy[${i}].unit`, message: `unknown unit "${row.unit}"` });
    const native = carrier ? findUnit(carrier.nativeUnit) : undefined;
    if (unit && native && unit.dimension !== native.dimension) problems.push({ path: `energy[${i}].unit`, message: `${row.unit} does not measure ${row.carrier}` });
    if (row.values.length !== n) problems.push({ path: `energy[${i}].values`, message: `expected ${n} entries, one per year, got ${row.values.length}` });
    row.values.forEach((v, k) => {
      if (v !== null && v < 0) problems.push({ path: `energy[${i}].values[${k}]`, message: `expected a quantity ≥ 0, got ${v}` });
    });
    if (row.coefficient !== undefined && row.coefficient !== null && row.coefficient <= 0) {
      problems.push({ path: `energy[${i}].coefficient`, message: "expected a coefficient above 0" });
    }
  });
  return problems;
}

export type ParkDataResult = { readonly ok: true; readonly data: ParkDataFile } | { readonly ok: false; readonly problems: readonly ParkDataProblem[] };

/** Validates a parsed park data file; the problems name JSON paths. */
export function readParkData(json: unknown): ParkDataResult {
  const parsed = parkDataFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: describe(issue) })) };
  }
  const problems = contentProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data as ParkDataFile };
}

/** Parses the text of a park data file (JSON) and validates it. */
export function parseParkData(text: string): ParkDataResult {
  let json: unknown;
  try {
    // a byte-order mark, as Windows Notepad and WPS write, is not part of the JSON
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, problems: [{ path: "(root)", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return readParkData(json);
}
