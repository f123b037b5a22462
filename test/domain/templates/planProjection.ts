/** A compact, readable projection of a SheetPlan for snapshot tests: one line per cell, then the rest. */
import { cellAddress } from "../../../src/domain/templates/a1";
import type { SheetPlan } from "../../../src/domain/templates/sheetPlan";

export function projectPlan(plan: SheetPlan): string {
  const cells = plan.cells
    .filter((c) => c.key !== "metadata" && c.key !== "row-key")
    .map((c) => {
      const content = c.formula !== undefined ? `=${c.formula}` : JSON.stringify(c.value ?? null);
      return `${cellAddress(c.row, c.col)} ${c.role}${c.numberFormat ? ` [${c.numberFormat}]` : ""} ${content}`;
    });
  return [
    `sheet ${plan.sheetName} (${plan.templateId}, ${plan.lang}, ${plan.mode})`,
    `freeze ${plan.freeze.rows}x${plan.freeze.columns}; landscape ${plan.print.landscape}; hidden ${plan.hiddenColumns.join(",")}`,
    ...cells,
    ...plan.names.map((n) => `name ${n.name} ${n.range}`),
    ...plan.validations.map((v) => `validation ${v.range} ${JSON.stringify(v.rule)} ${v.prompt?.title ?? ""}`),
    ...plan.conditionalFormats.map((r) => `rule ${r.range} ${r.formula} ${r.fill}`),
    ...plan.regions.map((r) => `region ${r.id} ${r.range}`),
  ].join("\n");
}
