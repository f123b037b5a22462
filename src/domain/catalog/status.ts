/**
 * What the status of a parameter-sheet value means to the consultant (docs/review-codes.md, "Parameter statuses"):
 * 已确认 (checked against its document), 待确认 with what is to be checked and against which document, or
 * 需填写 when there is no default and the value must be entered for the project. One list of the sheet's
 * rows, by key, for the parameter sheet, the pane and the review.
 */
import { CARRIERS } from "./carriers";
import { GRID_FACTOR_SETS, HEAT_CO2_FACTOR } from "./emissionFactors";
import { INDICATORS } from "./indicators";
import { PARAMETERS } from "./parameters";
import { DATA_ITEMS } from "./dataItems";
import { SYNERGY_OUTPUT_BASIS } from "./synergy";
import type { Source } from "./source";
import type { Text } from "./types";

/** 已确认 / 待确认 / 需填写 */
export type ValueStatus = "confirmed" | "to-confirm" | "to-fill";

export const VALUE_STATUS_TEXT: Readonly<Record<ValueStatus, Text>> = {
  confirmed: { zh: "已确认", en: "confirmed" },
  "to-confirm": { zh: "待确认", en: "to confirm" },
  "to-fill": { zh: "需填写", en: "to fill" },
};

/** Marked in the parameter sheet's column 本项目已确认 by the consultant. */
export const PROJECT_CONFIRMED_TEXT: Text = { zh: "本项目已确认", en: "Confirmed for this project" };

/** A value without a default must be entered (需填写), whatever its document says; else the source's status. */
export function valueStatus(source: Source, defaultValue: number | string | null): ValueStatus {
  if (defaultValue === null) return "to-fill";
  return source.status;
}

/** What is to be checked and against which document: the source's own words, else its note and document. */
export function confirmationText(source: Source): Text {
  if (source.check) return source.check;
  const against = { zh: `核对依据：${source.ref.zh}`, en: `check against: ${source.ref.en}` };
  if (!source.note) return against;
  return { zh: `${source.note.zh}；${against.zh}`, en: `${source.note.en}; ${against.en}` };
}

/** The status in a sentence: "已确认", "需填写", "待确认：数值须与 GB/T 2589-2020 … 核对". */
export function statusText(source: Source, defaultValue: number | string | null): Text {
  const status = valueStatus(source, defaultValue);
  const word = VALUE_STATUS_TEXT[status];
  if (status !== "to-confirm") return word;
  const what = confirmationText(source);
  return { zh: `${word.zh}：${what.zh}`, en: `${word.en}: ${what.en}` };
}

/** One row of the parameter sheet: its key (as the sheet's input cell carries it), name, default, source. */
export interface ParameterEntry {
  readonly key: string;
  readonly name: Text;
  readonly unit: string;
  readonly defaultValue: number | string | null;
  readonly source: Source;
}

function entries(): ParameterEntry[] {
  return [
    ...INDICATORS.map((i) => ({
      key: `lead:${i.id}`,
      name: { zh: `${i.id} ${i.name.zh}`, en: `${i.id} ${i.name.en}` },
      unit: i.unit,
      defaultValue: i.lead,
      source: i.source,
    })),
    ...[...PARAMETERS, HEAT_CO2_FACTOR].map((p) => ({
      key: `param:${p.id}`,
      name: p.name,
      unit: p.unit,
      defaultValue: p.value,
      source: p.source,
    })),
    {
      key: `choice:${SYNERGY_OUTPUT_BASIS.id}`,
      name: SYNERGY_OUTPUT_BASIS.name,
      unit: "–",
      defaultValue: DATA_ITEMS.find((d) => d.id === SYNERGY_OUTPUT_BASIS.defaultChoice)?.name.zh ?? null,
      source: SYNERGY_OUTPUT_BASIS.source,
    },
    ...CARRIERS.map((c) => ({
      key: `tce:${c.id}`,
      name: c.name,
      unit: `kgce/${c.nativeUnit}`,
      defaultValue: c.coefficient,
      source: c.coefficientSource,
    })),
    ...GRID_FACTOR_SETS.map((g) => ({
      key: `grid:${g.id}`,
      name: g.name,
      unit: g.unit,
      defaultValue: g.value,
      source: g.source,
    })),
  ];
}

export const PARAMETER_ENTRIES: readonly ParameterEntry[] = entries();
const BY_KEY = new Map(PARAMETER_ENTRIES.map((e) => [e.key, e]));

/**
 * The parameter-sheet row of a key ("lead:EG1", "param:discount-rate", "choice:synergy-output-basis", "tce:raw-coal",
 * "grid:national-2022").
 */
export function parameterEntry(key: string): ParameterEntry | undefined {
  return BY_KEY.get(key);
}
