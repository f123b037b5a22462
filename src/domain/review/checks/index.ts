/**
 * The checks of docs/review-codes.md besides the recomputation: inputs against their validation rules (error), mandatory
 * inputs, evidence, basic requirements, team rules and implausible magnitudes (warning), parameters changed
 * from the catalog and optional indicators not evaluated (info). Every number comes from the rebuilt plans
 * (domain/calc through the builders); nothing here computes an indicator. One file per sheet's checks.
 */
import type { TemplateOptions } from "../../templates/context";
import type { NodeId } from "../graph";
import type { InputCell } from "../readInputs";
import type { RebuiltSet } from "../review";
import type { Finding } from "../types";
import type { Ctx } from "./context";
import { mandatoryData } from "./data";
import { indicatorChecks } from "./indicators";
import { diagnosisPlanChecks } from "./plan";
import { optionChecks } from "./options";
import { parameterChanges } from "./parameters";
import { basicChecks, lowCarbonChecks } from "./requirements";
import { synergyEvidence } from "./synergy";
import { teamChecks } from "./team";
import { validationChecks } from "./validation";

export function runChecks(
  rebuilt: RebuiltSet,
  inputs: readonly InputCell[],
  options: TemplateOptions,
  badInputs: Set<NodeId>,
  discrepant: ReadonlySet<NodeId>,
): Finding[] {
  const ctx: Ctx = { rebuilt, inputs, findings: [], badInputs, discrepant };
  for (const [id, plan] of rebuilt.plans) {
    const t = rebuilt.set.get(id);
    if (t) validationChecks(ctx, t, plan);
  }
  const missingItems = mandatoryData(ctx);
  indicatorChecks(ctx, options, missingItems);
  basicChecks(ctx);
  lowCarbonChecks(ctx);
  synergyEvidence(ctx);
  teamChecks(ctx);
  diagnosisPlanChecks(ctx);
  optionChecks(ctx, options.rows?.options ?? []);
  parameterChanges(ctx);
  return ctx.findings;
}
