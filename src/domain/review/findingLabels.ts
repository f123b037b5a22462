/**
 * Every finding code in words, in both languages: a short name a reviewer recognises and what to do about
 * it. The pane, the command line and the exported lists show these instead of the code (the code stays
 * beside them only in machine-readable output). docs/review-codes.md describes each code.
 */
import type { Text } from "../catalog";
import type { FindingCode, Severity } from "./types";

export interface FindingLabel {
  /** what was found, in a few words */
  readonly name: Text;
  /** what the reviewer or the consultant should do */
  readonly action: Text;
}

export const FINDING_LABELS: Readonly<Record<FindingCode, FindingLabel>> = {
  "not-greenaudit": {
    name: { zh: "未找到 GreenAudit 模板", en: "No GreenAudit template found" },
    action: {
      zh: "请选择用 GreenAudit 生成的工作簿；此文件无法复核。",
      en: "Choose a workbook made with GreenAudit; this file cannot be checked.",
    },
  },
  "metadata-invalid": {
    name: { zh: "模板标记已损坏", en: "Template marker damaged" },
    action: {
      zh: "用 GreenAudit 重新插入（刷新）该模板。",
      en: "Insert (refresh) the template again with GreenAudit.",
    },
  },
  "template-missing": {
    name: { zh: "所引用的工作表缺失", en: "A sheet it reads is missing" },
    action: { zh: "重新插入缺失的模板后再复核。", en: "Insert the missing template again, then check again." },
  },
  "rows-inserted": {
    name: { zh: "模板内插入了行", en: "Rows inserted in a template" },
    action: {
      zh: "插入行的内容不参与计算；如需计入，请改填到模板原有的行中。",
      en: "Inserted rows are not computed; move their contents into the template's own rows if they should count.",
    },
  },
  "rows-deleted": {
    name: { zh: "模板行被删除", en: "Template rows deleted" },
    action: { zh: "刷新模板以恢复被删除的行。", en: "Refresh the template to restore the deleted rows." },
  },
  "formula-replaced": {
    name: { zh: "公式被替换或删除", en: "Formula replaced or deleted" },
    action: {
      zh: "刷新模板以恢复公式；需要改变结果时请修改输入值。",
      en: "Refresh the template to restore the formula; change the inputs to change the result.",
    },
  },
  "formula-changed": {
    name: { zh: "公式被改写", en: "Formula edited" },
    action: { zh: "刷新模板以恢复原公式。", en: "Refresh the template to restore the formula." },
  },
  "stale-results": {
    name: { zh: "结果未重新计算", en: "Results not recalculated" },
    action: { zh: "在 Excel 中重新计算（F9）后保存。", en: "Recalculate in Excel (F9), then save." },
  },
  "value-mismatch": {
    name: { zh: "计算结果与复算不符", en: "Result differs from the recomputation" },
    action: {
      zh: "重新计算工作簿；仍不符时刷新模板。",
      en: "Recalculate the workbook; refresh the template if it still differs.",
    },
  },
  "total-mismatch": {
    name: { zh: "合计或总分与各项不符", en: "Total differs from its items" },
    action: {
      zh: "重新计算工作簿；仍不符时刷新模板。",
      en: "Recalculate the workbook; refresh the template if it still differs.",
    },
  },
  "matrix-total-mismatch": {
    name: { zh: "绩效评估汇总与方案汇总不符", en: "Performance matrix differs from the options" },
    action: {
      zh: "重新计算工作簿；仍不符时刷新模板。",
      en: "Recalculate the workbook; refresh the template if it still differs.",
    },
  },
  "cost-class-mismatch": {
    name: { zh: "费用类别与投资额不符", en: "Cost class does not match the investment" },
    action: {
      zh: "重新计算工作簿；仍不符时刷新模板。",
      en: "Recalculate the workbook; refresh the template if it still differs.",
    },
  },
  "economics-mismatch": {
    name: { zh: "回收期、净现值或内部收益率不符", en: "Payback, NPV or IRR differs" },
    action: {
      zh: "重新计算工作簿；仍不符时刷新模板。",
      en: "Recalculate the workbook; refresh the template if it still differs.",
    },
  },
  "functions-unavailable": {
    name: { zh: "GREEN 函数不可用", en: "GREEN functions unavailable" },
    action: {
      zh: "在 Excel 中加载 GreenAudit 加载项后重新计算并保存，或在窗格中转换为原生公式。",
      en: "Load the GreenAudit add-in in Excel, recalculate and save, or convert to native formulas in the pane.",
    },
  },
  "input-out-of-range": {
    name: { zh: "输入值超出允许范围", en: "Input out of range" },
    action: { zh: "按单元格的输入提示改正数值。", en: "Correct the value as the cell's input message says." },
  },
  "input-not-number": {
    name: { zh: "数值单元格中填了文本", en: "Text in a number cell" },
    action: { zh: "改填数值（不带单位）。", en: "Enter a number (without its unit)." },
  },
  "mandatory-input-missing": {
    name: { zh: "必填内容未填写", en: "Required entry missing" },
    action: {
      zh: "补填所列单元格；缺少的必选指标按 0 分计。",
      en: "Fill in the cells listed; a mandatory indicator without its data scores 0.",
    },
  },
  "mandatory-not-computable": {
    name: { zh: "必选指标无法计算", en: "Mandatory indicator cannot be computed" },
    action: {
      zh: "核对该指标所用的数据（分母不能为 0）。",
      en: "Check the data the indicator uses (its denominator must not be 0).",
    },
  },
  "evidence-missing": {
    name: { zh: "未填写证明材料索引或评价情况说明", en: "Evidence index or explanation missing" },
    action: {
      zh: "在证明材料索引列写明证明材料的位置（文件名、页码），在评价情况说明列说明该年指标数据的来源和变化原因。",
      en: "Write where the supporting document is (file name, page) in the evidence column, and where and why that year's value changed in the explanation column.",
    },
  },
  "basic-requirement-not-met": {
    name: { zh: "必要基础性要求不符合", en: "Mandatory basic requirement not met" },
    action: {
      zh: "园区须先满足必要基础性要求，诊断结论应说明。",
      en: "The park must meet its mandatory basic requirements; state it in the diagnosis.",
    },
  },
  "requirement-unanswered": {
    name: { zh: "低碳管理要求未作答", en: "Low-carbon requirement not answered" },
    action: {
      zh: "逐条选择符合、部分符合、不符合或不适用，并填写证明材料索引。",
      en: "Answer each item compliant, partly compliant, non-compliant or not applicable, with its evidence index.",
    },
  },
  "requirement-not-met": {
    name: { zh: "低碳管理“应”项未满足", en: "Low-carbon “shall” item not met" },
    action: {
      zh: "在改进措施中落实该项（《工业园区低碳管理 基本要求》8.3），诊断结论应说明。",
      en: "Address it in the improvement measures (Basic Requirements for Low-Carbon Management of Industrial Parks, 8.3) and state it in the diagnosis.",
    },
  },
  "team-rule-not-met": {
    name: { zh: "诊断工作组不满足要求", en: "Diagnosis team below the requirement" },
    action: { zh: "补充工作组成员后更新名单。", en: "Add team members and update the list." },
  },
  "onsite-days-short": {
    name: { zh: "现场诊断少于4个工作日", en: "On-site diagnosis under 4 working days" },
    action: {
      zh: "延长“工作计划”表中现场诊断的起止日期。",
      en: "Extend the on-site diagnosis dates on the Work plan sheet.",
    },
  },
  "years-not-before-diagnosis": {
    name: { zh: "评价年份未早于诊断实施年份", en: "Evaluated years not before the diagnosis" },
    action: {
      zh: "核对诊断实施日期，或以诊断实施年份的前三年为评价年份重新插入模板。",
      en: "Check the diagnosis dates, or insert the templates again with the three years before the diagnosis as evaluation years.",
    },
  },
  "benefit-increase": {
    name: { zh: "方案效益为增加", en: "Option increases a quantity" },
    action: {
      zh: "核实增加量，并在报告中说明该方案对能耗和碳排放的影响。",
      en: "Check the increase and state the option's effect on energy use and carbon emissions in the report.",
    },
  },
  "option-incomplete": {
    name: { zh: "方案信息不完整", en: "Option incomplete" },
    action: {
      zh: "补填企业层面方案的实施企业、待实施方案的计划完成时间。",
      en: "Name the enterprise of an enterprise-level option and the planned completion date of a pending one.",
    },
  },
  "option-rejected-listed": {
    name: { zh: "已剔除的方案仍列为实施", en: "Rejected option still listed" },
    action: {
      zh: "核对可行性筛选结果；不可行方案不应列为已实施或待实施。",
      en: "Check the screening: an infeasible option should not be implemented or pending.",
    },
  },
  "implausible-magnitude": {
    name: { zh: "数量级异常", en: "Implausible magnitude" },
    action: { zh: "核对数据的单位和小数点。", en: "Check the units and the decimal point of the data." },
  },
  "parameter-changed": {
    name: { zh: "参数已修改或设定", en: "Parameter changed or set" },
    action: {
      zh: "确认取值有依据，并在报告中说明。",
      en: "Make sure the value is justified and state it in the report.",
    },
  },
  "parameter-confirmed": {
    name: { zh: "参数已确认适用于本项目", en: "Parameter confirmed for this project" },
    action: {
      zh: "咨询人员已核对此取值；复核人员可查看其依据。",
      en: "The consultant checked this value; the reviewer may look at the grounds.",
    },
  },
  "optional-not-evaluated": {
    name: { zh: "可选指标未参与评价", en: "Optional indicator not evaluated" },
    action: { zh: "如需评价，请填写该指标所需数据。", en: "To evaluate it, fill in the data it needs." },
  },
  "review-incomplete": {
    name: { zh: "复核未能完成", en: "Check not completed" },
    action: {
      zh: "用 GreenAudit 重新生成或刷新模板后再复核；此工作簿的结果未经核对。",
      en: "Generate or refresh the templates with GreenAudit, then check again; this workbook's results were not verified.",
    },
  },
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Text>> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
};

/** The words for a code; an unknown code (a newer report read by an older program) is shown as it is. */
export function findingLabel(code: string): FindingLabel {
  const known = (FINDING_LABELS as Readonly<Record<string, FindingLabel>>)[code];
  return known ?? { name: { zh: code, en: code }, action: { zh: "", en: "" } };
}
