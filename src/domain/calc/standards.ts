/**
 * The standard numbers calc needs, read from the catalog (docs/architecture.md: "every standard number once in
 * domain/catalog"). A parameter the catalog leaves without a value is "no-default".
 */
import { parameterValue, PARAMETER_IDS, type ParameterId } from "../catalog";
import { failure, value, type Outcome } from "./outcome";

function standard(id: ParameterId): Outcome<number> {
  const v = parameterValue(id);
  return v === null ? failure("no-default", `the catalog has no value for ${id}`) : value(v);
}

/** docs/templates.md#scores score cap (《北京市工业园区绿色诊断工作指南》: 120). */
export const standardScoreCap = (): Outcome<number> => standard(PARAMETER_IDS.scoreCap);
/** docs/templates.md#scores score at the leading value (100). */
export const standardFullScore = (): Outcome<number> => standard(PARAMETER_IDS.fullScore);
/** docs/templates.md#scores default weight wᵢ (1). */
export const standardDefaultWeight = (): Outcome<number> => standard(PARAMETER_IDS.defaultWeight);
/** docs/templates.md#economics depreciation years Y (10). */
export const standardDepreciationYears = (): Outcome<number> => standard(PARAMETER_IDS.depreciationYears);
/** docs/templates.md#economics tax rate t (0.25). */
export const standardTaxRate = (): Outcome<number> => standard(PARAMETER_IDS.taxRate);
/** docs/templates.md#standard-coal-and-co2 44/12. */
export const standardCarbonToCo2 = (): Outcome<number> => standard(PARAMETER_IDS.co2PerCarbon);
/** docs/templates.md#cleaner-production-level membership value of a met level (100). */
export const standardMembershipScore = (): Outcome<number> => standard(PARAMETER_IDS.cpMembershipScore);
/** docs/templates.md#cleaner-production-level index threshold of levels I and II (85). */
export const standardLevelThreshold = (): Outcome<number> => standard(PARAMETER_IDS.cpLevelThreshold);
/** docs/templates.md#cleaner-production-level index required for level III (100). */
export const standardLevelIIIThreshold = (): Outcome<number> => standard(PARAMETER_IDS.cpLevelIIIThreshold);
