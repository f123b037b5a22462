/**
 * The standard numbers calc needs, read from the catalog (DESIGN.md: "every standard number once in
 * domain/catalog"). A parameter the catalog leaves without a value is "no-default".
 */
import { parameterValue, PARAMETER_IDS, type ParameterId } from "../catalog";
import { failure, value, type Outcome } from "./outcome";

function standard(id: ParameterId): Outcome<number> {
  const v = parameterValue(id);
  return v === null ? failure("no-default", `the catalog has no value for ${id}`) : value(v);
}

/** SPEC §4.3 score cap (seed 002: 120). */
export const standardScoreCap = (): Outcome<number> => standard(PARAMETER_IDS.scoreCap);
/** SPEC §4.3 score at the leading value (100). */
export const standardFullScore = (): Outcome<number> => standard(PARAMETER_IDS.fullScore);
/** SPEC §4.3 default weight wᵢ (1). */
export const standardDefaultWeight = (): Outcome<number> => standard(PARAMETER_IDS.defaultWeight);
/** SPEC §4.8 depreciation years Y (10). */
export const standardDepreciationYears = (): Outcome<number> => standard(PARAMETER_IDS.depreciationYears);
/** SPEC §4.8 tax rate t (0.25). */
export const standardTaxRate = (): Outcome<number> => standard(PARAMETER_IDS.taxRate);
/** SPEC §4.7 44/12. */
export const standardCarbonToCo2 = (): Outcome<number> => standard(PARAMETER_IDS.co2PerCarbon);
/** SPEC §4.5 membership value of a met level (100). */
export const standardMembershipScore = (): Outcome<number> => standard(PARAMETER_IDS.cpMembershipScore);
/** SPEC §4.5 index threshold of levels I and II (85). */
export const standardLevelThreshold = (): Outcome<number> => standard(PARAMETER_IDS.cpLevelThreshold);
/** SPEC §4.5 index required for level III (100). */
export const standardLevelIIIThreshold = (): Outcome<number> => standard(PARAMETER_IDS.cpLevelIIIThreshold);
