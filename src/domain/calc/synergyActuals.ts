/**
 * Actual values of the synergy indicators of 《工业园区减污降碳协同增效管控规范》表1–表5 from the data items
 * (docs/templates.md#synergy): an item itself (综合能源消耗量 = energy_total, 年碳排放量 = co2, COD, 氨氮), an
 * item per unit of output value (单位产值能耗 = energy_total / output, 碳排放强度 = co2 / output, 废水排放强度 =
 * wastewater / output), or an indicator of the evaluation table with the same definition (清洁能源比例 = EG2).
 * The output value is the basis chosen on the parameter sheet: 工业总产值 (表1 “单位工业产值”, the default) or
 * 工业增加值.
 */
import { DATA_ITEMS, INDICATORS, SYNERGY_OUTPUT_BASIS, type SynergyLink } from "../catalog";
import { textOf, type Lang } from "../text";
import { indicatorValue, type YearData } from "./indicators";
import { isMissing, readAmount, spreadsheetTrim } from "./inputs";
import { failure, value, type Outcome } from "./outcome";
import { intensity } from "./rates";

/** The words that name each output basis: its data item id and its names in both languages. */
/** An output basis in the sheet's language (the data item's name), its id when unknown. */
export function outputBasisName(item: string, lang: Lang): string {
  const def = DATA_ITEMS.find((d) => d.id === item);
  return def ? textOf(def.name, lang) : item;
}

export function outputBasisWords(item: string): string[] {
  const def = DATA_ITEMS.find((d) => d.id === item);
  return def ? [def.id, def.name.zh, def.name.en] : [item];
}

/** The output basis a parameter cell names: a data item id; empty means the default (工业总产值). */
export function parseOutputBasis(x: unknown): Outcome<string> {
  if (isMissing(x)) return value(SYNERGY_OUTPUT_BASIS.defaultChoice);
  if (typeof x !== "string") return failure("invalid-input", "the output basis is not a word");
  const word = spreadsheetTrim(x).toLowerCase();
  const found = SYNERGY_OUTPUT_BASIS.choices.find((id) => outputBasisWords(id).some((w) => w.toLowerCase() === word));
  return found ? value(found) : failure("invalid-input", `unknown output basis ${x}`);
}

/** The actual value of a linked synergy indicator in a year of data, under the chosen output basis. */
export function synergyActual(link: SynergyLink, year: YearData, basis: unknown): Outcome<number> {
  switch (link.kind) {
    case "item":
      return readAmount(year[link.item], link.item);
    case "per-output": {
      const output = parseOutputBasis(basis);
      if (!output.ok) return output;
      return intensity(year[link.item], year[output.value]);
    }
    case "indicator": {
      const def = INDICATORS.find((d) => d.id === link.indicator);
      if (!def) return failure("unknown-id", link.indicator);
      const result = indicatorValue(def, year);
      if (!result.ok) return result;
      return typeof result.value === "number" ? value(result.value) : failure("invalid-input", "not a number");
    }
  }
}
