/**
 * A park data file as template options (docs/data-file.md): the data items and energy fill the data sheet, the
 * `parameters` section the parameter sheet, each row section its template's rows. `green-audit template --data`
 * and the pane's insert both build templates from this.
 */
import { SELECTION_ANSWERS } from "../templates/labels";
import { co2FactorsFromParkData, coefficientsFromParkData, type TemplateOptions } from "../templates/context";
import type { Co2FactorInput, EvaluationParams } from "../calc";
import { SECTION_IDS } from "./parkDataSections";
import { sectionRows, type ParkDataFile } from "./parkData";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const YES: readonly string[] = [SELECTION_ANSWERS.yes.zh, SELECTION_ANSWERS.yes.en];

/** The options a park data file gives (everything but language, mode, years and suffix). */
export function optionsFromParkData(file: ParkDataFile): Partial<TemplateOptions> {
  const options: Mutable<Partial<TemplateOptions>> = { data: file };
  if (file.park?.name) options.parkName = file.park.name;
  const p = file.parameters ?? {};
  const coefficients = { ...coefficientsFromParkData(file), ...(p.coefficients ?? {}) };
  if (Object.keys(coefficients).length > 0) options.coefficients = coefficients;
  const parameters: Mutable<EvaluationParams> = {};
  if (p.leads) parameters.leads = p.leads;
  if (p.weights) parameters.weights = p.weights;
  if (p.selected)
    parameters.selection = Object.fromEntries(
      Object.entries(p.selected).map(([id, answer]) => [id, YES.includes(answer)]),
    );
  if (Object.keys(parameters).length > 0) options.parameters = parameters;
  if (p.values) options.parameterValues = p.values;
  if (p.confirmed) options.confirmedParameters = p.confirmed;
  if (p.notConfirmed) options.unconfirmedParameters = p.notConfirmed;
  if (p.choices) options.parameterChoices = p.choices;
  if (p.gridFactors) options.gridFactors = p.gridFactors;
  if (p.gridChoice !== undefined) options.gridChoice = p.gridChoice;
  if (file.carbon) options.co2Factors = co2FactorsOf(file);
  const rows: Mutable<NonNullable<TemplateOptions["rows"]>> = {};
  for (const id of SECTION_IDS) {
    const given = sectionRows(file, id);
    if (given !== undefined) rows[id] = given;
  }
  if (Object.keys(rows).length > 0) options.rows = rows;
  return options;
}

/**
 * The carbon inventory's CO₂ data: the `carbon` section field by field over an energy row's co2Factor (the same
 * carrier's typed factor given both ways: the `carbon` section's wins).
 */
function co2FactorsOf(file: ParkDataFile): Record<string, Co2FactorInput> {
  const factors: Record<string, Co2FactorInput> = co2FactorsFromParkData(file);
  for (const [carrier, fields] of Object.entries(file.carbon ?? {}))
    factors[carrier] = { ...factors[carrier], ...fields };
  return factors;
}
