/**
 * The template sheets of the open workbook, found through their metadata names (docs/architecture.md "Templates
 * are findable again"): two syncs whatever the workbook holds.
 */
import { parseTemplateMetadata, type TemplateMetadata } from "../domain/schema/templateMetadata";
import { parseRange, parseSheetReference, type SheetReference } from "../domain/templates/a1";
import { templateOfMetadataName } from "../domain/templates/templateLocation";

/** A template sheet of the workbook: its metadata record and the cell that holds it (the GREEN_META_* name). */
export interface FoundTemplate {
  readonly sheet: string;
  readonly meta: TemplateMetadata;
  /** 0-based position of the metadata cell: plan row 0 and the hidden column of the row keys */
  readonly metaRow: number;
  readonly metaCol: number;
}

export interface WorkbookTemplates {
  readonly templates: FoundTemplate[];
  /** where every name that refers to a range points, by upper-case name */
  readonly names: ReadonlyMap<string, SheetReference>;
}

/**
 * Every template sheet with its metadata: one sync for names, one for the metadata cells. A name whose sheet
 * was deleted (=#REF!, type Error) has no range to read and is skipped; a damaged record too (the review
 * reports both).
 */
export async function readTemplates(context: Excel.RequestContext): Promise<WorkbookTemplates> {
  const names = context.workbook.names;
  names.load("items/name,items/formula,items/type");
  await context.sync();
  const rangeNames = names.items.filter((n) => n.type === Excel.NamedItemType.range);
  const ranges = rangeNames
    .filter((n) => templateOfMetadataName(n.name))
    .map((n) => ({ name: n, range: n.getRange().load("values") }));
  if (ranges.length > 0) await context.sync();
  const templates: FoundTemplate[] = [];
  for (const { name, range } of ranges) {
    const parsed = parseTemplateMetadata(range.values[0]?.[0]);
    const ref = parseSheetReference(name.formula);
    const at = ref ? parseRange(ref.range) : undefined;
    if (parsed.ok && ref && at)
      templates.push({ sheet: ref.sheet, meta: parsed.metadata, metaRow: at.top, metaCol: at.left });
  }
  const targets = new Map<string, SheetReference>();
  for (const n of rangeNames) {
    const ref = parseSheetReference(n.formula);
    if (ref) targets.set(n.name.toUpperCase(), ref);
  }
  return { templates, names: targets };
}

/** The template ids present, by their metadata names (one sync). */
export async function presentTemplateIds(context: Excel.RequestContext): Promise<Set<string>> {
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const ids = new Set<string>();
  for (const item of names.items) {
    const template = templateOfMetadataName(item.name);
    if (template) ids.add(template.id);
  }
  return ids;
}
