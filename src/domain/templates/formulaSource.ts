/**
 * A computed cell's formula (docs/templates.md): native Excel and GREEN.* custom functions, made at once or when first
 * read. A plan for the review (TemplateOptions.forReview) reads the formula of a computed cell only where the workbook
 * disagrees with it, so the formulas of a long list are not made.
 */
import type { CellRole, CellValue, PlannedCell } from "./sheetPlan";

/** A computed cell's formula in both modes: native Excel, and GREEN.* custom functions. */
export type Formula = string | { readonly native: string; readonly custom: string };

/** A formula, or what makes it when it is first read. */
export type FormulaSource = Formula | (() => Formula);

/**
 * The text as one piece: a formula put together from many parts is otherwise kept as the tree of its parts,
 * several times its size, for as long as the plan lives (a sheet of 50 000 option rows holds over a million).
 * Reading a character makes the JavaScript engine join the parts in place.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** A formula in the sheet's mode, as one piece. */
export function inMode(formula: Formula, custom: boolean): string {
  return flat(typeof formula === "string" ? formula : custom ? formula.custom : formula.native);
}

/**
 * A computed cell whose formula is made when it is first read. The formula is read through a getter of the class,
 * shared by every such cell: an object literal with a getter of its own costs a pair of closures and a hidden class
 * per cell, several times the cell's size. A review plan's cells are read, never copied: a copy (`{ ...cell }`) would
 * leave the formula out.
 */
export class LazyFormulaCell implements PlannedCell {
  private made: string | undefined;
  numberFormat?: string;
  key?: string;
  wrap?: boolean;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly role: CellRole,
    private readonly make: () => Formula,
    private readonly custom: boolean,
    readonly cached: CellValue,
  ) {}

  get formula(): string {
    return (this.made ??= inMode(this.make(), this.custom));
  }
}

/**
 * Whether a planned cell holds a formula, without making one that is made when read (a review plan's): the review
 * asks it of every cell, and reads the formula of the few whose value disagrees.
 */
export function holdsFormula(cell: PlannedCell): boolean {
  return cell instanceof LazyFormulaCell || cell.formula !== undefined;
}
