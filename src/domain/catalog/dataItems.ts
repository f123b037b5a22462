/**
 * The raw inputs of docs/data-file.md: rows of the `data` sheet, keys of the park data file and the
 * arguments of GREEN.INDICATOR. Ids are stable; names and units follow docs/data-file.md.
 */
import { BEIJING_GUIDE, GBT_32150, METHOD_NOTES, cite, citeAll } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type { DataItemDef, DataItemKind, Text } from "./types";

/** The data items are the inputs of the indicators of 附件2-1-2; their names and definitions are GreenAudit's. */
const DATA_ITEM_SOURCE: Source = {
  ref: citeAll(cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" }), METHOD_NOTES),
  status: "confirmed",
};

function item(
  id: string,
  zh: string,
  en: string,
  unit: string,
  definition: Text,
  extra: {
    kind?: DataItemKind;
    answers?: readonly string[];
    answersEn?: readonly string[];
    computed?: boolean;
    source?: Source;
  } = {},
): DataItemDef {
  return {
    id,
    name: { zh, en },
    unit,
    kind: extra.kind ?? "amount",
    ...(extra.answers ? { answers: extra.answers, answersEn: extra.answersEn ?? extra.answers } : {}),
    definition,
    ...(extra.computed ? { computed: true } : {}),
    source: extra.source ?? DATA_ITEM_SOURCE,
  };
}

// docs/data-file.md: the answer sets of the qualitative items; the first answer is the lead answer of docs/templates.md#indicators.
const FACILITY_ANSWERS = ["具备", "不具备"] as const;
const FACILITY_ANSWERS_EN = ["available", "not available"] as const;
const COMPLETENESS_ANSWERS = ["完善", "基本完善", "不完善"] as const;
const COMPLETENESS_ANSWERS_EN = ["complete", "basically complete", "incomplete"] as const;
const YES_NO_ANSWERS = ["是", "否"] as const;
const YES_NO_ANSWERS_EN = ["yes", "no"] as const;

/** GB/T 32150: emissions of fuels and processes plus purchased electricity and heat, minus those exported. */
const INVENTORY_SOURCE: Source = {
  ref: cite(GBT_32150, { zh: "第6章 核算步骤与方法", en: "clause 6, accounting steps and methods" }),
  status: "to-confirm",
  note: {
    zh: "条款号待与标准原文核对",
    en: "clause number to be checked against the standard's text",
  },
};

export const DATA_ITEMS: readonly DataItemDef[] = [
  // economy
  item("va", "工业增加值", "Industrial value added", "万元", {
    zh: "园区工业增加值，按可比价计算",
    en: "Industrial value added of the park at comparable prices",
  }),
  item("gross_output", "工业总产值", "Gross industrial output", "万元", {
    zh: "园区工业总产值（当年价）",
    en: "Gross industrial output value of the park",
  }),
  item(
    "park_va",
    "园区增加值（地区生产总值）",
    "Park value added (regional GDP)",
    "万元",
    {
      zh: "园区全部产业增加值，即园区地区生产总值；现代服务业比例（CG20）的分母",
      en: "Value added of all sectors of the park (its GDP); denominator of CG20",
    },
    {
      source: {
        ...DATA_ITEM_SOURCE,
        status: "to-confirm",
        note: {
          zh: "现代服务业比例（CG20）的分母口径待确认",
          en: "the denominator of CG20 (share of modern services) is to be checked",
        },
      },
    },
  ),
  item("hightech_output", "高新技术产业产值", "High-tech industry output", "万元", {
    zh: "园区高新技术产业产值",
    en: "Output value of high-tech industries in the park",
  }),
  item("green_va", "绿色产业增加值", "Green industry value added", "万元", {
    zh: "园区绿色产业（节能环保、清洁生产、清洁能源等）增加值",
    en: "Value added of green industries (energy saving and environmental protection, cleaner production, clean energy …)",
  }),
  item("service_va", "现代服务业增加值", "Modern service industry value added", "万元", {
    zh: "园区现代服务业增加值",
    en: "Value added of modern service industries in the park",
  }),
  item("employees", "从业人员数", "Employees", "人", {
    zh: "园区工业企业年平均从业人员数",
    en: "Average number of persons employed by the park's industrial enterprises",
  }),
  // energy
  item(
    "energy_total",
    "综合能源消费量",
    "Total energy consumption",
    "tce",
    {
      zh: "园区综合能源消费量（当量值）；填写分品种能源时由分品种能源按 GB/T 2589 折标煤求和",
      en: "Total energy consumption of the park in tonnes of standard coal; summed from the energy block (GB/T 2589) when that is filled",
    },
    { computed: true },
  ),
  item("energy_renewable", "可再生能源消费量", "Renewable energy consumption", "tce", {
    zh: "太阳能、风能、生物质能、地热能等可再生能源消费量，折标准煤",
    en: "Consumption of renewable energy (solar, wind, biomass, geothermal …) in tonnes of standard coal",
  }),
  item("energy_clean", "清洁能源消费量", "Clean energy consumption", "tce", {
    zh: "天然气、电力、可再生能源等清洁能源消费量，折标准煤",
    en: "Consumption of clean energy (natural gas, electricity, renewables …) in tonnes of standard coal",
  }),
  // water
  item("water_fresh", "工业用新鲜水量", "Industrial fresh water use", "m³", {
    zh: "工业企业取自任何水源的新鲜水量",
    en: "Fresh water taken by industrial enterprises from any source",
  }),
  item("water_reused", "工业重复用水量", "Industrial reused water", "m³", {
    zh: "工业企业内部循环利用和循序利用的水量",
    en: "Water recirculated or reused in series within industrial enterprises",
  }),
  item("water_reclaimed", "中水回用量", "Reclaimed water reused", "m³", {
    zh: "污水处理后回用的中水量",
    en: "Treated wastewater (reclaimed water) that is reused",
  }),
  item("sewage_treated", "污水处理量", "Sewage treated", "m³", {
    zh: "园区污水处理设施处理的污水量",
    en: "Sewage treated by the park's treatment facilities",
  }),
  // land and areas
  item("land_industrial", "工业用地面积", "Industrial land area", "km²", {
    zh: "园区已投产工业用地面积",
    en: "Industrial land area of the park in use",
  }),
  item("area_park", "园区面积", "Park area", "km²", {
    zh: "园区面积（绿化覆盖率的分母）",
    en: "Area of the park (denominator of the green coverage rate)",
  }),
  item("area_built", "建成区面积", "Built-up area", "km²", {
    zh: "园区建成区面积",
    en: "Built-up area of the park",
  }),
  item("area_bus_covered", "公交站点500米覆盖面积", "Area within 500 m of a bus stop", "km²", {
    zh: "建成区内以公交站点为圆心、半径500米范围覆盖的面积",
    en: "Built-up area within a 500 m radius of a bus stop",
  }),
  item("area_green", "绿化覆盖面积", "Green coverage area", "km²", {
    zh: "乔木、灌木、草坪等所有植被的垂直投影面积",
    en: "Vertical projection area of all vegetation (trees, shrubs, lawns)",
  }),
  // solid waste and recyclables
  item("sw_generated", "工业固体废物产生量", "Industrial solid waste generated", "t", {
    zh: "当年工业固体废物产生量",
    en: "Industrial solid waste generated in the year",
  }),
  item("sw_utilized", "工业固体废物综合利用量", "Industrial solid waste utilised", "t", {
    zh: "当年综合利用的工业固体废物量（含综合利用往年贮存量）",
    en: "Industrial solid waste utilised in the year (including waste stored in earlier years)",
  }),
  item("sw_stock_utilized", "综合利用往年贮存量", "Stored waste utilised", "t", {
    zh: "当年综合利用的往年贮存工业固体废物量；未填时按0计",
    en: "Industrial solid waste from earlier years' storage utilised in the year; counts as 0 when empty",
  }),
  item("swh_generated", "工业固体废物（含危废）产生量", "Industrial solid waste incl. hazardous generated", "t", {
    zh: "当年工业固体废物（含危险废物）产生量",
    en: "Industrial solid waste including hazardous waste generated in the year",
  }),
  item(
    "swh_treated",
    "工业固体废物（含危废）处置利用量",
    "Industrial solid waste incl. hazardous disposed or utilised",
    "t",
    {
      zh: "当年处置和综合利用的工业固体废物（含危险废物）量",
      en: "Industrial solid waste including hazardous waste disposed of or utilised in the year",
    },
  ),
  item("heat_available", "余热资源量", "Waste heat available", "GJ", {
    zh: "可回收利用的余热资源量",
    en: "Recoverable waste heat",
  }),
  item("heat_recovered", "余热回收利用量", "Waste heat recovered", "GJ", {
    zh: "实际回收利用的余热量",
    en: "Waste heat actually recovered and used",
  }),
  item("gas_recoverable", "可回收废气资源量", "Recoverable waste gas", "万m³", {
    zh: "可回收利用的废气资源量（如高炉煤气、焦炉煤气、转炉煤气）",
    en: "Recoverable waste gas resources (blast-furnace, coke-oven, converter gas …)",
  }),
  item("gas_recovered", "废气资源回收利用量", "Waste gas recovered", "万m³", {
    zh: "实际回收利用的废气资源量",
    en: "Waste gas resources actually recovered and used",
  }),
  item("recyclables_generated", "再生资源产生量", "Recyclables generated", "t", {
    zh: "废旧金属、废纸、废塑料等再生资源产生量",
    en: "Recyclable resources generated (scrap metal, waste paper, waste plastics …)",
  }),
  item("recyclables_recovered", "再生资源回收利用量", "Recyclables recovered", "t", {
    zh: "回收利用的再生资源量",
    en: "Recyclable resources recovered and used",
  }),
  // infrastructure
  item(
    "sewage_facility",
    "污水集中处理设施",
    "Centralised sewage treatment facility",
    "–",
    { zh: "园区是否具备污水集中处理设施", en: "Whether the park has a centralised sewage treatment facility" },
    { kind: "answer", answers: FACILITY_ANSWERS, answersEn: FACILITY_ANSWERS_EN },
  ),
  item("newind_floor", "新建工业建筑面积", "New industrial floor area", "m²", {
    zh: "当年新建工业建筑面积",
    en: "Floor area of industrial buildings newly built in the year",
  }),
  item("newind_green_floor", "其中绿色建筑面积（新建工业建筑）", "of which green buildings (new industrial)", "m²", {
    zh: "新建工业建筑中获得绿色建筑评价标识的面积",
    en: "Floor area of new industrial buildings certified as green buildings",
  }),
  item("newpub_floor", "新建公共建筑面积", "New public floor area", "m²", {
    zh: "当年新建公共建筑面积",
    en: "Floor area of public buildings newly built in the year",
  }),
  item("newpub_green_floor", "其中绿色建筑面积（新建公共建筑）", "of which green buildings (new public)", "m²", {
    zh: "新建公共建筑中获得绿色建筑评价标识的面积",
    en: "Floor area of new public buildings certified as green buildings",
  }),
  item("buses_total", "公交车总数", "Buses in service", "辆", {
    zh: "园区运营的公交车总数",
    en: "Buses operating in the park",
  }),
  item("buses_green", "节能与新能源公交车数", "Energy-saving and new-energy buses", "辆", {
    zh: "其中节能与新能源公交车数",
    en: "of which energy-saving and new-energy buses",
  }),
  // environment
  item("co2", "二氧化碳排放量", "CO₂ emissions", "t", {
    zh: "园区二氧化碳排放量（能源活动及工业过程）",
    en: "CO₂ emissions of the park (energy use and industrial processes)",
  }),
  // the carbon inventory's inputs besides the energy block (docs/templates.md#carbon-inventory)
  item(
    "electricity_export",
    "输出电量",
    "Electricity exported",
    "万kWh",
    {
      zh: "园区向区外电网或用户输出的电量，从二氧化碳排放量中按电网排放因子扣除",
      en: "Electricity delivered to the grid or users outside the park; deducted from CO₂ at the grid factor",
    },
    { source: INVENTORY_SOURCE },
  ),
  item(
    "heat_export",
    "输出热量",
    "Heat exported",
    "GJ",
    {
      zh: "园区向区外输出的热力，从二氧化碳排放量中按热力排放因子扣除",
      en: "Heat delivered outside the park; deducted from CO₂ at the heat factor",
    },
    { source: INVENTORY_SOURCE },
  ),
  item(
    "co2_process",
    "工业生产过程二氧化碳排放量",
    "CO₂ from industrial processes",
    "t",
    {
      zh: "工业生产过程（如碳酸盐分解）排放的二氧化碳，按行业核算方法计算后填写；计入二氧化碳排放量",
      en: "CO₂ released by industrial processes (such as carbonate decomposition), computed by the sector's method; added to the CO₂ emissions",
    },
    { source: INVENTORY_SOURCE },
  ),
  item("wastewater", "工业废水排放量", "Industrial wastewater discharged", "t", {
    zh: "工业企业排放的废水量",
    en: "Wastewater discharged by industrial enterprises",
  }),
  item("cod", "化学需氧量排放量", "COD emissions", "t", {
    zh: "化学需氧量（COD）排放量",
    en: "Chemical oxygen demand discharged",
  }),
  item("nh3n", "氨氮排放量", "Ammonia nitrogen emissions", "t", {
    zh: "氨氮（NH₃-N）排放量",
    en: "Ammonia nitrogen (NH₃-N) discharged",
  }),
  item("so2", "二氧化硫排放量", "SO₂ emissions", "t", {
    zh: "二氧化硫（SO₂）排放量",
    en: "Sulphur dioxide (SO₂) emitted",
  }),
  item("nox", "氮氧化物排放量", "NOx emissions", "t", {
    zh: "氮氧化物（NOx）排放量",
    en: "Nitrogen oxides (NOx) emitted",
  }),
  item("air_good_days", "空气质量优良天数", "Days of good air quality", "天", {
    zh: "全年空气质量达到优、良的天数",
    en: "Days in the year with good or excellent air quality",
  }),
  item("air_valid_days", "有效监测天数", "Valid monitoring days", "天", {
    zh: "全年空气质量有效监测天数",
    en: "Days in the year with valid air-quality monitoring",
  }),
  item("road_length", "道路长度", "Road length", "km", {
    zh: "园区道路总长度",
    en: "Total length of roads in the park",
  }),
  item("road_shaded_length", "遮荫道路长度", "Shaded road length", "km", {
    zh: "有乔木等遮荫的道路长度",
    en: "Length of roads shaded by trees or structures",
  }),
  item("parking_area", "露天停车场面积", "Open-air parking area", "m²", {
    zh: "露天停车场面积",
    en: "Area of open-air car parks",
  }),
  item("parking_shaded_area", "露天停车场遮荫面积", "Shaded parking area", "m²", {
    zh: "露天停车场中有遮荫的面积",
    en: "Shaded area of open-air car parks",
  }),
  // management
  item(
    "standards_system",
    "园区绿色标准体系",
    "Park green standards system",
    "–",
    { zh: "园区绿色标准体系的完善程度", en: "How complete the park's green standards system is" },
    { kind: "answer", answers: COMPLETENESS_ANSWERS, answersEn: COMPLETENESS_ANSWERS_EN },
  ),
  item(
    "green_plan",
    "编制园区绿色发展规划",
    "Green development plan prepared",
    "–",
    { zh: "园区是否编制绿色发展规划", en: "Whether the park has prepared a green development plan" },
    { kind: "answer", answers: YES_NO_ANSWERS, answersEn: YES_NO_ANSWERS_EN },
  ),
  item(
    "info_platform",
    "园区绿色信息平台",
    "Park green information platform",
    "–",
    { zh: "园区绿色信息平台的完善程度", en: "How complete the park's green information platform is" },
    { kind: "answer", answers: COMPLETENESS_ANSWERS, answersEn: COMPLETENESS_ANSWERS_EN },
  ),
];

/** Find a data item by id (case-insensitive) or its Chinese or English name. */
export const findDataItem: (idOrName: string) => DataItemDef | undefined = makeFinder(DATA_ITEMS, (d) => [
  d.id,
  d.name.zh,
  d.name.en,
]);
