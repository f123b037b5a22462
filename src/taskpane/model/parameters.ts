/**
 * The parameter panel's rows: every number of the parameter sheet with its catalog default, source and status
 * (docs/architecture.md: "to confirm" must be visible), and the workbook's value when a workbook was read — found through
 * the parameter sheet's defined names (GREEN_PARAM_*).
 */
import {
  CARRIERS,
  DATA_ITEMS,
  DEFAULT_GRID_CHOICE,
  GRID_CHOICES,
  GRID_CHOICE_SOURCE,
  INDICATORS,
  PARAMETERS,
  SYNERGY_OUTPUT_BASIS,
  statusText,
  valueStatus,
  type Source,
  type Text,
  type ValueStatus,
} from "../../domain/catalog";
import { answerOrText } from "../../domain/calc/answers";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import { templateNames } from "../../domain/templates/context";
import type { CellValue } from "../../domain/templates/sheetPlan";

/** The parameter sheet's 本项目已确认 column (src/domain/templates/specs/params.ts, column index 11). */
const CONFIRM_COLUMN = "L";

export type ParameterSection = "indicators" | "scalars" | "coefficients" | "choices";

/** A choice from a list (a word, not a number): the words in both languages, the default first. */
export interface ParameterChoice {
  readonly default: Text;
  readonly choices: readonly Text[];
}

export interface ParameterRow {
  readonly key: string;
  readonly section: ParameterSection;
  readonly label: Text;
  readonly unit: string;
  readonly defaultValue: number | string | null;
  /** the workbook's value; undefined when no workbook was read or the name is absent */
  readonly value: CellValue | undefined;
  readonly changed: boolean;
  /** the document and clause, in both languages */
  readonly source: Text;
  /** 已确认, 待确认 or 需填写 (a value without a default): docs/review-codes.md, "Parameter statuses" */
  readonly status: ValueStatus;
  /** the status in a sentence: for 待确认, what is to be checked against which document */
  readonly statusText: Text;
  /** the workbook's 本项目已确认 column says 是 / yes on this row */
  readonly projectConfirmed: boolean;
  readonly sheet?: string;
  readonly cell?: string;
  /** a choice row: its words in both languages (the sheet holds them in the sheet's language) */
  readonly choice?: ParameterChoice;
}

const sameValue = (a: CellValue | undefined, b: number | string | null) => {
  if (a === undefined) return true;
  if ((a === null || a === "") && b === null) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // an answer word in any of its forms ("具备", "具备 (available)") is the same value
  return answerOrText(String(a ?? "")) === answerOrText(String(b ?? ""));
};

export function parameterRows(snapshot?: WorkbookSnapshot): ParameterRow[] {
  const n = templateNames("");
  const names = new Map((snapshot?.names ?? []).map((x) => [x.name.toUpperCase(), x]));
  const read = (name: string) => {
    const found = names.get(name.toUpperCase());
    if (!found) return {};
    const value = snapshot?.sheets.find((s) => s.name === found.sheet)?.cells.get(found.range)?.value;
    return { value: value ?? null, sheet: found.sheet, cell: found.range };
  };
  /** the 本项目已确认 mark: column L of the value's own row on the parameter sheet */
  const confirmedMark = (sheet: string | undefined, cell: string | undefined) => {
    const row = /\d+$/.exec(cell ?? "")?.[0];
    const mark =
      row && sheet
        ? snapshot?.sheets.find((s) => s.name === sheet)?.cells.get(`${CONFIRM_COLUMN}${row}`)?.value
        : undefined;
    return typeof mark === "string" && ["是", "yes"].includes(mark.trim().toLowerCase());
  };
  const row = (
    key: string,
    section: ParameterSection,
    label: Text,
    unit: string,
    defaultValue: number | string | null,
    source: Source,
    name: string,
  ): ParameterRow => {
    const cell = read(name);
    return {
      key,
      section,
      label,
      unit,
      defaultValue,
      source: source.ref,
      status: valueStatus(source, defaultValue),
      statusText: statusText(source, defaultValue),
      projectConfirmed: confirmedMark(cell.sheet, cell.cell),
      ...cell,
      value: cell.value,
      changed: !sameValue(cell.value, defaultValue),
    };
  };
  /** A choice row: changed unless the workbook holds the default's word in either language (as the sheet compares). */
  const choiceRow = (key: string, label: Text, choice: ParameterChoice, source: Source, name: string): ParameterRow => {
    const base = row(key, "choices", label, "–", choice.default.zh, source, name);
    const word = (v: CellValue | undefined) =>
      String(v ?? "")
        .replace(/\s+/g, " ")
        .trim()
        .toLowerCase();
    const isDefault =
      base.value === undefined || [choice.default.zh, choice.default.en].some((w) => word(w) === word(base.value));
    return { ...base, choice, changed: !isDefault };
  };
  const itemName = (id: string): Text => DATA_ITEMS.find((d) => d.id === id)?.name ?? { zh: id, en: id };
  const basis = SYNERGY_OUTPUT_BASIS.choices.map(itemName);
  return [
    ...INDICATORS.map((i) =>
      row(
        `lead:${i.id}`,
        "indicators",
        { zh: `${i.id} ${i.name.zh}（引领值）`, en: `${i.id} ${i.name.en} (leading value)` },
        i.unit,
        i.lead,
        i.source,
        n.lead(i.id),
      ),
    ),
    ...PARAMETERS.map((p) => row(`param:${p.id}`, "scalars", p.name, p.unit, p.value, p.source, n.param(p.id))),
    ...CARRIERS.map((c) =>
      row(
        `coefficient:${c.id}`,
        "coefficients",
        c.name,
        `kgce/${c.nativeUnit}`,
        c.coefficient,
        c.coefficientSource,
        n.coefficient(c.id),
      ),
    ),
    choiceRow(
      `choice:${SYNERGY_OUTPUT_BASIS.id}`,
      SYNERGY_OUTPUT_BASIS.name,
      { default: basis[0] ?? itemName("gross_output"), choices: basis },
      SYNERGY_OUTPUT_BASIS.source,
      n.param(SYNERGY_OUTPUT_BASIS.id),
    ),
    choiceRow(
      "grid-choice",
      { zh: "碳排放核算所用电网排放因子", en: "Grid factor of the carbon inventory" },
      { default: DEFAULT_GRID_CHOICE.name, choices: GRID_CHOICES.map((c) => c.name) },
      GRID_CHOICE_SOURCE,
      n.param("grid-choice"),
    ),
  ];
}
