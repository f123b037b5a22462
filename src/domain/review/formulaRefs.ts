/**
 * The references of a formula, for the review's dependency graph (SPEC §5 "report root causes only"):
 * same-sheet A1 cells and ranges, sheet-qualified references and defined names. String literals are
 * stripped first, so a label such as "B2" inside quotes is never taken for a reference.
 */
import { parseRange, type RangeRef } from "../templates/a1";

export interface FormulaReference {
  /** the sheet named in the reference; undefined = the formula's own sheet */
  readonly sheet?: string;
  readonly range: RangeRef;
}

/** Replaces every "…" literal (with "" escapes) by "" so nothing inside can look like a reference. */
export function stripStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

const A1 = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Za-z]{1,3}\$?[0-9]{1,7})?`;
const QUALIFIED = new RegExp(String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*))!(${A1})`, "g");
const LOCAL = new RegExp(String.raw`(?<![\w.$!\u0080-\uffff])(${A1})(?![\w(!\u0080-\uffff])`, "g");
/** A placeholder character no formula holds, around the index of a kept reference. */
const MARK = String.fromCharCode(1);
const KEPT = new RegExp(`${MARK}(\\d+)${MARK}`, "g");
const IDENTIFIER = /(?<![\w.\\\u0080-\uffff])([A-Za-z_\\][\w.\\]*)(?![\w.(\\])/g;

/**
 * The references of `formula` (without "="). `isName` says whether an identifier is a defined name; the
 * caller resolves names to cells.
 */
export function formulaReferences(formula: string, isName: (name: string) => boolean): { refs: FormulaReference[]; names: string[] } {
  let text = stripStrings(formula);
  const refs: FormulaReference[] = [];
  text = text.replace(QUALIFIED, (_match, quoted: string | undefined, plain: string | undefined, address: string) => {
    const range = parseRange(address.replace(/\$/g, "").toUpperCase());
    if (range) refs.push({ sheet: quoted !== undefined ? quoted.replace(/''/g, "'") : plain, range });
    return " ";
  });
  text = text.replace(LOCAL, (_match, address: string) => {
    const range = parseRange(address.replace(/\$/g, "").toUpperCase());
    if (range) refs.push({ range });
    return " ";
  });
  const names: string[] = [];
  for (const match of text.matchAll(IDENTIFIER)) if (isName(match[1])) names.push(match[1]);
  return { refs, names };
}

/**
 * A formula in a canonical form for comparing two spellings of it: no "=", no "$", no whitespace or case
 * differences outside string literals, no `_xlfn.` / `_xldudf_` storage prefixes.
 */
export function canonicalFormula(formula: string): string {
  const parts = formula.replace(/^=/, "").split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").replace(/\$/g, "").replace(/_xlfn\.|_xlws\./gi, "").replace(/_xldudf_GREEN_/gi, "GREEN.").toUpperCase()))
    .join("");
}

/**
 * The plan formula with its same-sheet references moved to where the rows are now (`rowOf`: plan row →
 * workbook row): what the formula must read after rows were inserted above or inside its ranges.
 */
export function shiftFormulaRows(formula: string, rowOf: (planRow: number) => number | undefined): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      // keep sheet-qualified references as they are (templates reach other sheets through names)
      const kept: string[] = [];
      const guarded = part.replace(QUALIFIED, (m) => `${MARK}${kept.push(m) - 1}${MARK}`);
      const moved = guarded.replace(LOCAL, (address: string) =>
        address.replace(/(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/g, (_m, d1: string, col: string, d2: string, row: string) => {
          const actual = rowOf(Number(row) - 1);
          return `${d1}${col}${d2}${actual === undefined ? row : actual + 1}`;
        }),
      );
      return moved.replace(KEPT, (_m, i: string) => kept[Number(i)]);
    })
    .join("");
}
