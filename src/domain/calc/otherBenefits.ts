/**
 * The free benefits of the performance matrix (江苏省《行业清洁生产审核技术指南》附录B 7.2 "其他污染物减排量" and the "其他"
 * saving; docs/templates.md#performance): each option names a quantity, its yearly amount and unit; the matrix
 * gives each distinct name and unit one row, in the order the options first name them, and totals the amounts
 * there with their signs. Names compare as a spreadsheet's "=" compares them: letter case does not matter,
 * spaces do, a number is not its text.
 */
import { isMissing } from "./inputs";

/** One option's free benefit: its name and unit as typed, and whether the option is counted (has a status). */
export interface OtherBenefitEntry {
  readonly name: unknown;
  readonly unit: unknown;
  readonly counted: boolean;
}

/** A cell as "=" compares it: text without letter case, a number as itself, empty as empty text. */
function compared(v: unknown): string {
  if (v === null || v === undefined || v === "") return "s:";
  if (typeof v === "string") return `s:${v.toLowerCase()}`;
  return `n:${String(v)}`;
}

/**
 * The matrix row (1, 2, …) of each entry: entries with a name that are counted share the row of the first entry
 * with the same name and unit; a new pair takes the next row. null for an entry without a name or not counted.
 */
export function otherBenefitSlots(entries: readonly OtherBenefitEntry[]): (number | null)[] {
  const slots = new Map<string, number>();
  return entries.map((e) => {
    if (!e.counted || isMissing(e.name)) return null;
    const key = `${compared(e.name)}|${compared(e.unit)}`;
    const known = slots.get(key);
    if (known !== undefined) return known;
    const slot = slots.size + 1;
    slots.set(key, slot);
    return slot;
  });
}
