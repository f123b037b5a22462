/** The gallery's view of the template registry (loaded with the builders, after the first render). */
import { TEMPLATES } from "../domain/templates/specs";
import type { TemplateInfo } from "./model/gallery";

export function templateInfos(): readonly TemplateInfo[] {
  return TEMPLATES.map(({ id, sheetName, purpose, source, reads }) => ({ id, sheetName, purpose, source, reads }));
}
