/**
 * The one description of a template's inputs (docs/data-file.md "Sections"): every input cell a builder plans
 * carries a key (PlannedCell.key), and this grammar says what the key stands for. The builder fills an input
 * from TemplateOptions through it, the park data file's sections are checked against the keyed cells of a
 * plan, and the export reads a workbook's keyed cells back into the same sections — so a column a template
 * adds is imported and exported without a second list.
 *
 * - params: `lead:<indicator>`, `weight:<indicator>`, `selected:<indicator>`, `param:<id>`, `tce:<carrier>`,
 *   `grid:<set>`, `choice:<id>`, `grid-choice`, `confirmed:<row key>`
 * - data: `park:name`, `data:<item>:<k>`, `energy:<carrier>:<k>` (k = 0 base year, 1–3 evaluation years)
 * - carbon: `co2f:<carrier>:<field>`, field ncv, cc (carbon content), of (oxidation rate) or factor (typed)
 * - row templates listed by position (options, targets, suggestions, team, plan): `[<prefix>:]<column>:<n>`,
 *   n counting from 1; a few fixed rows above the list by their id instead of n (the four rows of the targets
 *   table, `tgt:<column>:<type>`)
 * - row templates listed by id (indicators, basic, lowcarbon, synergy): `<column>:<id>`
 */
import { TARGET_TABLE_ROWS } from "../catalog";
import type { CellValue, TemplateId } from "./sheetPlan";

/** How a template's input rows are identified. */
export type RowShape =
  | {
      readonly rows: "position";
      readonly prefix?: string;
      /** ids of fixed rows above the list, keyed by id instead of position */
      readonly fixed?: readonly string[];
    }
  | { readonly rows: "id"; readonly ids?: "indicator" | "requirement" | "synergy" };

/** The templates whose inputs are rows, and how each identifies its rows. */
export const ROW_TEMPLATES: Readonly<Partial<Record<TemplateId, RowShape>>> = {
  indicators: { rows: "id" },
  basic: { rows: "id" },
  lowcarbon: { rows: "id" },
  options: { rows: "position", prefix: "opt" },
  targets: { rows: "position", prefix: "tgt", fixed: TARGET_TABLE_ROWS.map((r) => r.type) },
  synergy: { rows: "id" },
  suggestions: { rows: "position" },
  team: { rows: "position" },
  plan: { rows: "position" },
};

/** The templates with a section of row inputs in the park data file, in docs/templates.md order. */
export const ROW_TEMPLATE_IDS = Object.keys(ROW_TEMPLATES) as TemplateId[];

/** The carbon inventory's typed CO₂ data of a carrier: the key's field → the file's (and Co2FactorInput's) name. */
export const CO2_FIELDS = { ncv: "ncv", cc: "carbonContent", of: "oxidationRate", factor: "factor" } as const;
export type Co2Field = (typeof CO2_FIELDS)[keyof typeof CO2_FIELDS];

export type InputKey =
  | { readonly kind: "park" }
  | { readonly kind: "data"; readonly item: string; readonly year: number }
  | { readonly kind: "energy"; readonly carrier: string; readonly year: number }
  | { readonly kind: "parameter"; readonly group: string; readonly id: string }
  | { readonly kind: "confirmed"; readonly id: string }
  | { readonly kind: "gridChoice" }
  | { readonly kind: "co2"; readonly carrier: string; readonly field: Co2Field }
  | { readonly kind: "row"; readonly column: string; readonly index: number }
  | { readonly kind: "row"; readonly column: string; readonly id: string };

/** What a template's input key stands for; undefined for a key outside the grammar. */
export function parseInputKey(templateId: TemplateId, key: string): InputKey | undefined {
  const shape = ROW_TEMPLATES[templateId];
  if (shape) return rowKey(shape, key);
  const parts = key.split(":");
  const [head = "", second = "", third] = parts;
  if (templateId === "params") {
    if (head === "confirmed" && parts.length > 1) return { kind: "confirmed", id: parts.slice(1).join(":") };
    if (key === "grid-choice") return { kind: "gridChoice" };
    return parts.length === 2 ? { kind: "parameter", group: head, id: second } : undefined;
  }
  if (templateId === "data") {
    if (key === "park:name") return { kind: "park" };
    const year = Number(third);
    if (parts.length !== 3 || !Number.isInteger(year)) return undefined;
    if (head === "data") return { kind: "data", item: second, year };
    if (head === "energy") return { kind: "energy", carrier: second, year };
    return undefined;
  }
  if (templateId === "carbon") {
    const known = third !== undefined && Object.prototype.hasOwnProperty.call(CO2_FIELDS, third);
    const field = known ? CO2_FIELDS[third as keyof typeof CO2_FIELDS] : undefined;
    return head === "co2f" && parts.length === 3 && field !== undefined
      ? { kind: "co2", carrier: second, field }
      : undefined;
  }
  return undefined;
}

/**
 * A row template's key, read with the positions of its colons (a large list has a key per input cell, read
 * at each build and review): by id `<column>:<id>` (the id may hold colons), by position
 * `[<prefix>:]<column>:<n>` (the column may hold colons) or a fixed row's `[<prefix>:]<column>:<id>`.
 */
function rowKey(shape: RowShape, key: string): InputKey | undefined {
  if (shape.rows === "id") {
    const colon = key.indexOf(":");
    return colon < 0 ? undefined : { kind: "row", column: key.slice(0, colon), id: key.slice(colon + 1) };
  }
  let start = 0;
  if (shape.prefix !== undefined && shape.prefix !== "") {
    if (!key.startsWith(shape.prefix) || key.charCodeAt(shape.prefix.length) !== COLON) return undefined;
    start = shape.prefix.length + 1;
  }
  const colon = key.lastIndexOf(":");
  if (colon < start) return undefined;
  const last = key.slice(colon + 1);
  const column = key.slice(start, colon);
  if (shape.fixed?.includes(last)) return { kind: "row", column, id: last };
  const index = Number(last);
  if (!Number.isInteger(index) || index < 1) return undefined;
  return { kind: "row", column, index: index - 1 };
}

const COLON = 0x3a;

export type Row = Readonly<Record<string, CellValue>>;

/**
 * The value TemplateOptions.rows gives a row input (undefined when none): by position, or by the row's `id`
 * (a list without ids fills by position, as the builders do).
 */
export function givenRowValue(
  templateId: TemplateId,
  key: string,
  rows: readonly Row[] | undefined,
): CellValue | undefined {
  if (!rows || rows.length === 0) return undefined;
  const parsed = parseInputKey(templateId, key);
  if (parsed?.kind !== "row") return undefined;
  if ("index" in parsed) return givenListValue(rows, parsed);
  return rows.find((r) => r.id === parsed.id)?.[parsed.column];
}

/** Where an input of a list by position sits: its row's index in the list (from 0) and its column. */
export interface ListPosition {
  readonly index: number;
  readonly column: string;
}

/** The value TemplateOptions.rows gives the input at a position of a list by position (undefined when none). */
export function givenListValue(rows: readonly Row[] | undefined, at: ListPosition): CellValue | undefined {
  if (!rows || rows.length === 0) return undefined;
  return positionalRows(rows)[at.index]?.[at.column];
}

const POSITIONAL = new WeakMap<readonly Row[], readonly Row[]>();

/**
 * The rows of a list that fill by position, worked out once per list (a sheet asks once per input cell: a scan
 * per cell made building 10 000 option rows quadratic). A list by position may also name a few fixed rows by id
 * (the four rows of the targets table): those are not counted.
 */
function positionalRows(rows: readonly Row[]): readonly Row[] {
  let positional = POSITIONAL.get(rows);
  if (positional === undefined) {
    positional = rows.some((r) => r.id !== undefined) ? rows.filter((r) => r.id === undefined) : rows;
    POSITIONAL.set(rows, positional);
  }
  return positional;
}
