/**
 * The benefits of a cleaner-production option (江苏省《行业清洁生产审核技术指南》附录B 6.1 and 7.2, docs/templates.md `options`):
 * each is the yearly change the option brings against before — positive for a reduction or a saving,
 * negative for an increase. An end-of-pipe option may use more electricity and so emit more CO₂; the
 * 《工业园区减污降碳协同增效管控规范》“污染物协同控制要求” asks parks to avoid treatment that makes energy use rise
 * markedly or carbon emissions rebound, so an increase is recorded with its sign, never dropped, and every
 * total sums the benefits with their signs.
 */

/** Whether a benefit cell counts in a total, as SUMPRODUCT counts it: a number; text and empty cells are no benefit. */
export function countsInTotal(benefit: unknown): benefit is number {
  return typeof benefit === "number" && Number.isFinite(benefit);
}

/** Whether a benefit cell records an increase (a negative number); text and empty cells are no benefit. */
export function isIncrease(benefit: unknown): boolean {
  return countsInTotal(benefit) && benefit < 0;
}

/**
 * Σ of the benefits with their signs, as SUMPRODUCT adds a column: numbers only, text and empty cells
 * count nothing.
 */
export function signedTotal(benefits: readonly unknown[]): number {
  return signedTotalOf(benefits, (b) => b);
}

/** signedTotal of one benefit of each item, in the items' order, without a list of the benefits made first. */
export function signedTotalOf<T>(items: readonly T[], benefit: (item: T) => unknown): number {
  let sum = 0;
  for (const item of items) {
    const b = benefit(item);
    if (countsInTotal(b)) sum += b;
  }
  return sum;
}
