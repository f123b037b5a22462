/**
 * Number formats of the templates. Excel and WPS show a format whose decimals are all optional
 * (`#,##0.####`) with a dangling point on whole numbers ("1,200,000."), and Excel has no format that
 * shows "up to four decimals" without it except General. So every format here either has no decimals,
 * or starts its decimals with a mandatory digit (`#,##0.00##`: two to four decimals), or is General.
 */

export const NUMBER_FORMATS = {
  /** quantities and amounts (万元, t, m³, tce …): thousands separators, two to four decimals */
  amount: "#,##0.00##",
  /** money figures compared at a glance (NPV, totals): exactly two decimals */
  money: "#,##0.00",
  /**
   * option benefits, which may be negative (an increase, docs/templates.md `options`): two to four decimals, a
   * negative red with its minus sign
   */
  signedAmount: "#,##0.00##;[Red]-#,##0.00##",
  /** counts (people, vehicles, days): General shows 1200 as typed and 12.5 as 12.5, hiding nothing */
  count: "General",
  /** text answers (具备/不具备 …) stay text */
  text: "@",
} as const;

/** Units whose quantities are counted, not measured. */
const COUNT_UNITS = new Set(["人", "辆", "天", "个", "家", "项", "次", "年"]);

/** The format of a data item's input cells by its unit and kind. */
export function dataFormat(unit: string, kind: string): string {
  if (kind === "answer") return NUMBER_FORMATS.text;
  return COUNT_UNITS.has(unit) ? NUMBER_FORMATS.count : NUMBER_FORMATS.amount;
}

/**
 * Whether a format code can show a number with a dangling decimal point: some section has a decimal
 * point not followed by a mandatory digit (0). Quoted text, escaped and bracketed parts are ignored.
 */
export function hasDanglingPoint(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  return bare.split(";").some((section) => /\.(?!0)/.test(section) && !/[@]/.test(section));
}
