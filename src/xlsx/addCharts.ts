/**
 * Charts added to an .xlsx ExcelJS wrote (ExcelJS writes no charts; docs/templates.md#charts): for each sheet
 * with planned charts, a drawing part and one chart part per chart (chartParts.ts), the relationships from the
 * sheet to its drawing and from the drawing to its charts, the sheet's `drawing` element, and the parts' content
 * types (ECMA-376 Part 2, Open Packaging Conventions). The zip is read and written with fflate.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import type { CellValue, SheetPlan } from "../domain/templates/sheetPlan";
import { chartRelationship, chartXml, drawingXml, xmlText } from "./chartParts";

export interface ChartedSheet {
  /** the sheet's name in the workbook (the plan's, or with a suffix when that was taken) */
  readonly sheetName: string;
  readonly plan: SheetPlan;
}

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;
const DRAWING_RELATIONSHIP = "rIdDrawing1";

/**
 * Elements a worksheet's `drawing` precedes (CT_Worksheet's sequence, ECMA-376 Part 1 §18.3.1.99): it goes
 * before the first of them, or last.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? e,
  );

const attribute = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
};

/** The worksheet part of each sheet, by the sheet's name (workbook.xml and its relationships). */
function worksheetParts(entries: Unzipped): Map<string, string> {
  const text = (name: string) => {
    const data = entries[name];
    if (!data) throw new Error(`charts: the workbook has no ${name}`);
    return strFromU8(data);
  };
  const targets = new Map<string, string>();
  for (const [tag] of text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of text("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

/** The next free number of parts named `prefix<n>.xml`. */
function nextNumber(entries: Unzipped, prefix: string): number {
  let n = 0;
  for (const name of Object.keys(entries)) {
    const m = new RegExp(`^${prefix}(\\d+)\\.xml$`).exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n + 1;
}

function relationships(items: readonly { id: string; type: string; target: string }[]): string {
  const rows = items.map(
    (r) => `<Relationship Id="${r.id}" Type="${RELATIONSHIP}/${r.type}" Target="${xmlText(r.target)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rows.join("")}</Relationships>`;
}

/** The sheet's XML with its `drawing` element in its place. */
function withDrawingElement(xml: string, part: string): string {
  if (/<drawing\b/.test(xml)) throw new Error(`charts: ${part} has a drawing already`);
  const element = `<drawing r:id="${DRAWING_RELATIONSHIP}"/>`;
  const at = AFTER_DRAWING.map((name) => xml.search(new RegExp(`<${name}[\\s/>]`))).filter((i) => i >= 0);
  const index = at.length > 0 ? Math.min(...at) : xml.lastIndexOf("</worksheet>");
  if (index < 0) throw new Error(`charts: ${part} is not a worksheet`);
  return xml.slice(0, index) + element + xml.slice(index);
}

/** The sheet's relationships with the drawing's added (a new part when the sheet had none). */
function withDrawingRelationship(existing: Uint8Array | undefined, drawing: number): string {
  const row = `<Relationship Id="${DRAWING_RELATIONSHIP}" Type="${RELATIONSHIP}/drawing" Target="../drawings/drawing${drawing}.xml"/>`;
  if (!existing) return relationships([]).replace("</Relationships>", `${row}</Relationships>`);
  const xml = strFromU8(existing);
  if (xml.includes(`Id="${DRAWING_RELATIONSHIP}"`))
    throw new Error("charts: the sheet has a drawing relationship already");
  return xml.replace("</Relationships>", `${row}</Relationships>`);
}

/** The value each cell of the plan shows: a formula's cached result, a constant, "" when empty. */
function shownValues(plan: SheetPlan): (row: number, col: number) => CellValue | undefined {
  const cells = new Map(plan.cells.map((c) => [`${c.row},${c.col}`, c.formula !== undefined ? c.cached : c.value]));
  return (row, col) => cells.get(`${row},${col}`);
}

/** The .xlsx with the planned charts of `sheets` added; the bytes unchanged when no sheet has charts. */
export function withCharts(xlsx: Uint8Array, sheets: readonly ChartedSheet[]): Uint8Array {
  const charted = sheets.filter((s) => (s.plan.charts ?? []).length > 0);
  if (charted.length === 0) return xlsx;
  const entries = unzipSync(xlsx);
  const parts = worksheetParts(entries);
  const overrides: string[] = [];
  let drawing = nextNumber(entries, "xl/drawings/drawing");
  let chart = nextNumber(entries, "xl/charts/chart");
  for (const { sheetName, plan } of charted) {
    const part = parts.get(sheetName);
    const xml = part === undefined ? undefined : entries[part];
    if (part === undefined || xml === undefined) throw new Error(`charts: no worksheet part for ${sheetName}`);
    const charts = plan.charts ?? [];
    const shown = shownValues(plan);
    const numbers = charts.map((_, i) => chart + i);
    charts.forEach((c, i) => {
      entries[`xl/charts/chart${numbers[i]}.xml`] = strToU8(chartXml(c, sheetName, shown, plan.lang));
      overrides.push(`<Override PartName="/xl/charts/chart${numbers[i]}.xml" ContentType="${CONTENT.chart}"/>`);
    });
    entries[`xl/drawings/drawing${drawing}.xml`] = strToU8(drawingXml(charts));
    entries[`xl/drawings/_rels/drawing${drawing}.xml.rels`] = strToU8(
      relationships(
        numbers.map((n, i) => ({ id: chartRelationship(i), type: "chart", target: `../charts/chart${n}.xml` })),
      ),
    );
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${CONTENT.drawing}"/>`);
    const folder = part.slice(0, part.lastIndexOf("/"));
    const relsPart = `${folder}/_rels/${part.slice(folder.length + 1)}.rels`;
    entries[relsPart] = strToU8(withDrawingRelationship(entries[relsPart], drawing));
    entries[part] = strToU8(withDrawingElement(strFromU8(xml), part));
    drawing += 1;
    chart += charts.length;
  }
  const types = entries["[Content_Types].xml"];
  if (!types) throw new Error("charts: the workbook has no [Content_Types].xml");
  entries["[Content_Types].xml"] = strToU8(strFromU8(types).replace("</Types>", `${overrides.join("")}</Types>`));
  return zipSync(entries, { level: 6 });
}
