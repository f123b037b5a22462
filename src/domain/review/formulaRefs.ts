/**
 * The references of a formula, for the review's dependency graph (docs/review-codes.md, "How root causes
 * are found"), read with a real Excel formula tokenizer (@borgar/fx) in one linear pass: cells and ranges,
 * whole columns and rows (A:A, 3:3), sheet-qualified and 3-D references (Sheet1:Sheet3!B2), references to
 * other workbooks ([1]Sheet1!A1, never taken for this workbook's cells), defined names, the range (:) and
 * intersection (space) operators. Nothing inside a string literal is a reference.
 */
import { parseA1Ref, stringifyA1Ref, tokenize, type Token } from "@borgar/fx";
import { MAX_COLUMNS, MAX_ROWS, type RangeRef } from "../templates/a1";

export interface FormulaReference {
  /** the sheet named in the reference; undefined = the formula's own sheet */
  readonly sheet?: string;
  /** a 3-D reference (Sheet1:Sheet3!B2): the last sheet; every sheet from `sheet` to it in workbook order */
  readonly toSheet?: string;
  /** whole columns and rows span the grid (A:A is rows 0 to MAX_ROWS − 1) */
  readonly range: RangeRef;
}

export interface FormulaReferences {
  readonly refs: FormulaReference[];
  /** defined names of this workbook the formula uses (as written) */
  readonly names: string[];
  /** references to other workbooks, as written ([1]Sheet1!A1) */
  readonly external: string[];
}

const REF_TYPES = new Set(["range", "range_beam", "range_ternary"]);

/** Excel's tokens of a formula (without "="); an unterminated string or unknown text never throws. */
function tokens(formula: string): Token[] {
  return tokenize(formula, { mergeRefs: true, allowTernary: false, withLocation: false });
}

/** A grid range from the tokenizer's, whole columns and rows spanning the grid. */
function gridRange(range: {
  top?: number | null;
  left?: number | null;
  bottom?: number | null;
  right?: number | null;
}): RangeRef | undefined {
  const top = range.top ?? 0;
  const left = range.left ?? 0;
  const bottom = range.bottom ?? MAX_ROWS - 1;
  const right = range.right ?? MAX_COLUMNS - 1;
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

type Parsed =
  | { kind: "ref"; ref: FormulaReference }
  | { kind: "name"; name: string }
  | { kind: "external"; text: string }
  | { kind: "none" };

/** One reference token: its sheet(s) and range, a name, or a reference into another workbook. */
function readToken(token: Token): Parsed {
  const parsed = parseA1Ref(token.value, { allowTernary: false, allowNamed: true });
  if (!parsed) return { kind: "none" };
  const context = parsed.context ?? [];
  // [1]Sheet1!A1, [Book.xlsx]Sheet1!A1: the first part names another workbook
  if (context.length > 1) return { kind: "external", text: token.value };
  if ("name" in parsed)
    return context.length === 0 || token.type === "range_named"
      ? { kind: "name", name: parsed.name }
      : { kind: "none" };
  const range = gridRange(parsed.range);
  if (!range) return { kind: "none" };
  const [sheets] = context;
  if (sheets === undefined) return { kind: "ref", ref: { range } };
  const colon = sheets.indexOf(":");
  if (colon > 0)
    return { kind: "ref", ref: { sheet: sheets.slice(0, colon), toSheet: sheets.slice(colon + 1), range } };
  return { kind: "ref", ref: { sheet: sheets, range } };
}

function intersect(a: RangeRef, b: RangeRef): RangeRef | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}

function span(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

const sameSheets = (a: FormulaReference, b: FormulaReference) => a.sheet === b.sheet && a.toSheet === b.toSheet;

/**
 * The references of `formula` (without "="). `isName` says whether an identifier is a defined name of
 * this workbook; the caller resolves names to cells. Two references joined by a space (intersection) or a
 * colon (range operator) on the same sheet count as their intersection or their span; any other
 * combination keeps both, which can only add precedents, never lose one.
 */
export function formulaReferences(formula: string, isName: (name: string) => boolean): FormulaReferences {
  const list = tokens(formula);
  const refs: FormulaReference[] = [];
  const names: string[] = [];
  const external: string[] = [];
  let joinWith: "space" | "colon" | undefined;
  let previous: FormulaReference | undefined;
  for (const [i, token] of list.entries()) {
    if (REF_TYPES.has(token.type) || token.type === "range_named") {
      // 'C:\dir\[Book.xlsx]Sheet'!A1 is tokenized in pieces ending in "!": a reference into another workbook
      if (list[i - 1]?.type === "operator" && list[i - 1]?.value === "!") {
        external.push(token.value);
        previous = undefined;
        continue;
      }
      const read = readToken(token);
      if (read.kind === "external") external.push(read.text);
      if (read.kind === "name" && isName(read.name)) names.push(read.name);
      const ref = read.kind === "ref" ? read.ref : undefined;
      if (ref && previous && joinWith && sameSheets(previous, ref)) {
        const joined = joinWith === "colon" ? span(previous.range, ref.range) : intersect(previous.range, ref.range);
        refs.pop();
        if (joined) refs.push({ ...ref, range: joined });
        previous = joined ? refs[refs.length - 1] : undefined;
      } else if (ref) {
        refs.push(ref);
        previous = ref;
      } else previous = undefined;
      joinWith = undefined;
      continue;
    }
    if (token.type === "whitespace" && previous && REF_TYPES.has(list[i + 1]?.type ?? "")) joinWith = "space";
    else if (token.type === "operator" && token.value === ":" && previous) joinWith = "colon";
    else {
      joinWith = undefined;
      previous = undefined;
    }
  }
  return { refs, names, external };
}

/** Tokens that end an operand and tokens that start one: a space between them is the intersection operator. */
const ENDS_OPERAND = (t: Token) =>
  REF_TYPES.has(t.type) || t.type === "range_named" || (t.type === "operator" && t.value === ")");
const STARTS_OPERAND = (t: Token) =>
  REF_TYPES.has(t.type) || t.type === "range_named" || t.type === "func" || (t.type === "operator" && t.value === "(");

function canonicalToken(token: Token): string {
  if (token.type === "string") return token.value;
  if (REF_TYPES.has(token.type)) {
    // the address without "$"; a quoted sheet name keeps its text
    const bang = token.value.lastIndexOf("!");
    return (token.value.slice(0, bang + 1) + token.value.slice(bang + 1).replace(/\$/g, "")).toUpperCase();
  }
  if (token.type === "func")
    return token.value
      .replace(/^_xlfn\.|^_xlws\./i, "")
      .replace(/^_xldudf_GREEN_/i, "GREEN.")
      .toUpperCase();
  return token.value.toUpperCase();
}

/**
 * A formula in a canonical form for comparing two spellings of it: no "=", no "$" in addresses, no
 * `_xlfn.` / `_xldudf_` storage prefixes, no case differences outside string literals, and no whitespace
 * except one space where it is Excel's intersection operator (A1:B2 B1:C3).
 */
export function canonicalFormula(formula: string): string {
  const list = tokens(formula.replace(/^\s*=/, "")).filter((t) => t.type !== "fx_prefix");
  let text = "";
  const isSpace = (t: Token | undefined) => t?.type === "whitespace" || t?.type === "newline";
  for (let i = 0, token = list[0]; token !== undefined; token = list[++i]) {
    if (isSpace(token)) {
      let j = i;
      while (isSpace(list[j + 1])) j++;
      const before = list[i - 1];
      const after = list[j + 1];
      if (before && after && ENDS_OPERAND(before) && STARTS_OPERAND(after)) text += " ";
      i = j;
      continue;
    }
    text += canonicalToken(token);
  }
  return text;
}

/**
 * The plan formula with its same-sheet references moved to where the rows are now (`rowOf`: plan row →
 * workbook row): what the formula must read after rows were inserted above or inside its ranges.
 * Sheet-qualified references stay as they are (templates reach other sheets through names).
 */
export function shiftFormulaRows(formula: string, rowOf: (planRow: number) => number | undefined): string {
  return tokens(formula)
    .map((token) => {
      if (!REF_TYPES.has(token.type)) return token.value;
      const parsed = parseA1Ref(token.value, { allowTernary: false });
      if (!parsed || !("range" in parsed) || (parsed.context ?? []).length > 0) return token.value;
      const move = (row: number | null | undefined): number | null =>
        row === null || row === undefined ? null : (rowOf(row) ?? row);
      const range = { ...parsed.range, top: move(parsed.range.top), bottom: move(parsed.range.bottom) };
      return range.top === parsed.range.top && range.bottom === parsed.range.bottom
        ? token.value
        : stringifyA1Ref({ ...parsed, range });
    })
    .join("");
}
