/**
 * Synergy indicators of 《工业园区减污降碳协同增效管控规范》(工业园区减污降碳协同增效管控规范) 表1–表5 and its grades
 * 优良 / 合格 / 需改进. The document gives names and descriptions only: no units, no numeric targets and
 * no basic requirements. Units and directions below are product choices (status to-confirm);
 * targets and basic requirements are set by the park (null here).
 */
import { SYNERGY_SPEC, cite } from "./documents";
import { makeFinder } from "./lookup";
import type { Source } from "./source";
import type { SynergyDirection, SynergyGradeDef, SynergyIndicatorDef, SynergyLink, Text } from "./types";

type TableNo = SynergyIndicatorDef["table"];

const TABLE_TITLES: Readonly<Record<TableNo, Text>> = {
  1: {
    zh: "表1 工业园区减污降碳协同控制主要指标",
    en: "table 1, main indicators of synergistic pollution and carbon control",
  },
  2: { zh: "表2 工业园区能源利用监测指标", en: "table 2, energy-use monitoring indicators" },
  3: { zh: "表3 工业园区污染物排放监测指标", en: "table 3, pollutant-emission monitoring indicators" },
  4: { zh: "表4 工业园区碳排放监测指标", en: "table 4, carbon-emission monitoring indicators" },
  5: { zh: "表5 工业园区减污降碳协同管控绩效评估指标", en: "table 5, performance-assessment indicators" },
};

interface Row {
  readonly category: readonly [string, string];
  readonly name: readonly [string, string];
  readonly description: readonly [string, string];
  readonly unit: string;
  readonly direction: SynergyDirection;
  /** why the unit/direction was chosen where the specification is silent */
  readonly note?: Text;
  /** the data items that give the actual value; absent: typed */
  readonly link?: SynergyLink;
}

// energy_total is in tce and co2 in t, the output value in 万元 (docs/data-file.md): the ratios are in tce/万元 and tCO2/万元
const ENERGY_INTENSITY = {
  unit: "tce/万元",
  direction: "down",
  link: { kind: "per-output", item: "energy_total" },
} as const;
const CARBON_INTENSITY = { unit: "tCO2/万元", direction: "down", link: { kind: "per-output", item: "co2" } } as const;
const EMISSION_INTENSITY = { unit: "t/万元", direction: "down" } as const;

// Rows verbatim from 《工业园区减污降碳协同增效管控规范》(指标类别 / 指标名称 / 指标内容|指标说明|监测内容).
const TABLES: Readonly<Record<TableNo, readonly Row[]>> = {
  1: [
    {
      category: ["能源利用", "Energy use"],
      name: ["单位产值能耗", "Energy use per unit output"],
      description: ["单位工业产值所消耗能源量", "Energy consumed per unit of industrial output value"],
      ...ENERGY_INTENSITY,
    },
    {
      category: ["碳排放", "Carbon emissions"],
      name: ["碳排放强度", "Carbon intensity"],
      description: ["单位产值碳排放量", "CO₂ emitted per unit of output value"],
      ...CARBON_INTENSITY,
    },
    {
      category: ["污染物排放", "Pollutant emissions"],
      name: ["废气排放强度", "Waste gas emission intensity"],
      description: ["单位产值废气排放量", "Waste gas emitted per unit of output value"],
      unit: "万m³/万元",
      direction: "down",
      note: {
        zh: "废气按体积（万m³）计，与排放统计的习惯一致",
        en: "waste gas measured by volume (10⁴ m³), as usual in emission statistics",
      },
    },
    {
      category: ["污染物排放", "Pollutant emissions"],
      name: ["废水排放强度", "Wastewater emission intensity"],
      description: ["单位产值废水排放量", "Wastewater discharged per unit of output value"],
      ...EMISSION_INTENSITY,
      // wastewater in t per 万元 of output
      link: { kind: "per-output", item: "wastewater" },
    },
  ],
  2: [
    {
      category: ["能源消耗", "Energy consumption"],
      name: ["综合能源消耗量", "Total energy consumption"],
      description: ["园区能源消耗总量", "Total energy consumption of the park"],
      unit: "tce",
      direction: "down",
      link: { kind: "item", item: "energy_total" },
    },
    {
      category: ["能源效率", "Energy efficiency"],
      name: ["单位产值能耗", "Energy use per unit output"],
      description: ["单位工业产值能源消耗", "Energy consumption per unit of industrial output value"],
      ...ENERGY_INTENSITY,
    },
    {
      category: ["能源结构", "Energy structure"],
      name: ["清洁能源比例", "Share of clean energy"],
      description: ["可再生能源占比", "Share of renewable energy"],
      unit: "%",
      direction: "up",
      note: {
        zh: "按指标说明“可再生能源占比”，即可再生能源使用比例（EG2）：可再生能源消费量 / 综合能源消费量 × 100",
        en: "after its description (share of renewable energy), the renewable share EG2: renewable / total energy consumption × 100",
      },
      link: { kind: "indicator", indicator: "EG2" },
    },
    {
      category: ["能源利用", "Energy use"],
      name: ["能源利用效率", "Energy utilisation efficiency"],
      description: ["", ""],
      unit: "%",
      direction: "up",
      note: {
        zh: "规范的指标说明为空；按其定义3.4（有效产出的比例）以%计",
        en: "the specification leaves the description empty; % after its definition 3.4 (share of useful output)",
      },
    },
  ],
  3: [
    {
      category: ["废气", "Waste gas"],
      name: ["颗粒物", "Particulate matter"],
      description: ["废气中颗粒物浓度", "Particulate concentration in waste gas"],
      unit: "mg/m³",
      direction: "down",
      note: { zh: "规范监测的是浓度", en: "the specification monitors concentration" },
    },
    {
      category: ["废气", "Waste gas"],
      name: ["二氧化硫", "Sulphur dioxide"],
      description: ["SO₂排放浓度", "SO₂ emission concentration"],
      unit: "mg/m³",
      direction: "down",
      note: { zh: "规范监测的是浓度", en: "the specification monitors concentration" },
    },
    {
      category: ["废气", "Waste gas"],
      name: ["氮氧化物", "Nitrogen oxides"],
      description: ["NOx排放浓度", "NOx emission concentration"],
      unit: "mg/m³",
      direction: "down",
      note: { zh: "规范监测的是浓度", en: "the specification monitors concentration" },
    },
    {
      category: ["废水", "Wastewater"],
      name: ["化学需氧量", "Chemical oxygen demand"],
      description: ["COD排放情况", "COD discharge"],
      unit: "t",
      direction: "down",
      note: {
        zh: "规范写作“排放情况”，按年排放量（t）记录",
        en: "the specification says discharge; recorded as the amount discharged in the year (t)",
      },
      link: { kind: "item", item: "cod" },
    },
    {
      category: ["废水", "Wastewater"],
      name: ["氨氮", "Ammonia nitrogen"],
      description: ["NH₃-N排放情况", "NH₃-N discharge"],
      unit: "t",
      direction: "down",
      note: {
        zh: "规范写作“排放情况”，按年排放量（t）记录",
        en: "the specification says discharge; recorded as the amount discharged in the year (t)",
      },
      link: { kind: "item", item: "nh3n" },
    },
  ],
  4: [
    {
      category: ["碳排放总量", "Total carbon emissions"],
      name: ["年碳排放量", "Annual carbon emissions"],
      description: ["园区年度碳排放总量", "Total CO₂ emissions of the park in the year"],
      unit: "tCO2",
      direction: "down",
      link: { kind: "item", item: "co2" },
    },
    {
      category: ["碳排放强度", "Carbon intensity"],
      name: ["单位产值碳排放", "CO₂ per unit output"],
      description: ["单位产值碳排放量", "CO₂ emitted per unit of output value"],
      ...CARBON_INTENSITY,
    },
    {
      category: ["能源碳排放", "Energy-related emissions"],
      name: ["能源消耗碳排放", "CO₂ from energy use"],
      description: ["能源使用产生的碳排放", "CO₂ emitted by energy use"],
      unit: "tCO2",
      direction: "down",
    },
    {
      category: ["减排情况", "Reductions"],
      name: ["碳减排量", "CO₂ reduction"],
      description: ["采取措施减少的碳排放", "CO₂ avoided by measures taken"],
      unit: "tCO2",
      direction: "up",
    },
  ],
  5: [
    {
      category: ["能源利用", "Energy use"],
      name: ["单位产值能耗", "Energy use per unit output"],
      description: ["单位工业产值能源消耗量", "Energy consumed per unit of industrial output value"],
      ...ENERGY_INTENSITY,
    },
    {
      category: ["碳排放", "Carbon emissions"],
      name: ["单位产值碳排放", "CO₂ per unit output"],
      description: ["单位产值碳排放量", "CO₂ emitted per unit of output value"],
      ...CARBON_INTENSITY,
    },
    {
      category: ["污染控制", "Pollution control"],
      name: ["污染物排放强度", "Pollutant emission intensity"],
      description: ["单位产值污染物排放量", "Pollutants emitted per unit of output value"],
      ...EMISSION_INTENSITY,
    },
    {
      category: ["循环利用", "Recycling"],
      name: ["资源综合利用率", "Comprehensive resource utilisation rate"],
      description: ["工业副产品利用比例", "Share of industrial by-products utilised"],
      unit: "%",
      direction: "up",
    },
  ],
};

function sourceOf(table: TableNo, note: Text | undefined): Source {
  const zh = ["规范未给出单位和方向，按指标含义确定", "目标值和基本要求由园区确定"];
  const en = [
    "the specification gives no unit or direction; chosen from the indicator's meaning",
    "target and basic requirement set by the park",
  ];
  if (note !== undefined) {
    zh.push(note.zh);
    en.push(note.en);
  }
  if (table === 1) {
    zh.push("按表名属主要指标");
    en.push("a main indicator, per the table's title");
  }
  return {
    ref: cite(SYNERGY_SPEC, TABLE_TITLES[table]),
    status: "to-confirm",
    note: { zh: zh.join("；"), en: en.join("; ") },
  };
}

const TABLE_NUMBERS: readonly TableNo[] = [1, 2, 3, 4, 5];

export const SYNERGY_INDICATORS: readonly SynergyIndicatorDef[] = TABLE_NUMBERS.flatMap((table) =>
  TABLES[table].map((row, index) => ({
    id: `SY${table}-${index + 1}`,
    table,
    row: index + 1,
    category: { zh: row.category[0], en: row.category[1] },
    name: { zh: row.name[0], en: row.name[1] },
    description: { zh: row.description[0], en: row.description[1] },
    unit: row.unit,
    direction: row.direction,
    // 《工业园区减污降碳协同增效管控规范》表1 title: "协同控制主要指标"; the other tables do not say which are main
    ...(table === 1 ? { main: true } : {}),
    target: null,
    basic: null,
    ...(row.link ? { link: row.link } : {}),
    source: sourceOf(table, row.note),
  })),
);

/** Find a synergy indicator by id ("sy1-2"). Names repeat across tables, so only ids are keys. */
export const findSynergyIndicator: (id: string) => SynergyIndicatorDef | undefined = makeFinder(
  SYNERGY_INDICATORS,
  (s) => [s.id],
);

const GRADE_SOURCE: Source = { ref: cite(SYNERGY_SPEC, { zh: "评估等级划分", en: "grading" }), status: "confirmed" };

// 《工业园区减污降碳协同增效管控规范》评估等级划分: "当园区各项指标达到或优于目标值时，可评定为优良等级。当园区主要指标达到基本要求时，
// 可评定为合格等级。当园区部分指标未达到要求时，应评定为需改进等级。"
export const SYNERGY_GRADES: readonly SynergyGradeDef[] = [
  {
    id: "excellent",
    label: "优良",
    name: { zh: "优良", en: "Excellent" },
    rule: { zh: "各项指标达到或优于目标值", en: "every indicator meets or betters its target" },
    source: GRADE_SOURCE,
  },
  {
    id: "pass",
    label: "合格",
    name: { zh: "合格", en: "Pass" },
    rule: { zh: "主要指标达到基本要求", en: "every main indicator meets its basic requirement" },
    source: GRADE_SOURCE,
  },
  {
    id: "needs-improvement",
    label: "需改进",
    name: { zh: "需改进", en: "Needs improvement" },
    rule: {
      zh: "部分指标未达到要求（任一指标未达到其基本要求，或主要指标未达到基本要求）",
      en: "some indicators fall short (any indicator short of its basic requirement, or a main indicator short of it)",
    },
    source: GRADE_SOURCE,
  },
];

/**
 * The output value per which the synergy intensities (单位产值能耗, 碳排放强度, 废水排放强度) are computed, chosen
 * once on the parameter sheet. 《工业园区减污降碳协同增效管控规范》表1 defines 单位产值能耗 as “单位工业产值所消耗能源量”:
 * 工业总产值 by default; 工业增加值 is the basis of the evaluation table's intensities (HG22, HG23).
 */
export const SYNERGY_OUTPUT_BASIS = {
  id: "synergy-output-basis",
  name: { zh: "协同评估“单位产值”的产值口径", en: "Output value of the synergy intensities" },
  /** data items (docs/data-file.md), the default first */
  choices: ["gross_output", "va"],
  defaultChoice: "gross_output",
  source: {
    ref: cite(SYNERGY_SPEC, {
      zh: "表1“单位工业产值所消耗能源量”",
      en: "table 1 (energy consumed per unit of industrial output value)",
    }),
    status: "to-confirm",
    note: {
      zh: "规范写“单位工业产值”，未说明按工业总产值还是工业增加值；默认工业总产值，可改为工业增加值",
      en: "the standard says industrial output value without saying gross output or value added; gross output by default, value added may be chosen",
    },
    check: {
      zh: "核对《工业园区减污降碳协同增效管控规范》表1“单位工业产值”按工业总产值还是工业增加值计，并与园区统计口径一致",
      en: "check in table 1 of the park synergy standard whether industrial output value means gross output or value added, as the park's statistics report it",
    },
  },
} as const satisfies { id: string; name: Text; choices: readonly string[]; defaultChoice: string; source: Source };
