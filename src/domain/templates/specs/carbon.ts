/**
 * 碳排放核算 / Carbon inventory (docs/templates.md#carbon-inventory; GB/T 32150 clause 6): per year, each carrier
 * of the data sheet's energy block × its CO₂ factor — fuels by the factor typed, else net calorific value ×
 * carbon content × oxidation rate × 44/12; electricity by the grid factor of the set chosen on the parameter
 * sheet for that year; heat by the heat factor — plus process CO₂, minus exported electricity and heat.
 * The total feeds the data sheet's `co2` in every year whose energy block holds quantities.
 */
import {
  GBT_32150,
  DEFAULT_GRID_CHOICE,
  GRID_CHOICES,
  HEAT_CO2_FACTOR,
  PARAMETER_IDS,
  citeAll,
  co2FactorUnit,
  findCarrier,
  gridSetForYear,
  reportingUnit,
  unitFactor,
  type CarrierDef,
  type Text,
} from "../../catalog";
import {
  carrierCo2,
  co2FactorOf,
  convertQuantity,
  fuelDataOf,
  gridSetOfYear,
  inventoryOfYear,
  isMissing,
  spreadsheetTrim,
  type InventorySettings,
  type Outcome,
  type ParkData,
} from "../../calc";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { ALL_YEARS, excelString, inventorySettingsOf, type TemplateOptions } from "../context";
import { isBlankNative, trimNative } from "../blankNative";
import { numberLiteral } from "../indicatorFormulas";
import type { TemplateSpec } from "../registry";
import { LABELS, unitText } from "../labels";
import { NUMBER_FORMATS } from "../numberFormats";
import type { CellValue } from "../sheetPlan";
import { ENERGY_BLOCK_CARRIERS } from "./data";
import { gridChoiceCellText } from "./gridChoice";

const TEXT = {
  sheet: { zh: "碳排放核算", en: "Carbon inventory" },
  title: {
    zh: "园区二氧化碳排放核算（能源活动及工业生产过程）",
    en: "Park CO₂ inventory (energy use and industrial processes)",
  },
  note: {
    zh: "数量取自“基础数据”的分品种能源消费量：电力、热力按外购量填写，园区内自产并已计入燃料的电力和热力不再填写。化石燃料的排放因子可直接填写，未填写时按低位发热量×单位热值含碳量×碳氧化率×44/12 计算；电力按“参数”表所选电网排放因子逐年取值。输出的电力和热力从合计中扣除。",
    en: "Quantities come from the energy block of the Data sheet: enter electricity and heat as bought in; electricity and heat made inside the park from fuels already listed are not entered again. A fuel's factor may be typed; otherwise it is net calorific value × carbon content × oxidation rate × 44/12. Electricity takes, year by year, the grid factor chosen on the Parameters sheet. Exported electricity and heat are deducted from the total.",
  },
  factors: { zh: "一、排放因子", en: "1. Emission factors" },
  carrier: { zh: "能源品种", en: "Energy carrier" },
  factorUnit: { zh: "计量单位", en: "Unit" },
  ncv: { zh: "低位发热量（GJ/计量单位）", en: "Net calorific value (GJ per unit)" },
  carbonContent: { zh: "单位热值含碳量（tC/GJ）", en: "Carbon content (tC/GJ)" },
  oxidation: { zh: "碳氧化率", en: "Oxidation rate" },
  factorTyped: { zh: "排放因子（填写，tCO₂/计量单位）", en: "Factor typed (t CO₂ per unit)" },
  factorUsed: { zh: "排放因子（采用，tCO₂/计量单位）", en: "Factor used (t CO₂ per unit)" },
  byYear: { zh: "按年度，见下表电网排放因子", en: "by year: see the grid factor below" },
  emissions: { zh: "二、二氧化碳排放量", en: "2. CO₂ emissions" },
  item: { zh: "项目", en: "Item" },
  gridChoice: { zh: "电网排放因子口径", en: "Grid factor chosen" },
  gridSet: { zh: "所用因子的年份", en: "Year of the factor applied" },
  gridFactor: { zh: "电网排放因子", en: "Grid factor" },
  typedFactor: { zh: "填写值", en: "typed" },
  electricityExport: { zh: "扣除：输出电量", en: "Less: electricity exported" },
  heatExport: { zh: "扣除：输出热量", en: "Less: heat exported" },
  process: { zh: "工业生产过程排放", en: "Industrial processes" },
  total: { zh: "二氧化碳排放量合计", en: "Total CO₂ emissions" },
  notComputable: { zh: "无法计算", en: "not computable" },
  notComputableNote: {
    zh: "“无法计算”：有数量但缺排放因子，或数量不是数值；合计在补齐前为空。",
    en: "“not computable”: a quantity without a factor, or a quantity that is not a number; the total stays empty until it is fixed.",
  },
  factorPrompt: { zh: "请输入不小于 0 的数值。", en: "Enter a number ≥ 0." },
  oxidationPrompt: { zh: "0 到 1 之间的数值（98% 即 0.98）。", en: "A number from 0 to 1 (98% is 0.98)." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  gridSource: {
    zh: "按“参数”表所选的电网排放因子逐年取值（生态环境部、国家统计局公告）",
    en: "the grid factor chosen on the Parameters sheet, year by year (MEE and NBS announcements)",
  },
  typedSource: { zh: "由使用者填写", en: "entered by the user" },
} as const;

const COLUMNS = [20, 30, 14, 14, 14, 14, 14, 14, 60];
const FIRST_YEAR_COL = 3;
const COL = { ncv: 3, carbonContent: 4, oxidation: 5, typed: 6, used: 7, note: 8 } as const;

const isFuel = (c: CarrierDef) => c.co2?.kind !== "grid" && c.co2?.kind !== "heat";
const ELECTRICITY = ENERGY_BLOCK_CARRIERS.find((c) => c.co2?.kind === "grid");
const HEAT = ENERGY_BLOCK_CARRIERS.find((c) => c.co2?.kind === "heat");

/** A cached figure: the value, or the words the sheet shows when it cannot compute one. */
function shownOutcome(b: SheetBuilder, outcome: Outcome<number> | null): CellValue {
  if (outcome === null) return "";
  return outcome.ok ? outcome.value : b.t(TEXT.notComputable);
}

/** t CO₂ per co2FactorUnit → per reporting unit (electricity: 万kWh = 10 MWh). */
function perReportingUnit(carrier: CarrierDef): number {
  return unitFactor(reportingUnit(carrier), co2FactorUnit(carrier)) ?? Number.NaN;
}

function times(factor: number): string {
  return factor === 1 ? "" : `*${numberLiteral(factor)}`;
}

/* ---------------------------------------------------------------- section 1: factors */

function factorSection(b: SheetBuilder, top: number, settings: InventorySettings): Map<string, number> {
  b.text(top, 0, "title", TEXT.factors);
  const headers: Text[] = [LABELS.id, TEXT.carrier, TEXT.factorUnit];
  headers.forEach((h, col) => b.text(top + 1, col, "header", h));
  b.text(top + 1, COL.ncv, "header", TEXT.ncv);
  b.text(top + 1, COL.carbonContent, "header", TEXT.carbonContent);
  b.text(top + 1, COL.oxidation, "header", TEXT.oxidation);
  b.text(top + 1, COL.typed, "header", TEXT.factorTyped);
  b.text(top + 1, COL.used, "header", TEXT.factorUsed);
  b.text(top + 1, COL.note, "header", LABELS.source);
  const rows = new Map<string, number>();
  ENERGY_BLOCK_CARRIERS.forEach((carrier, i) => {
    const row = top + 2 + i;
    rows.set(carrier.id, row);
    b.text(row, 0, "label", carrier.id);
    b.text(row, 1, "label", carrier.name);
    b.text(row, 2, "unit", unitText(co2FactorUnit(carrier), b.options.lang));
    const typed = settings.factors?.[carrier.id]?.factor ?? null;
    b.input(row, COL.typed, typed, { key: `co2f:${carrier.id}:factor`, numberFormat: NUMBER_FORMATS.amount });
    if (isFuel(carrier)) fuelRow(b, row, carrier, settings);
    else if (carrier.co2?.kind === "heat") heatRow(b, row, carrier, settings);
    else {
      for (const col of [COL.ncv, COL.carbonContent, COL.oxidation]) b.text(row, col, "note", "—");
      b.text(row, COL.used, "note", TEXT.byYear);
    }
    b.text(row, COL.note, "note", sourceOf(b, carrier));
  });
  const last = top + 1 + ENERGY_BLOCK_CARRIERS.length;
  nonNegative(b, rangeAddress(top + 2, COL.ncv, last, COL.carbonContent));
  nonNegative(b, rangeAddress(top + 2, COL.typed, last, COL.typed));
  b.validate({
    range: rangeAddress(top + 2, COL.oxidation, last, COL.oxidation),
    rule: { kind: "decimal", min: 0, max: 1 },
    prompt: { title: b.t(TEXT.oxidation), message: b.t(TEXT.oxidationPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.oxidationPrompt) },
  });
  b.region("co2-factors", top + 2, 0, last, COL.note);
  return rows;
}

function nonNegative(b: SheetBuilder, range: string): void {
  b.validate({
    range,
    rule: { kind: "decimal", min: 0 },
    prompt: { title: b.t(TEXT.factorTyped), message: b.t(TEXT.factorPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.factorPrompt) },
  });
}

function sourceOf(b: SheetBuilder, carrier: CarrierDef): string {
  if (carrier.co2?.kind === "fuel") return b.t(carrier.co2.source.ref);
  if (carrier.co2?.kind === "heat") return b.t(HEAT_CO2_FACTOR.source.ref);
  if (carrier.co2?.kind === "grid") return b.t(TEXT.gridSource);
  return b.t(TEXT.typedSource);
}

function fuelRow(b: SheetBuilder, row: number, carrier: CarrierDef, settings: InventorySettings): void {
  const data = fuelDataOf(carrier, settings);
  const put = (col: number, v: number | null, field: string, numberFormat: string) =>
    b.input(row, col, v, { key: `co2f:${carrier.id}:${field}`, numberFormat });
  put(COL.ncv, data.ncv, "ncv", NUMBER_FORMATS.amount);
  put(COL.carbonContent, data.carbonContent, "cc", "0.00000");
  put(COL.oxidation, data.oxidationRate, "of", "0.0%");
  const [g, d, e, f] = [COL.typed, COL.ncv, COL.carbonContent, COL.oxidation].map((col) => cellAddress(row, col));
  const ratio = b.n.param(PARAMETER_IDS.co2PerCarbon);
  const formula = `IF(ISNUMBER(${g}),${g},IF(AND(ISNUMBER(${d}),ISNUMBER(${e}),ISNUMBER(${f}),ISNUMBER(${ratio})),${d}*${e}*${f}*${ratio},""))`;
  const factor = co2FactorOf(carrier, settings, b.options.years[0]);
  b.computed(row, COL.used, formula, factor.ok ? factor.value : "", {
    key: `co2f:${carrier.id}:used`,
    numberFormat: "0.0000",
  });
}

function heatRow(b: SheetBuilder, row: number, carrier: CarrierDef, settings: InventorySettings): void {
  for (const col of [COL.ncv, COL.carbonContent, COL.oxidation]) b.text(row, col, "note", "—");
  const g = cellAddress(row, COL.typed);
  const heat = b.n.param(HEAT_CO2_FACTOR.id);
  const formula = `IF(ISNUMBER(${g}),${g},IF(ISNUMBER(${heat}),${heat},""))`;
  const factor = co2FactorOf(carrier, settings, b.options.years[0]);
  b.computed(row, COL.used, formula, factor.ok ? factor.value : "", {
    key: `co2f:${carrier.id}:used`,
    numberFormat: "0.0000",
  });
}

/* ---------------------------------------------------------------- section 2: emissions by year */

/** OR(choice cell = id, = Chinese name, = English name): the cell holds the parameter sheet's choice, trimmed. */
function choiceTest(choiceCell: string, id: string, name: Text): string {
  return `OR(${[id, name.zh, name.en].map((w) => `${choiceCell}=${excelString(w)}`).join(",")})`;
}

/** Nested IF over the grid choices: the branch of the chosen one, "" for a choice the catalog does not know. */
function overChoices(
  choiceCell: string,
  branch: (set: ReturnType<typeof gridSetForYear>) => string,
  year: number,
): string {
  return GRID_CHOICES.reduceRight(
    (otherwise, choice) =>
      `IF(${choiceTest(choiceCell, choice.id, choice.name)},${branch(gridSetForYear(choice, year))},${otherwise})`,
    '""',
  );
}

interface GridRows {
  readonly factorRow: number;
}

function gridRows(b: SheetBuilder, top: number, electricityRow: number, settings: InventorySettings): GridRows {
  const choiceRow = top;
  const setRow = top + 1;
  const factorRow = top + 2;
  const choiceName = b.n.param("grid-choice");
  b.text(choiceRow, 0, "label", "grid_choice");
  b.text(choiceRow, 1, "label", TEXT.gridChoice);
  b.text(choiceRow, 2, "unit", "—");
  const shown = gridChoiceCellText(b.options);
  const defaultLabel = b.t(DEFAULT_GRID_CHOICE.name);
  b.computed(
    choiceRow,
    FIRST_YEAR_COL,
    `IF(${isBlankNative(choiceName)},${excelString(defaultLabel)},${trimNative(choiceName)})`,
    shown === null ? defaultLabel : spreadsheetTrim(shown),
    { key: "carbon:grid-choice" },
  );
  const choiceCell = cellAddress(choiceRow, FIRST_YEAR_COL);
  const typed = cellAddress(electricityRow, COL.typed);
  b.text(setRow, 0, "label", "grid_set");
  b.text(setRow, 1, "label", TEXT.gridSet);
  b.text(setRow, 2, "unit", "—");
  b.text(factorRow, 0, "label", "grid_factor");
  b.text(factorRow, 1, "label", TEXT.gridFactor);
  b.text(factorRow, 2, "unit", "tCO2/MWh");
  const typedValue = settings.factors?.electricity?.factor;
  for (const k of ALL_YEARS) {
    const year = b.options.years[k];
    const col = FIRST_YEAR_COL + k;
    const label = overChoices(choiceCell, (set) => String(set.year), year);
    const set = gridSetOfYear(settings, year);
    const setCached = typeof typedValue === "number" ? b.t(TEXT.typedFactor) : set.ok ? set.value.year : "";
    b.computed(setRow, col, `IF(ISNUMBER(${typed}),${excelString(b.t(TEXT.typedFactor))},${label})`, setCached, {
      key: `carbon:grid-set:${k}`,
      numberFormat: "0",
    });
    const value = overChoices(
      choiceCell,
      (s) => {
        const name = b.n.param(`grid-${s.id}`);
        return `IF(ISNUMBER(${name}),${name},"")`;
      },
      year,
    );
    const factor = ELECTRICITY ? co2FactorOf(ELECTRICITY, settings, year) : null;
    b.computed(factorRow, col, `IF(ISNUMBER(${typed}),${typed},${value})`, factor?.ok ? factor.value : "", {
      key: `carbon:grid-factor:${k}`,
      numberFormat: "0.0000",
    });
  }
  return { factorRow };
}

/** A carrier's quantity of year k as the data sheet holds it (converted to its reporting unit). */
function quantityOf(data: ParkData | undefined, carrier: CarrierDef, k: number): unknown {
  const row = data?.energy?.find((r) => findCarrier(r.carrier)?.id === carrier.id);
  const v = row?.values?.[k];
  if (isMissing(v)) return null;
  const converted = convertQuantity(v, row?.unit ?? carrier.nativeUnit, reportingUnit(carrier));
  return converted.ok ? converted.value : v;
}

function co2Cell(b: SheetBuilder, q: string, factor: string, carrier: CarrierDef, cached: CellValue) {
  const conv = perReportingUnit(carrier);
  const flag = excelString(b.t(TEXT.notComputable));
  const native = `IF(${isBlankNative(q)},"",IF(AND(ISNUMBER(${q}),ISNUMBER(${factor})),${q}*${factor}${times(conv)},${flag}))`;
  const custom = `IF(${isBlankNative(q)},"",IFERROR(GREEN.CO2(${q},${excelString(carrier.id)},${excelString(reportingUnit(carrier))},,${factor}${times(conv)}),${flag}))`;
  return { formula: { native, custom }, cached };
}

function emissionSection(
  b: SheetBuilder,
  top: number,
  factorRows: Map<string, number>,
  settings: InventorySettings,
): void {
  b.text(top, 0, "title", TEXT.emissions);
  b.text(top + 1, 0, "header", LABELS.id);
  b.text(top + 1, 1, "header", TEXT.item);
  b.text(top + 1, 2, "header", LABELS.unit);
  ALL_YEARS.forEach((k) => b.text(top + 1, FIRST_YEAR_COL + k, "header", String(b.options.years[k])));
  b.text(top + 1, COL.note, "header", LABELS.remarks);
  const electricityRow = ELECTRICITY ? (factorRows.get(ELECTRICITY.id) ?? 0) : 0;
  const { factorRow } = gridRows(b, top + 2, electricityRow, settings);
  const data = b.options.data;
  const years = b.options.years;
  const inventories = ALL_YEARS.map((k) => (data ? inventoryOfYear({ ...data, years }, k, settings) : null));
  const first = factorRow + 1;
  ENERGY_BLOCK_CARRIERS.forEach((carrier, i) => {
    const row = first + i;
    b.text(row, 0, "label", carrier.id);
    b.text(row, 1, "label", carrier.name);
    b.text(row, 2, "unit", "tCO2");
    for (const k of ALL_YEARS) {
      const col = FIRST_YEAR_COL + k;
      const factor =
        carrier.co2?.kind === "grid"
          ? cellAddress(factorRow, col)
          : cellAddress(factorRows.get(carrier.id) ?? 0, COL.used);
      const q = quantityOf(data, carrier, k);
      const cached = isMissing(q)
        ? ""
        : shownOutcome(b, carrierCo2(q, reportingUnit(carrier), carrier, settings, years[k]));
      const cell = co2Cell(b, b.n.energy(carrier.id, k), factor, carrier, cached);
      b.computed(row, col, cell.formula, cell.cached, { key: `carbon:${carrier.id}:${k}`, numberFormat: "#,##0.00" });
    }
  });
  const last = first + ENERGY_BLOCK_CARRIERS.length - 1;
  b.text(first, COL.note, "note", TEXT.notComputableNote);
  const exportRow = last + 1;
  const heatExportRow = last + 2;
  const processRow = last + 3;
  const totalRow = last + 4;
  for (const [row, id, label] of [
    [exportRow, "electricity_export", TEXT.electricityExport],
    [heatExportRow, "heat_export", TEXT.heatExport],
    [processRow, "co2_process", TEXT.process],
  ] as const) {
    b.text(row, 0, "label", id);
    b.text(row, 1, "label", label);
    b.text(row, 2, "unit", "tCO2");
  }
  b.text(totalRow, 0, "label", "co2");
  b.text(totalRow, 1, "total", TEXT.total);
  b.text(totalRow, 2, "unit", "tCO2");
  const flag = excelString(b.t(TEXT.notComputable));
  for (const k of ALL_YEARS) {
    const col = FIRST_YEAR_COL + k;
    const inventory = inventories[k];
    const deduction = (
      row: number,
      item: string,
      factor: string,
      carrier: CarrierDef | undefined,
      cached: Outcome<number> | null,
    ) => {
      const x = b.n.data(item, k);
      const conv = carrier ? perReportingUnit(carrier) : 1;
      const formula = `IF(${isBlankNative(x)},"",IF(AND(ISNUMBER(${x}),ISNUMBER(${factor})),-(${x}*${factor}${times(conv)}),${flag}))`;
      b.computed(row, col, formula, shownOutcome(b, cached), { key: `carbon:${item}:${k}`, numberFormat: "#,##0.00" });
    };
    deduction(
      exportRow,
      "electricity_export",
      cellAddress(factorRow, col),
      ELECTRICITY,
      inventory?.exportedElectricity ?? null,
    );
    deduction(
      heatExportRow,
      "heat_export",
      cellAddress(HEAT ? (factorRows.get(HEAT.id) ?? 0) : 0, COL.used),
      HEAT,
      inventory?.exportedHeat ?? null,
    );
    const p = b.n.data("co2_process", k);
    b.computed(
      processRow,
      col,
      `IF(${isBlankNative(p)},"",IF(ISNUMBER(${p}),${p},${flag}))`,
      shownOutcome(b, inventory?.process ?? null),
      {
        key: `carbon:co2_process:${k}`,
        numberFormat: "#,##0.00",
      },
    );
    const carriers = rangeAddress(first, col, last, col);
    const all = rangeAddress(first, col, processRow, col);
    const formula = `IF(SUMPRODUCT(--(${carriers}<>""))=0,"",IF(COUNT(${all})<SUMPRODUCT(--(${all}<>"")),"",SUM(${all})))`;
    const total = inventory?.total ?? null;
    b.computed(totalRow, col, formula, total?.ok ? total.value : "", {
      role: "total",
      name: b.n.carbonTotal(k),
      key: `carbon:total:${k}`,
      numberFormat: "#,##0.00",
    });
  }
  b.region("carbon-emissions", first, 0, totalRow, FIRST_YEAR_COL + 3);
}

export function buildCarbon(options: TemplateOptions) {
  const b = new SheetBuilder("carbon", TEXT.sheet, options);
  const settings = inventorySettingsOf(options);
  b.text(0, 0, "title", TEXT.title);
  b.text(1, 0, "note", TEXT.note);
  b.text(2, 0, "note", LABELS.inputHint);
  const factorTop = 4;
  const factorRows = factorSection(b, factorTop, settings);
  emissionSection(b, factorTop + ENERGY_BLOCK_CARRIERS.length + 3, factorRows, settings);
  b.columnWidths(COLUMNS);
  b.freeze(0, 2);
  b.printLandscape();
  return b.build();
}

export const carbonTemplate: TemplateSpec = {
  id: "carbon",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "按年度核算二氧化碳排放：化石燃料、外购电力（按所选电网排放因子）和热力、工业过程，扣除输出的电力和热力",
    en: "CO₂ year by year: fossil fuels, purchased electricity (at the chosen grid factor) and heat, industrial processes, less exported electricity and heat",
  },
  source: citeAll(GBT_32150, {
    zh: "生态环境部、国家统计局电力二氧化碳排放因子公告",
    en: "MEE and NBS announcements of electricity CO₂ factors",
  }),
  reads: ["params", "data"],
  importable: true,
  build: buildCarbon,
};
