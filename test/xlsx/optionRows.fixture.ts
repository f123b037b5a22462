/**
 * Realistic option rows for the options and matrix templates (engine and structure tests): every cost
 * class, status, level and type group, and the economic edge cases of docs/templates.md#economics. Other
 * pollutants and savings (附录B 7.2 "其他"): 甲苯 t/a twice (2.4 + 3.6), 甲苯 in kg/a apart, toluene / Toluene
 * together (letter case), one on the unstatused last row not counted, a negative other saving (an increase).
 * With the threshold 10 万元 of `SAMPLE_PARAMETERS` (I = 10 is 中/高费: "at or above").
 */
import { parseCell } from "../../src/domain/templates/a1";
import { templateNames, type TemplateOptions } from "../../src/domain/templates/context";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import type { CellValue, SheetPlan } from "../../src/domain/templates/sheetPlan";

type Row = Readonly<Record<string, CellValue>>;

const LISTED: readonly Row[] = [
  // 无/低费, 已实施
  {
    level: "园区",
    type: "管理及人员",
    name: "园区能源管理中心制度完善",
    summary: "建立能源计量与考核制度",
    responsible: "园区管委会",
    investment: 0,
    status: "已实施",
    benefit: 5,
    save_electricity: 12,
  },
  {
    level: "企业",
    type: "原辅料替代",
    name: "低VOCs水性涂料替代",
    summary: "溶剂型涂料替换为水性涂料",
    responsible: "A涂装公司",
    investment: 8,
    status: "已实施",
    benefit: 3,
    vocs: 12.5,
    hazardous_waste: 1.2,
    other_pollutant: "甲苯",
    other_pollutant_amount: 2.4,
    other_pollutant_unit: "t/a",
  },
  // docs/templates.md#economics worked example (I = 10, P = 1.58): at the threshold, so 中/高费
  {
    level: "行业",
    type: "节能",
    name: "空压机变频改造",
    summary: "空压站变频与管网查漏",
    responsible: "B机械公司",
    investment: 10,
    status: "已实施",
    benefit: 1.58,
    save_electricity: 120,
    co2: 684,
  },
  // 无/低费, 待实施
  {
    level: "企业",
    type: "过程控制",
    name: "燃煤锅炉燃烧优化",
    summary: "在线氧量控制",
    responsible: "C热电公司",
    investment: 2,
    status: "待实施",
    benefit: 6,
    save_coal: 50,
    so2: 0.4,
  },
  // 中/高费, 待实施, steam saving (no default coefficient)
  {
    level: "企业",
    type: "工艺设备改造",
    name: "印染废水分质回用",
    summary: "膜处理回用生产",
    responsible: "D印染公司",
    investment: 150,
    status: "待实施",
    benefit: 45,
    wastewater: 20000,
    cod: 12,
    nh3n: 1.5,
    tp: 0.2,
    save_water: 20000,
    save_steam: 3000,
    other_pollutant: "总氮",
    other_pollutant_amount: 8,
    other_pollutant_unit: "t/a",
    other_saving: "节约染料",
    other_saving_amount: 12,
    other_saving_unit: "t/a",
  },
  // 中/高费, 已实施, negative benefit but F > 0: long payback, negative IRR
  {
    level: "园区",
    type: "末端治理",
    name: "集中式活性炭再生中心",
    summary: "VOCs 末端治理",
    responsible: "园区管委会",
    investment: 300,
    status: "已实施",
    benefit: -5,
    vocs: 80,
    particulates: 2,
    other_pollutant: "二甲苯",
    other_pollutant_amount: 1.5,
    other_pollutant_unit: "t/a",
  },
  // 中/高费, zero benefit: F = D·t > 0, IRR below zero
  {
    level: "行业",
    type: "资源综合利用",
    name: "废渣制建材",
    summary: "一般固废综合利用",
    responsible: "E建材公司",
    investment: 20,
    status: "已实施",
    benefit: 0,
    general_solid_waste: 3000,
    other_saving: "节约石灰石",
    other_saving_amount: 300,
    other_saving_unit: "t/a",
  },
  // 中/高费, F < 0: never pays back, no IRR
  {
    level: "企业",
    type: "末端治理",
    name: "危废焚烧预处理",
    summary: "新增预处理线",
    responsible: "F化工公司",
    investment: 60,
    status: "待实施",
    benefit: -3,
    hazardous_waste: 50,
    class1_pollutants: 0.05,
    other_pollutant: "二噁英",
    other_pollutant_amount: 0.02,
    other_pollutant_unit: "g TEQ/a",
  },
  // 中/高费, F = 0 exactly: (−2 − 6) × 0.75 + 6 = 0
  {
    level: "企业",
    type: "管理及人员",
    name: "在线监测平台",
    summary: "排污口在线监测联网",
    responsible: "G公司",
    investment: 60,
    status: "已实施",
    benefit: -2,
    other_pollutant: "toluene",
    other_pollutant_amount: 0.3,
    other_pollutant_unit: "t/a",
  },
  // 中/高费, IRR beyond calc's search range (over 1000 %)
  {
    level: "企业",
    type: "工艺设备改造",
    name: "余热回收换热器",
    summary: "窑炉余热预热助燃空气",
    responsible: "H玻璃公司",
    investment: 10,
    status: "已实施",
    benefit: 200,
    save_natural_gas: 40,
    nox: 4,
    co2: 860,
    other_pollutant: "甲苯",
    other_pollutant_amount: 50,
    other_pollutant_unit: "kg/a",
  },
  // 中/高费, 已实施, oil and gas
  {
    level: "企业",
    type: "过程控制",
    name: "导热油炉智能控制",
    summary: "燃烧与负荷联动控制",
    responsible: "I化纤公司",
    investment: 80,
    status: "已实施",
    benefit: 25,
    save_oil: 10,
    save_natural_gas: 5,
    so2: 3,
    nox: 4,
    waste_gas: 1200,
    other_saving: "节约导热油",
    other_saving_amount: -0.5,
    other_saving_unit: "t/a",
  },
  // 中/高费, 已实施, end-of-pipe that uses more electricity: the increase is a negative saving (and CO₂)
  {
    level: "企业",
    type: "末端治理",
    name: "涂装废气RTO蓄热焚烧",
    summary: "VOCs 末端治理，风机与燃烧器增加用电",
    responsible: "A涂装公司",
    investment: 30,
    status: "已实施",
    benefit: 1,
    vocs: 20,
    save_electricity: -30,
    co2: -171,
    other_pollutant: "甲苯",
    other_pollutant_amount: 3.6,
    other_pollutant_unit: "t/a",
  },
  // English words and an alias, normalised by the builder
  {
    level: "enterprise",
    type: "Process control",
    name: "Steam trap survey",
    summary: "trap replacement",
    responsible: "J",
    investment: 4,
    status: "完成",
    benefit: 2.5,
    save_steam: 500,
    other_pollutant: "Toluene",
    other_pollutant_amount: 0.2,
    other_pollutant_unit: "t/a",
  },
  // named but incomplete: no investment, no status (highlighted; not counted)
  {
    level: "企业",
    type: "节能",
    name: "照明改造（待核实）",
    other_pollutant: "甲苯",
    other_pollutant_amount: 1,
    other_pollutant_unit: "t/a",
  },
];

/**
 * The columns of 7.3.2, 7.4.1 and 7.4.2 as a diligent consultant fills them: every option with a status
 * screened 可行 on the four dimensions, the enterprise of each enterprise-level option, a deadline for each
 * pending option and an evidence index for each implemented one (附录B 九); the incomplete last row is
 * screened out on its cost.
 */
export const OPTION_ROWS: readonly Row[] = LISTED.map((row, index) => {
  const n = index + 1;
  const status = String(row.status ?? "");
  const screened = (cost: string) => ({
    screen_technical: "可行",
    screen_environmental: "可行",
    screen_difficulty: "可行",
    screen_cost: cost,
  });
  return {
    ...row,
    ...(row.level === "企业" || row.level === "enterprise" ? { enterprise: row.responsible ?? "K公司" } : {}),
    ...(status ? screened("可行") : screened("不可行")),
    ...(status === "待实施" ? { planned: "2025-06-30" } : {}),
    ...(status === "已实施" || status === "完成" ? { evidence: `附录九 9.${n}` } : {}),
  };
});

/** The parameter-sheet values the sample workbook uses: threshold set, docs/templates.md#economics discount rate, a steam coefficient. */
export const SAMPLE_PARAMETERS = {
  costClassThreshold: 10,
  discountRate: 0.06,
  coefficients: { steam: 0.0943 },
} as const;

/** Sets an input of a params plan, found by its defined name (what a user does on the Parameters sheet). */
export function withParameterInput(plan: SheetPlan, name: string, value: CellValue): SheetPlan {
  const named = plan.names.find((n) => n.name === name);
  const at = named && parseCell(named.range);
  if (!at) throw new Error(`no one-cell name ${name} in ${plan.templateId}`);
  const cells = plan.cells.map((c) =>
    c.row === at.row && c.col === at.col && c.role === "input" ? { ...c, value } : c,
  );
  return { ...plan, cells };
}

/** The params sheet as a user left it: the catalog values with SAMPLE_PARAMETERS typed in. */
export function sampleParamsPlan(options: TemplateOptions): SheetPlan {
  const n = templateNames(options.nameSuffix);
  let plan = paramsTemplate.build(options);
  plan = withParameterInput(plan, n.param("cost-class-threshold"), SAMPLE_PARAMETERS.costClassThreshold);
  plan = withParameterInput(plan, n.param("discount-rate"), SAMPLE_PARAMETERS.discountRate);
  return withParameterInput(plan, n.coefficient("steam"), SAMPLE_PARAMETERS.coefficients.steam);
}
