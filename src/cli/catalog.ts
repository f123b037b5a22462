/**
 * `green-audit catalog [--format text|json]` (README.md): the indicator catalog, coefficients and
 * factors with their sources and confirmation status.
 */
import { textOf, type Lang } from "../domain/text";
import { Option, type Command } from "commander";
import {
  BASIC_REQUIREMENTS,
  CARRIERS,
  COST_CLASSES,
  CP_LEVELS,
  DATA_ITEMS,
  DEFAULT_GRID_FACTOR_SET,
  GRID_FACTOR_SETS,
  HEAT_CO2_FACTOR,
  INDICATOR_GROUPS,
  INDICATOR_PROVENANCE,
  INDICATORS,
  MATRIX_COLUMNS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OPTION_TYPES,
  PARAMETERS,
  SYNERGY_GRADES,
  SYNERGY_INDICATORS,
  TARGET_TYPES,
  UNITS,
  type CarrierDef,
  type Direction,
  type Source,
  type Text,
} from "../domain/catalog";
import { EXIT_OK, type CliCommand, type CliIo } from "./io";
import { renderTable } from "./table";

export type CatalogFormat = "text" | "json";

/** Everything the catalog holds, as one JSON-ready object. */
export function catalogDocument(): Record<string, unknown> {
  return {
    indicators: INDICATORS.map((indicator) => ({
      ...indicator,
      status: indicator.source.status,
      provenance: INDICATOR_PROVENANCE.get(indicator.id),
    })),
    indicatorGroups: INDICATOR_GROUPS,
    dataItems: DATA_ITEMS,
    units: UNITS,
    carriers: CARRIERS,
    gridFactorSets: GRID_FACTOR_SETS,
    defaultGridFactorSet: DEFAULT_GRID_FACTOR_SET.id,
    heatCo2Factor: HEAT_CO2_FACTOR,
    parameters: PARAMETERS,
    basicRequirements: BASIC_REQUIREMENTS,
    matrixGroups: MATRIX_GROUPS,
    optionTypes: OPTION_TYPES,
    optionLevels: OPTION_LEVELS,
    optionStatuses: OPTION_STATUSES,
    costClasses: COST_CLASSES,
    matrixColumns: MATRIX_COLUMNS,
    targetTypes: TARGET_TYPES,
    synergyIndicators: SYNERGY_INDICATORS,
    synergyGrades: SYNERGY_GRADES,
    cpLevels: CP_LEVELS,
  };
}

export type CatalogLang = Lang;

/** The words of the text catalog in one language. */
const WORDS = {
  "zh-CN": {
    confirmed: "已确认",
    toConfirm: "待确认",
    noDefault: "无默认值",
    gridFactor: "电网因子",
    mandatory: "必选",
    optional: "可选",
    required: "必须",
    unclassified: "不归类（只计入总计）",
    encouraged: "鼓励",
    unset: "未设（由用户填写）",
    yes: "是",
    definitionToConfirm: "计算口径待确认",
    defaultSet: "默认",
    table: (n: number) => `表${n}`,
    head: {
      indicators: ["编号", "名称", "单位", "方向", "引领值", "类型", "状态", "来源"],
      carriers: ["能源品种", "名称", "折标系数 kgce/单位", "单位", "CO₂", "状态", "来源"],
      factorSets: ["因子集", "名称", "年份", "tCO2/MWh", "状态", "来源"],
      parameters: ["参数", "值", "单位", "状态", "来源"],
      basics: ["序号", "类型", "基本要求", "状态"],
      options: ["方案类型", "绩效评估分组"],
      synergy: ["编号", "表", "名称", "单位", "方向", "主要指标", "状态"],
    },
    sections: {
      indicators: "评价指标（《北京市工业园区绿色诊断工作指南》附件2-1-2）",
      carriers: "能源折标准煤系数（GB/T 2589）与二氧化碳",
      factorSets: "电网排放因子",
      parameters: "参数",
      basics: "基础性要求（《北京市工业园区绿色诊断工作指南》附件2-1-1）",
      options: "清洁生产方案类型（江苏省《行业清洁生产审核技术指南》附录B 6.1、7.2）",
      synergy: "减污降碳协同指标（《工业园区减污降碳协同增效管控规范》表1–表5）",
    },
  },
  "en-US": {
    confirmed: "confirmed",
    toConfirm: "to confirm",
    noDefault: "no default",
    gridFactor: "grid factor",
    mandatory: "mandatory",
    optional: "optional",
    required: "required",
    unclassified: "none (counted in the total only)",
    encouraged: "encouraged",
    unset: "unset (the user sets it)",
    yes: "yes",
    definitionToConfirm: "definition to confirm",
    defaultSet: "default",
    table: (n: number) => `table ${n}`,
    head: {
      indicators: ["id", "name", "unit", "dir", "lead", "flag", "status", "source"],
      carriers: ["carrier", "name", "kgce/unit", "unit", "CO₂", "status", "source"],
      factorSets: ["set", "name", "year", "tCO2/MWh", "status", "source"],
      parameters: ["parameter", "value", "unit", "status", "source"],
      basics: ["no.", "kind", "requirement", "status"],
      options: ["option type", "performance group"],
      synergy: ["id", "table", "name", "unit", "dir", "main", "status"],
    },
    sections: {
      indicators: "Indicators (Beijing Guidelines for the Green Diagnosis of Industrial Parks, Annex 2-1-2)",
      carriers: "Standard-coal coefficients (GB/T 2589) and CO₂",
      factorSets: "Grid emission factor sets",
      parameters: "Parameters",
      basics: "Basic requirements (Beijing Guidelines for the Green Diagnosis of Industrial Parks, Annex 2-1-1)",
      options:
        "Cleaner-production option types (Jiangsu Technical Guide to Sector Cleaner-Production Audits, Annex B 6.1, 7.2)",
      synergy:
        "Synergy indicators (Specification for Synergistic Pollution and Carbon Reduction Management in Industrial Parks, tables 1–5)",
    },
  },
} as const;

const DIRECTION_LABEL: Readonly<Record<Direction, string>> = { up: "↑", down: "↓", qualitative: "Q" };

function section(title: string, body: string, notes: readonly string[] = []): string {
  const width = [...title].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  return [title, "=".repeat(Math.min(80, width)), body, ...notes].join("\n");
}

/** The human-readable catalog in one language. */
export function catalogText(lang: CatalogLang = "zh-CN"): string {
  const w = WORDS[lang];
  const t = (text: Text) => textOf(text, lang);
  const status = (source: Source) => (source.status === "confirmed" ? w.confirmed : w.toConfirm);
  const sourceText = (source: Source) =>
    source.publisher === undefined ? t(source.ref) : `${t(source.ref)} (${t(source.publisher)})`;
  const co2Text = (carrier: CarrierDef): string => {
    const co2 = carrier.co2;
    if (co2 === null) return w.noDefault;
    switch (co2.kind) {
      case "grid":
        return w.gridFactor;
      case "heat":
        return `${HEAT_CO2_FACTOR.value ?? "–"} ${HEAT_CO2_FACTOR.unit}`;
      case "fuel":
        return `NCV ${co2.ncv} GJ/${co2.ncvBasis}, CC ${co2.carbonContent} tC/GJ, OF ${co2.oxidationRate * 100}% (${status(co2.source)})`;
    }
  };

  const indicators = renderTable(
    w.head.indicators,
    INDICATORS.map((i) => [
      i.id,
      t(i.name),
      i.unit,
      DIRECTION_LABEL[i.direction],
      String(i.lead),
      i.flag === "mandatory" ? w.mandatory : w.optional,
      status(i.source),
      t(i.source.ref),
    ]),
  );
  const definitionNotes = INDICATORS.flatMap((i) => {
    const definition = INDICATOR_PROVENANCE.get(i.id)?.definition;
    return definition?.status === "to-confirm" && definition.note !== undefined
      ? [`  ${i.id} ${w.definitionToConfirm}: ${t(definition.note)}`]
      : [];
  });

  const carriers = renderTable(
    w.head.carriers,
    CARRIERS.map((c) => [
      c.id,
      t(c.name),
      c.coefficient === null
        ? w.noDefault
        : c.coefficientRange
          ? `${c.coefficient} (${c.coefficientRange.min}–${c.coefficientRange.max})`
          : String(c.coefficient),
      c.nativeUnit,
      co2Text(c),
      status(c.coefficientSource),
      t(c.coefficientSource.ref),
    ]),
  );

  const factorSets = renderTable(
    w.head.factorSets,
    GRID_FACTOR_SETS.map((s) => [
      s.id + (s.id === DEFAULT_GRID_FACTOR_SET.id ? " *" : ""),
      t(s.name),
      String(s.year),
      String(s.value),
      status(s.source),
      sourceText(s.source),
    ]),
  );
  const factorNotes = [
    `  * ${w.defaultSet}: ${DEFAULT_GRID_FACTOR_SET.id}`,
    `  ${t(HEAT_CO2_FACTOR.name)}: ${HEAT_CO2_FACTOR.value ?? "–"} ${HEAT_CO2_FACTOR.unit} (${status(HEAT_CO2_FACTOR.source)}; ${t(HEAT_CO2_FACTOR.source.ref)})`,
    ...GRID_FACTOR_SETS.filter((s) => s.kind === "market" && s.source.note !== undefined).map(
      (s) => `  ${s.id}: ${t(s.source.note!)}`,
    ),
  ];

  const parameters = renderTable(
    w.head.parameters,
    PARAMETERS.map((p) => [
      t(p.name),
      p.value === null ? w.unset : String(Number(p.value.toPrecision(10))),
      p.unit,
      status(p.source),
      sourceText(p.source),
    ]),
  );

  const basics = renderTable(
    w.head.basics,
    BASIC_REQUIREMENTS.map((b) => [
      String(b.number),
      b.mandatory ? w.required : w.encouraged,
      t(b.text),
      status(b.source),
    ]),
  );

  const options = renderTable(
    w.head.options,
    OPTION_TYPES.map((o) => [
      t(o.name),
      t(MATRIX_GROUPS.find((g) => g.id === o.group)?.name ?? { zh: w.unclassified, en: w.unclassified }),
    ]),
  );

  const synergy = renderTable(
    w.head.synergy,
    SYNERGY_INDICATORS.map((s) => [
      s.id,
      w.table(s.table),
      t(s.name),
      s.unit,
      DIRECTION_LABEL[s.direction],
      s.main ? w.yes : "",
      status(s.source),
    ]),
  );

  return (
    [
      section(w.sections.indicators, indicators, definitionNotes),
      section(w.sections.carriers, carriers),
      section(w.sections.factorSets, factorSets, factorNotes),
      section(w.sections.parameters, parameters),
      section(w.sections.basics, basics),
      section(w.sections.options, options),
      section(w.sections.synergy, synergy),
    ].join("\n\n") + "\n"
  );
}

export const catalogCommand: CliCommand = {
  name: "catalog",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("catalog")
      .description("list indicators, coefficients, factors and parameters with their sources")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
      .addOption(
        new Option("--lang <lang>", "language of the text format").choices(["zh-CN", "en-US"]).default("zh-CN"),
      )
      .action((options: { format: CatalogFormat; lang: CatalogLang }) => {
        io.stdout(
          options.format === "json" ? `${JSON.stringify(catalogDocument(), null, 2)}\n` : catalogText(options.lang),
        );
        exit(EXIT_OK);
      });
  },
};
