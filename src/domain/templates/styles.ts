/**
 * How each cell role looks, shared by both adapters so a workbook looks the same from Excel and from an
 * .xlsx file. Input cells are unlocked and visibly styled; everything else is locked (docs/templates.md).
 */
import type { CellRole } from "./sheetPlan";

export interface RoleStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  /** fill colour as #RRGGBB */
  readonly fill?: string;
  readonly locked: boolean;
  readonly wrap?: boolean;
}

export const ROLE_STYLES: Readonly<Record<CellRole, RoleStyle>> = {
  title: { bold: true, fontSize: 14, fontColor: "#155E3A", locked: true },
  header: { bold: true, fill: "#1E7F4F", fontColor: "#FFFFFF", locked: true, wrap: true },
  label: { locked: true, wrap: true },
  unit: { fontColor: "#595959", locked: true },
  note: { fontColor: "#595959", locked: true, wrap: true },
  input: { fill: "#FFF2CC", fontColor: "#1F3864", locked: false },
  computed: { fill: "#F2F2F2", locked: true },
  subtotal: { bold: true, fill: "#E2EFDA", locked: true },
  total: { bold: true, fill: "#C6E0B4", locked: true },
};

/** Conditional formats (docs/templates.md): a score below 100, a missing mandatory input. */
export const HIGHLIGHT = {
  scoreBelowFull: { fill: "#FCE4D6", fontColor: "#9C0006" },
  missingMandatory: { fill: "#FFC7CE", fontColor: "#9C0006" },
  /** custom mode: the GREEN functions are not available (functionsNotice) */
  functionsUnavailable: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;
