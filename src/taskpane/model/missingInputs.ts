/**
 * Which mandatory inputs are still missing, per year ("data entry help"): the raw data items the
 * mandatory indicators read (docs/templates.md#indicators flags, docs/data-file.md inputs) — in the evaluation years, and in the year before
 * for the year-on-year indicators (HG22, HG24), so the base year too.
 */
import { DATA_ITEMS, type Text } from "../../domain/catalog";
import { mandatoryInputYears } from "../../domain/calc/evaluation";
import { isMissing } from "../../domain/calc/inputs";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import type { ParkDataFile } from "../../domain/schema/parkData";
import { namePart } from "../../domain/templates/context";
import type { CellValue } from "../../domain/templates/sheetPlan";

export interface MissingInput {
  readonly item: string;
  readonly name: Text;
  readonly unit: string;
  /** where to enter it, when known (the workbook's data sheet) */
  readonly sheet?: string;
  readonly cell?: string;
}

export interface YearMissing {
  /** 0 = base year, 1–3 = evaluation years */
  readonly k: number;
  readonly year: number;
  readonly missing: readonly MissingInput[];
}

/** (item, k) pairs the mandatory indicators need, in data-item order. */
export function requiredInputs(): Map<number, string[]> {
  const need = mandatoryInputYears();
  const order = DATA_ITEMS.map((d) => d.id);
  return new Map([0, 1, 2, 3].map((k) => [k, order.filter((id) => need.get(id)?.has(k))]));
}

/** Empty as calc reads it (docs/functions.md "missing"; spaces only count as empty, as for TRIM). */
const isEmpty = (v: CellValue | undefined) => isMissing(v);

function missingBy(
  years: readonly number[],
  valueOf: (item: string, k: number) => CellValue | undefined,
  cellOf: (item: string, k: number) => { sheet: string; cell: string } | undefined,
): YearMissing[] {
  const required = requiredInputs();
  return years.map((year, k) => ({
    k,
    year,
    missing: (required.get(k) ?? [])
      .filter((item) => isEmpty(valueOf(item, k)))
      .map((item) => {
        const def = DATA_ITEMS.find((d) => d.id === item);
        return { item, name: def?.name ?? { zh: item, en: item }, unit: def?.unit ?? "", ...cellOf(item, k) };
      }),
  }));
}

/** From a workbook: the data sheet's named input cells GREEN_DATA_<item>_Y<k> (first template set). */
export function missingInWorkbook(snapshot: WorkbookSnapshot): YearMissing[] | undefined {
  const names = new Map(snapshot.names.map((n) => [n.name.toUpperCase(), n]));
  const meta = names.get("GREEN_META_DATA");
  if (!meta) return undefined;
  const metaValue = snapshot.sheets.find((s) => s.name === meta.sheet)?.cells.get(meta.range)?.value;
  let years: number[] = [0, 0, 0, 0];
  try {
    const parsed = JSON.parse(String(metaValue)) as { years?: number[] };
    if (Array.isArray(parsed.years)) years = parsed.years;
  } catch {
    // an unreadable metadata record: years stay unknown (0)
  }
  const nameOf = (item: string, k: number) => names.get(`GREEN_DATA_${namePart(item)}_Y${k}`.toUpperCase());
  const valueOf = (item: string, k: number) => {
    const n = nameOf(item, k);
    return n ? snapshot.sheets.find((s) => s.name === n.sheet)?.cells.get(n.range)?.value : undefined;
  };
  // energy_total and co2 are computed; the cell to fill is the reported figure (or the energy block)
  const reported: Readonly<Record<string, string>> = { energy_total: "energy_total_reported", co2: "co2_reported" };
  const cellOf = (item: string, k: number) => {
    const n = nameOf(reported[item] ?? item, k) ?? nameOf(item, k);
    return n ? { sheet: n.sheet, cell: n.range } : undefined;
  };
  return missingBy(years, valueOf, cellOf);
}

/** From a park data file (file mode before a workbook exists). */
export function missingInDataFile(data: ParkDataFile): YearMissing[] {
  const values = data.values as Record<string, readonly CellValue[] | undefined>;
  const valueOf = (item: string, k: number): CellValue | undefined => {
    if (
      item === "energy_total" &&
      (data.energy ?? []).some((row) => row.values[k] !== null && row.values[k] !== undefined)
    )
      return 1;
    return values[item]?.[k];
  };
  return missingBy(data.years, valueOf, () => undefined);
}
