/**
 * Scalar parameters every calculation reads from the catalog instead of writing a bare number
 * (DESIGN.md: "every standard number once in domain/catalog"). Ids are stable ASCII.
 */
import { makeFinder } from "./lookup";
import type { ParameterDef } from "./types";

/** Ids of the parameters, so calc code refers to them by name: `parameterValue(PARAMETER_IDS.scoreCap)`. */
export const PARAMETER_IDS = {
  scoreCap: "score-cap",
  fullScore: "full-score",
  defaultWeight: "default-weight",
  evaluationYears: "evaluation-years",
  depreciationYears: "depreciation-years",
  taxRate: "tax-rate",
  discountRate: "discount-rate",
  costClassThreshold: "cost-class-threshold",
  kgceHeat: "kgce-heat",
  co2PerCarbon: "co2-per-carbon",
  cpMembershipScore: "cp-membership-score",
  cpLevelThreshold: "cp-level-threshold",
  cpLevelIIIThreshold: "cp-level-iii-threshold",
  teamMinMembers: "team-min-members",
  teamMinSenior: "team-min-senior",
  teamMinProjectLeads: "team-min-project-leads",
  teamMinParkStaff: "team-min-park-staff",
} as const;

export type ParameterId = (typeof PARAMETER_IDS)[keyof typeof PARAMETER_IDS];

// Molar masses C = 12, CO₂ = 44 (SPEC §4.7 "× 44/12").
const MOLAR_MASS_CO2 = 44;
const MOLAR_MASS_C = 12;

export const PARAMETERS: readonly ParameterDef[] = [
  {
    id: PARAMETER_IDS.scoreCap,
    name: { zh: "单项指标最高得分", en: "Score cap per indicator" },
    value: 120,
    unit: "分",
    source: { ref: "seed 002 附件2-1-2 注1 \"单项指标最高得分不超过120\"", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.fullScore,
    name: { zh: "达到引领值的得分", en: "Score at the leading value" },
    value: 100,
    unit: "分",
    source: {
      ref: "SPEC §4.3",
      status: "to-confirm",
      note: "score = 100 × value / lead; a qualitative indicator scores 100 when it equals the lead answer — to confirm against the MIIT text",
    },
  },
  {
    id: PARAMETER_IDS.defaultWeight,
    name: { zh: "指标默认权重", en: "Default indicator weight" },
    value: 1,
    unit: "–",
    source: {
      ref: "SPEC §4.3",
      status: "to-confirm",
      note: "equal weights (total = average of scores) following provincial green-park standards (e.g. DB21/T 3662-2022); to confirm against the MIIT text",
    },
  },
  {
    id: PARAMETER_IDS.evaluationYears,
    name: { zh: "评价年数", en: "Evaluation years" },
    value: 3,
    unit: "年",
    source: { ref: "seed 002 附件2-1-2 注2 \"年份1至年份3原则上为绿色诊断实施年份的前三年\"", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.depreciationYears,
    name: { zh: "折旧年限", en: "Depreciation years" },
    value: 10,
    unit: "年",
    source: { ref: "SPEC §4.8", status: "confirmed", note: "product default of the classic cleaner-production audit method; editable" },
  },
  {
    id: PARAMETER_IDS.taxRate,
    name: { zh: "所得税税率", en: "Income tax rate" },
    value: 0.25,
    unit: "fraction",
    source: { ref: "SPEC §4.8; 《中华人民共和国企业所得税法》第四条 (25 %)", status: "confirmed", note: "statutory enterprise income tax rate; editable" },
  },
  {
    id: PARAMETER_IDS.discountRate,
    name: { zh: "贴现率（基准收益率）", en: "Discount rate (benchmark rate)" },
    value: 0.08,
    unit: "fraction",
    source: {
      ref: "《建设项目经济评价方法与参数》（第三版）社会折现率 8 %",
      publisher: "国家发展改革委、建设部 2006",
      status: "to-confirm",
      note:
        "SPEC §4.8 gives no default discount rate. 8 % (the social discount rate of the 2006 national parameters) is a " +
        "product choice; an industry benchmark rate of return may be more appropriate — the user should set it",
    },
  },
  {
    id: PARAMETER_IDS.costClassThreshold,
    name: { zh: "中/高费方案投资门槛", en: "Investment threshold for 中/高费 options" },
    value: null,
    unit: "万元",
    source: {
      ref: "SPEC §4.8",
      status: "confirmed",
      note: "no national threshold exists; the user must set it (an investment below it is 无/低费, at or above it 中/高费)",
    },
  },
  {
    id: PARAMETER_IDS.kgceHeat,
    name: { zh: "1千克标准煤的低位发热量", en: "Heat value of 1 kg of standard coal" },
    value: 29307,
    unit: "kJ/kgce",
    source: { ref: "GB/T 2589 (definition of 千克标准煤: 29 307 kJ)", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.co2PerCarbon,
    name: { zh: "二氧化碳与碳的分子量之比", en: "CO₂ to carbon molar mass ratio" },
    value: MOLAR_MASS_CO2 / MOLAR_MASS_C,
    unit: "tCO2/tC",
    source: { ref: "GB/T 32150-2015 (44/12)", status: "confirmed", note: "ratio of molar masses, 44/12" },
  },
  {
    id: PARAMETER_IDS.cpMembershipScore,
    name: { zh: "达到某级时的隶属函数值", en: "Membership value when a level is met" },
    value: 100,
    unit: "–",
    source: {
      ref: "SPEC §4.5 (清洁生产评价指标体系编制通则, composite index method)",
      status: "to-confirm",
      note: "Y_k(x) = 100 when indicator x meets level k, else 0",
    },
  },
  {
    id: PARAMETER_IDS.cpLevelThreshold,
    name: { zh: "I级、II级综合评价指数门槛", en: "Composite index threshold for levels I and II" },
    value: 85,
    unit: "–",
    source: {
      ref: "SPEC §4.5 (清洁生产评价指标体系编制通则)",
      status: "to-confirm",
      note: "level I: Y_I ≥ 85 and every binding indicator at level I; level II: Y_II ≥ 85 and every binding indicator at level II or better",
    },
  },
  {
    id: PARAMETER_IDS.cpLevelIIIThreshold,
    name: { zh: "III级综合评价指数要求", en: "Composite index required for level III" },
    value: 100,
    unit: "–",
    source: { ref: "SPEC §4.5 (清洁生产评价指标体系编制通则)", status: "to-confirm", note: "level III: Y_III = 100" },
  },
  {
    id: PARAMETER_IDS.teamMinMembers,
    name: { zh: "工作组最少人数", en: "Minimum team size" },
    value: 5,
    unit: "人",
    source: { ref: "seed 002 三(二) \"工作组成员不应少于5人\"", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.teamMinSenior,
    name: { zh: "相关专业高级职称最少人数", en: "Minimum members with a senior title" },
    value: 2,
    unit: "人",
    source: { ref: "seed 002 三(二) \"高级职称人员不少于2人\"", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.teamMinProjectLeads,
    name: { zh: "主导过绿色制造项目的最少人数（替代条件）", en: "Minimum members who led green-manufacturing projects (alternative)" },
    value: 3,
    unit: "人",
    source: { ref: "seed 002 三(二) \"（或主导过绿色制造相关项目的工作人员不少于3人）\"", status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.teamMinParkStaff,
    name: { zh: "园区工作负责人最少人数", en: "Minimum park staff in the team" },
    value: 1,
    unit: "人",
    source: { ref: "seed 002 三(二) \"诊断工作组应包括至少一名园区相关工作负责人\"", status: "confirmed" },
  },
];

/** Find a parameter by id or name. */
export const findParameter: (idOrName: string) => ParameterDef | undefined = makeFinder(PARAMETERS, (p) => [p.id, p.name.zh, p.name.en]);

/**
 * The catalog value of a parameter. Throws only on a programming error (an id not in the table);
 * a parameter without a default returns null.
 */
export function parameterValue(id: ParameterId): number | null {
  const found = PARAMETERS.find((p) => p.id === id);
  if (found === undefined) throw new Error(`catalog: unknown parameter ${id}`);
  return found.value;
}
