/**
 * Scalar parameters every calculation reads from the catalog instead of writing a bare number
 * (docs/architecture.md: "every standard number once in domain/catalog"). Ids are stable ASCII.
 */
import {
  AUDIT_ECONOMICS,
  BEIJING_GUIDE,
  CP_INDICATOR_RULES,
  GBT_2589_2020,
  GBT_32150,
  INCOME_TAX_LAW,
  JIANGSU_AUDIT_GUIDE,
  PARK_AUDIT_GUIDE,
  METHOD_NOTES,
  MIIT_GREEN_PARK,
  PROJECT_ECONOMICS,
  cite,
  citeAll,
} from "./documents";
import { makeFinder } from "./lookup";
import type { ParameterDef, Text } from "./types";

/** 《北京市工业园区绿色诊断工作指南》三（二）组建诊断工作组, with the words of the rule. */
function team(zh: string, en: string): Text {
  return cite(BEIJING_GUIDE, { zh: `三（二）“${zh}”`, en: `section 3 (2), team composition: ${en}` });
}

function auditTeam(zh: string, en: string): Text {
  return cite(PARK_AUDIT_GUIDE, { zh: `5.1.2（2）“${zh}”`, en: `5.1.2 (2), choosing the members: ${en}` });
}

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
  auditTeamMinPerEnterprise: "audit-team-min-per-enterprise",
  auditTeamMinFinance: "audit-team-min-finance",
  enterpriseJumpThreshold: "enterprise-jump-threshold",
  diagnosisMinOnsiteDays: "diagnosis-min-onsite-days",
} as const;

export type ParameterId = (typeof PARAMETER_IDS)[keyof typeof PARAMETER_IDS];

// Molar masses C = 12, CO₂ = 44 (docs/templates.md#standard-coal-and-co2 "× 44/12").
const MOLAR_MASS_CO2 = 44;
const MOLAR_MASS_C = 12;

export const PARAMETERS: readonly ParameterDef[] = [
  {
    id: PARAMETER_IDS.scoreCap,
    name: { zh: "单项指标最高得分", en: "Score cap per indicator" },
    value: 120,
    unit: "分",
    source: {
      ref: cite(BEIJING_GUIDE, {
        zh: "附件2-1-2 注1“单项指标最高得分不超过120”",
        en: "Annex 2-1-2, note 1 (“no indicator scores more than 120”)",
      }),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.fullScore,
    name: { zh: "达到引领值的得分", en: "Score at the leading value" },
    value: 100,
    unit: "分",
    source: {
      ref: cite(MIIT_GREEN_PARK, { zh: "评价方法", en: "evaluation method" }),
      status: "to-confirm",
      note: {
        zh: "得分 = 100 × 指标值 / 引领值（逆向指标取倒数）；定性指标达到引领值得 100 分——待与工业和信息化部正式文本核对",
        en: "score = 100 × value / lead (inverted for smaller-is-better); a qualitative indicator scores 100 when it equals the lead answer — to be checked against the official MIIT text",
      },
    },
  },
  {
    id: PARAMETER_IDS.defaultWeight,
    name: { zh: "指标默认权重", en: "Default indicator weight" },
    value: 1,
    unit: "–",
    source: {
      ref: citeAll(cite(MIIT_GREEN_PARK, { zh: "评价方法", en: "evaluation method" }), {
        zh: "参照 DB21/T 3662-2022",
        en: "after DB21/T 3662-2022",
      }),
      status: "to-confirm",
      note: {
        zh: "等权（总得分 = 各项得分的平均值），与省级绿色园区地方标准的做法一致；待与工业和信息化部正式文本核对",
        en: "equal weights (total = average of the scores), as provincial green-park standards do; to be checked against the official MIIT text",
      },
    },
  },
  {
    id: PARAMETER_IDS.evaluationYears,
    name: { zh: "评价年数", en: "Evaluation years" },
    value: 3,
    unit: "年",
    source: {
      ref: cite(BEIJING_GUIDE, {
        zh: "附件2-1-2 注2“年份1至年份3原则上为绿色诊断实施年份的前三年”",
        en: "Annex 2-1-2, note 2 (years 1 to 3 are in principle the three years before the diagnosis)",
      }),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.depreciationYears,
    name: { zh: "折旧年限", en: "Depreciation years" },
    value: 10,
    unit: "年",
    source: {
      ref: AUDIT_ECONOMICS,
      status: "confirmed",
      note: { zh: "方案经济评估的常用默认值，可修改", en: "the usual default of the method; editable" },
    },
  },
  {
    id: PARAMETER_IDS.taxRate,
    name: { zh: "所得税税率", en: "Income tax rate" },
    value: 0.25,
    unit: "fraction",
    source: {
      ref: cite(INCOME_TAX_LAW, { zh: "第四条（税率为25%）", en: "article 4 (rate 25 %)" }),
      status: "confirmed",
      note: { zh: "法定企业所得税税率，可修改", en: "statutory enterprise income tax rate; editable" },
    },
  },
  {
    id: PARAMETER_IDS.discountRate,
    name: { zh: "贴现率（基准收益率）", en: "Discount rate (benchmark rate)" },
    value: 0.08,
    unit: "fraction",
    source: {
      ref: cite(PROJECT_ECONOMICS, { zh: "社会折现率 8%", en: "social discount rate 8 %" }),
      publisher: { zh: "国家发展改革委、建设部 2006", en: "NDRC and Ministry of Construction 2006" },
      status: "to-confirm",
      note: {
        zh: "方案经济评估没有统一的贴现率；默认取社会折现率 8%，宜改为本行业的基准收益率",
        en: "option appraisal has no single discount rate; the default is the 8 % social discount rate — set your sector's benchmark rate of return",
      },
      check: {
        zh: `本项目适用的贴现率：本行业的基准收益率，见${PROJECT_ECONOMICS.zh}行业财务基准收益率`,
        en: `the rate that applies to this project: the sector's benchmark rate of return, in ${PROJECT_ECONOMICS.en}, sector financial benchmark rates`,
      },
    },
  },
  {
    id: PARAMETER_IDS.costClassThreshold,
    name: { zh: "中/高费方案投资门槛", en: "Investment threshold for medium/high-cost options" },
    value: null,
    unit: "万元",
    source: {
      ref: cite(JIANGSU_AUDIT_GUIDE, {
        zh: "附录B 7.2（无/低费方案、中/高费方案）",
        en: "Annex B 7.2 (no/low-cost and medium/high-cost options)",
      }),
      status: "confirmed",
      note: {
        zh: "国家没有统一的费用门槛，由用户填写：投资低于门槛为无/低费，达到或高于门槛为中/高费",
        en: "no national threshold exists; the user must set it (an investment below it is no/low cost, at or above it medium/high cost)",
      },
    },
  },
  {
    id: PARAMETER_IDS.kgceHeat,
    name: { zh: "1千克标准煤的低位发热量", en: "Heat value of 1 kg of standard coal" },
    value: 29307,
    unit: "kJ/kgce",
    source: {
      ref: cite(GBT_2589_2020, {
        zh: "千克标准煤的定义（29 307 kJ）",
        en: "definition of the kilogram of standard coal (29 307 kJ)",
      }),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.co2PerCarbon,
    name: { zh: "二氧化碳与碳的分子量之比", en: "CO₂ to carbon molar mass ratio" },
    value: MOLAR_MASS_CO2 / MOLAR_MASS_C,
    unit: "tCO2/tC",
    source: {
      ref: cite(GBT_32150, { zh: "（44/12）", en: "(44/12)" }),
      status: "confirmed",
      note: { zh: "二氧化碳与碳的摩尔质量之比 44/12", en: "ratio of molar masses, 44/12" },
    },
  },
  {
    id: PARAMETER_IDS.cpMembershipScore,
    name: { zh: "达到某级时的隶属函数值", en: "Membership value when a level is met" },
    value: 100,
    unit: "–",
    source: {
      ref: cite(CP_INDICATOR_RULES, { zh: "综合评价指数法", en: "composite index method" }),
      status: "to-confirm",
      note: {
        zh: "指标 x 达到第 k 级时 Y_k(x) = 100，否则为 0",
        en: "Y_k(x) = 100 when indicator x meets level k, else 0",
      },
      check: {
        zh: `取值须与${CP_INDICATOR_RULES.zh}综合评价指数法及本行业清洁生产评价指标体系核对`,
        en: `value to be checked against the ${CP_INDICATOR_RULES.en}, composite index method, and the sector's cleaner-production indicator system`,
      },
    },
  },
  {
    id: PARAMETER_IDS.cpLevelThreshold,
    name: { zh: "I级、II级综合评价指数门槛", en: "Composite index threshold for levels I and II" },
    value: 85,
    unit: "–",
    source: {
      ref: cite(CP_INDICATOR_RULES, { zh: "综合评价指数法", en: "composite index method" }),
      status: "to-confirm",
      note: {
        zh: "I级：Y_I ≥ 85 且限定性指标全部达到I级；II级：Y_II ≥ 85 且限定性指标全部达到II级及以上",
        en: "level I: Y_I ≥ 85 and every binding indicator at level I; level II: Y_II ≥ 85 and every binding indicator at level II or better",
      },
      check: {
        zh: `取值须与${CP_INDICATOR_RULES.zh}综合评价指数法及本行业清洁生产评价指标体系核对`,
        en: `value to be checked against the ${CP_INDICATOR_RULES.en}, composite index method, and the sector's cleaner-production indicator system`,
      },
    },
  },
  {
    id: PARAMETER_IDS.cpLevelIIIThreshold,
    name: { zh: "III级综合评价指数要求", en: "Composite index required for level III" },
    value: 100,
    unit: "–",
    source: {
      ref: cite(CP_INDICATOR_RULES, { zh: "综合评价指数法", en: "composite index method" }),
      status: "to-confirm",
      note: { zh: "III级：Y_III = 100", en: "level III: Y_III = 100" },
      check: {
        zh: `取值须与${CP_INDICATOR_RULES.zh}综合评价指数法及本行业清洁生产评价指标体系核对`,
        en: `value to be checked against the ${CP_INDICATOR_RULES.en}, composite index method, and the sector's cleaner-production indicator system`,
      },
    },
  },
  {
    id: PARAMETER_IDS.teamMinMembers,
    name: { zh: "工作组最少人数", en: "Minimum team size" },
    value: 5,
    unit: "人",
    source: { ref: team("工作组成员不应少于5人", "at least 5 members"), status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.teamMinSenior,
    name: { zh: "相关专业高级职称最少人数", en: "Minimum members with a senior title" },
    value: 2,
    unit: "人",
    source: { ref: team("高级职称人员不少于2人", "at least 2 with a senior title"), status: "confirmed" },
  },
  {
    id: PARAMETER_IDS.teamMinProjectLeads,
    name: {
      zh: "主导过绿色制造项目的最少人数（替代条件）",
      en: "Minimum members who led green-manufacturing projects (alternative)",
    },
    value: 3,
    unit: "人",
    source: {
      ref: team("或主导过绿色制造相关项目的工作人员不少于3人", "or at least 3 who led green-manufacturing projects"),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.teamMinParkStaff,
    name: { zh: "园区工作负责人最少人数", en: "Minimum park staff in the team" },
    value: 1,
    unit: "人",
    source: {
      ref: team("诊断工作组应包括至少一名园区相关工作负责人", "at least one responsible person of the park"),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.auditTeamMinPerEnterprise,
    name: { zh: "每个企业审核小组最少成员数", en: "Minimum audit-team members per enterprise" },
    value: 2,
    unit: "人",
    source: {
      ref: auditTeam(
        "确保工业园区内每个企业至少有 2 位审核小组成员",
        "at least 2 audit-team members from every enterprise",
      ),
      status: "confirmed",
    },
  },
  {
    id: PARAMETER_IDS.auditTeamMinFinance,
    name: { zh: "每个企业来自财务部门的最少成员数", en: "Minimum members per enterprise from its finance department" },
    value: 1,
    unit: "人",
    source: {
      ref: auditTeam(
        "且必须有一位成员来自本企业的财务部门",
        "one of them must come from the enterprise's finance department",
      ),
      status: "confirmed",
    },
  },
  {
    // docs/enterprises.md "Merging": a year-on-year change beyond this share is asked about
    id: PARAMETER_IDS.enterpriseJumpThreshold,
    name: {
      zh: "企业数据年际变化核实阈值",
      en: "Year-on-year change of an enterprise's figure to be explained",
    },
    value: 50,
    unit: "%",
    source: {
      ref: METHOD_NOTES,
      status: "confirmed",
      note: {
        zh: "标准未规定；合并企业填报表时，某项数据较上年变化超过此比例即提示核实原因，可按园区情况修改",
        en: "no standard sets it; on merging the enterprises' workbooks, a figure changing more than this share from the year before is to be explained; set it for the park",
      },
    },
  },
  {
    id: PARAMETER_IDS.diagnosisMinOnsiteDays,
    name: { zh: "现场诊断最少工作日", en: "Minimum working days of the on-site diagnosis" },
    value: 4,
    unit: "工作日",
    source: {
      ref: cite(BEIJING_GUIDE, {
        zh: "四（三）1“现场诊断时间遵循效果优先原则，视实际需要而定，但不应少于4个工作日”",
        en: "section 4 (3) 1: the on-site diagnosis takes as long as needed, but not less than 4 working days",
      }),
      status: "confirmed",
    },
  },
];

/** Find a parameter by id or name. */
export const findParameter: (idOrName: string) => ParameterDef | undefined = makeFinder(PARAMETERS, (p) => [
  p.id,
  p.name.zh,
  p.name.en,
]);

/** The table by id, for the functions that read a standard number on every call. */
const PARAMETER_BY_ID: ReadonlyMap<string, ParameterDef> = new Map(PARAMETERS.map((p) => [p.id, p]));

/**
 * The catalog value of a parameter. Throws only on a programming error (an id not in the table);
 * a parameter without a default returns null.
 */
export function parameterValue(id: ParameterId): number | null {
  const found = PARAMETER_BY_ID.get(id);
  if (found === undefined) throw new Error(`catalog: unknown parameter ${id}`);
  return found.value;
}
