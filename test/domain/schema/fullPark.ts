/**
 * A full park data file for tests: the sample park's data items with every section filled (docs/data-file.md
 * "Sections"), values a consultant would type.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SAMPLE = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"));

export function fullPark(): Record<string, unknown> {
  return {
    version: 2,
    ...SAMPLE,
    parameters: {
      leads: { EG1: 0.35 },
      weights: { EG1: 2 },
      selected: { RG8: "是", RG9: "否" },
      values: { "discount-rate": 6 },
      coefficients: { steam: 0.09 },
      confirmed: ["lead:EG1", "param:discount-rate"],
    },
    indicators: [
      { id: "EG1", evidence: "统计年鉴2022 表3-1", explanation_y2: "按可比价计算", explanation_y3: "增加值增长 4 %" },
    ],
    basic: [
      { id: "BR1", answer: "符合", evidence: "环评批复 青环审〔2020〕12号" },
      { id: "BR2", answer: "不符合", remarks: "2023年发生一般环境事件" },
    ],
    options: [
      {
        no: 1,
        level: "企业",
        type: "节能",
        name: "空压机余热回收",
        responsible: "青川化工有限公司",
        investment: 120,
        status: "已实施",
        benefit: 35,
        save_electricity: 80,
        co2: 450,
      },
      {
        no: 2,
        level: "园区",
        type: "末端治理",
        name: "集中式VOCs处理",
        investment: 900,
        status: "待实施",
        vocs: 12.5,
      },
    ],
    // the four rows of the targets table by their type (three of them linked to the performance matrix), then the list
    targets: [
      { id: "pollutant-reduction", target: 20, term: "近期", evidence: "方案实施后监测报告" },
      { id: "ghg-reduction", target: 400, term: "中期" },
      { id: "resource-energy", indicator: "节电", unit: "万kWh/a", target: 60, term: "近期" },
      { id: "cp-level", baseline: 2, target: 4, actual: 3, term: "远期", evidence: "企业清洁生产审核验收意见" },
      {
        no: 1,
        type: "污染物减排",
        indicator: "COD排放量",
        unit: "t",
        direction: "↓",
        term: "近期",
        baseline: 420,
        target: 380,
        actual: 372,
        evidence: "在线监测年报",
      },
    ],
    // SY1-3 废气排放强度 is typed (no data item measures it); SY1-1 is computed from the data sheet
    synergy: [{ id: "SY1-3", actual_y1: 0.52, actual_y2: 0.5, actual_y3: 0.48, evidence: "废气监测年报" }],
    suggestions: [{ content: "建设园区能源管理中心", investment: 300, effect: "综合能耗下降2%" }],
    // row n: the n-th expert, and (park:, audit:, enterprise:) the n-th park staff member, audit-team member, enterprise
    team: [
      {
        name: "李娜",
        unit: "省环科院",
        role: "技术专家",
        title: "副高级职称",
        project_lead: "否",
        "park:name": "张伟",
        "park:unit": "园区管委会",
        "park:role": "组长",
        "park:title": "正高级职称",
        "park:project_lead": "是",
        "audit:name": "孙丽",
        "audit:enterprise": "青川新材料有限公司",
        "audit:department": "财务部",
        "audit:finance": "是",
        "enterprise:name": "青川新材料有限公司",
      },
      {
        "audit:name": "周平",
        "audit:enterprise": "青川新材料有限公司",
        "audit:department": "安环部",
        "audit:finance": "否",
      },
    ],
    plan: [{ phase: "筹划和组织", task: "成立审核小组", start: "2025-03-01", end: "2025-03-15", owner: "张伟" }],
  };
}
