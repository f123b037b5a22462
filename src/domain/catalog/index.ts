/**
 * The catalog of the domain core: every indicator, data item, unit, carrier, factor and parameter
 * of docs/functions.md as typed data with its source. Calc, templates, review and the adapters import
 * from here only.
 */
export type { Source, SourceStatus } from "./source";
export type * from "./types";

export { INDICATORS, INDICATOR_GROUPS, INDICATOR_PROVENANCE, findIndicator } from "./indicators";
export type { IndicatorProvenance } from "./indicators";
export { DATA_ITEMS, findDataItem } from "./dataItems";
export { BASE_UNITS, UNITS, findUnit, unitFactor } from "./units";
export { CARRIERS, co2FactorUnit, findCarrier, reportingUnit } from "./carriers";
export {
  DEFAULT_GRID_CHOICE,
  GRID_CHOICE_SOURCE,
  DEFAULT_GRID_FACTOR_SET,
  GRID_CHOICES,
  GRID_FACTOR_SETS,
  HEAT_CO2_FACTOR,
  findGridChoice,
  findGridFactorSet,
  gridSetForYear,
  gridSetsOf,
} from "./emissionFactors";
export type { GridChoice } from "./emissionFactors";
export { PARAMETERS, PARAMETER_IDS, findParameter, parameterValue } from "./parameters";
export type { ParameterId } from "./parameters";
export { BASIC_REQUIREMENTS, BASIC_REQUIREMENT_ANSWERS } from "./basicRequirements";
export {
  LOW_CARBON_ITEMS,
  LOW_CARBON_RECORDS_SECTION,
  LOW_CARBON_SECTIONS,
  LOW_CARBON_SOURCE,
  LOW_CARBON_STATISTICS,
} from "./lowCarbon";
export type { LowCarbonItem, LowCarbonKind, LowCarbonSection, LowCarbonStatistic } from "./lowCarbon";
export {
  COST_CLASSES,
  MATRIX_COLUMNS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  OTHER_BENEFITS,
  SCREENING_DIMENSIONS,
  SCREENING_RESULTS,
  SCREENING_VERDICTS,
  TARGET_TYPES,
  findCostClass,
  findMatrixColumn,
  findOptionLevel,
  findOptionStatus,
  findOptionType,
  findScreeningVerdict,
  findTargetType,
} from "./options";
export { SYNERGY_GRADES, SYNERGY_INDICATORS, SYNERGY_OUTPUT_BASIS, findSynergyIndicator } from "./synergy";
export { CP_LEVELS, cpLevelLabel } from "./levels";
export { normalizeName } from "./lookup";
export {
  AUDIT_ECONOMICS,
  BEIJING_GUIDE,
  CP_INDICATOR_RULES,
  GBT_2589_2020,
  GBT_32150,
  JIANGSU_AUDIT_GUIDE,
  LOW_CARBON_STANDARD,
  MIIT_GREEN_PARK,
  PARK_AUDIT_GUIDE,
  SYNERGY_SPEC,
  cite,
  citeAll,
} from "./documents";
export {
  PARAMETER_ENTRIES,
  PROJECT_CONFIRMED_TEXT,
  VALUE_STATUS_TEXT,
  confirmationText,
  parameterEntry,
  statusText,
  valueStatus,
} from "./status";
export type { ParameterEntry, ValueStatus } from "./status";
export { TARGET_TABLE_ROWS, TARGET_TERMS } from "./targets";
export type { TargetTableRowDef, TargetTermDef } from "./targets";
