/**
 * `green-audit catalog [--format text|json]` (SPEC §6): the indicator catalog, coefficients and
 * factors with their sources and confirmation status.
 */
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
  type SourceStatus,
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

const STATUS_LABEL: Readonly<Record<SourceStatus, string>> = {
  confirmed: "已确认 confirmed",
  "to-confirm": "待确认 to confirm",
};

const DIRECTION_LABEL: Readonly<Record<Direction, string>> = { up: "↑", down: "↓", qualitative: "Q" };

function status(source: Source): string {
  return STATUS_LABEL[source.status];
}

function sourceText(source: Source): string {
  return source.publisher === undefined ? source.ref : `${source.ref} (${source.publisher})`;
}

function carrierCo2Text(carrier: CarrierDef): string {
  const co2 = carrier.co2;
  if (co2 === null) return "无默认 no default";
  switch (co2.kind) {
    case "grid":
      return "电网因子 grid factor";
    case "heat":
      return `${HEAT_CO2_FACTOR.value ?? "–"} ${HEAT_CO2_FACTOR.unit}`;
    case "fuel":
      return `NCV ${co2.ncv} GJ/${co2.ncvBasis}, CC ${co2.carbonContent} tC/GJ, OF ${co2.oxidationRate * 100}% (${STATUS_LABEL[co2.source.status]})`;
  }
}

function section(title: string, body: string, notes: readonly string[] = []): string {
  return [title, "=".repeat(Math.min(80, title.length * 2)), body, ...notes].join("\n");
}

/** The human-readable catalog. */
export function catalogText(): string {
  const indicators = renderTable(
    ["编号 id", "名称 name", "单位 unit", "方向 dir", "引领值 lead", "类型 flag", "状态 status", "来源 source"],
    INDICATORS.map((i) => [
      i.id,
      i.name.zh,
      i.unit,
      DIRECTION_LABEL[i.direction],
      String(i.lead),
      i.flag === "mandatory" ? "必选 mandatory" : "可选 optional",
      status(i.source),
      i.source.ref,
    ]),
  );
  const definitionNotes = INDICATORS.flatMap((i) => {
    const definition = INDICATOR_PROVENANCE.get(i.id)?.definition;
    return definition !== undefined && definition.status === "to-confirm" ? [`  ${i.id} 定义待确认 definition to confirm: ${definition.note ?? ""}`] : [];
  });

  const carriers = renderTable(
    ["能源 carrier", "id", "折标系数 kgce/unit", "单位 unit", "CO₂", "状态 status", "来源 source"],
    CARRIERS.map((c) => [
      c.name.zh,
      c.id,
      c.coefficient === null ? "无默认 no default" : c.coefficientRange ? `${c.coefficient} (${c.coefficientRange.min}–${c.coefficientRange.max})` : String(c.coefficient),
      c.nativeUnit,
      carrierCo2Text(c),
      status(c.coefficientSource),
      c.coefficientSource.ref,
    ]),
  );

  const factorSets = renderTable(
    ["因子集 set", "名称 name", "年份 year", "tCO2/MWh", "状态 status", "来源 source"],
    GRID_FACTOR_SETS.map((s) => [s.id + (s.id === DEFAULT_GRID_FACTOR_SET.id ? " *" : ""), s.name.zh, String(s.year), String(s.value), status(s.source), sourceText(s.source)]),
  );
  const factorNotes = [
    `  * 默认 default: ${DEFAULT_GRID_FACTOR_SET.id}`,
    `  ${HEAT_CO2_FACTOR.name.zh} ${HEAT_CO2_FACTOR.name.en}: ${HEAT_CO2_FACTOR.value ?? "–"} ${HEAT_CO2_FACTOR.unit} (${status(HEAT_CO2_FACTOR.source)}; ${HEAT_CO2_FACTOR.source.ref})`,
    ...GRID_FACTOR_SETS.filter((s) => s.kind === "market").map((s) => `  ${s.id}: ${s.source.note ?? ""}`),
  ];

  const parameters = renderTable(
    ["参数 id", "名称 name", "值 value", "单位 unit", "状态 status", "来源 source"],
    PARAMETERS.map((p) => [p.id, p.name.zh, p.value === null ? "未设 unset (用户设置 user sets)" : String(Number(p.value.toPrecision(10))), p.unit, status(p.source), sourceText(p.source)]),
  );

  const basics = renderTable(
    ["序号 no.", "类型 kind", "基本要求 requirement", "状态 status"],
    BASIC_REQUIREMENTS.map((b) => [String(b.number), b.mandatory ? "必须 mandatory" : "鼓励 encouraged", b.text.zh, status(b.source)]),
  );

  const options = renderTable(
    ["方案类型 option type", "绩效矩阵分组 matrix group"],
    OPTION_TYPES.map((t) => [t.name.zh, MATRIX_GROUPS.find((g) => g.id === t.group)?.name.zh ?? t.group]),
  );

  const synergy = renderTable(
    ["编号 id", "表 table", "名称 name", "单位 unit", "方向 dir", "主要 main", "状态 status"],
    SYNERGY_INDICATORS.map((s) => [s.id, `表${s.table}`, s.name.zh, s.unit, DIRECTION_LABEL[s.direction], s.main ? "是" : "", status(s.source)]),
  );

  return [
    section("评价指标 Indicators (seed 002 附件2-1-2)", indicators, definitionNotes),
    section("能源折标准煤系数 Standard-coal coefficients (GB/T 2589) and CO₂", carriers),
    section("电网排放因子 Grid emission factor sets", factorSets, factorNotes),
    section("参数 Parameters", parameters),
    section("基础性要求 Basic requirements (seed 002 附件2-1-1)", basics),
    section("清洁生产方案类型 Option types (seed 001 6.1 / 7.2)", options),
    section("减污降碳协同指标 Synergy indicators (seed 003 表1–表5)", synergy),
  ].join("\n\n") + "\n";
}

export const catalogCommand: CliCommand = {
  name: "catalog",
  register(program: Command, io: CliIo, exit: (code: number) => void): void {
    program
      .command("catalog")
      .description("list indicators, coefficients, factors and parameters with their sources")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
      .action((options: { format: CatalogFormat }) => {
        io.stdout(options.format === "json" ? `${JSON.stringify(catalogDocument(), null, 2)}\n` : catalogText());
        exit(EXIT_OK);
      });
  },
};
