/**
 * Checks every part of an .xlsx against the ECMA-376 transitional schemas with xmllint, as Excel's own
 * reading would: what `mc:Ignorable` declares ignorable (Excel's extensions, ECMA-376 Part 3) is removed
 * first, and what remains must be valid. A part with no schema known here is itself a failure, so a new
 * kind of part cannot slip through unchecked.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";
import { schemaFolder, xmllint } from "../xmlSchemas";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const CONTENT_TYPES = "application/vnd.openxmlformats-package.content-types";

/** The schema (under ooxml/) and the root element each content type must have. */
const SCHEMA_OF: Record<string, { schema: string; root: string }> = {
  [CONTENT_TYPES]: { schema: "opc-xsd/opc-contentTypes.xsd", root: "Types" },
  "application/vnd.openxmlformats-package.relationships+xml": {
    schema: "opc-xsd/opc-relationships.xsd",
    root: "Relationships",
  },
  "application/vnd.openxmlformats-package.core-properties+xml": {
    schema: "opc-xsd/opc-coreProperties.xsd",
    root: "coreProperties",
  },
  "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
    schema: "shared-documentPropertiesExtended.xsd",
    root: "Properties",
  },
  "application/vnd.openxmlformats-officedocument.theme+xml": { schema: "dml-main.xsd", root: "theme" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": { schema: "sml.xsd", root: "workbook" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": { schema: "sml.xsd", root: "worksheet" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": { schema: "sml.xsd", root: "styleSheet" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": { schema: "sml.xsd", root: "sst" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml": { schema: "sml.xsd", root: "calcChain" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": { schema: "sml.xsd", root: "comments" },
  "application/vnd.openxmlformats-officedocument.drawing+xml": { schema: "dml-spreadsheetDrawing.xsd", root: "wsDr" },
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": { schema: "dml-chart.xsd", root: "chartSpace" },
};

export interface PartCheck {
  part: string;
  contentType: string;
  schema: string;
}

export interface SchemaReport {
  /** every part checked, with the schema it was checked against */
  parts: PartCheck[];
  /** xmllint's complaints and parts no schema covers; empty when the file is valid */
  errors: string[];
}

/** Content type of each part, by override or by extension default ([Content_Types].xml, OPC §10.1.2). */
function contentTypes(xml: string, names: string[]): Map<string, string> {
  const doc = parse(xml);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const d of Array.from(doc.getElementsByTagName("Default")))
    defaults.set((d.getAttribute("Extension") ?? "").toLowerCase(), d.getAttribute("ContentType") ?? "");
  for (const o of Array.from(doc.getElementsByTagName("Override")))
    overrides.set((o.getAttribute("PartName") ?? "").replace(/^\//, ""), o.getAttribute("ContentType") ?? "");
  const types = new Map<string, string>();
  for (const name of names) {
    if (name === "[Content_Types].xml") types.set(name, CONTENT_TYPES);
    else types.set(name, overrides.get(name) ?? defaults.get(name.split(".").pop()?.toLowerCase() ?? "") ?? "(none)");
  }
  return types;
}

const window = new JSDOM("").window;

function parse(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/**
 * Removes what a consumer that understands no extension would ignore (ECMA-376 Part 3, §10.2.1): elements
 * and attributes in the namespaces `mc:Ignorable` lists, and the markup-compatibility attributes
 * themselves; `mc:AlternateContent` is replaced by its `mc:Fallback` content.
 */
export function stripIgnorable(xml: string): string {
  const doc = parse(xml);
  const ignorable = new Set<string>();
  const visit = (element: Element) => {
    const prefixes = element.getAttributeNS(MC, "Ignorable");
    for (const prefix of (prefixes ?? "").split(/\s+/).filter(Boolean)) {
      const ns = element.lookupNamespaceURI(prefix);
      if (ns) ignorable.add(ns);
    }
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.namespaceURI === MC || (attribute.namespaceURI && ignorable.has(attribute.namespaceURI)))
        element.removeAttributeNode(attribute);
    }
    for (const child of Array.from(element.children)) {
      if (child.namespaceURI === MC && child.localName === "AlternateContent") {
        const fallback = Array.from(child.children).find((c) => c.namespaceURI === MC && c.localName === "Fallback");
        for (const kept of fallback ? Array.from(fallback.childNodes) : []) element.insertBefore(kept, child);
        child.remove();
      } else if (child.namespaceURI && ignorable.has(child.namespaceURI)) {
        child.remove();
      }
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(doc.documentElement);
  return new window.XMLSerializer().serializeToString(doc);
}

/** Validates every XML part of `xlsx`; the report lists each part and every schema error. */
export async function checkXlsxSchemas(xlsx: Uint8Array): Promise<SchemaReport> {
  const schemas = join(schemaFolder(), "ooxml");
  const entries = unzipSync(xlsx);
  const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
  const types = contentTypes(strFromU8(entries["[Content_Types].xml"]!), names);
  const work = mkdtempSync(join(tmpdir(), "green-schema-"));
  const errors: string[] = [];
  const parts: PartCheck[] = [];
  const bySchema = new Map<string, string[]>();
  try {
    for (const name of names) {
      const contentType = types.get(name) ?? "(none)";
      const known = SCHEMA_OF[contentType];
      if (!known) {
        errors.push(`${name}: no schema for content type ${contentType}`);
        continue;
      }
      const xml = stripIgnorable(strFromU8(entries[name]!));
      const root = parse(xml).documentElement.localName;
      if (root !== known.root) errors.push(`${name}: root element ${root}, expected ${known.root} for ${contentType}`);
      const file = join(work, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, xml);
      bySchema.set(known.schema, [...(bySchema.get(known.schema) ?? []), file]);
      parts.push({ part: name, contentType, schema: known.schema });
    }
    for (const [schema, files] of bySchema) errors.push(...(await xmllint(join(schemas, schema), files, work)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { parts, errors };
}

const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A1 range ("C5", "C5:F9") → rows and columns, 1-based. */
function rect(ref: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
    if (!m) throw new Error(`bad reference ${a}`);
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const [a, b = a] = ref.split(":").map(cell);
  return {
    top: Math.min(a!.row, b!.row),
    left: Math.min(a!.col, b!.col),
    bottom: Math.max(a!.row, b!.row),
    right: Math.max(a!.col, b!.col),
  };
}

/**
 * What Excel enforces beyond the schema on each worksheet (docs/workbooks.md): data-validation ranges do
 * not overlap (a cell holds one validation); conditional-format priorities are unique on the sheet; a
 * validation's titles hold at most 32 characters, its input message 255, its error message 224
 * ([MS-OI29500] §2.1.613).
 */
export function excelRuleProblems(xlsx: Uint8Array): string[] {
  const entries = unzipSync(xlsx);
  const problems: string[] = [];
  for (const name of Object.keys(entries).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const doc = parse(strFromU8(entries[name]!));
    const taken: { ref: string; r: ReturnType<typeof rect> }[] = [];
    for (const v of Array.from(doc.getElementsByTagNameNS(SML, "dataValidation"))) {
      for (const ref of (v.getAttribute("sqref") ?? "").split(/\s+/).filter(Boolean)) {
        const r = rect(ref);
        const other = taken.find(
          (t) => t.r.top <= r.bottom && r.top <= t.r.bottom && t.r.left <= r.right && r.left <= t.r.right,
        );
        if (other) problems.push(`${name}: data validations overlap at ${other.ref} and ${ref}`);
        taken.push({ ref, r });
      }
      const limits: [string, number][] = [
        ["errorTitle", 32],
        ["promptTitle", 32],
        ["prompt", 255],
        ["error", 224],
      ];
      for (const [attribute, limit] of limits) {
        const text = v.getAttribute(attribute) ?? "";
        if (text.length > limit)
          problems.push(`${name}: ${attribute} of ${text.length} characters at ${v.getAttribute("sqref")}`);
      }
    }
    const priorities = Array.from(doc.getElementsByTagNameNS(SML, "cfRule")).map((r) => r.getAttribute("priority"));
    const repeated = [...new Set(priorities.filter((p, i) => priorities.indexOf(p) !== i))];
    if (repeated.length > 0) problems.push(`${name}: conditional-format priorities repeated: ${repeated.join(", ")}`);
  }
  return problems;
}
