/**
 * The sections of a park data file beyond the data items (docs/data-file.md "Sections"): `parameters` and one
 * list of rows per row template (options, targets, synergy, …). What a section may hold is read from the
 * template's own plan — its keyed input cells (templates/inputKeys.ts) and the drop-down or number rule the
 * sheet puts on each — so a file is checked exactly as the sheet checks a typed value.
 */
import { parseRange } from "../templates/a1";
import { parseInputKey, ROW_TEMPLATES, ROW_TEMPLATE_IDS } from "../templates/inputKeys";
import { findTemplate } from "../templates/specs";
import type { CellValue, Lang, SheetPlan, TemplateId, Validation } from "../templates/sheetPlan";
import type { ParkDataProblem } from "./parkData";

/** The parameter groups of the file's `parameters` section, by the parameter sheet's key group. */
export const PARAMETER_GROUPS = {
  leads: "lead",
  weights: "weight",
  selected: "selected",
  values: "param",
  coefficients: "tce",
} as const;
export type ParameterGroup = keyof typeof PARAMETER_GROUPS;

/** A list of rows longer than this is not a park's (the sheets grow to it; the reader's own limits are larger). */
export const MAX_SECTION_ROWS = 5000;

/** One input of a template: what the sheet accepts in it, in both languages' drop-downs. */
export interface InputRule {
  readonly rule?: Validation;
  /** drop-down words of the other language's sheet (the builders accept both) */
  readonly otherItems?: readonly string[];
}

export interface TemplateInputs {
  /** row templates: column → rule (the first row's), or `column:id` → rule for rows by id */
  readonly rules: ReadonlyMap<string, InputRule>;
  readonly columns: readonly string[];
  /** rows by id: the ids the sheet has */
  readonly ids?: readonly string[];
  /** rows by position: the rows the sheet has, when it does not grow with the list */
  readonly capacity?: number;
}

const YEARS: [number, number, number, number] = [2020, 2021, 2022, 2023];

function skeleton(id: TemplateId, lang: Lang, rows?: number): SheetPlan | undefined {
  const spec = findTemplate(id);
  return spec?.build({
    lang,
    mode: "native",
    years: YEARS,
    nameSuffix: "",
    ...(rows === undefined ? {} : { rows: { [id]: Array.from({ length: rows }, () => ({})) } }),
  });
}

/** key → the validation over that input cell, for every keyed input of a plan. */
function rulesByKey(plan: SheetPlan): Map<string, Validation | undefined> {
  const ranges = plan.validations.map((v) => ({ range: parseRange(v.range), rule: v.rule }));
  const rules = new Map<string, Validation | undefined>();
  for (const cell of plan.cells) {
    if (cell.role !== "input" || cell.key === undefined) continue;
    const found = ranges.find(
      ({ range }) =>
        range !== undefined &&
        cell.row >= range.top &&
        cell.row <= range.bottom &&
        cell.col >= range.left &&
        cell.col <= range.right,
    );
    rules.set(cell.key, found?.rule);
  }
  return rules;
}

const CACHE = new Map<TemplateId, TemplateInputs>();

/** The inputs of a template, read from its plans in both languages (kept: plans depend on code only). */
export function templateInputs(id: TemplateId): TemplateInputs {
  const cached = CACHE.get(id);
  if (cached) return cached;
  const zh = skeleton(id, "zh-CN");
  const en = skeleton(id, "en-US");
  const zhRules = zh ? rulesByKey(zh) : new Map<string, Validation | undefined>();
  const enRules = en ? rulesByKey(en) : new Map<string, Validation | undefined>();
  const rules = new Map<string, InputRule>();
  const columns: string[] = [];
  const ids: string[] = [];
  let maxIndex = -1;
  const shape = ROW_TEMPLATES[id];
  for (const [key, rule] of zhRules) {
    const parsed = parseInputKey(id, key);
    if (parsed?.kind !== "row") continue;
    if (!columns.includes(parsed.column)) columns.push(parsed.column);
    const other = enRules.get(key);
    const entry: InputRule = {
      ...(rule ? { rule } : {}),
      ...(other?.kind === "list" ? { otherItems: other.items } : {}),
    };
    if ("index" in parsed) {
      maxIndex = Math.max(maxIndex, parsed.index);
      if (!rules.has(parsed.column)) rules.set(parsed.column, entry);
    } else {
      if (!ids.includes(parsed.id)) ids.push(parsed.id);
      rules.set(`${parsed.column}:${parsed.id}`, entry);
    }
  }
  let capacity: number | undefined;
  if (shape?.rows === "position") {
    // a sheet that grows with its list has more rows when given one more row than it holds
    const grown = skeleton(id, "zh-CN", maxIndex + 2);
    const grows = grown?.cells.some((c) => {
      const parsed = c.key === undefined ? undefined : parseInputKey(id, c.key);
      return parsed?.kind === "row" && "index" in parsed && parsed.index > maxIndex;
    });
    if (!grows) capacity = maxIndex + 1;
  }
  const inputs: TemplateInputs = {
    rules,
    columns,
    ...(shape?.rows === "id" ? { ids } : {}),
    ...(capacity !== undefined ? { capacity } : {}),
  };
  CACHE.set(id, inputs);
  return inputs;
}

let PARAMETER_CACHE: Map<string, Map<string, InputRule>> | undefined;

/** The parameter sheet's keyed inputs by group: id → rule (kept: plans depend on code only). */
export function parameterInputs(): ReadonlyMap<string, ReadonlyMap<string, InputRule>> {
  PARAMETER_CACHE ??= readParameterInputs();
  return PARAMETER_CACHE;
}

function readParameterInputs(): Map<string, Map<string, InputRule>> {
  const groups = new Map<string, Map<string, InputRule>>();
  const plan = skeleton("params", "zh-CN");
  const en = skeleton("params", "en-US");
  if (!plan || !en) return groups;
  const enRules = rulesByKey(en);
  for (const [key, rule] of rulesByKey(plan)) {
    const other = enRules.get(key);
    const parsed = parseInputKey("params", key);
    if (parsed?.kind !== "confirmed" && parsed?.kind !== "parameter") continue;
    const [group, id] = parsed.kind === "confirmed" ? ["confirmed", parsed.id] : [parsed.group, parsed.id];
    const map = groups.get(group) ?? groups.set(group, new Map()).get(group);
    map?.set(id, {
      ...(rule ? { rule } : {}),
      ...(other?.kind === "list" ? { otherItems: other.items } : {}),
    });
  }
  return groups;
}

const show = (v: unknown) => JSON.stringify(v);

/** A value against the sheet's rule for its cell (null is always allowed: an empty cell). */
export function valueProblem(value: unknown, input: InputRule | undefined): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== "number" && typeof value !== "string")
    return `expected a number, a text or null, got ${show(value)}`;
  if (typeof value === "number" && !Number.isFinite(value)) return `expected a finite number, got ${show(value)}`;
  const rule = input?.rule;
  if (!rule) return undefined;
  switch (rule.kind) {
    case "list": {
      const words = [...rule.items, ...(input.otherItems ?? [])];
      return words.includes(String(value))
        ? undefined
        : `expected one of ${[...new Set(rule.items)].join(" / ")}, got ${show(value)}`;
    }
    case "date":
      return typeof value === "number" || /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : `expected a date as YYYY-MM-DD, got ${show(value)}`;
    case "decimal":
    case "whole": {
      const what = rule.kind === "whole" ? "a whole number" : "a number";
      const bounds =
        rule.min !== undefined && rule.max !== undefined
          ? ` from ${rule.min} to ${rule.max}`
          : rule.min !== undefined
            ? ` ≥ ${rule.min}`
            : rule.max !== undefined
              ? ` ≤ ${rule.max}`
              : "";
      const ok =
        typeof value === "number" &&
        (rule.kind !== "whole" || Number.isInteger(value)) &&
        (rule.min === undefined || value >= rule.min) &&
        (rule.max === undefined || value <= rule.max);
      return ok ? undefined : `expected ${what}${bounds}, got ${show(value)}`;
    }
    default:
      return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Problems of one row section (`options`, `targets`, …) of a file. */
export function sectionProblems(id: TemplateId, section: unknown): ParkDataProblem[] {
  if (!Array.isArray(section)) return [{ path: id, message: "expected a list of rows" }];
  if (section.length > MAX_SECTION_ROWS)
    return [{ path: id, message: `expected at most ${MAX_SECTION_ROWS} rows, got ${section.length}` }];
  const inputs = templateInputs(id);
  const problems: ParkDataProblem[] = [];
  if (inputs.capacity !== undefined && section.length > inputs.capacity)
    problems.push({
      path: id,
      message: `the sheet has ${inputs.capacity} rows; got ${section.length}`,
    });
  const seen = new Set<string>();
  section.forEach((row, i) => {
    const at = `${id}[${i}]`;
    if (!isRecord(row)) {
      problems.push({ path: at, message: "expected an object of column: value" });
      return;
    }
    let rowId: string | undefined;
    if (inputs.ids) {
      rowId = typeof row.id === "string" ? row.id : undefined;
      if (rowId === undefined || !inputs.ids.includes(rowId))
        problems.push({
          path: `${at}.id`,
          message: `expected one of ${inputs.ids.join(", ")}, got ${show(row.id ?? null)}`,
        });
      else if (seen.has(rowId)) problems.push({ path: `${at}.id`, message: `${rowId} is listed twice` });
      else seen.add(rowId);
    }
    for (const [column, value] of Object.entries(row)) {
      if (inputs.ids && column === "id") continue;
      if (!inputs.columns.includes(column)) {
        problems.push({
          path: `${at}.${column}`,
          message: `unknown column "${column}"; the columns are ${inputs.columns.join(", ")}`,
        });
        continue;
      }
      const rule = inputs.ids ? (rowId ? inputs.rules.get(`${column}:${rowId}`) : undefined) : inputs.rules.get(column);
      if (inputs.ids && rowId && !inputs.rules.has(`${column}:${rowId}`)) {
        problems.push({ path: `${at}.${column}`, message: `${rowId} has no input "${column}"` });
        continue;
      }
      const problem = valueProblem(value, rule);
      if (problem) problems.push({ path: `${at}.${column}`, message: problem });
    }
  });
  return problems;
}

/** Problems of the `parameters` section. */
export function parameterProblems(section: unknown): ParkDataProblem[] {
  if (!isRecord(section)) return [{ path: "parameters", message: "expected an object" }];
  const groups = parameterInputs();
  const problems: ParkDataProblem[] = [];
  for (const [name, entries] of Object.entries(section)) {
    const at = `parameters.${name}`;
    if (name === "confirmed") {
      const known = groups.get("confirmed") ?? new Map<string, InputRule>();
      if (!Array.isArray(entries) || entries.some((e) => typeof e !== "string")) {
        problems.push({ path: at, message: "expected a list of parameter row keys" });
        continue;
      }
      entries.forEach((entry, i) => {
        if (!known.has(entry as string))
          problems.push({ path: `${at}[${i}]`, message: `unknown parameter row ${show(entry)}` });
      });
      continue;
    }
    const group = PARAMETER_GROUPS[name as ParameterGroup] as string | undefined;
    if (group === undefined) {
      problems.push({
        path: at,
        message: `unknown key "${name}"; the keys are ${[...Object.keys(PARAMETER_GROUPS), "confirmed"].join(", ")}`,
      });
      continue;
    }
    if (!isRecord(entries)) {
      problems.push({ path: at, message: "expected an object of id: value" });
      continue;
    }
    const known = groups.get(group) ?? new Map<string, InputRule>();
    for (const [id, value] of Object.entries(entries)) {
      if (!known.has(id)) {
        problems.push({ path: `${at}.${id}`, message: `unknown id "${id}"` });
        continue;
      }
      const problem = valueProblem(value, known.get(id));
      if (problem) problems.push({ path: `${at}.${id}`, message: problem });
    }
  }
  return problems;
}

/** Every row section's key in a file: the row templates' ids. */
export const SECTION_IDS: readonly TemplateId[] = ROW_TEMPLATE_IDS;

export type SectionRows = Partial<Record<TemplateId, readonly Readonly<Record<string, CellValue>>[]>>;
