/** The template gallery's selection: what the user chose, and what their formulas read (added automatically). */
import type { TemplateId } from "../../domain/templates/sheetPlan";
import type { Text } from "../../domain/text";

/** What the gallery shows of a template (TemplateSpec without its builder). */
export interface TemplateInfo {
  readonly id: TemplateId;
  readonly sheetName: Text;
  readonly purpose: Text;
  readonly source: Text;
  readonly reads: readonly TemplateId[];
}

/** The templates the chosen ones read, directly or through others, that were not chosen themselves. */
export function dependenciesOf(templates: readonly TemplateInfo[], chosen: ReadonlySet<TemplateId>): Set<TemplateId> {
  const added = new Set<TemplateId>();
  const visit = (id: TemplateId) => {
    for (const dependency of templates.find((t) => t.id === id)?.reads ?? []) {
      if (chosen.has(dependency) || added.has(dependency)) continue;
      added.add(dependency);
      visit(dependency);
    }
  };
  chosen.forEach(visit);
  return added;
}
