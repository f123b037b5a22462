/** The grid factor choice of the parameter sheet as its cell shows it (docs/templates.md#carbon-inventory). */
import { findGridChoice } from "../../catalog";
import { isMissing } from "../../calc";
import { textOf, type TemplateOptions } from "../context";

/** The choice's name in the sheet's language when the catalog knows it, else the text as given; null when empty. */
export function gridChoiceCellText(options: TemplateOptions): string | null {
  const given = options.gridChoice;
  if (given === undefined || given === null || isMissing(given)) return null;
  const found = findGridChoice(given);
  return found ? textOf(found.name, options.lang) : given;
}
