/**
 * The documents the catalog cites, by title, in both languages. A source names one of them and the
 * clause: `cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" })`.
 */
import type { Text } from "./types";

/** Beijing municipal guidelines for the green diagnosis of industrial parks (2024). */
export const BEIJING_GUIDE: Text = {
  zh: "《北京市工业园区绿色诊断工作指南》",
  en: "Beijing Guidelines for the Green Diagnosis of Industrial Parks",
};

/** MIIT's green-park evaluation requirements (2016), the indicator system the Beijing guidelines refer to. */
export const MIIT_GREEN_PARK: Text = {
  zh: "工业和信息化部《绿色园区评价要求》",
  en: "MIIT Green Park Evaluation Requirements",
};

/** Jiangsu's technical guide to sector cleaner-production audits. */
export const JIANGSU_AUDIT_GUIDE: Text = {
  zh: "江苏省《行业清洁生产审核技术指南》",
  en: "Jiangsu Technical Guide to Sector Cleaner-Production Audits",
};

/** The T/CPPC draft guidelines for cleaner-production audits of industrial parks (2023, draft for comments). */
export const PARK_AUDIT_GUIDE: Text = {
  zh: "T/CPPC《工业园区清洁生产审核指南》（征求意见稿）",
  en: "T/CPPC Guidelines for Cleaner Production Audit in Industrial Parks (draft)",
};

/** The specification of pollution-and-carbon reduction synergy management in industrial parks. */
export const SYNERGY_SPEC: Text = {
  zh: "《工业园区减污降碳协同增效管控规范》",
  en: "Specification for Synergistic Pollution and Carbon Reduction Management in Industrial Parks",
};

/** The basic requirements of low-carbon management of industrial parks (管理目标 to 评价与改进). */
export const LOW_CARBON_STANDARD: Text = {
  zh: "《工业园区低碳管理 基本要求》",
  en: "Basic Requirements for Low-Carbon Management of Industrial Parks",
};

/** GB/T 2589 General principles for the calculation of total energy consumption. */
export const GBT_2589_2008: Text = {
  zh: "GB/T 2589-2008《综合能耗计算通则》",
  en: "GB/T 2589-2008 General principles for calculation of total energy consumption",
};
export const GBT_2589_2020: Text = {
  zh: "GB/T 2589-2020《综合能耗计算通则》",
  en: "GB/T 2589-2020 General principles for calculation of total energy consumption",
};

/** GB/T 32150 General guideline for greenhouse-gas accounting and reporting of industrial enterprises. */
export const GBT_32150: Text = {
  zh: "GB/T 32150-2015《工业企业温室气体排放核算和报告通则》",
  en: "GB/T 32150-2015 General guideline of greenhouse gas emissions accounting and reporting for industrial enterprises",
};

/** The national rules for compiling cleaner-production evaluation indicator systems (composite index method). */
export const CP_INDICATOR_RULES: Text = {
  zh: "《清洁生产评价指标体系编制通则》（试行稿）",
  en: "General Rules for Compiling Cleaner-Production Evaluation Indicator Systems (trial)",
};

/** Economic evaluation of options as taught for cleaner-production audits (payback, NPV, IRR). */
export const AUDIT_ECONOMICS: Text = {
  zh: "清洁生产审核方案经济评估方法（投资偿还期、净现值、内部收益率）",
  en: "Economic evaluation of cleaner-production audit options (payback, NPV, IRR)",
};

/** The national parameters for the economic evaluation of construction projects, 3rd edition (2006). */
export const PROJECT_ECONOMICS: Text = {
  zh: "《建设项目经济评价方法与参数》（第三版）",
  en: "Methods and Parameters for the Economic Evaluation of Construction Projects (3rd edition)",
};

/** The enterprise income tax law. */
export const INCOME_TAX_LAW: Text = {
  zh: "《中华人民共和国企业所得税法》",
  en: "Enterprise Income Tax Law of the People's Republic of China",
};

/** GreenAudit's own calculation rules where the documents are silent, explained in the template guide. */
export const METHOD_NOTES: Text = {
  zh: "GreenAudit 计算口径（见模板说明）",
  en: "GreenAudit calculation rules (see the template guide)",
};

/** A citation: the document's title followed by the clause. */
export function cite(document: Text, clause?: Text): Text {
  if (clause === undefined) return document;
  return { zh: `${document.zh}${clause.zh}`, en: `${document.en}, ${clause.en}` };
}

/** Two or more citations in one line. */
export function citeAll(...citations: readonly Text[]): Text {
  return { zh: citations.map((c) => c.zh).join("；"), en: citations.map((c) => c.en).join("; ") };
}
