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
import type { Text } from "../catalog";
import type { ParkDataProblem } from "./parkData";

/** The parameter groups of the file's `parameters` section, by the parameter sheet's key group. */
export const PARAMETER_GROUPS = {
  leads: "lead",
  weights: "weight",
  selected: "selected",
  values: "param",
  coefficients: "tce",
  gridFactors: "grid",
  choices: "choice",
} as const;
export type ParameterGroup = keyof typeof PARAMETER_GROUPS;

/**
 * The rows one list of a file may hold: a park's options run to hundreds, and a sheet grown to this many rows
 * stays within the rows of one sheet the review reads (docs/review-codes.md), with room for the other lists.
 * What a file may hold in all is bounded by its size (docs/data-file.md).
 */
export const MAX_SECTION_ROWS = 50000;

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
  /** rows by position: the fixed rows above the list, a row naming one by `id` (the targets table's four rows) */
  readonly fixedIds?: readonly string[];
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
    // a cell one language's sheet leaves free (a list too long for a drop-down) takes any text in the file
    const free = rule?.kind === "list" && enRules.has(key) && other === undefined;
    const entry: InputRule = free
      ? {}
      : { ...(rule ? { rule } : {}), ...(other?.kind === "list" ? { otherItems: other.items } : {}) };
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
    ...(shape?.rows === "position" && ids.length > 0 ? { fixedIds: ids } : {}),
    ...(capacity !== undefined ? { capacity } : {}),
  };
  CACHE.set(id, inputs);
  return inputs;
}

/** The group of parameterInputs() holding the grid factor choice (one input, id ""). */
const GRID_CHOICE_GROUP = "grid-choice";

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
    if (parsed?.kind !== "confirmed" && parsed?.kind !== "parameter" && parsed?.kind !== "gridChoice") continue;
    const [group, id] =
      parsed.kind === "confirmed"
        ? ["confirmed", parsed.id]
        : parsed.kind === "gridChoice"
          ? [GRID_CHOICE_GROUP, ""]
          : [parsed.group, parsed.id];
    const map = groups.get(group) ?? groups.set(group, new Map()).get(group);
    map?.set(id, {
      ...(rule ? { rule } : {}),
      ...(other?.kind === "list" ? { otherItems: other.items } : {}),
    });
  }
  return groups;
}

const show = (v: unknown) => JSON.stringify(v);

/** Where a section's problem is, in the sheet's words: its name, the row, the column key. */
function fieldOf(path: string): Text {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  if (!m) return { zh: path, en: path };
  const [, head = "", index, rest] = m;
  if (head === "parameters") {
    const sheet = findTemplate("params")?.sheetName ?? { zh: "参数", en: "Parameters" };
    return rest ? { zh: `${sheet.zh} ${rest}`, en: `${sheet.en} ${rest}` } : sheet;
  }
  const sheet = findTemplate(head as TemplateId)?.sheetName ?? { zh: head, en: head };
  const row: Text =
    index === undefined
      ? sheet
      : { zh: `${sheet.zh}第 ${Number(index) + 1} 行`, en: `${sheet.en} row ${Number(index) + 1}` };
  return rest ? { zh: `${row.zh} ${rest}`, en: `${row.en}, ${rest}` } : row;
}

/** One problem of a section, in both languages. */
function said(path: string, words: Text): ParkDataProblem {
  return { path, field: fieldOf(path), message: words.en, words };
}

/** A value against the sheet's rule for its cell (null is always allowed: an empty cell). */
export function valueProblem(value: unknown, input: InputRule | undefined): Text | undefined {
  if (value === null) return undefined;
  if (typeof value !== "number" && typeof value !== "string")
    return {
      zh: `应为数字、文本或 null，实际为 ${show(value)}`,
      en: `expected a number, a text or null, got ${show(value)}`,
    };
  if (typeof value === "number" && !Number.isFinite(value))
    return { zh: `应为有限的数字，实际为 ${show(value)}`, en: `expected a finite number, got ${show(value)}` };
  const rule = input?.rule;
  if (!rule) return undefined;
  switch (rule.kind) {
    case "list": {
      const words = [...rule.items, ...(input.otherItems ?? [])];
      const items = [...new Set(rule.items)].join(" / ");
      return words.includes(String(value))
        ? undefined
        : { zh: `应为 ${items} 之一，实际为 ${show(value)}`, en: `expected one of ${items}, got ${show(value)}` };
    }
    case "date":
      return typeof value === "number" || /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : {
            zh: `应为 YYYY-MM-DD 格式的日期，实际为 ${show(value)}`,
            en: `expected a date as YYYY-MM-DD, got ${show(value)}`,
          };
    case "decimal":
    case "whole": {
      const what = rule.kind === "whole" ? { zh: "整数", en: "a whole number" } : { zh: "数字", en: "a number" };
      const bounds =
        rule.min !== undefined && rule.max !== undefined
          ? { zh: ` ${rule.min} 至 ${rule.max} 之间的`, en: ` from ${rule.min} to ${rule.max}` }
          : rule.min !== undefined
            ? { zh: ` ≥ ${rule.min} 的`, en: ` ≥ ${rule.min}` }
            : rule.max !== undefined
              ? { zh: ` ≤ ${rule.max} 的`, en: ` ≤ ${rule.max}` }
              : { zh: "", en: "" };
      const ok =
        typeof value === "number" &&
        (rule.kind !== "whole" || Number.isInteger(value)) &&
        (rule.min === undefined || value >= rule.min) &&
        (rule.max === undefined || value <= rule.max);
      return ok
        ? undefined
        : {
            zh: `应为${bounds.zh}${what.zh}，实际为 ${show(value)}`,
            en: `expected ${what.en}${bounds.en}, got ${show(value)}`,
          };
    }
    default:
      return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Problems of one row section (`options`, `targets`, …) of a file. */
export function sectionProblems(id: TemplateId, section: unknown): ParkDataProblem[] {
  if (!Array.isArray(section)) return [said(id, { zh: "应为行的列表", en: "expected a list of rows" })];
  if (section.length > MAX_SECTION_ROWS)
    return [
      said(id, {
        zh: `最多 ${MAX_SECTION_ROWS} 行，实际为 ${section.length} 行`,
        en: `expected at most ${MAX_SECTION_ROWS} rows, got ${section.length}`,
      }),
    ];
  const inputs = templateInputs(id);
  const problems: ParkDataProblem[] = [];
  // a fixed row named by its id is not one of the list's rows
  const fixedRow = (row: unknown) => inputs.fixedIds !== undefined && isRecord(row) && row.id !== undefined;
  const listed = section.filter((row) => !fixedRow(row)).length;
  if (inputs.capacity !== undefined && listed > inputs.capacity)
    problems.push(
      said(id, {
        zh: `该表有 ${inputs.capacity} 行，实际为 ${listed} 行`,
        en: `the sheet has ${inputs.capacity} rows; got ${listed}`,
      }),
    );
  const seen = new Set<string>();
  section.forEach((row, i) => {
    const at = `${id}[${i}]`;
    if (!isRecord(row)) {
      problems.push(said(at, { zh: "应为“列: 值”的对象", en: "expected an object of column: value" }));
      return;
    }
    const ids = inputs.ids ?? (fixedRow(row) ? inputs.fixedIds : undefined);
    let rowId: string | undefined;
    if (ids) {
      rowId = typeof row.id === "string" ? row.id : undefined;
      if (rowId === undefined || !ids.includes(rowId))
        problems.push(
          said(`${at}.id`, {
            zh: `应为 ${ids.join(", ")} 之一，实际为 ${show(row.id ?? null)}`,
            en: `expected one of ${ids.join(", ")}, got ${show(row.id ?? null)}`,
          }),
        );
      else if (seen.has(rowId))
        problems.push(said(`${at}.id`, { zh: `${rowId} 列出了两次`, en: `${rowId} is listed twice` }));
      else seen.add(rowId);
    }
    for (const [column, value] of Object.entries(row)) {
      if (ids && column === "id") continue;
      if (!inputs.columns.includes(column)) {
        problems.push(
          said(`${at}.${column}`, {
            zh: `未知的列“${column}”；可用的列为 ${inputs.columns.join(", ")}`,
            en: `unknown column "${column}"; the columns are ${inputs.columns.join(", ")}`,
          }),
        );
        continue;
      }
      const rule = ids ? (rowId ? inputs.rules.get(`${column}:${rowId}`) : undefined) : inputs.rules.get(column);
      if (ids && rowId && !inputs.rules.has(`${column}:${rowId}`)) {
        problems.push(
          said(`${at}.${column}`, { zh: `${rowId} 没有输入项“${column}”`, en: `${rowId} has no input "${column}"` }),
        );
        continue;
      }
      const problem = valueProblem(value, rule);
      if (problem) problems.push(said(`${at}.${column}`, problem));
    }
  });
  return problems;
}

/** Problems of the `parameters` section. */
export function parameterProblems(section: unknown): ParkDataProblem[] {
  if (!isRecord(section)) return [said("parameters", { zh: "应为对象", en: "expected an object" })];
  const groups = parameterInputs();
  const problems: ParkDataProblem[] = [];
  for (const [name, entries] of Object.entries(section)) {
    const at = `parameters.${name}`;
    if (name === "gridChoice") {
      const problem = valueProblem(entries, groups.get(GRID_CHOICE_GROUP)?.get(""));
      if (problem) problems.push(said(at, problem));
      continue;
    }
    if (name === "confirmed" || name === "notConfirmed") {
      const known = groups.get("confirmed") ?? new Map<string, InputRule>();
      if (!Array.isArray(entries) || entries.some((e) => typeof e !== "string")) {
        problems.push(said(at, { zh: "应为参数行键的列表", en: "expected a list of parameter row keys" }));
        continue;
      }
      entries.forEach((entry, i) => {
        if (!known.has(entry as string))
          problems.push(
            said(`${at}[${i}]`, { zh: `未知的参数行 ${show(entry)}`, en: `unknown parameter row ${show(entry)}` }),
          );
      });
      continue;
    }
    const group = PARAMETER_GROUPS[name as ParameterGroup] as string | undefined;
    if (group === undefined) {
      const keys = [...Object.keys(PARAMETER_GROUPS), "gridChoice", "confirmed", "notConfirmed"].join(", ");
      problems.push(
        said(at, {
          zh: `未知的键“${name}”；可用的键为 ${keys}`,
          en: `unknown key "${name}"; the keys are ${keys}`,
        }),
      );
      continue;
    }
    if (!isRecord(entries)) {
      problems.push(said(at, { zh: "应为“编号: 值”的对象", en: "expected an object of id: value" }));
      continue;
    }
    const known = groups.get(group) ?? new Map<string, InputRule>();
    for (const [id, value] of Object.entries(entries)) {
      if (!known.has(id)) {
        problems.push(said(`${at}.${id}`, { zh: `未知的编号“${id}”`, en: `unknown id "${id}"` }));
        continue;
      }
      const problem = valueProblem(value, known.get(id));
      if (problem) problems.push(said(`${at}.${id}`, problem));
    }
  }
  return problems;
}

let CARBON_CACHE: Map<string, Map<string, InputRule>> | undefined;

/** The carbon inventory's typed inputs: carrier → the file's field name → rule (kept: plans depend on code only). */
export function carbonInputs(): ReadonlyMap<string, ReadonlyMap<string, InputRule>> {
  if (CARBON_CACHE) return CARBON_CACHE;
  const carriers = new Map<string, Map<string, InputRule>>();
  const plan = skeleton("carbon", "zh-CN");
  for (const [key, rule] of plan ? rulesByKey(plan) : []) {
    const parsed = parseInputKey("carbon", key);
    if (parsed?.kind !== "co2") continue;
    const fields = carriers.get(parsed.carrier) ?? carriers.set(parsed.carrier, new Map()).get(parsed.carrier);
    fields?.set(parsed.field, rule ? { rule } : {});
  }
  CARBON_CACHE = carriers;
  return carriers;
}

/** Problems of the `carbon` section: carrier id → { ncv, carbonContent, oxidationRate, factor }. */
export function carbonProblems(section: unknown): ParkDataProblem[] {
  if (!isRecord(section))
    return [said("carbon", { zh: "应为“能源品种编号: 数据”的对象", en: "expected an object of carrier id: data" })];
  const carriers = carbonInputs();
  const problems: ParkDataProblem[] = [];
  for (const [carrier, fields] of Object.entries(section)) {
    const at = `carbon.${carrier}`;
    const known = carriers.get(carrier);
    if (!known) {
      problems.push(
        said(at, {
          zh: `未知的能源品种编号“${carrier}”；可用的编号为 ${[...carriers.keys()].join(", ")}`,
          en: `unknown carrier id "${carrier}"; the ids are ${[...carriers.keys()].join(", ")}`,
        }),
      );
      continue;
    }
    if (!isRecord(fields)) {
      problems.push(said(at, { zh: "应为“字段: 值”的对象", en: "expected an object of field: value" }));
      continue;
    }
    for (const [field, value] of Object.entries(fields)) {
      if (!known.has(field)) {
        const names = [...known.keys()].join(", ");
        problems.push(
          said(`${at}.${field}`, {
            zh: `${carrier} 没有输入项“${field}”；可用的为 ${names}`,
            en: `${carrier} has no input "${field}"; the inputs are ${names}`,
          }),
        );
        continue;
      }
      const problem =
        typeof value === "string"
          ? { zh: `应为数字或 null，实际为 ${show(value)}`, en: `expected a number or null, got ${show(value)}` }
          : valueProblem(value, known.get(field));
      if (problem) problems.push(said(`${at}.${field}`, problem));
    }
  }
  return problems;
}

/** Every row section's key in a file: the row templates' ids. */
export const SECTION_IDS: readonly TemplateId[] = ROW_TEMPLATE_IDS;

export type SectionRows = Partial<Record<TemplateId, readonly Readonly<Record<string, CellValue>>[]>>;
