/**
 * A workbook for people without the add-in (docs/templates.md): every template refreshed in native mode, inputs kept,
 * all sets in one insertTemplates call; or the templates' computed cells turned into the values they show.
 */
import { layoutPlans } from "../../domain/templates/layoutPlans";
import type { SheetPlan } from "../../domain/templates/sheetPlan";
import { NoTemplatesError } from "../errors";
import { readTemplates } from "../templates";
import { convertToValues } from "../toValues";
import { insertPlans } from "./insert";

/** The number of template sheets prepared; NoTemplatesError when the workbook has none. */
export async function prepareForSubmission(kind: "native" | "values"): Promise<number> {
  const { templates } = await Excel.run(readTemplates);
  if (templates.length === 0) throw new NoTemplatesError();
  const metas = templates.map((t) => t.meta);
  if (kind === "values") {
    const plans = layoutPlans(metas);
    return Excel.run((context) => convertToValues(context, templates, plans));
  }
  const plans = layoutPlans(metas, "native").filter((plan): plan is SheetPlan => plan !== undefined);
  return (await insertPlans(() => plans, true)).length;
}
