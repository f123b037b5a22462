/**
 * The 31 indicators of 《北京市工业园区绿色诊断工作指南》附件2-1-2 (MIIT 2016 green-park system), in official order.
 * Names and units: 《北京市工业园区绿色诊断工作指南》(confirmed). Directions, leading values and flags: docs/templates.md#indicators, which
 * reproduces the MIIT 2016 system "as commonly reproduced" — to confirm. Formulas: docs/data-file.md.
 */
import { BEIJING_GUIDE, METHOD_NOTES, MIIT_GREEN_PARK, cite, citeAll } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type {
  Direction,
  IndicatorDef,
  IndicatorFlag,
  IndicatorFormula,
  IndicatorGroup,
  IndicatorInput,
  Text,
} from "./types";

/** Provenance of the parts of one indicator record; `IndicatorDef.source` summarises it. */
export interface IndicatorProvenance {
  readonly name: Source;
  readonly lead: Source;
  readonly definition: Source;
}

const NAME_SOURCE: Source = { ref: cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" }), status: "confirmed" };
const MIIT_2016: Text = { zh: "工业和信息化部 2016", en: "MIIT 2016" };
const LEAD_SOURCE: Source = {
  ref: cite(MIIT_GREEN_PARK, { zh: "绿色园区评价指标体系", en: "green-park indicator system" }),
  publisher: MIIT_2016,
  status: "to-confirm",
  note: {
    zh: "引领值、指标方向和必选/可选属性按通行转载本录入，尚未与工业和信息化部正式文本逐条核对",
    en: "leading value, direction and mandatory/optional flag as commonly reproduced; not yet checked against the official MIIT text",
  },
};
const DEFINITION_SOURCE: Source = { ref: METHOD_NOTES, status: "confirmed" };

/** The definitions whose reading of the indicator name is a choice to be checked against the official text. */
const DEFINITION_TO_CONFIRM: ReadonlyMap<string, Text> = new Map<string, Text>([
  [
    "CG20",
    {
      zh: "分母默认取园区增加值（地区生产总值）；正式文本也可能指园区工业增加值或全园区地区生产总值",
      en: "the denominator 园区增加值 (park GDP) is the default; the official text may mean the park's industrial value added or the GDP of the whole park",
    },
  ],
  [
    "HG22",
    {
      zh: "默认按碳排放强度的逐年下降率计算；正式文本也可能指多年平均下降率",
      en: "year-on-year reduction of the carbon intensity is the default; the official text may mean a multi-year average",
    },
  ],
  [
    "HG24",
    {
      zh: "默认取化学需氧量、氨氮、二氧化硫、氮氧化物四项弹性系数中的最大值",
      en: "the maximum elasticity over COD, NH₃-N, SO₂ and NOx is the default aggregation",
    },
  ],
]);

const cur = (...items: string[]): IndicatorInput => ({ items, year: "current" });
const prev = (...items: string[]): IndicatorInput => ({ items, year: "prev" });
const optionalCur = (...items: string[]): IndicatorInput => ({ items, year: "current", optional: true });

/** A ratio numerator / denominator × scale, inputs in the same order (docs/data-file.md). */
function ratio(
  numerator: string,
  denominator: string,
  scale: number,
): { formula: IndicatorFormula; inputs: IndicatorInput[] } {
  return {
    formula: { kind: "ratio", numerator, denominator: [denominator], scale },
    inputs: [cur(numerator), cur(denominator)],
  };
}

function answer(item: string): { formula: IndicatorFormula; inputs: IndicatorInput[] } {
  return { formula: { kind: "answer", item }, inputs: [cur(item)] };
}

// Scales of docs/data-file.md: "× 100" for percentages; 万元 → 元 (× 10⁴) for RG4; 万元 → 亿元 (÷ 10⁴) for RG5.
const PERCENT = 100;
const WAN_YUAN_TO_YUAN = 1e4;
const WAN_YUAN_TO_YI_YUAN = 1e-4;
const AS_IS = 1;

interface Row {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly lead: number | string;
  readonly flag: IndicatorFlag;
  readonly calc: { formula: IndicatorFormula; inputs: IndicatorInput[] };
  readonly definition: Text;
}

// docs/templates.md#indicators table and docs/data-file.md definitions, row by row; names verbatim from 《北京市工业园区绿色诊断工作指南》附件2-1-2.
const ROWS: readonly Row[] = [
  {
    id: "EG1",
    zh: "能源产出率",
    en: "Energy output rate",
    unit: "万元/tce",
    direction: "up",
    lead: 3,
    flag: "mandatory",
    calc: ratio("va", "energy_total", AS_IS),
    definition: { zh: "工业增加值 / 综合能源消费量", en: "industrial value added / total energy consumption" },
  },
  {
    id: "EG2",
    zh: "可再生能源使用比例",
    en: "Share of renewable energy",
    unit: "%",
    direction: "up",
    lead: 15,
    flag: "mandatory",
    calc: ratio("energy_renewable", "energy_total", PERCENT),
    definition: {
      zh: "可再生能源消费量 / 综合能源消费量 × 100",
      en: "renewable energy consumption / total energy consumption × 100",
    },
  },
  {
    id: "EG3",
    zh: "清洁能源使用率",
    en: "Clean energy usage rate",
    unit: "%",
    direction: "up",
    lead: 75,
    flag: "mandatory",
    calc: ratio("energy_clean", "energy_total", PERCENT),
    definition: {
      zh: "清洁能源消费量 / 综合能源消费量 × 100",
      en: "clean energy consumption / total energy consumption × 100",
    },
  },
  {
    id: "RG4",
    zh: "水资源产出率",
    en: "Water resource output rate",
    unit: "元/m³",
    direction: "up",
    lead: 1500,
    flag: "mandatory",
    calc: ratio("va", "water_fresh", WAN_YUAN_TO_YUAN),
    definition: {
      zh: "工业增加值（万元）× 10⁴ / 工业用新鲜水量",
      en: "industrial value added (10⁴ yuan) × 10⁴ / industrial fresh water use",
    },
  },
  {
    id: "RG5",
    zh: "土地资源产出率",
    en: "Land resource output rate",
    unit: "亿元/km²",
    direction: "up",
    lead: 15,
    flag: "mandatory",
    calc: ratio("va", "land_industrial", WAN_YUAN_TO_YI_YUAN),
    definition: {
      zh: "工业增加值（万元）/ 10⁴ / 工业用地面积",
      en: "industrial value added (10⁴ yuan) / 10⁴ / industrial land area",
    },
  },
  {
    id: "RG6",
    zh: "工业固体废弃物综合利用率",
    en: "Comprehensive utilisation rate of industrial solid waste",
    unit: "%",
    direction: "up",
    lead: 95,
    flag: "mandatory",
    calc: {
      formula: {
        kind: "ratio",
        numerator: "sw_utilized",
        denominator: ["sw_generated"],
        optionalDenominator: ["sw_stock_utilized"],
        scale: PERCENT,
      },
      inputs: [cur("sw_utilized"), cur("sw_generated"), optionalCur("sw_stock_utilized")],
    },
    definition: {
      zh: "工业固体废物综合利用量 / (工业固体废物产生量 + 综合利用往年贮存量) × 100",
      en: "solid waste utilised / (solid waste generated + stored waste utilised) × 100",
    },
  },
  {
    id: "RG7",
    zh: "工业用水重复利用率",
    en: "Industrial water reuse rate",
    unit: "%",
    direction: "up",
    lead: 90,
    flag: "mandatory",
    calc: {
      formula: {
        kind: "ratio",
        numerator: "water_reused",
        denominator: ["water_reused", "water_fresh"],
        scale: PERCENT,
      },
      inputs: [cur("water_reused"), cur("water_fresh")],
    },
    definition: {
      zh: "工业重复用水量 / (工业重复用水量 + 工业用新鲜水量) × 100",
      en: "reused water / (reused water + fresh water) × 100",
    },
  },
  {
    id: "RG8",
    zh: "中水回用率",
    en: "Reclaimed water reuse rate",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "optional",
    calc: ratio("water_reclaimed", "sewage_treated", PERCENT),
    definition: { zh: "中水回用量 / 污水处理量 × 100", en: "reclaimed water reused / sewage treated × 100" },
  },
  {
    id: "RG9",
    zh: "余热资源回收利用率",
    en: "Waste heat recovery rate",
    unit: "%",
    direction: "up",
    lead: 60,
    flag: "optional",
    calc: ratio("heat_recovered", "heat_available", PERCENT),
    definition: { zh: "余热回收利用量 / 余热资源量 × 100", en: "waste heat recovered / waste heat available × 100" },
  },
  {
    id: "RG10",
    zh: "废气资源回收利用率",
    en: "Waste gas recovery rate",
    unit: "%",
    direction: "up",
    lead: 90,
    flag: "optional",
    calc: ratio("gas_recovered", "gas_recoverable", PERCENT),
    definition: {
      zh: "废气资源回收利用量 / 可回收废气资源量 × 100",
      en: "waste gas recovered / recoverable waste gas × 100",
    },
  },
  {
    id: "RG11",
    zh: "再生资源回收利用率",
    en: "Recyclables recovery rate",
    unit: "%",
    direction: "up",
    lead: 80,
    flag: "optional",
    calc: ratio("recyclables_recovered", "recyclables_generated", PERCENT),
    definition: {
      zh: "再生资源回收利用量 / 再生资源产生量 × 100",
      en: "recyclables recovered / recyclables generated × 100",
    },
  },
  {
    id: "IG12",
    zh: "污水集中处理设施",
    en: "Centralised sewage treatment facility",
    unit: "–",
    direction: "qualitative",
    lead: "具备",
    flag: "mandatory",
    calc: answer("sewage_facility"),
    definition: {
      zh: "是否具备污水集中处理设施（具备 / 不具备）",
      en: "whether a centralised sewage treatment facility exists: 具备 (available) / 不具备 (not available)",
    },
  },
  {
    id: "IG13",
    zh: "新建工业建筑中绿色建筑的比例",
    en: "Share of green buildings in new industrial buildings",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "optional",
    calc: ratio("newind_green_floor", "newind_floor", PERCENT),
    definition: {
      zh: "新建工业建筑中绿色建筑面积 / 新建工业建筑面积 × 100",
      en: "green floor area / new industrial floor area × 100",
    },
  },
  {
    id: "IG14",
    zh: "新建公共建筑中绿色建筑的比例",
    en: "Share of green buildings in new public buildings",
    unit: "%",
    direction: "up",
    lead: 60,
    flag: "optional",
    calc: ratio("newpub_green_floor", "newpub_floor", PERCENT),
    definition: {
      zh: "新建公共建筑中绿色建筑面积 / 新建公共建筑面积 × 100",
      en: "green floor area / new public floor area × 100",
    },
  },
  {
    id: "IG15",
    zh: "500米公交站点覆盖率",
    en: "500 m bus stop coverage",
    unit: "%",
    direction: "up",
    lead: 90,
    flag: "optional",
    calc: ratio("area_bus_covered", "area_built", PERCENT),
    definition: {
      zh: "公交站点500米覆盖面积 / 建成区面积 × 100",
      en: "area within 500 m of a bus stop / built-up area × 100",
    },
  },
  {
    id: "IG16",
    zh: "节能与新能源公交车比例",
    en: "Share of energy-saving and new-energy buses",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "optional",
    calc: ratio("buses_green", "buses_total", PERCENT),
    definition: {
      zh: "节能与新能源公交车数 / 公交车总数 × 100",
      en: "energy-saving and new-energy buses / all buses × 100",
    },
  },
  {
    id: "CG17",
    zh: "高新技术产业产值占园区工业总产值比例",
    en: "Share of high-tech output in gross industrial output",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "mandatory",
    calc: ratio("hightech_output", "gross_output", PERCENT),
    definition: {
      zh: "高新技术产业产值 / 工业总产值 × 100",
      en: "high-tech industry output / gross industrial output × 100",
    },
  },
  {
    id: "CG18",
    zh: "绿色产业增加值占园区工业增加值比例",
    en: "Share of green industry in industrial value added",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "mandatory",
    calc: ratio("green_va", "va", PERCENT),
    definition: {
      zh: "绿色产业增加值 / 工业增加值 × 100",
      en: "green industry value added / industrial value added × 100",
    },
  },
  {
    id: "CG19",
    zh: "人均工业增加值",
    en: "Industrial value added per employee",
    unit: "万元/人",
    direction: "up",
    lead: 15,
    flag: "optional",
    calc: ratio("va", "employees", AS_IS),
    definition: { zh: "工业增加值 / 从业人员数", en: "industrial value added / employees" },
  },
  {
    id: "CG20",
    zh: "现代服务业比例",
    en: "Share of modern services",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "optional",
    calc: ratio("service_va", "park_va", PERCENT),
    definition: {
      zh: "现代服务业增加值 / 园区增加值 × 100",
      en: "modern service value added / park value added × 100",
    },
  },
  {
    id: "HG21",
    zh: "工业固体废弃物（含危废）处置利用率",
    en: "Disposal and utilisation rate of industrial solid waste incl. hazardous waste",
    unit: "%",
    direction: "up",
    lead: 100,
    flag: "mandatory",
    calc: ratio("swh_treated", "swh_generated", PERCENT),
    definition: {
      zh: "工业固体废物（含危废）处置利用量 / 产生量 × 100",
      en: "solid waste (incl. hazardous) disposed or utilised / generated × 100",
    },
  },
  {
    id: "HG22",
    zh: "万元工业增加值碳排放量消减率",
    en: "Reduction rate of CO₂ per 10⁴ yuan industrial value added",
    unit: "%",
    direction: "up",
    lead: 3,
    flag: "mandatory",
    calc: {
      formula: { kind: "intensity-drop", amount: "co2", output: "va" },
      inputs: [prev("co2"), prev("va"), cur("co2"), cur("va")],
    },
    definition: {
      zh: "(上年强度 − 本年强度) / 上年强度 × 100，强度 = 二氧化碳排放量 / 工业增加值",
      en: "(I_prev − I) / I_prev × 100 with I = CO₂ emissions / industrial value added",
    },
  },
  {
    id: "HG23",
    zh: "单位工业增加值废水排放量",
    en: "Wastewater per unit of industrial value added",
    unit: "t/万元",
    direction: "down",
    lead: 5,
    flag: "mandatory",
    calc: ratio("wastewater", "va", AS_IS),
    definition: { zh: "工业废水排放量 / 工业增加值", en: "industrial wastewater discharged / industrial value added" },
  },
  {
    id: "HG24",
    zh: "主要污染物弹性系数",
    en: "Elasticity of major pollutants",
    unit: "–",
    direction: "down",
    lead: 0.3,
    flag: "mandatory",
    calc: {
      formula: { kind: "elasticity", pollutants: ["cod", "nh3n", "so2", "nox"], output: "va" },
      inputs: [prev("va"), cur("va"), prev("cod", "nh3n", "so2", "nox"), cur("cod", "nh3n", "so2", "nox")],
    },
    definition: {
      zh: "COD、氨氮、SO₂、NOx 中排放量增长率 / 工业增加值增长率的最大值；工业增加值未增长时无定义",
      en: "maximum over COD, NH₃-N, SO₂, NOx of emission growth / value-added growth; undefined when value added did not grow",
    },
  },
  {
    id: "HG25",
    zh: "园区空气质量优良率",
    en: "Share of good air-quality days",
    unit: "%",
    direction: "up",
    lead: 80,
    flag: "mandatory",
    calc: ratio("air_good_days", "air_valid_days", PERCENT),
    definition: {
      zh: "空气质量优良天数 / 有效监测天数 × 100",
      en: "days of good air quality / valid monitoring days × 100",
    },
  },
  {
    id: "HG26",
    zh: "绿化覆盖率",
    en: "Green coverage rate",
    unit: "%",
    direction: "up",
    lead: 30,
    flag: "optional",
    calc: ratio("area_green", "area_park", PERCENT),
    definition: { zh: "绿化覆盖面积 / 园区面积 × 100", en: "green coverage area / park area × 100" },
  },
  {
    id: "HG27",
    zh: "道路遮荫比例",
    en: "Share of shaded roads",
    unit: "%",
    direction: "up",
    lead: 80,
    flag: "optional",
    calc: ratio("road_shaded_length", "road_length", PERCENT),
    definition: { zh: "遮荫道路长度 / 道路长度 × 100", en: "shaded road length / road length × 100" },
  },
  {
    id: "HG28",
    zh: "露天停车场遮荫比例",
    en: "Share of shaded open-air parking",
    unit: "%",
    direction: "up",
    lead: 80,
    flag: "optional",
    calc: ratio("parking_shaded_area", "parking_area", PERCENT),
    definition: {
      zh: "露天停车场遮荫面积 / 露天停车场面积 × 100",
      en: "shaded parking area / open-air parking area × 100",
    },
  },
  {
    id: "MG29",
    zh: "园区绿色标准体系完善程度",
    en: "Completeness of the park's green standards system",
    unit: "–",
    direction: "qualitative",
    lead: "完善",
    flag: "mandatory",
    calc: answer("standards_system"),
    definition: {
      zh: "完善 / 基本完善 / 不完善",
      en: "how complete: 完善 (complete) / 基本完善 (basically complete) / 不完善 (incomplete)",
    },
  },
  {
    id: "MG30",
    zh: "编制园区绿色发展规划",
    en: "Green development plan prepared",
    unit: "–",
    direction: "qualitative",
    lead: "是",
    flag: "mandatory",
    calc: answer("green_plan"),
    definition: { zh: "是 / 否", en: "是 (yes) / 否 (no)" },
  },
  {
    id: "MG31",
    zh: "园区绿色信息平台完善程度",
    en: "Completeness of the park's green information platform",
    unit: "–",
    direction: "qualitative",
    lead: "完善",
    flag: "mandatory",
    calc: answer("info_platform"),
    definition: {
      zh: "完善 / 基本完善 / 不完善",
      en: "how complete: 完善 (complete) / 基本完善 (basically complete) / 不完善 (incomplete)",
    },
  },
];

function groupOf(id: string): IndicatorGroup {
  return id.slice(0, 2) as IndicatorGroup;
}

function provenanceOf(id: string): IndicatorProvenance {
  const pending = DEFINITION_TO_CONFIRM.get(id);
  return {
    name: NAME_SOURCE,
    lead: LEAD_SOURCE,
    definition:
      pending === undefined ? DEFINITION_SOURCE : { ...DEFINITION_SOURCE, status: "to-confirm", note: pending },
  };
}

/** The record's summary source: to confirm while the lead/flag (or the definition) is. */
function summarySource(id: string): Source {
  const pending = DEFINITION_TO_CONFIRM.get(id);
  // what is still to be checked is the source's `check` (the status beside it): the note says what is done
  const zh = ["名称和单位已核对"];
  const en = ["name and unit checked"];
  if (pending !== undefined) {
    zh.push(`计算口径待确认：${pending.zh}`);
    en.push(`definition to be checked: ${pending.en}`);
  }
  const check = {
    zh: `引领值、指标方向和必选/可选属性须与${MIIT_GREEN_PARK.zh}（2016）绿色园区评价指标体系逐条核对`,
    en: `leading value, direction and mandatory/optional flag to be checked against the ${MIIT_GREEN_PARK.en} (2016), green-park indicator system`,
  };
  return {
    ref: citeAll(NAME_SOURCE.ref, MIIT_GREEN_PARK),
    publisher: MIIT_2016,
    status: "to-confirm",
    note: { zh: zh.join("；"), en: en.join("; ") },
    check:
      pending === undefined
        ? check
        : {
            zh: `${check.zh}；计算口径（${pending.zh}）须与同一文本核对`,
            en: `${check.en}; the definition (${pending.en}) against the same text`,
          },
  };
}

export const INDICATORS: readonly IndicatorDef[] = ROWS.map((row) => ({
  id: row.id,
  group: groupOf(row.id),
  number: Number(row.id.slice(2)),
  name: { zh: row.zh, en: row.en },
  unit: row.unit,
  direction: row.direction,
  lead: row.lead,
  flag: row.flag,
  formula: row.calc.formula,
  inputs: row.calc.inputs,
  definition: row.definition,
  source: summarySource(row.id),
}));

/** Where each part of an indicator record comes from, by indicator id. */
export const INDICATOR_PROVENANCE: ReadonlyMap<string, IndicatorProvenance> = new Map(
  INDICATORS.map((indicator) => [indicator.id, provenanceOf(indicator.id)]),
);

/** The six groups of 附件2-1-2 with their 一级指标 names (《北京市工业园区绿色诊断工作指南》). */
export const INDICATOR_GROUPS: readonly {
  readonly id: IndicatorGroup;
  readonly name: Text;
  readonly source: Source;
}[] = [
  { id: "EG", name: { zh: "能源利用绿色化指标", en: "Green energy use" }, source: NAME_SOURCE },
  { id: "RG", name: { zh: "资源利用绿色化指标", en: "Green resource use" }, source: NAME_SOURCE },
  { id: "IG", name: { zh: "基础设施绿色指标", en: "Green infrastructure" }, source: NAME_SOURCE },
  { id: "CG", name: { zh: "产业绿色指标", en: "Green industry" }, source: NAME_SOURCE },
  { id: "HG", name: { zh: "生态环境绿色指标", en: "Green eco-environment" }, source: NAME_SOURCE },
  { id: "MG", name: { zh: "运行管理绿色指标", en: "Green operation and management" }, source: NAME_SOURCE },
];

/** Find an indicator by id ("rg7", "RG7"), Chinese name or English name; whitespace and bracket width ignored. */
export const findIndicator: (idOrName: string) => IndicatorDef | undefined = makeFinder(INDICATORS, (i) => [
  i.id,
  i.name.zh,
  i.name.en,
]);
