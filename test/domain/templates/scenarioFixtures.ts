/**
 * Prefilled rows for the templates (basic, synergy, suggestions, team, plan): realistic data and
 * the edge cases the engine test must get right — a team of four, no senior titles but three project
 * leads, a basic requirement 不符合, a synergy year with a missing actual, a task ending before it starts.
 */
import type { ParkData } from "../../../src/domain/calc";
import type { TemplateOptions } from "../../../src/domain/templates/context";
import type { FormulaMode, Lang } from "../../../src/domain/templates/sheetPlan";

export function options(overrides: Partial<TemplateOptions> = {}): TemplateOptions {
  return { lang: "zh-CN", mode: "native", years: [2021, 2022, 2023, 2024], nameSuffix: "", ...overrides };
}

/** Scenario A: one mandatory requirement 不符合; team of four; a missing actual; an end before its start. */
export const SCENARIO_A: NonNullable<TemplateOptions["rows"]> = {
  basic: [
    { id: "BR1", answer: "符合", evidence: "附件1 政策文件清单" },
    { id: "BR2", answer: "符合", evidence: "附件2 近三年环境事故情况说明" },
    { id: "BR3", answer: "符合", evidence: "附件3 环境质量监测报告" },
    { id: "BR4", answer: "符合", evidence: "附件4 清洁生产审核验收清单" },
    { id: "BR5", answer: "符合", evidence: "附件5 淘汰落后产能核查表" },
    { id: "BR6", answer: "不符合", evidence: "附件6 仅1名专职人员" },
    { id: "BR7", answer: "符合", evidence: null },
  ],
  synergy: [
    // 表1 (main): targets and basics; Y1 all met → 优良; Y2 missing actual → no grade; Y3 a miss within basic (main rows alone would give 合格)
    // SY1-1, SY1-2 and SY1-4 are computed from SCENARIO_DATA.A (0.42, 0.41, 0.48 / 1.1, –, 1.15 / 2.8, 2.9, 2.7)
    { id: "SY1-1", target: 0.45, basic: 0.5 },
    { id: "SY1-2", target: 1.2, basic: 1.4 },
    { id: "SY1-3", target: 2.5, actual_y1: 2.4, actual_y2: 2.3, actual_y3: 2.2 },
    { id: "SY1-4", target: 3, basic: 3.5 },
    // 表5 (not main): a target met in Y1, missed in Y3 below its basic requirement 80 → Y3 需改进
    // (评估等级划分: "部分指标未达到要求时，应评定为需改进")
    { id: "SY5-4", target: 85, basic: 80, actual_y1: 88, actual_y2: 86, actual_y3: 70 },
    // 表3: monitoring only (no target) — not graded
    { id: "SY3-1", actual_y1: 18, actual_y2: 16, actual_y3: 15 },
    // SY3-4 COD from the data: 120.5, 118, –
    { id: "SY3-4" },
  ],
  suggestions: [
    {
      content: "园区集中供热管网改造，淘汰分散燃煤锅炉",
      investment: 1200,
      fixed_assets: 1000,
      effect: "年节约标准煤约3000 tce",
      remarks: "拟2025年实施",
    },
    {
      content: "污水处理厂中水回用工程",
      investment: 850.5,
      fixed_assets: 900,
      effect: "年回用中水60万m³",
      remarks: "固定资产超过总投资（示例错误）",
    },
    { content: "屋顶分布式光伏", investment: 2300, fixed_assets: null, effect: "年发电约260万kWh", remarks: null },
  ],
  team: [
    {
      name: "张伟",
      unit: "某节能环保咨询公司",
      role: "组长",
      title: "正高级职称",
      specialty: "能源",
      project_lead: "是",
      park_staff: "否",
      phone: "13800000001",
    },
    {
      name: "李娜",
      unit: "某节能环保咨询公司",
      role: "成员",
      title: "副高级职称",
      specialty: "环境",
      project_lead: "否",
      park_staff: "否",
    },
    {
      name: "王强",
      unit: "某高校",
      role: "成员",
      title: "中级职称",
      specialty: "生命周期评价",
      project_lead: "否",
      park_staff: "否",
    },
    {
      name: "赵敏",
      unit: "园区管委会",
      role: "园区联络人",
      title: "中级职称",
      specialty: "经济管理",
      project_lead: "否",
      park_staff: "是",
    },
    // the enterprise audit team (《工业园区清洁生产审核指南》5.1.2 (2)): 甲 2 members with one from finance — 符合; 乙 one
    // member only; 丙 three members, none from finance; 丁 none; a row without a name does not count
    { section: "audit", name: "孙丽", enterprise: "甲化工有限公司", department: "财务部", finance: "是" },
    { section: "audit", name: "周平", enterprise: "甲化工有限公司", department: "安环部", finance: "否" },
    { section: "audit", name: "吴昊", enterprise: "乙电子有限公司", department: "财务部", finance: "是" },
    { section: "audit", name: null, enterprise: "乙电子有限公司", department: "生产部", finance: "否" },
    { section: "audit", name: "郑凯", enterprise: "丙制药有限公司", department: "生产部", finance: "否" },
    { section: "audit", name: "冯雪", enterprise: "丙制药有限公司", department: "设备部", finance: null },
    { section: "audit", name: "陈晨", enterprise: "丙制药有限公司", department: "质量部", finance: "否" },
    { section: "enterprise", name: "甲化工有限公司" },
    { section: "enterprise", name: "乙电子有限公司" },
    { section: "enterprise", name: "丙制药有限公司" },
    { section: "enterprise", name: "丁材料有限公司" },
  ],
  plan: [
    {
      phase: "筹划和组织",
      task: "组建审核小组",
      start: "2024-03-01",
      end: "2024-03-05",
      owner: "张伟",
      departments: "管委会",
      participants: "李娜",
      output: "审核小组成员表",
      // the green-diagnosis plan (《北京市工业园区绿色诊断工作指南》三（四）) rides on the same rows, by task number
      "diag:start": "2025-02-10", // a Monday
      "diag:end": "2025-02-14", // Friday: 5 working days
      "diag:owner": "张伟",
    },
    {
      phase: "初步审核",
      task: "园区现状调查",
      start: "2024-03-06",
      end: "2024-04-10",
      owner: "李娜",
      departments: "生态环境局",
      participants: "王强",
      output: "现状调查报告",
    },
    {
      phase: "重点审核",
      task: "审核重点现状分析",
      start: "2024-05-10",
      end: "2024-05-01",
      owner: "王强",
      departments: "",
      participants: "",
      output: "",
    },
    {
      phase: "结论和建议",
      task: "结论",
      start: "2024-06-01",
      end: "2024-06-01",
      owner: "张伟",
      "diag:start": "2025-02-17",
      "diag:end": "2025-02-21",
    },
    { phase: "审核报告编制", task: "编写清洁生产审核报告", start: 45474, end: null, owner: "张伟" },
    { "diag:start": "2025-02-24", "diag:end": "2025-02-24", "diag:owner": "李娜" }, // 动员与对接: one Monday
    { "diag:start": "2025-02-26", "diag:end": "2025-03-04" }, // 收集相关资料: Wed … Tue, 7 days, 5 working days
    { "diag:start": "2025-03-03", "diag:end": "2025-03-06", "diag:participants": "张伟、李娜、王强" }, // on site: Mon … Thu, 4
  ],
};

/** Scenario B: all mandatory requirements 符合; no senior title but three project leads; empty suggestions; default plan. */
export const SCENARIO_B: NonNullable<TemplateOptions["rows"]> = {
  basic: [
    { answer: "符合", evidence: "A1" },
    { answer: "符合", evidence: "A2" },
    { answer: "符合", evidence: "A3" },
    { answer: "符合", evidence: "A4" },
    { answer: "符合", evidence: "A5" },
    { answer: "符合", evidence: "A6" },
    { answer: "不符合", evidence: null },
    { answer: null, evidence: null },
  ],
  synergy: [
    // targets on 表5 only, none marked main → every graded indicator counts as main (docs/templates.md#synergy)
    // SY5-1 and SY5-2 from SCENARIO_DATA.B: 0.65, 0.48, 0.55 and 1.4, 1.45, 1.7
    { id: "SY5-1", target: 0.5, basic: 0.6 },
    { id: "SY5-2", target: 1.5, basic: 1.8 },
    { id: "SY5-3", target: 0.02, actual_y1: 0.019, actual_y2: 0.018, actual_y3: 0.02 },
    { id: "SY5-4", target: 85, basic: 75, actual_y1: 86, actual_y2: 90, actual_y3: 80 },
    // a main indicator marked 否 by the user, with no target: not graded
    { id: "SY1-1", main: "否" },
  ],
  team: [
    { name: "陈刚", unit: "咨询公司", role: "组长", title: "中级职称", project_lead: "是", park_staff: "否" },
    { name: "刘洋", unit: "咨询公司", role: "成员", title: "中级职称", project_lead: "是", park_staff: "否" },
    { name: "周杰", unit: "咨询公司", role: "成员", title: "初级职称", project_lead: "是", park_staff: "否" },
    { name: "吴芳", unit: "咨询公司", role: "成员", title: "其他/无", project_lead: "否", park_staff: "否" },
    { name: "郑磊", unit: "园区管委会", role: "园区负责人", title: null, project_lead: "否", park_staff: "是" },
    { name: "   ", unit: "空白姓名不计入", title: "正高级职称", project_lead: "是", park_staff: "是" },
  ],
};

/** Scenario C (en-US): English answers and words. */
export const SCENARIO_C: NonNullable<TemplateOptions["rows"]> = {
  basic: ["compliant", "compliant", "compliant", "compliant", "compliant", null, "compliant", "non-compliant"].map(
    (answer) => ({ answer }),
  ),
  synergy: [
    // SY2-3 (EG2) from SCENARIO_DATA.C: 22, 19, 25
    { id: "SY2-3", target: 20, main: "yes" },
    { id: "SY4-4", target: 5000, basic: 4000, actual_y1: 5200, actual_y2: 4100, actual_y3: 3900 },
  ],
  suggestions: [
    { content: "LED lighting retrofit", investment: 35.2, fixed_assets: 30, effect: "0.5 GWh/a", remarks: "2025" },
  ],
  team: [
    { name: "Anna", title: "Senior (full)", project_lead: "no", park_staff: "no" },
    { name: "Ben", title: "Senior (associate)", project_lead: "no", park_staff: "no" },
    { name: "Chen", title: "Intermediate", project_lead: "yes", park_staff: "no" },
    { name: "Dana", title: "Junior", project_lead: "no", park_staff: "no" },
    { name: "Eli", title: "Other/none", project_lead: "no", park_staff: "yes" },
    // case differs from the enterprise list: counted as a spreadsheet compares text; "Yes" is yes
    { section: "audit", name: "Fay", enterprise: "ACME Ltd", department: "Finance", finance: "Yes" },
    { section: "audit", name: "Gus", enterprise: "acme ltd", department: "Production", finance: "no" },
    { section: "enterprise", name: "Acme Ltd" },
  ],
  plan: [
    { phase: "Planning and organisation", task: "Form the audit team", start: "2024-01-08", end: "2024-01-12" },
    {},
    {},
    {},
    {},
    { "diag:start": "2024-07-01", "diag:end": "2024-07-01" }, // the diagnosis starts in 2024, evaluation year 3
    { "diag:start": "2024-07-04", "diag:end": "2024-07-02" }, // the end before the start: no working days
    { "diag:start": "2024-07-05", "diag:end": "2024-07-09" }, // on site Fri … Tue: 3 working days
  ],
};

/**
 * The data behind the synergy actuals of each scenario (docs/templates.md#synergy): 工业总产值 10 000 万元 a year, so
 * 单位产值能耗 = energy_total / 10 000 tce/万元, 碳排放强度 = co2 / 10 000 tCO2/万元, 废水排放强度 = wastewater / 10 000
 * t/万元; 清洁能源比例 = energy_renewable / energy_total × 100.
 */
export const SCENARIO_DATA: Readonly<Record<"A" | "B" | "C", ParkData>> = {
  A: {
    years: [2021, 2022, 2023, 2024],
    values: {
      gross_output: [10000, 10000, 10000, 10000],
      energy_total: [4300, 4200, 4100, 4800],
      co2: [11200, 11000, null, 11500],
      wastewater: [29000, 28000, 29000, 27000],
      cod: [125, 120.5, 118, null],
    },
  },
  B: {
    years: [2021, 2022, 2023, 2024],
    values: {
      gross_output: [10000, 10000, 10000, 10000],
      energy_total: [6600, 6500, 4800, 5500],
      co2: [14100, 14000, 14500, 17000],
    },
  },
  C: {
    years: [2021, 2022, 2023, 2024],
    values: { energy_total: [1000, 1000, 1000, 1000], energy_renewable: [200, 220, 190, 250] },
  },
};

export function scenarioOptions(
  rows: TemplateOptions["rows"],
  nameSuffix: string,
  lang: Lang = "zh-CN",
  mode: FormulaMode = "native",
): TemplateOptions {
  const data =
    rows === SCENARIO_A
      ? SCENARIO_DATA.A
      : rows === SCENARIO_B
        ? SCENARIO_DATA.B
        : rows === SCENARIO_C
          ? SCENARIO_DATA.C
          : undefined;
  return options({ rows, nameSuffix, lang, mode, parkName: "示例园区", ...(data ? { data } : {}) });
}
