/**
 * How a template is found again in a workbook (docs/architecture.md "Templates are findable again"): the defined
 * name `GREEN_META_<templateId><suffix>` points at its metadata cell, and the hidden column of that cell holds a
 * row key "#<planRow>" on every planned row, so plan rows map to the workbook's rows after rows were inserted or
 * deleted. Used by the review (snapshots) and by the Office.js adapter (refresh, conversion to values) alike.
 */
import type { TemplateMetadata } from "../schema/templateMetadata";
import type { TemplateOptions } from "./context";
import { ROW_KEY_PREFIX } from "./builder";
import { METADATA_NAME_PREFIX, TEMPLATE_IDS, type TemplateId } from "./sheetPlan";

/** longest id first: "plan" must not swallow a longer id that starts with it */
const IDS_LONGEST_FIRST = [...TEMPLATE_IDS].sort((a, b) => b.length - a.length);

/** GREEN_META_<id><suffix> → { id, suffix }; undefined for any other name. */
export function templateOfMetadataName(name: string): { id: TemplateId; suffix: string } | undefined {
  if (!name.toUpperCase().startsWith(METADATA_NAME_PREFIX)) return undefined;
  const rest = name.slice(METADATA_NAME_PREFIX.length);
  const id = IDS_LONGEST_FIRST.find((t) => rest.toLowerCase().startsWith(t.toLowerCase()));
  return id ? { id, suffix: rest.slice(id.length) } : undefined;
}

const ROW_KEY = new RegExp(`^${ROW_KEY_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)$`);

/** "#12" → 12; anything else → undefined. */
export function planRowOfKey(value: unknown): number | undefined {
  const match = typeof value === "string" ? ROW_KEY.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * plan row → workbook row (0-based) from the cells of the metadata column: plan row 0 is the metadata cell's
 * row; for every other plan row the first row key found wins (a copied row keeps the original's place).
 */
export function planRowMap(metaRow: number, column: Iterable<readonly [number, unknown]>): Map<number, number> {
  const rows = new Map<number, number>([[0, metaRow]]);
  for (const [sheetRow, value] of column) {
    const planRow = planRowOfKey(value);
    if (planRow !== undefined && !rows.has(planRow)) rows.set(planRow, sheetRow);
  }
  return rows;
}

/**
 * Options that give a template its workbook layout, without values: its language, mode, years and suffix, and
 * the list capacities (options, targets) recorded by its set's metadata.
 */
export function layoutOptions(base: TemplateMetadata, set: readonly TemplateMetadata[]): TemplateOptions {
  const rows: NonNullable<TemplateOptions["rows"]> = {};
  for (const id of ["options", "targets"] as const) {
    const capacity = set.find((m) => m.templateId === id)?.capacity;
    if (capacity) rows[id] = Array.from({ length: capacity }, () => ({}));
  }
  return { lang: base.lang, mode: base.mode, years: base.years, nameSuffix: base.nameSuffix, rows };
}
