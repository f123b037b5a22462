/**
 * Custom mode without the add-in (docs/workbooks.md): every GREEN.* call is wrapped in IFERROR, so a program
 * that lacks the GREEN functions (Excel without the add-in, WPS, LibreOffice) would show empty results with no
 * word why. A sheet whose formulas call GREEN.* therefore carries one visible cell in its title row that
 * probes a GREEN function and, when the call fails (Excel's #NAME? for an unknown function), says what to do.
 */
import type { Text } from "../catalog";
import { cellAddress, type CellRef } from "./a1";
import { excelString } from "./context";
import { textWidth } from "./layout";
import type { PlannedCell, PlannedConditionalFormat } from "./sheetPlan";
import { HIGHLIGHT, ROLE_STYLES } from "./styles";

export const FUNCTIONS_NOTICE: Text = {
  zh: "需要加载 GreenAudit 加载项；或在窗格中转换为原生公式",
  en: "Needs the GreenAudit add-in; or convert to native formulas in the pane",
};

/** The key of the notice cell, for the review. */
export const FUNCTIONS_STATUS_KEY = "functions-status";

/** A GREEN call that succeeds whenever the functions are there: 1 is 50 % of 2. */
const PROBE = "GREEN.RATE(1,2)";

/** Excel's width of a column without a set width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Excel's default font size, against which the title's larger font is scaled. */
const BODY_FONT_SIZE = 11;

export const callsGreen = (formula: string | undefined) => formula !== undefined && /\bGREEN\.[A-Z]/.test(formula);

/** The title's width in character units (layout.ts: a CJK character is two), scaled by the title's font size. */
function titleWidth(title: string): number {
  return (textWidth(title) * (ROLE_STYLES.title.fontSize ?? BODY_FONT_SIZE)) / BODY_FONT_SIZE + 1;
}

/**
 * Where the notice goes: the first free cell of the title row to the right of where the title's text ends,
 * so the title still shows whole and the notice reads on from it.
 */
export function noticeCell(title: string, widths: readonly number[], taken: (col: number) => boolean): CellRef {
  const needed = titleWidth(title);
  let col = 1;
  let reached = widths[0] ?? DEFAULT_WIDTH;
  while (reached < needed || taken(col)) {
    reached += widths[col] ?? DEFAULT_WIDTH;
    col += 1;
  }
  return { row: 0, col };
}

/** The notice cell and the rule that makes it stand out when it speaks. */
export function functionsNotice(at: CellRef, text: string): { cell: PlannedCell; rule: PlannedConditionalFormat } {
  const address = cellAddress(at.row, at.col);
  return {
    cell: {
      row: at.row,
      col: at.col,
      role: "label",
      formula: `IF(ISERROR(${PROBE}),${excelString(text)},"")`,
      cached: "",
      key: FUNCTIONS_STATUS_KEY,
    },
    rule: {
      range: address,
      formula: `LEN(${address})>0`,
      fill: HIGHLIGHT.functionsUnavailable.fill,
      fontColor: HIGHLIGHT.functionsUnavailable.fontColor,
    },
  };
}

/** A notice cell's formula, as the workbook holds it (in any language, stored or typed form). */
export function isFunctionsNotice(formula: unknown): boolean {
  return (
    typeof formula === "string" &&
    /^=?IF\(ISERROR\((GREEN\.|_xldudf_GREEN_)RATE\(1,2\)\),/i.test(formula.replace(/\s+/g, ""))
  );
}

/** The notice cell's rule, as a workbook holds it: a refresh replaces it with the new plan's (if any). */
export function isFunctionsNoticeRule(formula: string, fill: string): boolean {
  return (
    /^=?LEN\(\$?[A-Z]{1,3}\$?1\)>0$/i.test(formula.replace(/\s+/g, "")) &&
    fill.toUpperCase() === HIGHLIGHT.functionsUnavailable.fill.toUpperCase()
  );
}
