/**
 * A returned enterprise data-request workbook (docs/enterprises.md "Merging") read from its snapshot by the
 * workbook-scoped names `GREEN_ENT_*`, wherever rows were inserted: identity, years (from the sheet's metadata
 * record), every item and carrier quantity. Only numbers are values; what else a cell holds is reported with its
 * cell, never guessed at.
 */
import type { WorkbookSnapshot } from "../review/snapshot";
import { templateMetadataSchema } from "../schema/templateMetadata";
import type { CellValue } from "../templates/sheetPlan";
import type { Text } from "../text";
import { ENTERPRISE_CARRIERS, ENTERPRISE_ITEMS } from "./items";
import { normalizeCreditCode } from "./creditCode";
import { AUDIT_STATUSES, type AuditStatus } from "./listFile";
import { ENT_NAMES } from "./requestSheet";

export type YearList = (number | null)[];

export interface EnterpriseReturn {
  readonly name: string;
  readonly code: string;
  readonly industry: string;
  readonly key: boolean | null;
  readonly auditStatus: AuditStatus | null;
  readonly auditYear: number | null;
  readonly years: readonly number[];
  readonly values: Readonly<Record<string, YearList>>;
  readonly energy: Readonly<Record<string, YearList>>;
  /** the sheet and cell of each input name, for the findings */
  readonly cells: ReadonlyMap<string, string>;
  /** cells holding something other than a number where a number belongs */
  readonly notNumbers: readonly { readonly name: string; readonly cell: string; readonly value: string }[];
}

export type ReadReturn =
  { readonly ok: true; readonly value: EnterpriseReturn } | { readonly ok: false; readonly why: Text };

const NOT_A_REQUEST: Text = {
  zh: "不是企业数据填报表（缺少企业名称、代码等命名单元格）",
  en: "not an enterprise data request (no named cells for the enterprise's name and code)",
};

export function readReturn(snapshot: WorkbookSnapshot): ReadReturn {
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n]));
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const cells = new Map<string, string>();
  const get = (name: string): CellValue | undefined => {
    const n = names.get(name.toUpperCase());
    if (!n || n.range.includes(":")) return undefined;
    cells.set(name, `${n.sheet}!${n.range}`);
    return sheets.get(n.sheet)?.cells.get(n.range)?.value ?? null;
  };
  const metaName = names.get("GREEN_META_ENTERPRISE");
  const metaText = metaName ? sheets.get(metaName.sheet)?.cells.get(metaName.range)?.value : undefined;
  let meta: { years: readonly number[] } | undefined;
  try {
    const parsed = typeof metaText === "string" ? templateMetadataSchema.safeParse(JSON.parse(metaText)) : undefined;
    if (parsed?.success && parsed.data.templateId === "enterprise") meta = parsed.data;
  } catch {
    meta = undefined;
  }
  const code = get(ENT_NAMES.identity("code"));
  if (!meta || code === undefined) return { ok: false, why: NOT_A_REQUEST };
  const notNumbers: { name: string; cell: string; value: string }[] = [];
  const number = (name: string): number | null => {
    const v = get(name);
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    notNumbers.push({ name, cell: cells.get(name) ?? name, value: String(v) });
    return null;
  };
  const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
  const years = meta.years;
  const list = (of: (k: number) => string) => years.map((_, k) => number(of(k)));
  const values = Object.fromEntries(ENTERPRISE_ITEMS.map((i) => [i.id, list((k) => ENT_NAMES.item(i.id, k))]));
  const energy = Object.fromEntries(ENTERPRISE_CARRIERS.map((c) => [c.id, list((k) => ENT_NAMES.energy(c.id, k))]));
  const key = text(get(ENT_NAMES.identity("key")));
  const status = text(get(ENT_NAMES.identity("audit_status")));
  const auditYear = get(ENT_NAMES.identity("audit_year"));
  return {
    ok: true,
    value: {
      name: text(get(ENT_NAMES.identity("name"))),
      code: normalizeCreditCode(text(code)),
      industry: text(get(ENT_NAMES.identity("industry"))),
      key: key === "是" ? true : key === "否" ? false : null,
      auditStatus: (AUDIT_STATUSES as readonly string[]).includes(status) ? (status as AuditStatus) : null,
      auditYear: typeof auditYear === "number" ? auditYear : null,
      years,
      values,
      energy,
      cells,
      notNumbers,
    },
  };
}
