/**
 * The check column of the enterprise data-request workbook (docs/enterprises.md "Check column"), as the
 * workbook's native formula computes it while the enterprise types, and as the merge checks it again: a
 * mandatory item missing in some year, an item given for some years only, adjacent years differing by the
 * unit-mistake ratio or more, a part larger than its whole.
 */
import type { Text } from "../text";
import { MANDATORY_ENTERPRISE_ITEMS, PART_OF } from "./items";

/**
 * Adjacent years (or an enterprise and its peers) differing this many times or more are most likely a unit
 * mistake: 元 for 万元 is 10⁴, kg for t is 10³, kWh for 万kWh 10⁴. No standard gives the figure; 500 sits
 * below every such slip and far above the year-on-year changes real enterprises report.
 */
export const UNIT_MISTAKE_RATIO = 500;

export type YearValues = readonly (number | null)[];

export type RowFinding =
  | { readonly kind: "empty" }
  | { readonly kind: "missing-mandatory"; readonly missing: number }
  | { readonly kind: "missing-some"; readonly missing: number }
  | { readonly kind: "unit-jump"; readonly year: number }
  | { readonly kind: "part-exceeds"; readonly whole: readonly string[]; readonly year: number };

export const CHECK_OK = "✓";

/** The first finding of an item's row: the check column shows one message at a time. */
export function rowFinding(
  item: string,
  values: YearValues,
  valueOf: (item: string, k: number) => number | null,
): RowFinding | undefined {
  const missing = values.filter((v) => v === null).length;
  if (MANDATORY_ENTERPRISE_ITEMS.has(item) && missing > 0) return { kind: "missing-mandatory", missing };
  if (missing === values.length) return { kind: "empty" };
  if (missing > 0) return { kind: "missing-some", missing };
  for (let k = 1; k < values.length; k++) {
    const a = values[k - 1] ?? 0;
    const b = values[k] ?? 0;
    if (a > 0 && b > 0 && Math.max(a, b) >= UNIT_MISTAKE_RATIO * Math.min(a, b)) return { kind: "unit-jump", year: k };
  }
  const pair = PART_OF.find((p) => p.part === item);
  if (pair)
    for (let k = 0; k < values.length; k++) {
      const part = values[k];
      const wholes = pair.whole.map((w) => valueOf(w, k));
      if (part === null || part === undefined || wholes[0] === null) continue;
      const whole = wholes.reduce<number>((s, w) => s + (w ?? 0), 0);
      if (part > whole) return { kind: "part-exceeds", whole: pair.whole, year: k };
    }
  return undefined;
}

/** The check column's words for a finding, with the names of the items and years it involves. */
export function rowFindingText(
  finding: RowFinding | undefined,
  names: { item: (id: string) => Text; year: (k: number) => number },
): Text {
  if (!finding) return { zh: CHECK_OK, en: CHECK_OK };
  switch (finding.kind) {
    case "empty":
      return { zh: "", en: "" };
    case "missing-mandatory":
      return { zh: "必填：请填写全部年份（无则填 0）", en: "Required: fill every year (0 where none)" };
    case "missing-some":
      return { zh: "部分年份未填写", en: "Some years are empty" };
    case "unit-jump":
      return {
        zh: `相邻年份相差 ${UNIT_MISTAKE_RATIO} 倍以上，请核对单位`,
        en: `Adjacent years differ ${UNIT_MISTAKE_RATIO}-fold or more: check the unit`,
      };
    case "part-exceeds": {
      const whole = finding.whole.map(names.item);
      return {
        zh: `大于${whole.map((w) => w.zh).join("与")}，请核对`,
        en: `Larger than ${whole.map((w) => w.en).join(" plus ")}: check`,
      };
    }
  }
}
