/**
 * 绩效评估 / Performance (docs/templates.md `matrix`): the performance-assessment matrix of 江苏省《行业清洁生产审核技术指南》附录B 7.2. Every
 * number is a formula over the `options` sheet, read through its defined names GREEN_OPT_* (so inserted
 * rows and renamed sheets do not break it); the cached values are the same aggregation over the option
 * rows in TypeScript, with calc for every calculation (cost class, tce).
 *
 * Layout choices where the document is silent or terse:
 * - The document's first block has "已实施无/低费方案" and "中/高费方案 已实施 | 待实施"; a pending 无/低费 option
 *   would be counted nowhere, so the block shows the full cost class × status grid (无/低费 已实施 | 待实施,
 *   中/高费 已实施 | 待实施), then "已实施方案类型数量" by type group (implemented options of any cost class,
 *   as the document's header says), then 总计 = every option with a status (any cost class, also when the
 *   threshold is not set yet); below it the number, investment and economic benefit per option level.
 * - An option counts where its status is 已实施 or 待实施; a row without a status is counted nowhere (the
 *   options sheet highlights it). Cost classes are the texts of calc.costClass ("无/低费", "中/高费").
 * - Environmental benefits and resource savings are one row per MATRIX_COLUMN with three totals —
 *   已实施, 待实施, 合计 — instead of the document's two/three label–value pairs per printed row: the document does not
 *   say whether pending options count, so both are shown; beside them one total per option level (园区、行业、企业,
 *   T/CPPC《工业园区清洁生产审核指南》5.4.1), which add up to 合计.
 * - The document's "其他污染物减排量" table (污染物 | 减排量（单位/年）, six cells) and its "其他" saving are rows named by
 *   the options: each option may give one other pollutant and one other saving with amount and unit, the options
 *   sheet numbers each distinct name and unit (its "绩效评估行" column, calc/otherBenefits.ts), and the matrix lists
 *   them in catalog OTHER_BENEFITS slots with the same totals; a note says when the options name more.
 * - 节综合能耗 (tce/a) is computed from the savings by carrier (docs/templates.md#standard-coal-and-co2 via calc.totalStandardCoal) with the
 *   coefficients of the parameter sheet, shown beside each energy saving; water is not counted (no
 *   coefficient, catalog note).
 */
import {
  COST_CLASSES,
  JIANGSU_AUDIT_GUIDE,
  MATRIX_COLUMNS,
  MATRIX_GROUPS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OTHER_BENEFITS,
  PARAMETER_IDS,
  cite,
  citeAll,
  type ChoiceDef,
  type OtherBenefitDef,
  type Text,
} from "../../catalog";
import { countsInTotal, signedTotalOf } from "../../calc";
import { cellAddress } from "../a1";
import { NUMBER_FORMATS } from "../numberFormats";
import { SheetBuilder, type Formula } from "../builder";
import { excelString, namePart, textOf, type TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang, PlannedName, SheetPlan } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import {
  ENERGY_SAVINGS,
  OPTION_MESSAGES,
  choiceWords,
  energyTotal,
  energyTotalFormula,
  excelArray,
  matchesWord,
  optionParameters,
  optionParametersOf,
  optionRangeName,
  withRangeNames,
  type OptionParameters,
} from "./optionShared";
import { optionRecords, type OptionRecord } from "./optionRecords";
import { otherColumnId } from "./optionColumns";
import { unitText } from "../labels";

/** The sheet's explanation, one line each (a merged row does not grow to fit wrapped text). */
const NOTES: readonly Text[] = [
  {
    zh: "本表全部数值为公式，经定义名称 GREEN_OPT_* 汇总“方案汇总”表，请勿改写。方案按实施状态（已实施/待实施）计入，未填状态的方案不计入。",
    en: "Every number here is a formula over the Options sheet (through the names GREEN_OPT_*); do not overwrite. Options count by status; an option without a status is not counted.",
  },
  {
    zh: "“已实施方案类型数量”按方案类型所属类别统计已实施方案；节综合能耗按各能源节约量乘“参数”表折标系数（GB/T 2589）折算。效益按正负号相加，红色负数表示增加。",
    en: "The type-group columns count implemented options by the group of their type. Total energy saved converts each saving with the tce coefficients of the Parameters sheet (GB/T 2589). Benefits add with their signs; a red negative is an increase.",
  },
];

const TEXT = {
  sheet: { zh: "绩效评估", en: "Performance" },
  title: {
    zh: "清洁生产方案绩效评估（附录B 7.2）",
    en: "Performance assessment of the cleaner-production options (Annex B 7.2)",
  },
  thresholdMissing: {
    zh: "“参数”表未设定中/高费方案投资门槛：方案无法划分费用类别，按费用类别的统计为 0。",
    en: "The investment threshold for medium/high-cost options is not set on the Parameters sheet: no option has a cost class, so the cost-class columns are 0.",
  },
  corner: { zh: "方案数量", en: "Options" },
  lowCost: { zh: "无/低费方案", en: "No/low-cost options (无/低费)" },
  highCost: { zh: "中/高费方案", en: "Medium/high-cost options (中/高费)" },
  byGroup: { zh: "已实施方案类型数量", en: "Implemented options by type group" },
  byLevel: { zh: "按方案层面小计（已实施与待实施）", en: "Subtotals by level (implemented and pending)" },
  total: { zh: "总计", en: "Total" },
  count: { zh: "方案个数（个）", en: "Number of options" },
  investment: { zh: "投资金额（万元）", en: "Investment (10⁴ yuan)" },
  economicSection: { zh: "经济效益", en: "Economic benefit" },
  benefit: { zh: "经济效益（万元/年）", en: "Economic benefit (10⁴ yuan/a)" },
  item: { zh: "项目", en: "Item" },
  unit: { zh: "单位", en: "Unit" },
  all: { zh: "合计", en: "Total" },
  coefficient: { zh: "折标系数", en: "tce coefficient" },
  coefficientUnit: { zh: "系数单位", en: "Coefficient unit" },
  environmentSection: { zh: "环境效益", en: "Environmental benefits" },
  resourceSection: { zh: "资源能源节约情况", en: "Resource and energy savings" },
  notCounted: { zh: "不计入综合能耗", en: "not counted" },
  otherHint: {
    zh: "按“方案汇总”表填写的名称和单位分行汇总（同名同单位合并，不换算单位）",
    en: "one row per name and unit given on the Options sheet (same name and unit together, units never converted)",
  },
} as const satisfies Record<string, Text>;

/** Which option statuses a column counts: one status, or all of them (总计 / 合计); `words` their choiceWords. */
type StatusSet = { readonly id: string; readonly statuses: readonly ChoiceDef[]; readonly words: readonly string[] };

const STATUS = (id: string): ChoiceDef => {
  const found = OPTION_STATUSES.find((s) => s.id === id);
  if (!found) throw new Error(`matrix: the catalog has no status ${id}`);
  return found;
};
const statusSet = (id: string, statuses: readonly ChoiceDef[]): StatusSet => ({
  id,
  statuses,
  words: choiceWords(statuses),
});
const IMPLEMENTED = statusSet("implemented", [STATUS("implemented")]);
const PENDING = statusSet("pending", [STATUS("pending")]);
const ANY_STATUS = statusSet("all", OPTION_STATUSES);

/** A column of the first block: the options it counts, as an Excel 0/1 array and as a test on a record. */
interface CountColumn {
  readonly id: string;
  readonly mask: string;
  readonly includes: (record: OptionRecord) => boolean;
}

function statusMask(n: Names, set: StatusSet): string {
  return `ISNUMBER(MATCH(${n.opt("status")},${excelArray(set.words)},0))`;
}

function inStatus(record: OptionRecord, set: StatusSet): boolean {
  return matchesWord(record.inputs.status, set.words);
}

interface Names {
  readonly opt: (column: string) => string;
  readonly suffix: string;
}

function countColumns(n: Names): CountColumn[] {
  const classColumns = COST_CLASSES.flatMap((cls) =>
    [IMPLEMENTED, PENDING].map((set) => ({
      id: `${cls.id}_${set.id}`,
      mask: `(${n.opt("costClass")}=${excelString(cls.name.zh)})*${statusMask(n, set)}`,
      includes: (r: OptionRecord) => r.costClass === cls.name.zh && inStatus(r, set),
    })),
  );
  const groupColumns = MATRIX_GROUPS.map((g) => {
    const words = choiceWords([g]);
    return {
      id: g.id,
      mask: `ISNUMBER(MATCH(${n.opt("group")},${excelArray(words)},0))*${statusMask(n, IMPLEMENTED)}`,
      includes: (r: OptionRecord) => matchesWord(r.group, words) && inStatus(r, IMPLEMENTED),
    };
  });
  const total = {
    id: "all",
    mask: `${statusMask(n, ANY_STATUS)}*1`,
    includes: (r: OptionRecord) => inStatus(r, ANY_STATUS),
  };
  return [...classColumns, ...groupColumns, total];
}

/** Σ of a numeric input over the included records, with its sign (calc/optionBenefits.ts), as SUMPRODUCT adds. */
function sumOf(records: readonly OptionRecord[], column: string): number {
  return signedTotalOf(records, (r) => r.inputs[column]);
}

const LAYOUT = {
  title: 0,
  notes: 1,
  check: 3,
  header1: 5,
  header2: 6,
  count: 7,
  investment: 8,
  economicSection: 9,
  benefit: 10,
  levelHeader: 12,
  levelCount: 13,
  levelInvestment: 14,
  levelBenefit: 15,
  benefitHeader: 17,
} as const;

/**
 * A set of options a total counts: by status (the document's columns), or by level among the options with a
 * status (T/CPPC《工业园区清洁生产审核指南》5.4.1: options are listed by 园区、行业、企业 level).
 */
interface Subset {
  readonly id: string;
  readonly header: Text;
  readonly total: boolean;
  readonly mask: (n: Names) => string;
  readonly includes: (record: OptionRecord) => boolean;
}

const byStatus = (set: StatusSet, header: Text, total: boolean): Subset => ({
  id: set.id,
  header,
  total,
  mask: (n) => `${statusMask(n, set)}*1`,
  includes: (r) => inStatus(r, set),
});

const LEVEL_SUBSETS: readonly Subset[] = OPTION_LEVELS.map((level) => {
  const words = choiceWords([level]);
  return {
    id: `level_${level.id}`,
    header: level.name,
    total: false,
    mask: (n: Names) => `ISNUMBER(MATCH(${n.opt("level")},${excelArray(words)},0))*${statusMask(n, ANY_STATUS)}`,
    includes: (r: OptionRecord) => matchesWord(r.inputs.level, words) && inStatus(r, ANY_STATUS),
  };
});

/** The implemented options: the first column of the benefit totals. */
const IMPLEMENTED_SET: Subset = byStatus(IMPLEMENTED, STATUS("implemented").name, false);

/** The name of a matrix cell for the review and other tools: GREEN_MTX_<ROW>_<COLUMN><suffix>. */
export function matrixCellName(row: string, column: string, suffix: string): string {
  return `GREEN_MTX_${namePart(row).toUpperCase()}_${namePart(column).toUpperCase()}${suffix}`;
}

/** The parts of a free block named over its rows, for the targets that read it (docs/templates.md#targets). */
export type OtherRangePart = "names" | "units" | "implemented";

/** The name of a free block's column over its rows: GREEN_MTX_<BLOCK>_<PART><suffix>, e.g. GREEN_MTX_OTHER_POLLUTANT_NAMES. */
export function otherRangeName(block: string, part: OtherRangePart, suffix: string): string {
  return `GREEN_MTX_${namePart(block).toUpperCase()}_${part.toUpperCase()}${suffix}`;
}

function thresholdCheck(b: SheetBuilder, p: OptionParameters): void {
  const t = b.n.param(PARAMETER_IDS.costClassThreshold);
  const message = b.t(TEXT.thresholdMissing);
  b.computed(
    LAYOUT.check,
    0,
    `IF(ISNUMBER(${t}),"",${excelString(message)})`,
    p.costClassThreshold === null ? message : "",
    { role: "note", key: "mtx:threshold-check" },
  );
  b.merge(LAYOUT.check, 0, LAYOUT.check, 9);
  b.highlight({
    range: cellAddress(LAYOUT.check, 0),
    formula: `LEN(${cellAddress(LAYOUT.check, 0)})>0`,
    fill: HIGHLIGHT.missingMandatory.fill,
    fontColor: HIGHLIGHT.missingMandatory.fontColor,
  });
}

function countBlock(b: SheetBuilder, n: Names, records: readonly OptionRecord[]): void {
  const lang = b.options.lang;
  const h1 = LAYOUT.header1;
  const h2 = LAYOUT.header2;
  b.text(h1, 0, "header", TEXT.corner);
  b.text(h2, 0, "header", "");
  b.merge(h1, 0, h2, 0);
  const spans: { text: Text; first: number; last: number }[] = [
    { text: TEXT.lowCost, first: 1, last: 2 },
    { text: TEXT.highCost, first: 3, last: 4 },
    { text: TEXT.byGroup, first: 5, last: 8 },
  ];
  for (const s of spans) {
    b.text(h1, s.first, "header", s.text);
    for (let col = s.first + 1; col <= s.last; col++) b.text(h1, col, "header", "");
    b.merge(h1, s.first, h1, s.last);
  }
  const statusName = (id: string) => textOf(STATUS(id).name, lang);
  ["implemented", "pending", "implemented", "pending"].forEach((id, k) => b.text(h2, 1 + k, "header", statusName(id)));
  MATRIX_GROUPS.forEach((g, k) => b.text(h2, 5 + k, "header", g.name));
  b.text(h1, 9, "header", TEXT.total);
  b.text(h2, 9, "header", "");
  b.merge(h1, 9, h2, 9);

  b.text(LAYOUT.count, 0, "label", TEXT.count);
  b.text(LAYOUT.investment, 0, "label", TEXT.investment);
  b.text(LAYOUT.economicSection, 0, "label", TEXT.economicSection);
  b.merge(LAYOUT.economicSection, 0, LAYOUT.economicSection, 9);
  b.text(LAYOUT.benefit, 0, "label", TEXT.benefit);
  countColumns(n).forEach((column, k) => {
    const col = 1 + k;
    const role = column.id === "all" ? "total" : "computed";
    const included = records.filter(column.includes);
    const cell = (row: number, rowId: string, formula: string, cached: CellValue, numberFormat: string) =>
      b.computed(row, col, formula, cached, {
        role,
        numberFormat,
        key: `mtx:${rowId}:${column.id}`,
        name: matrixCellName(rowId, column.id, n.suffix),
      });
    cell(LAYOUT.count, "count", `SUMPRODUCT(${column.mask})`, included.length, "0");
    cell(
      LAYOUT.investment,
      "investment",
      `SUMPRODUCT(${column.mask},${n.opt("investment")})`,
      sumOf(included, "investment"),
      "#,##0.00",
    );
    cell(
      LAYOUT.benefit,
      "benefit",
      `SUMPRODUCT(${column.mask},${n.opt("benefit")})`,
      sumOf(included, "benefit"),
      "#,##0.00",
    );
  });
  b.region("matrix-counts", LAYOUT.count, 0, LAYOUT.benefit, 9);
}

/** Number, investment and economic benefit of the options of each level (5.4.1). */
function levelBlock(b: SheetBuilder, n: Names, records: readonly OptionRecord[]): void {
  const h = LAYOUT.levelHeader;
  b.text(h, 0, "header", TEXT.byLevel);
  LEVEL_SUBSETS.forEach((s, k) => b.text(h, 1 + k, "header", s.header));
  const rows: { row: number; id: string; label: Text; column?: string; format: string }[] = [
    { row: LAYOUT.levelCount, id: "count", label: TEXT.count, format: "0" },
    { row: LAYOUT.levelInvestment, id: "investment", label: TEXT.investment, column: "investment", format: "#,##0.00" },
    { row: LAYOUT.levelBenefit, id: "benefit", label: TEXT.benefit, column: "benefit", format: "#,##0.00" },
  ];
  // each level's options found once, not once per row of the block
  const included = LEVEL_SUBSETS.map((s) => records.filter(s.includes));
  for (const r of rows) {
    b.text(r.row, 0, "label", r.label);
    LEVEL_SUBSETS.forEach((s, k) => {
      const options = included[k] ?? [];
      const formula = r.column ? `SUMPRODUCT(${s.mask(n)},${n.opt(r.column)})` : `SUMPRODUCT(${s.mask(n)})`;
      b.computed(r.row, 1 + k, formula, r.column ? sumOf(options, r.column) : options.length, {
        numberFormat: r.format,
        key: `mtx:${r.id}:${s.id}`,
        name: matrixCellName(r.id, s.id, n.suffix),
      });
    });
  }
  b.region("matrix-levels", LAYOUT.levelCount, 0, LAYOUT.levelBenefit, LEVEL_SUBSETS.length);
}

/** Σ of a column over the options of a subset, and whether any of them has a number there. */
function statusSum(n: Names, set: Subset, column: string): { quantity: string; present: string } {
  const mask = set.mask(n);
  return {
    quantity: `SUMPRODUCT(${mask},${n.opt(column)})`,
    present: `SUMPRODUCT(${mask}*ISNUMBER(${n.opt(column)}))>0`,
  };
}

/** The option inputs the benefit block adds up: every matrix column's but the energy total's, and the savings it converts. */
const BENEFIT_INPUTS: readonly string[] = [
  ...new Set([
    ...MATRIX_COLUMNS.filter((c) => c.category !== "energy-total").map((c) => c.id),
    ...ENERGY_SAVINGS.map((s) => s.column.id),
  ]),
];

/** A subset's options added up: each input's signed total (as sumOf), and the inputs some option gives a number for. */
interface SubsetTotals {
  readonly sum: ReadonlyMap<string, number>;
  readonly given: ReadonlySet<string>;
}

const NO_TOTALS: SubsetTotals = { sum: new Map(), given: new Set() };

/**
 * A subset's totals, each option's inputs read once: linear in its options. The options are added in their order, so
 * each total is the same sum as sumOf's.
 */
function subsetTotals(included: readonly OptionRecord[], inputs: readonly string[]): SubsetTotals {
  const sum = new Map(inputs.map((input) => [input, 0]));
  const given = new Set<string>();
  for (const record of included) {
    for (const input of inputs) {
      const v = record.inputs[input];
      if (typeof v !== "number") continue;
      given.add(input);
      if (countsInTotal(v)) sum.set(input, (sum.get(input) ?? 0) + v);
    }
  }
  return { sum, given };
}

function benefitBlock(
  b: SheetBuilder,
  n: Names,
  records: readonly OptionRecord[],
  p: OptionParameters,
  names: PlannedName[],
): number {
  const lang: Lang = b.options.lang;
  const top = LAYOUT.benefitHeader;
  const sets: readonly Subset[] = [
    IMPLEMENTED_SET,
    byStatus(PENDING, STATUS("pending").name, false),
    byStatus(ANY_STATUS, TEXT.all, true),
    ...LEVEL_SUBSETS,
  ];
  const coefficientCol = 2 + sets.length;
  // each subset's options found once, and added up once, not once per matrix row: linear in the options
  const includedIn = new Map(sets.map((set) => [set, records.filter(set.includes)]));
  const totals = new Map(sets.map((set) => [set, subsetTotals(includedIn.get(set) ?? [], BENEFIT_INPUTS)]));
  [TEXT.item, TEXT.unit, ...sets.map((s) => s.header), TEXT.coefficient, TEXT.coefficientUnit].forEach((h, col) =>
    b.text(top, col, "header", h),
  );
  let row = top + 1;
  const section = (text: Text) => {
    b.text(row, 0, "label", text);
    b.merge(row, 0, row, coefficientCol + 1);
    row += 1;
  };
  const first = row;
  section(TEXT.environmentSection);
  for (const column of MATRIX_COLUMNS) {
    if (column.category === "resource" && MATRIX_COLUMNS.find((c) => c.category === "resource") === column)
      section(TEXT.resourceSection);
    b.text(row, 0, "label", column.name);
    b.text(row, 1, "unit", unitText(column.unit, lang));
    sets.forEach((set, k) => {
      const total = totals.get(set) ?? NO_TOTALS;
      const options = {
        role: set.total ? ("total" as const) : ("computed" as const),
        numberFormat: NUMBER_FORMATS.signedAmount,
        key: `mtx:${column.id}:${set.id}`,
        name: matrixCellName(column.id, set.id, n.suffix),
      };
      if (column.category === "energy-total") {
        const formula: Formula = energyTotalFormula(b.n, lang, (s) => statusSum(n, set, s.column.id));
        const quantities = new Map<string, number>();
        for (const s of ENERGY_SAVINGS) {
          if (total.given.has(s.column.id)) quantities.set(s.column.id, total.sum.get(s.column.id) ?? 0);
        }
        b.computed(row, 2 + k, formula, energyTotal(quantities, p, lang), options);
      } else {
        b.computed(row, 2 + k, statusSum(n, set, column.id).quantity, total.sum.get(column.id) ?? 0, options);
      }
    });
    const saving = ENERGY_SAVINGS.find((s) => s.column.id === column.id);
    if (saving) {
      const name = b.n.coefficient(saving.carrier.id);
      const notSet = textOf(OPTION_MESSAGES.notSet, lang);
      b.computed(
        row,
        coefficientCol,
        `IF(ISNUMBER(${name}),${name},${excelString(notSet)})`,
        p.coefficients[saving.carrier.id] ?? notSet,
        { key: `mtx:coefficient:${saving.carrier.id}`, numberFormat: "General" },
      );
      b.text(row, coefficientCol + 1, "unit", `kgce/${saving.carrier.nativeUnit}`);
      b.highlight({
        range: cellAddress(row, coefficientCol),
        formula: `NOT(ISNUMBER(${cellAddress(row, coefficientCol)}))`,
        fill: HIGHLIGHT.missingMandatory.fill,
        fontColor: HIGHLIGHT.missingMandatory.fontColor,
      });
    } else if (column.category === "resource") {
      b.text(row, coefficientCol, "note", TEXT.notCounted);
    }
    if (column.category === "energy-total") {
      const range = `${cellAddress(row, 2)}:${cellAddress(row, 1 + sets.length)}`;
      b.highlight({
        range,
        formula: `${cellAddress(row, 2)}=${excelString(textOf(OPTION_MESSAGES.missingCoefficient, lang))}`,
        fill: HIGHLIGHT.missingMandatory.fill,
        fontColor: HIGHLIGHT.missingMandatory.fontColor,
      });
    }
    row += 1;
    const next = MATRIX_COLUMNS[MATRIX_COLUMNS.indexOf(column) + 1];
    const blockEnds = next === undefined || (column.category === "pollutant" && next.category !== "pollutant");
    if (blockEnds) {
      const category = column.category === "pollutant" ? "pollutant" : "resource";
      for (const other of OTHER_BENEFITS.filter((o) => o.category === category))
        row = otherBlock(b, n, { records, includedIn, names }, other, row, coefficientCol);
    }
  }
  b.region("matrix-benefits", first, 0, row - 1, coefficientCol + 1);
  return row;
}

interface OtherBlockInput {
  readonly records: readonly OptionRecord[];
  readonly includedIn: ReadonlyMap<Subset, readonly OptionRecord[]>;
  readonly names: PlannedName[];
}

/**
 * A free block of 附录B 7.2 ("其他污染物减排量", the "其他" saving): a heading, one row per slot — the name and unit the
 * options give that slot (calc/otherBenefits.ts, the options sheet's "绩效评估行" column) and its totals — and a note
 * when the options name more than the block holds. Returns the next row.
 */
function otherBlock(
  b: SheetBuilder,
  n: Names,
  { records, includedIn, names }: OtherBlockInput,
  other: OtherBenefitDef,
  top: number,
  coefficientCol: number,
): number {
  const lang: Lang = b.options.lang;
  const slotRange = n.opt(otherColumnId(other, "slot"));
  const amountId = otherColumnId(other, "amount");
  b.text(top, 0, "label", other.name);
  b.text(top, 1, "note", TEXT.otherHint);
  b.merge(top, 1, top, coefficientCol + 1);
  const sets = [...includedIn.keys()];
  const inSlot = (k: number, of: readonly OptionRecord[]) => of.filter((r) => r.slots[other.id] === k);
  const at = (k: number) => inSlot(k, records)[0];
  const shownAs = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
  for (let k = 1; k <= other.slots; k++) {
    const row = top + k;
    const id = `${other.id}_${k}`;
    const first = at(k);
    const lookup = (column: string) => `IFERROR(INDEX(${n.opt(column)},MATCH(${k},${slotRange},0))&"","")`;
    const nameCell = cellAddress(row, 0);
    b.computed(row, 0, lookup(otherColumnId(other, "name")), first ? shownAs(first.inputs[other.id]) : "", {
      key: `mtx:${id}:name`,
    });
    b.computed(
      row,
      1,
      lookup(otherColumnId(other, "unit")),
      first ? shownAs(first.inputs[otherColumnId(other, "unit")]) : "",
      { key: `mtx:${id}:unit` },
    );
    sets.forEach((set, j) => {
      const included = inSlot(k, includedIn.get(set) ?? []);
      b.computed(
        row,
        2 + j,
        `IF(${nameCell}="","",SUMPRODUCT(${set.mask(n)}*(${slotRange}=${k}),${n.opt(amountId)}))`,
        first ? sumOf(included, amountId) : "",
        {
          role: set.total ? "total" : "computed",
          numberFormat: NUMBER_FORMATS.signedAmount,
          key: `mtx:${id}:${set.id}`,
          name: matrixCellName(id, set.id, n.suffix),
        },
      );
    });
    if (other.category === "resource") b.text(row, coefficientCol, "note", TEXT.notCounted);
  }
  // the name, unit and implemented total over the block's rows: a target naming one of them reads its total
  const parts: readonly [OtherRangePart, number][] = [
    ["names", 0],
    ["units", 1],
    ["implemented", 2 + sets.indexOf(IMPLEMENTED_SET)],
  ];
  for (const [part, col] of parts)
    names.push({
      name: otherRangeName(other.id, part, n.suffix),
      range: `${cellAddress(top + 1, col)}:${cellAddress(top + other.slots, col)}`,
    });
  const noteRow = top + other.slots + 1;
  // a loop, not Math.max(...): tens of thousands of options would overflow the call stack
  let count = 0;
  for (const r of records) {
    const slot = r.slots[other.id];
    if (typeof slot === "number" && slot > count) count = slot;
  }
  const more = (x: string) => ({
    zh: `方案共填写 ${x} 项${textOf(other.name, "zh-CN")}，本表列出前 ${other.slots} 项，其余见“方案汇总”表。`,
    en: `The options name ${x} ${textOf(other.name, "en-US").toLowerCase()}; the first ${other.slots} are listed here, the others are on the Options sheet.`,
  });
  const message = (x: string) => textOf(more(x), lang);
  const [before, after] = message("{n}").split("{n}");
  b.computed(
    noteRow,
    0,
    `IF(MAX(${slotRange})>${other.slots},${excelString(before ?? "")}&MAX(${slotRange})&${excelString(after ?? "")},"")`,
    count > other.slots ? message(String(count)) : "",
    { role: "note", key: `mtx:${other.id}:overflow` },
  );
  b.merge(noteRow, 0, noteRow, coefficientCol + 1);
  b.highlight({
    range: cellAddress(noteRow, 0),
    formula: `LEN(${cellAddress(noteRow, 0)})>0`,
    fill: HIGHLIGHT.missingMandatory.fill,
    fontColor: HIGHLIGHT.missingMandatory.fontColor,
  });
  return noteRow + 1;
}

/** The matrix sheet, with cached values aggregated from `options.rows.options` under `parameters`. */
export function buildMatrix(options: TemplateOptions, parameters: OptionParameters = optionParameters()): SheetPlan {
  const b = new SheetBuilder("matrix", TEXT.sheet, options);
  const n: Names = { opt: (column) => optionRangeName(column, options.nameSuffix), suffix: options.nameSuffix };
  const records = optionRecords(options, parameters);
  b.text(LAYOUT.title, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  NOTES.forEach((note, k) => {
    b.text(LAYOUT.notes + k, 0, "note", note);
    b.merge(LAYOUT.notes + k, 0, LAYOUT.notes + k, 9);
  });
  thresholdCheck(b, parameters);
  countBlock(b, n, records);
  levelBlock(b, n, records);
  const names: PlannedName[] = [];
  benefitBlock(b, n, records, parameters, names);
  b.columnWidths(
    options.lang === "en-US" ? [34, 13, 13, 13, 13, 20, 20, 16, 26, 12] : [26, 12, 12, 12, 12, 14, 14, 14, 14, 12],
  );
  b.freeze(LAYOUT.header2 + 1, 1);
  b.printLandscape();
  return withRangeNames(b.build(), names);
}

/** The matrix built for each options object, kept while the options are: built once, not once per reader. */
const BUILT = new WeakMap<TemplateOptions, SheetPlan>();

/**
 * The matrix plan of these options. The targets and the summary read its totals from the same plan the
 * workbook gets, so a workbook (and a review) builds the matrix — a pass over every option — once.
 */
export function matrixPlan(options: TemplateOptions): SheetPlan {
  const built = BUILT.get(options);
  if (built) return built;
  const plan = buildMatrix(options, optionParametersOf(options));
  BUILT.set(options, plan);
  return plan;
}

export const matrixTemplate: TemplateSpec = {
  id: "matrix",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "绩效评估矩阵：按费用类别×实施状态和方案类别统计方案个数、投资和经济效益，汇总各项减排量、资源节约量及节综合能耗（吨标煤）",
    en: "Performance matrix: options, investment and economic benefit by cost class × status and by type group; totals of every reduction and saving, and total energy saved in tce",
  },
  source: citeAll(cite(JIANGSU_AUDIT_GUIDE, { zh: "附录B 7.2", en: "Annex B 7.2" }), {
    zh: "GB/T 2589",
    en: "GB/T 2589",
  }),
  reads: ["options", "params"],
  importable: false,
  build: (options) => matrixPlan(options),
};
