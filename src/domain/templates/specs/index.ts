/** Every template of docs/templates.md, in the order of the docs/templates.md table (the gallery's and the workbook's order). */
import type { TemplateSpec } from "../registry";
import type { TemplateId } from "../sheetPlan";
import { basicTemplate } from "./basic";
import { carbonTemplate } from "./carbon";
import { dataTemplate } from "./data";
import { indicatorsTemplate } from "./indicators";
import { lowCarbonTemplate } from "./lowcarbon";
import { matrixTemplate } from "./matrix";
import { optionsTemplate } from "./options";
import { paramsTemplate } from "./params";
import { planTemplate } from "./plan";
import { suggestionsTemplate } from "./suggestions";
import { summaryTemplate } from "./summary";
import { synergyTemplate } from "./synergy";
import { targetsTemplate } from "./targets";
import { teamTemplate } from "./team";

export const TEMPLATES: readonly TemplateSpec[] = [
  summaryTemplate,
  paramsTemplate,
  dataTemplate,
  carbonTemplate,
  indicatorsTemplate,
  basicTemplate,
  lowCarbonTemplate,
  optionsTemplate,
  matrixTemplate,
  targetsTemplate,
  synergyTemplate,
  suggestionsTemplate,
  teamTemplate,
  planTemplate,
];

export function findTemplate(id: string): TemplateSpec | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** The chosen templates plus every template their formulas read, in docs/templates.md order. */
export function withDependencies(ids: readonly TemplateId[]): TemplateSpec[] {
  const wanted = new Set<TemplateId>();
  const add = (id: TemplateId) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const dependency of findTemplate(id)?.reads ?? []) add(dependency);
  };
  ids.forEach(add);
  return TEMPLATES.filter((t) => wanted.has(t.id));
}
