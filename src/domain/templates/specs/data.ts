/**
 * 基础数据 / Data (docs/templates.md `data`, docs/data-file.md): the raw inputs for the base year y0 and the evaluation years y1–y3,
 * each input cell with its unit, definition (input message) and validation; and the energy block by
 * carrier, whose standard-coal total (GB/T 2589, docs/templates.md#standard-coal-and-co2) feeds `energy_total`.
 */
import {
  BEIJING_GUIDE,
  CARRIERS,
  DATA_ITEMS,
  cite,
  citeAll,
  findCarrier,
  reportingUnit,
  unitFactor,
  type CarrierDef,
  type DataItemDef,
  type Text,
} from "../../catalog";
import {
  convertQuantity,
  energyTotalOfYear,
  inventoryOfYear,
  mandatoryInputYears,
  toStandardCoal,
  type EnergyRow,
  type ParkData,
} from "../../calc";
import { shownAnswer, shownIfAnswer } from "../../calc/answers";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { ALL_YEARS, effectiveParkData, excelString, inventorySettingsOf, type TemplateOptions } from "../context";
import { isBlankNative, isFilledRangeNative } from "../blankNative";
import { numberLiteral } from "../indicatorFormulas";
import type { TemplateSpec } from "../registry";
import { LABELS, unitText, withUnit } from "../labels";
import { NUMBER_FORMATS, dataFormat } from "../numberFormats";
import { HIGHLIGHT } from "../styles";
import type { CellValue } from "../sheetPlan";

const TEXT = {
  sheet: { zh: "基础数据", en: "Data" },
  title: { zh: "园区基础数据（基准年及三个评价年度）", en: "Park data (base year and three evaluation years)" },
  parkName: { zh: "园区名称", en: "Park name" },
  items: { zh: "一、统计数据", en: "1. Statistics" },
  energy: { zh: "二、分品种能源消费量（实物量）", en: "2. Energy consumption by carrier (physical units)" },
  energyTce: { zh: "三、分品种能源折标准煤量", en: "3. Energy consumption by carrier in standard coal" },
  coefficient: { zh: "折标系数", en: "Coefficient" },
  carrier: { zh: "能源品种", en: "Energy carrier" },
  blockTotal: { zh: "分品种合计", en: "Sum over carriers" },
  reported: { zh: "综合能源消费量（直接填报）", en: "Total energy consumption (reported directly)" },
  reportedDefinition: {
    zh: "未填写分品种能源时使用；填写了分品种能源的年份以分品种折标合计为准",
    en: "Used where the energy block is empty; a year with energy by carrier uses the block's standard-coal sum",
  },
  effective: { zh: "综合能源消费量（计算用）", en: "Total energy consumption (used)" },
  co2Reported: { zh: "二氧化碳排放量（直接填报）", en: "CO₂ emissions (reported directly)" },
  co2ReportedDefinition: {
    zh: "园区二氧化碳排放量（能源活动及工业过程）；未填写分品种能源时使用，填写了分品种能源的年份以“碳排放核算”表的合计为准",
    en: "CO₂ emissions of the park (energy use and industrial processes); used where the energy block is empty, a year with energy by carrier uses the Carbon inventory sheet's total",
  },
  co2Effective: { zh: "二氧化碳排放量（计算用）", en: "CO₂ emissions (used)" },
  amountError: { zh: "须为不小于 0 的数值，单位见 C 列。", en: "Must be a number ≥ 0 in the unit of column C." },
  answerError: { zh: "请从下拉列表中选择。", en: "Choose from the list." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  summed: { zh: "由“企业汇总”表各企业数据求和。", en: "Summed from the Enterprises sheet. " },
} as const;

/** A park total over the enterprises' column of the 企业汇总 sheet: empty when no enterprise gave a value (docs/enterprises.md). */
function enterpriseSum(column: string): string {
  return `IF(COUNT(${column})=0,"",SUM(${column}))`;
}

const COLUMNS = [24, 34, 10, 14, 14, 14, 14, 60];
const FIRST_YEAR_COL = 3;
const DEFINITION_COL = 7;
/** Energy carriers of the block: all but the 等价值 electricity (it would count electricity twice) and water. */
export const ENERGY_BLOCK_CARRIERS: readonly CarrierDef[] = CARRIERS.filter(
  (c) => c.id !== "electricity-equal-value" && c.kind !== "water",
);

export { reportingUnit };

/** Items entered in the statistics block: every data item; energy_total is entered as "reported". */
const INPUT_ITEMS: readonly DataItemDef[] = DATA_ITEMS.filter((d) => !d.computed);
const ENERGY_TOTAL = DATA_ITEMS.find((d) => d.id === "energy_total");

function yearValue(data: ParkData | undefined, item: string, k: number): CellValue {
  const v = data?.values?.[item]?.[k];
  return v === undefined ? null : v;
}

/** A park data file's energy row converted to the sheet row's unit (docs/data-file.md energy block). */
function energyValue(data: ParkData | undefined, carrier: CarrierDef, k: number): number | null {
  const row = energyRowOf(data, carrier);
  const v = row?.values?.[k];
  if (v === null || v === undefined) return null;
  const converted = convertQuantity(v, row?.unit ?? carrier.nativeUnit, reportingUnit(carrier));
  return converted.ok ? converted.value : v;
}

/** The header row of a block with a column per year, the base year marked (the enterprise request sheet too). */
export function yearHeader(b: SheetBuilder, row: number, label: CellValue | Text): void {
  b.text(row, 0, "header", LABELS.id);
  b.text(row, 1, "header", label);
  b.text(row, 2, "header", LABELS.unit);
  ALL_YEARS.forEach((k) => {
    const year = b.options.years[k];
    b.text(
      row,
      FIRST_YEAR_COL + k,
      "header",
      k === 0
        ? b.options.lang === "zh-CN"
          ? `${year}（${b.t(LABELS.baseYear)}）`
          : `${year} (${b.t(LABELS.baseYear)})`
        : String(year),
    );
  });
}

function itemsSection(
  b: SheetBuilder,
  top: number,
  data: ParkData | undefined,
): { next: number; reportedRow: number; co2ReportedRow: number } {
  b.text(top, 0, "title", TEXT.items);
  yearHeader(b, top + 1, b.t(LABELS.item));
  b.text(top + 1, DEFINITION_COL, "header", LABELS.definition);
  const mandatory = mandatoryInputYears();
  let row = top + 2;
  let co2ReportedRow = row;
  for (const item of INPUT_ITEMS) {
    if (item.id === "co2") co2ReportedRow = row;
    // co2 is typed only where the energy block is empty; the figure used is computed below (docs/templates.md#carbon-inventory)
    const id = item.id === "co2" ? "co2_reported" : item.id;
    b.text(row, 0, "label", id);
    b.text(row, 1, "label", item.id === "co2" ? TEXT.co2Reported : item.name);
    b.text(row, 2, "unit", unitText(item.unit, b.options.lang));
    const summed = b.options.enterpriseSums?.items.includes(item.id) === true;
    for (const k of ALL_YEARS) {
      const cell = {
        name: b.n.data(id, k),
        key: `data:${id}:${k}`,
        numberFormat: dataFormat(item.unit, item.kind),
        // an answer shown with its meaning ("基本完善 (basically complete)") wraps in the year columns
        wrap: item.answers !== undefined,
      };
      if (summed)
        b.computed(
          row,
          FIRST_YEAR_COL + k,
          enterpriseSum(b.n.enterpriseItem(item.id, k)),
          yearValue(data, item.id, k) ?? "",
          cell,
        );
      else b.input(row, FIRST_YEAR_COL + k, shownIfAnswer(yearValue(data, item.id, k), b.options.lang), cell);
    }
    const definition = item.id === "co2" ? TEXT.co2ReportedDefinition : item.definition;
    b.text(row, DEFINITION_COL, "note", summed ? `${b.t(TEXT.summed)}${b.t(definition)}` : definition);
    validateItem(b, item, rangeAddress(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL + 3));
    if (mandatory.has(item.id)) highlightMissing(b, row);
    row += 1;
  }
  // energy_total: the reported figure is an input; the figure used is computed below (docs/data-file.md)
  const reportedRow = row;
  b.text(row, 0, "label", "energy_total_reported");
  b.text(row, 1, "label", TEXT.reported);
  b.text(row, 2, "unit", ENERGY_TOTAL?.unit ?? "tce");
  for (const k of ALL_YEARS) {
    b.input(row, FIRST_YEAR_COL + k, yearValue(data, "energy_total", k), {
      name: b.n.data("energy_total_reported", k),
      key: `data:energy_total_reported:${k}`,
      numberFormat: NUMBER_FORMATS.amount,
    });
  }
  b.text(row, DEFINITION_COL, "note", TEXT.reportedDefinition);
  if (ENERGY_TOTAL) validateItem(b, ENERGY_TOTAL, rangeAddress(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL + 3));
  b.region("data-items", top + 2, 0, row, DEFINITION_COL);
  return { next: row + 2, reportedRow, co2ReportedRow };
}

function validateItem(b: SheetBuilder, item: DataItemDef, range: string): void {
  const prompt = {
    title: withUnit(b.t(item.name), item.unit, b.options.lang),
    message: b.t(item.definition),
  };
  if (item.kind === "answer") {
    b.validate({
      range,
      // the standard's Chinese words in both languages, with their English meaning in English (calc/answers.ts)
      rule: { kind: "list", items: (item.answers ?? []).map((a) => shownAnswer(a, b.options.lang)) },
      prompt,
      error: { title: b.t(TEXT.invalid), message: b.t(TEXT.answerError) },
    });
  } else {
    const rule =
      item.kind === "share" ? { kind: "decimal" as const, min: 0, max: 100 } : { kind: "decimal" as const, min: 0 };
    b.validate({ range, rule, prompt, error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) } });
  }
}

function highlightMissing(b: SheetBuilder, row: number): void {
  const first = cellAddress(row, FIRST_YEAR_COL + 1);
  b.highlight({
    range: rangeAddress(row, FIRST_YEAR_COL + 1, row, FIRST_YEAR_COL + 3),
    formula: isBlankNative(first),
    fill: HIGHLIGHT.missingMandatory.fill,
    fontColor: HIGHLIGHT.missingMandatory.fontColor,
  });
}

/** kgce per reporting unit → tce: the unit factor and kgce→tce, both from the catalog. */
function tceFactor(carrier: CarrierDef): number {
  const toNative = unitFactor(reportingUnit(carrier), carrier.nativeUnit) ?? Number.NaN;
  const kgceToTce = unitFactor("kgce", "tce") ?? Number.NaN;
  return toNative * kgceToTce;
}

/** The CO₂ used in year k: the inventory's total where the energy block holds quantities, else the typed figure. */
function co2Cached(options: TemplateOptions, data: ParkData | undefined, k: number): CellValue {
  const total = data ? inventoryOfYear({ ...data, years: options.years }, k, inventorySettingsOf(options)).total : null;
  if (total !== null) return total.ok ? total.value : "";
  const reported = options.data?.values?.co2?.[k];
  return typeof reported === "number" && Number.isFinite(reported) && reported >= 0 ? reported : "";
}

function energySections(
  b: SheetBuilder,
  top: number,
  reportedRow: number,
  co2ReportedRow: number,
  data: ParkData | undefined,
): number {
  b.text(top, 0, "title", TEXT.energy);
  yearHeader(b, top + 1, b.t(TEXT.carrier));
  b.text(top + 1, DEFINITION_COL, "header", withUnit(b.t(TEXT.coefficient), "kgce", b.options.lang));
  const first = top + 2;
  ENERGY_BLOCK_CARRIERS.forEach((carrier, i) => {
    const row = first + i;
    b.text(row, 0, "label", carrier.id);
    b.text(row, 1, "label", carrier.name);
    b.text(row, 2, "unit", unitText(reportingUnit(carrier), b.options.lang));
    const summed = b.options.enterpriseSums?.carriers.includes(carrier.id) === true;
    for (const k of ALL_YEARS) {
      const cell = {
        name: b.n.energy(carrier.id, k),
        key: `energy:${carrier.id}:${k}`,
        numberFormat: NUMBER_FORMATS.amount,
      };
      if (summed)
        b.computed(
          row,
          FIRST_YEAR_COL + k,
          enterpriseSum(b.n.enterpriseEnergy(carrier.id, k)),
          energyValue(data, carrier, k) ?? "",
          cell,
        );
      else b.input(row, FIRST_YEAR_COL + k, energyValue(data, carrier, k), cell);
    }
    const coefficient = b.n.coefficient(carrier.id);
    // the cell shows the parameter sheet's coefficient: the catalog's unless TemplateOptions.coefficients changes it
    const shown =
      b.options.coefficients && carrier.id in b.options.coefficients
        ? b.options.coefficients[carrier.id]
        : carrier.coefficient;
    b.computed(row, DEFINITION_COL, `IF(ISNUMBER(${coefficient}),${coefficient},"")`, shown ?? "", {
      numberFormat: "0.0000",
      key: `coefficient:${carrier.id}`,
    });
  });
  const last = first + ENERGY_BLOCK_CARRIERS.length - 1;
  b.validate({
    range: rangeAddress(first, FIRST_YEAR_COL, last, FIRST_YEAR_COL + 3),
    rule: { kind: "decimal", min: 0 },
    prompt: { title: b.t(TEXT.energy), message: b.t(TEXT.amountError) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.amountError) },
  });
  b.region("energy-quantities", first, 0, last, DEFINITION_COL);

  const tceTop = last + 2;
  b.text(tceTop, 0, "title", TEXT.energyTce);
  yearHeader(b, tceTop + 1, b.t(TEXT.carrier));
  const tceFirst = tceTop + 2;
  ENERGY_BLOCK_CARRIERS.forEach((carrier, i) => {
    const row = tceFirst + i;
    b.text(row, 0, "label", carrier.id);
    b.text(row, 1, "label", carrier.name);
    b.text(row, 2, "unit", "tce");
    for (const k of ALL_YEARS) {
      const q = cellAddress(first + i, FIRST_YEAR_COL + k);
      const coef = cellAddress(first + i, DEFINITION_COL);
      const native = `IF(${isBlankNative(q)},"",IF(AND(ISNUMBER(${q}),ISNUMBER(${coef})),${q}*${coef}*${numberLiteral(tceFactor(carrier))},""))`;
      const perReportingUnit = `${coef}/${numberLiteral(unitFactor(carrier.nativeUnit, reportingUnit(carrier)) ?? Number.NaN)}`;
      const custom = `IF(${isBlankNative(q)},"",IFERROR(GREEN.TCE(${q},${excelString(carrier.id)},${excelString(reportingUnit(carrier))},${perReportingUnit}),""))`;
      b.computed(row, FIRST_YEAR_COL + k, { native, custom }, energyRowTce(data, carrier, k), {
        numberFormat: "#,##0.00",
      });
    }
  });
  const tceLast = tceFirst + ENERGY_BLOCK_CARRIERS.length - 1;
  const sumRow = tceLast + 1;
  b.text(sumRow, 1, "subtotal", TEXT.blockTotal);
  b.text(sumRow, 2, "unit", "tce");
  const effectiveRow = sumRow + 1;
  b.text(effectiveRow, 0, "label", "energy_total");
  b.text(effectiveRow, 1, "total", TEXT.effective);
  b.text(effectiveRow, 2, "unit", "tce");
  for (const k of ALL_YEARS) {
    const col = FIRST_YEAR_COL + k;
    const quantities = rangeAddress(first, col, last, col);
    const tces = rangeAddress(tceFirst, col, tceLast, col);
    // a quantity is given when its cell holds more than spaces (calc's isMissing)
    const given = `SUMPRODUCT(--(${isFilledRangeNative(quantities)}))`;
    const blockSum = `IF(${given}=0,"",IF(${given}<>COUNT(${tces}),"",SUM(${tces})))`;
    b.computed(sumRow, col, blockSum, blockSumCached(data, k), { role: "subtotal", numberFormat: "#,##0.00" });
    const reported = cellAddress(reportedRow, col);
    const sum = cellAddress(sumRow, col);
    const effective = `IF(${given}>0,${sum},IF(AND(ISNUMBER(${reported}),${reported}>=0),${reported},""))`;
    const total = data ? energyTotalOfYear(data, k) : undefined;
    b.computed(effectiveRow, col, effective, total?.ok ? total.value : "", {
      role: "total",
      name: b.n.data("energy_total", k),
      key: `data:energy_total:${k}`,
      numberFormat: "#,##0.00",
    });
  }
  const co2Row = effectiveRow + 1;
  b.text(co2Row, 0, "label", "co2");
  b.text(co2Row, 1, "total", TEXT.co2Effective);
  b.text(co2Row, 2, "unit", "t");
  for (const k of ALL_YEARS) {
    const col = FIRST_YEAR_COL + k;
    const given = `SUMPRODUCT(--(${isFilledRangeNative(rangeAddress(first, col, last, col))}))`;
    const reported = cellAddress(co2ReportedRow, col);
    const formula = `IF(${given}>0,${b.n.carbonTotal(k)},IF(AND(ISNUMBER(${reported}),${reported}>=0),${reported},""))`;
    b.computed(co2Row, col, formula, co2Cached(b.options, data, k), {
      role: "total",
      name: b.n.data("co2", k),
      key: `data:co2:${k}`,
      numberFormat: "#,##0.00",
    });
  }
  b.region("energy-tce", tceFirst, 0, co2Row, FIRST_YEAR_COL + 3);
  return co2Row + 1;
}

/** The park data file's energy row of a carrier (matched by any of its names). */
function energyRowOf(data: ParkData | undefined, carrier: CarrierDef): EnergyRow | undefined {
  return data?.energy?.find((r) => findCarrier(r.carrier)?.id === carrier.id);
}

/** The tce of one carrier row as calc computes it (docs/templates.md#standard-coal-and-co2), "" where it has none. */
function energyRowTce(data: ParkData | undefined, carrier: CarrierDef, k: number): CellValue {
  const q = energyValue(data, carrier, k);
  if (q === null) return "";
  const row = energyRowOf(data, carrier);
  const coefficient = row?.coefficient ?? null;
  const tce = toStandardCoal(row?.values?.[k], carrier.id, row?.unit ?? carrier.nativeUnit, coefficient);
  return tce.ok ? tce.value : "";
}

function blockSumCached(data: ParkData | undefined, k: number): CellValue {
  if (!data?.energy?.some((row) => row.values?.[k] !== null && row.values?.[k] !== undefined)) return "";
  const total = energyTotalOfYear(data, k);
  return total.ok ? total.value : "";
}

export function buildData(options: TemplateOptions) {
  const b = new SheetBuilder("data", TEXT.sheet, options);
  const data = effectiveParkData(options);
  b.text(0, 0, "title", TEXT.title);
  b.text(1, 0, "label", TEXT.parkName);
  b.input(1, 1, options.parkName ?? null, { name: `GREEN_PARK_NAME${options.nameSuffix}`, key: "park:name" });
  b.text(2, 0, "note", LABELS.inputHint);
  const { next, reportedRow, co2ReportedRow } = itemsSection(b, 4, options.data);
  energySections(b, next, reportedRow, co2ReportedRow, data);
  b.columnWidths(COLUMNS);
  b.freeze(0, 2);
  b.printLandscape();
  return b.build();
}

export const dataTemplate: TemplateSpec = {
  id: "data",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "基准年与三个评价年度的统计数据和分品种能源消费，附单位、定义与校验",
    en: "Statistics and energy by carrier for the base year and three evaluation years, with units, definitions and validation",
  },
  source: citeAll(cite(BEIJING_GUIDE, { zh: "附件2-1-2", en: "Annex 2-1-2" }), { zh: "GB/T 2589", en: "GB/T 2589" }),
  // the CO₂ used reads the carbon inventory's total (docs/templates.md#carbon-inventory)
  reads: ["params", "carbon"],
  importable: true,
  build: buildData,
};
