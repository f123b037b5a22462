/**
 * The 8 basic requirements of 《北京市工业园区绿色诊断工作指南》附件2-1-1 (工业园区绿色诊断基础性要求诊断表), text verbatim.
 * Items 1–6 are phrased as obligations (应 / 不应 / 未发生 / 100 % / 建立) and are mandatory; items 7
 * and 8 begin with 鼓励 (encouraged). docs/templates.md `basic`: overall 符合 only when all six mandatory
 * items are 符合.
 */
import { BEIJING_GUIDE, cite } from "./documents";
import type { Source } from "./source";
import type { BasicRequirementAnswer, BasicRequirementDef, Text } from "./types";

export const BASIC_REQUIREMENT_ANSWERS: readonly BasicRequirementAnswer[] = ["符合", "不符合"];

function requirement(number: number, text: Text, mandatory: boolean): BasicRequirementDef {
  const source: Source = {
    ref: cite(BEIJING_GUIDE, { zh: `附件2-1-1 第${number}项`, en: `Annex 2-1-1, item ${number}` }),
    status: "confirmed",
    note: mandatory
      ? { zh: "必须满足", en: "mandatory (an obligation)" }
      : { zh: "鼓励项，不影响总体“符合”", en: "encouraged; not required for overall compliance" },
  };
  return { id: `BR${number}`, number, text, mandatory, answers: BASIC_REQUIREMENT_ANSWERS, source };
}

export const BASIC_REQUIREMENTS: readonly BasicRequirementDef[] = [
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 1
  requirement(
    1,
    {
      zh: "国家和地方绿色、循环和低碳相关法律法规、政策和标准应得到有效的贯彻执行。",
      en: "National and local laws, regulations, policies and standards on green, circular and low-carbon development are effectively implemented.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 2
  requirement(
    2,
    {
      zh: "近三年，未发生重大污染事故或重大生态破坏事件，完成国家或地方政府下达的节能减排指标，碳排放强度持续下降。",
      en:
        "In the last three years no major pollution accident or major ecological damage occurred, the energy-saving and emission-reduction " +
        "targets set by national or local government were met, and carbon intensity kept falling.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 3
  requirement(
    3,
    {
      zh: "环境质量达到国家或地方规定的环境功能区环境质量标准，园区内企业污染物达标排放，各类重点污染物排放总量均不超过国家或地方的总量控制要求。",
      en:
        "Environmental quality meets the national or local standards of the environmental function zone, enterprises in the park discharge " +
        "within emission standards, and total emissions of every key pollutant stay within national or local caps.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 4
  requirement(
    4,
    {
      zh: "园区重点企业100%实施清洁生产审核。",
      en: "100 % of the park's key enterprises carry out cleaner-production audits.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 5
  requirement(
    5,
    {
      zh: "园区企业不应使用国家列入淘汰目录的落后生产技术、工艺和设备，不应生产国家列入淘汰目录的产品。",
      en:
        "Enterprises in the park do not use outdated technologies, processes or equipment on the national phase-out lists, " +
        "and do not make products on those lists.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 6
  requirement(
    6,
    {
      zh: "园区建立履行绿色发展工作职责的专门机构、配备2名以上专职工作人员。",
      en: "The park has a dedicated body responsible for green development, staffed with at least 2 full-time employees.",
    },
    true,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 7 (鼓励: encouraged)
  requirement(
    7,
    {
      zh: "鼓励园区建立并运行环境管理体系和能源管理体系，建立园区能源监测管理平台。",
      en: "The park is encouraged to establish and operate environmental and energy management systems and an energy monitoring platform.",
    },
    false,
  ),
  // 《北京市工业园区绿色诊断工作指南》附件2-1-1 item 8 (鼓励: encouraged)
  requirement(
    8,
    {
      zh: "鼓励园区建设并运行风能、太阳能等可再生能源应用设施。",
      en: "The park is encouraged to build and operate wind, solar and other renewable energy facilities.",
    },
    false,
  ),
];
