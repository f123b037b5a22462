/**
 * 企业数据填报表 / Enterprise data request (docs/enterprises.md): the one sheet an enterprise fills for the park's
 * audit — who it is, its cleaner-production audit status, and for the base year and three evaluation years the
 * data items that add up to the park's, and its energy by carrier, each input cell named
 * `GREEN_ENT_<item>_Y<k>` / `GREEN_ENT_ENERGY_<carrier>_Y<k>` so the merge finds it wherever rows were inserted.
 * Units beside every cell, the same validations and protection as the park sheets, an instruction block, whom
 * to ask for each group, and a check column whose native formulas flag missing and implausible entries as
 * they are typed (rowCheck.ts holds the same rule for the cached results and the merge).
 */
import { CREDIT_CODE_CHARACTERS, CREDIT_CODE_WEIGHTS } from "../catalog/creditCode";
import { co2FactorUnit, reportingUnit, unitFactor, type CarrierDef, type DataItemDef } from "../catalog";
import { co2FactorOf, energyTotalOfYear, inventoryOfYear, type ParkData } from "../calc";
import { cellAddress, rangeAddress } from "../templates/a1";
import { SheetBuilder } from "../templates/builder";
import { ALL_YEARS, excelString, namePart, type TemplateOptions } from "../templates/context";
import { isBlankNative } from "../templates/blankNative";
import { numberLiteral } from "../templates/indicatorFormulas";
import { LABELS, unitText, withUnit } from "../templates/labels";
import { NUMBER_FORMATS, dataFormat } from "../templates/numberFormats";
import { HIGHLIGHT } from "../templates/styles";
import { yearHeader } from "../templates/specs/data";
import type { CellValue, SheetPlan } from "../templates/sheetPlan";
import { textOf, type Text } from "../text";
import { creditCodeProblem } from "./creditCode";
import { ENTERPRISE_CARRIERS, ENTERPRISE_GROUPS, MANDATORY_ENTERPRISE_ITEMS, PART_OF } from "./items";
import { AUDIT_STATUSES, AUDIT_STATUSES_EN, KEY_ANSWERS, type EnterpriseEntry, type EnterpriseList } from "./listFile";
import { CHECK_OK, UNIT_MISTAKE_RATIO, rowFinding, rowFindingText } from "./rowCheck";
import { DATA_ITEMS } from "../catalog";

/** Workbook-scoped names of the request workbook (docs/enterprises.md "Names"). */
export const ENT_NAMES = {
  item: (item: string, k: number) => `GREEN_ENT_${namePart(item)}_Y${k}`,
  energy: (carrier: string, k: number) => `GREEN_ENT_ENERGY_${namePart(carrier)}_Y${k}`,
  identity: (field: IdentityField) => `GREEN_ENT_${field.toUpperCase()}`,
  energyTotal: (k: number) => `GREEN_ENT_energy_total_Y${k}`,
  co2: (k: number) => `GREEN_ENT_co2_Y${k}`,
};

export const IDENTITY_FIELDS = [
  "name",
  "code",
  "industry",
  "key",
  "audit_status",
  "audit_year",
  "contact",
  "phone",
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

const TEXT = {
  sheet: { zh: "企业数据填报表", en: "Enterprise data" },
  title: { zh: "企业数据填报表", en: "Enterprise data request" },
  forPark: { zh: "园区清洁生产审核", en: "cleaner-production audit of" },
  identity: { zh: "一、企业基本信息", en: "1. The enterprise" },
  instructions: { zh: "二、填报说明", en: "2. How to fill this sheet" },
  items: { zh: "三、统计数据", en: "3. Statistics" },
  energy: { zh: "四、分品种能源消费量（实物量）", en: "4. Energy consumption by carrier (physical units)" },
  results: { zh: "五、自动计算（供核对）", en: "5. Computed (for checking)" },
  check: { zh: "核对", en: "Check" },
  guide: { zh: "说明（定义；由谁提供）", en: "Notes (definition; who provides it)" },
  carrier: { zh: "能源品种", en: "Energy carrier" },
  askWhom: { zh: "由谁提供：", en: "Ask: " },
  energyTotal: { zh: "综合能源消费量", en: "Total energy consumption" },
  energyTotalNote: {
    zh: "按 GB/T 2589 折标准煤系数由上表计算；蒸汽等无默认系数的品种不计入，请在说明列注明其折标系数",
    en: "From the table above with the standard-coal coefficients of GB/T 2589; steam and other carriers without a default are left out: give their coefficient in the notes",
  },
  co2: { zh: "二氧化碳排放量（估算）", en: "CO₂ emissions (estimate)" },
  co2Note: {
    zh: "按 GB/T 32150 的缺省值和全国电网平均排放因子估算，供企业核对；园区在“碳排放核算”表中按所选因子统一核算",
    en: "Estimated with the defaults of GB/T 32150 and the national average grid factor, for the enterprise's own check; the park computes its inventory with the factors it chooses",
  },
  noFactor: {
    zh: "含无缺省排放因子的品种（如原煤），由园区按实测数据核算",
    en: "A carrier without a default CO₂ factor (such as raw coal) is used: the park computes it from measured data",
  },
  noEnergy: { zh: "必填：请填写至少一种能源的消费量", en: "Required: enter the quantity of at least one carrier" },
  required: { zh: "必填", en: "Required" },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  amountError: { zh: "须为不小于 0 的数值，单位见 C 列。", en: "Must be a number ≥ 0 in the unit of column C." },
  answerError: { zh: "请从下拉列表中选择。", en: "Choose from the list." },
  yearError: { zh: "请填写四位年份。", en: "Enter a four-digit year." },
} as const satisfies Record<string, Text>;

const IDENTITY_LABELS: Readonly<Record<IdentityField, Text>> = {
  name: { zh: "企业名称", en: "Enterprise name" },
  code: { zh: "统一社会信用代码", en: "Unified social credit code" },
  industry: { zh: "所属行业", en: "Industry" },
  key: { zh: "是否园区重点企业", en: "Key enterprise of the park" },
  audit_status: { zh: "清洁生产审核状态", en: "Cleaner-production audit status" },
  audit_year: { zh: "清洁生产审核完成年份", en: "Year the audit was completed" },
  contact: { zh: "填表人", en: "Filled in by" },
  phone: { zh: "联系电话", en: "Telephone" },
};

const CODE_CHECK = {
  length: { zh: "应为 18 位", en: "Must have 18 characters" },
  characters: { zh: "含非法字符", en: "Holds a character no code uses" },
  checkDigit: { zh: "校验位不符，请核对", en: "Check character does not match: check" },
} as const satisfies Record<string, Text>;

function instructions(list: EnterpriseList | undefined, lang: TemplateOptions["lang"]): string[] {
  const zh = lang === "zh-CN";
  const contact = list?.contact;
  const who = [contact?.name, contact?.phone, contact?.email].filter(Boolean).join(zh ? "，" : ", ");
  const lines = zh
    ? [
        "1. 只在黄色单元格中填写；灰色单元格为公式，已锁定。",
        "2. 按 C 列的单位填写，不要换算成其他单位：万元不是元（相差一万倍），吨不是千克，万千瓦时不是千瓦时。",
        "3. 基准年和三个评价年度都要填写；当年没有发生的填 0，不要空着。",
        `4. “核对”列随填随查：显示 ${CHECK_OK} 即可；显示文字的，请按提示核对后修改。`,
        "5. “说明”列写明每项的定义和一般由哪个部门提供，请向该部门索取台账数据。",
        `6. 填好后保存为 .xlsx（不要改动表格结构或单元格名称），发回园区审核小组${who ? `：${who}` : ""}${list?.deadline ? `，截止日期 ${list.deadline}` : ""}。`,
      ]
    : [
        "1. Type only in the yellow cells; grey cells are formulas and locked.",
        "2. Use the unit of column C, never another: 万元 (10⁴ yuan) is not yuan, t is not kg, 万kWh is not kWh.",
        "3. Fill the base year and the three evaluation years; type 0 where there was none, never leave a cell empty.",
        `4. The Check column checks as you type: ${CHECK_OK} is fine; where it shows words, check and correct.`,
        "5. The Notes column defines each item and says which department usually holds it: ask them for the records.",
        `6. Save as .xlsx (do not change the layout or the cell names) and send it back to the park's audit team${who ? `: ${who}` : ""}${list?.deadline ? `, by ${list.deadline}` : ""}.`,
      ];
  return lines;
}

const COLUMNS = [24, 34, 10, 14, 14, 14, 14, 30, 60];
const FIRST_YEAR_COL = 3;
const CHECK_COL = 7;
const NOTE_COL = 8;
const YEARS = ALL_YEARS.length;

export interface RequestOptions {
  readonly lang: TemplateOptions["lang"];
  readonly years: readonly [number, number, number, number];
  readonly list?: EnterpriseList;
  readonly enterprise?: EnterpriseEntry;
}

function itemName(id: string): Text {
  return DATA_ITEMS.find((d) => d.id === id)?.name ?? { zh: id, en: id };
}

/** The number of a prefilled value (a text or a missing value is empty). */
function prefilled(data: ParkData | undefined, item: string, k: number): number | null {
  const v = data?.values?.[item]?.[k];
  return typeof v === "number" ? v : null;
}

function prefilledEnergy(data: ParkData | undefined, carrier: CarrierDef, k: number): number | null {
  const row = data?.energy?.find(
    (r) => r.carrier === carrier.id || r.carrier === carrier.name.zh || r.carrier === carrier.name.en,
  );
  const v = row?.values?.[k];
  if (typeof v !== "number") return null;
  const factor = unitFactor(row?.unit ?? carrier.nativeUnit, reportingUnit(carrier));
  return factor === undefined ? v : v * factor;
}

class RequestBuilder {
  readonly b: SheetBuilder;
  /** rows of the items, for the part-of-whole checks */
  private readonly itemRows = new Map<string, number>();

  constructor(private readonly o: RequestOptions) {
    this.b = new SheetBuilder("enterprise", TEXT.sheet, {
      lang: o.lang,
      mode: "native",
      years: o.years,
      nameSuffix: "",
      ...(o.list?.parkName ? { parkName: o.list.parkName } : {}),
    });
  }

  t(text: Text): string {
    return textOf(text, this.o.lang);
  }

  private get data(): ParkData | undefined {
    return this.o.enterprise?.data;
  }

  private yearHeader(row: number, label: Text): void {
    yearHeader(this.b, row, label);
    this.b.text(row, CHECK_COL, "header", TEXT.check);
    this.b.text(row, NOTE_COL, "header", TEXT.guide);
  }

  private checkHighlight(row: number): void {
    const at = cellAddress(row, CHECK_COL);
    this.b.highlight({
      range: at,
      formula: `AND(${at}<>"",${at}<>"${CHECK_OK}")`,
      fill: HIGHLIGHT.missingMandatory.fill,
      fontColor: HIGHLIGHT.missingMandatory.fontColor,
    });
  }

  identity(top: number): number {
    const b = this.b;
    const e = this.o.enterprise;
    b.text(top, 0, "title", TEXT.identity);
    const values: Readonly<Record<IdentityField, CellValue>> = {
      name: e?.name ?? null,
      code: e?.code ?? null,
      industry: e?.industry ?? null,
      key: e === undefined ? null : e.key ? "是" : "否",
      audit_status: e?.audit?.status ?? null,
      audit_year: e?.audit?.year ?? null,
      contact: e?.contact?.name ?? null,
      phone: e?.contact?.phone ?? null,
    };
    IDENTITY_FIELDS.forEach((field, i) => {
      const row = top + 1 + i;
      b.text(row, 1, "label", IDENTITY_LABELS[field]);
      b.input(row, FIRST_YEAR_COL, values[field], {
        name: ENT_NAMES.identity(field),
        key: `enterprise:${field}`,
        numberFormat: field === "audit_year" ? "0" : NUMBER_FORMATS.text,
      });
      b.merge(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL + YEARS - 1);
      const cell = cellAddress(row, FIRST_YEAR_COL);
      if (field === "name") {
        b.computed(
          row,
          CHECK_COL,
          `IF(${isBlankNative(cell)},"${this.t(TEXT.required)}","${CHECK_OK}")`,
          values.name ? CHECK_OK : this.t(TEXT.required),
        );
        this.checkHighlight(row);
      }
      if (field === "code") {
        b.computed(row, CHECK_COL, this.codeCheck(cell), this.codeCached(values.code));
        this.checkHighlight(row);
      }
      const range = rangeAddress(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL);
      if (field === "key")
        b.validate({
          range,
          rule: { kind: "list", items: [...KEY_ANSWERS] },
          error: { title: this.t(TEXT.invalid), message: this.t(TEXT.answerError) },
        });
      if (field === "audit_status")
        b.validate({
          range,
          rule: { kind: "list", items: [...AUDIT_STATUSES] },
          ...(this.o.lang === "en-US"
            ? {
                prompt: {
                  title: "Audit status",
                  message: AUDIT_STATUSES.map((s, j) => `${s} = ${AUDIT_STATUSES_EN[j]}`).join(", "),
                },
              }
            : {}),
          error: { title: this.t(TEXT.invalid), message: this.t(TEXT.answerError) },
        });
      if (field === "audit_year")
        b.validate({
          range,
          rule: { kind: "whole", min: 1990, max: 2200 },
          error: { title: this.t(TEXT.invalid), message: this.t(TEXT.yearError) },
        });
    });
    b.region("enterprise-identity", top + 1, 1, top + IDENTITY_FIELDS.length, CHECK_COL);
    return top + IDENTITY_FIELDS.length + 2;
  }

  /** GB 32100-2015's check character as a native formula: length, characters, then the weighted sum modulo 31. */
  private codeCheck(cell: string): string {
    const chars = excelString(CREDIT_CODE_CHARACTERS);
    const code = `UPPER(SUBSTITUTE(${cell}," ",""))`;
    const positions = `{${CREDIT_CODE_WEIGHTS.map((_, i) => i + 1).join(",")}}`;
    const weights = `{${CREDIT_CODE_WEIGHTS.join(",")}}`;
    const digits = `FIND(MID(${code},${positions},1),${chars})-1`;
    const expected = `MID(${chars},MOD(31-MOD(SUMPRODUCT((${digits})*${weights}),31),31)+1,1)`;
    return (
      `IF(${isBlankNative(cell)},"${this.t(TEXT.required)}",IF(LEN(${code})<>18,"${this.t(CODE_CHECK.length)}",` +
      `IF(ISERROR(SUMPRODUCT(FIND(MID(${code},{${CREDIT_CODE_WEIGHTS.map((_, i) => i + 1).join(",")},18},1),${chars}))),"${this.t(CODE_CHECK.characters)}",` +
      `IF(EXACT(RIGHT(${code},1),${expected}),"${CHECK_OK}","${this.t(CODE_CHECK.checkDigit)}"))))`
    );
  }

  private codeCached(code: CellValue): string {
    if (typeof code !== "string" || code.trim() === "") return this.t(TEXT.required);
    const problem = creditCodeProblem(code);
    if (!problem) return CHECK_OK;
    const normalized = code.replace(/\s+/g, "").toUpperCase();
    if (normalized.length !== 18) return this.t(CODE_CHECK.length);
    if ([...normalized].some((c) => !CREDIT_CODE_CHARACTERS.includes(c))) return this.t(CODE_CHECK.characters);
    return this.t(CODE_CHECK.checkDigit);
  }

  instructionBlock(top: number): number {
    this.b.text(top, 0, "title", TEXT.instructions);
    const lines = instructions(this.o.list, this.o.lang);
    lines.forEach((line, i) => this.b.text(top + 1 + i, 0, "note", line));
    return top + lines.length + 2;
  }

  items(top: number): number {
    const b = this.b;
    b.text(top, 0, "title", TEXT.items);
    this.yearHeader(top + 1, LABELS.item);
    let row = top + 2;
    // first the rows, so a check can name a row below its own
    for (const group of ENTERPRISE_GROUPS) {
      row += 1;
      for (const id of group.items) this.itemRows.set(id, row++);
    }
    row = top + 2;
    const first = row;
    for (const group of ENTERPRISE_GROUPS) {
      b.text(row, 1, "subtotal", group.name);
      b.text(row, NOTE_COL, "subtotal", `${this.t(TEXT.askWhom)}${this.t(group.askWhom)}`);
      row += 1;
      for (const id of group.items) {
        const item = DATA_ITEMS.find((d) => d.id === id);
        if (item) this.itemRow(row, item);
        row += 1;
      }
    }
    b.region("enterprise-items", first, 0, row - 1, NOTE_COL);
    return row + 1;
  }

  private itemRow(row: number, item: DataItemDef): void {
    const b = this.b;
    b.text(row, 0, "label", item.id);
    b.text(row, 1, "label", item.name);
    b.text(row, 2, "unit", unitText(item.unit, this.o.lang));
    for (const k of ALL_YEARS)
      b.input(row, FIRST_YEAR_COL + k, prefilled(this.data, item.id, k), {
        name: ENT_NAMES.item(item.id, k),
        key: `enterprise:${item.id}:${k}`,
        numberFormat: dataFormat(item.unit, item.kind),
      });
    const range = rangeAddress(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL + YEARS - 1);
    b.validate({
      range,
      rule: { kind: "decimal", min: 0 },
      prompt: { title: withUnit(this.t(item.name), item.unit, this.o.lang), message: this.t(item.definition) },
      error: { title: this.t(TEXT.invalid), message: this.t(TEXT.amountError) },
    });
    const values = ALL_YEARS.map((k) => prefilled(this.data, item.id, k));
    const cached = rowFindingText(
      rowFinding(item.id, values, (id, k) => prefilled(this.data, id, k)),
      { item: itemName, year: (k) => this.o.years[k] ?? k },
    );
    b.computed(row, CHECK_COL, this.checkFormula(row, item.id), this.t(cached));
    this.checkHighlight(row);
    const mandatory = MANDATORY_ENTERPRISE_ITEMS.has(item.id) ? `${this.t(TEXT.required)}。` : "";
    b.text(
      row,
      NOTE_COL,
      "note",
      `${this.o.lang === "zh-CN" ? mandatory : mandatory ? "Required. " : ""}${this.t(item.definition)}`,
    );
  }

  /** The check column's native formula for an item's row: rowCheck.ts in Excel 2010 functions. */
  private checkFormula(row: number, item: string): string {
    const at = (r: number, k: number) => cellAddress(r, FIRST_YEAR_COL + k);
    const range = rangeAddress(row, FIRST_YEAR_COL, row, FIRST_YEAR_COL + YEARS - 1);
    // every input here is a number (validated ≥ 0): a cell without a number is missing, as the merge reads it
    const missing = `(${YEARS}-COUNT(${range}))`;
    const jumps = ALL_YEARS.slice(1).map((k) => {
      const a = `N(${at(row, k - 1)})`;
      const c = `N(${at(row, k)})`;
      return `AND(${a}>0,${c}>0,MAX(${a},${c})>=${UNIT_MISTAKE_RATIO}*MIN(${a},${c}))`;
    });
    const words = (finding: Parameters<typeof rowFindingText>[0]) =>
      excelString(this.t(rowFindingText(finding, { item: itemName, year: (k) => k })));
    const pair = PART_OF.find((p) => p.part === item);
    let rest = `"${CHECK_OK}"`;
    if (pair) {
      const wholeRows = pair.whole.map((w) => this.itemRows.get(w));
      if (wholeRows.every((r) => r !== undefined)) {
        const exceeds = ALL_YEARS.map((k) => {
          const [firstWhole, ...others] = wholeRows as number[];
          const whole = [at(firstWhole as number, k), ...others.map((r) => `N(${at(r, k)})`)];
          return `AND(ISNUMBER(${at(row, k)}),ISNUMBER(${whole[0]}),N(${at(row, k)})>${whole.map((w, i) => (i === 0 ? `N(${w})` : w)).join("+")})`;
        });
        rest = `IF(OR(${exceeds.join(",")}),${words({ kind: "part-exceeds", whole: pair.whole, year: 0 })},${rest})`;
      }
    }
    rest = `IF(OR(${jumps.join(",")}),${words({ kind: "unit-jump", year: 1 })},${rest})`;
    if (MANDATORY_ENTERPRISE_ITEMS.has(item))
      return `IF(${missing}>0,${words({ kind: "missing-mandatory", missing: 1 })},${rest})`;
    return `IF(${missing}=${YEARS},"",IF(${missing}>0,${words({ kind: "missing-some", missing: 1 })},${rest}))`;
  }

  energy(top: number): number {
    const b = this.b;
    b.text(top, 0, "title", TEXT.energy);
    this.yearHeader(top + 1, TEXT.carrier);
    const first = top + 2;
    ENTERPRISE_CARRIERS.forEach((carrier, i) => {
      const row = first + i;
      b.text(row, 0, "label", carrier.id);
      b.text(row, 1, "label", carrier.name);
      b.text(row, 2, "unit", unitText(reportingUnit(carrier), this.o.lang));
      for (const k of ALL_YEARS)
        b.input(row, FIRST_YEAR_COL + k, prefilledEnergy(this.data, carrier, k), {
          name: ENT_NAMES.energy(carrier.id, k),
          key: `enterprise-energy:${carrier.id}:${k}`,
          numberFormat: NUMBER_FORMATS.amount,
        });
      const values = ALL_YEARS.map((k) => prefilledEnergy(this.data, carrier, k));
      const cached = rowFindingText(
        rowFinding(carrier.id, values, () => null),
        { item: itemName, year: (k) => k },
      );
      b.computed(row, CHECK_COL, this.checkFormula(row, carrier.id), this.t(cached));
      this.checkHighlight(row);
      const coefficient =
        carrier.coefficient === null
          ? this.o.lang === "zh-CN"
            ? "无默认折标系数，请注明本企业的折标系数"
            : "no default standard-coal coefficient: state the enterprise's own"
          : `${this.o.lang === "zh-CN" ? "折标系数" : "coefficient"} ${carrier.coefficient} kgce/${carrier.nativeUnit}`;
      b.text(row, NOTE_COL, "note", coefficient);
    });
    const last = first + ENTERPRISE_CARRIERS.length - 1;
    b.validate({
      range: rangeAddress(first, FIRST_YEAR_COL, last, FIRST_YEAR_COL + YEARS - 1),
      rule: { kind: "decimal", min: 0 },
      prompt: { title: this.t(TEXT.carrier), message: this.t(TEXT.amountError) },
      error: { title: this.t(TEXT.invalid), message: this.t(TEXT.amountError) },
    });
    b.region("enterprise-energy", first, 0, last, NOTE_COL);
    return this.results(last + 2, first, last);
  }

  /** The energy total (tce) and the CO₂ estimate per year, from the energy table. */
  private results(top: number, first: number, last: number): number {
    const b = this.b;
    b.text(top, 0, "title", TEXT.results);
    this.yearHeader(top + 1, LABELS.item);
    const tceRow = top + 2;
    const co2Row = top + 3;
    b.text(tceRow, 0, "label", "energy_total");
    b.text(tceRow, 1, "total", TEXT.energyTotal);
    b.text(tceRow, 2, "unit", "tce");
    b.text(co2Row, 0, "label", "co2");
    b.text(co2Row, 1, "total", TEXT.co2);
    b.text(co2Row, 2, "unit", "t");
    const data = this.energyData();
    for (const k of ALL_YEARS) {
      const col = FIRST_YEAR_COL + k;
      const quantities = rangeAddress(first, col, last, col);
      const given = `COUNT(${quantities})`;
      const tceTerms = ENTERPRISE_CARRIERS.flatMap((carrier, i) => {
        const factor = tceFactor(carrier);
        return factor === undefined ? [] : [`N(${cellAddress(first + i, col)})*${numberLiteral(factor)}`];
      });
      const total = energyTotalOfYear(data, k);
      b.computed(
        tceRow,
        col,
        `IF(${given}=0,"",${tceTerms.join("+")})`,
        data.energy?.some((r) => typeof r.values[k] === "number") ? (total.ok ? total.value : "") : "",
        {
          role: "total",
          name: ENT_NAMES.energyTotal(k),
          numberFormat: "#,##0.00",
        },
      );
      b.computed(co2Row, col, this.co2Formula(first, k), this.co2Cached(data, k), {
        role: "total",
        name: ENT_NAMES.co2(k),
        numberFormat: "#,##0.00",
      });
    }
    const tceRange = rangeAddress(tceRow, FIRST_YEAR_COL, tceRow, FIRST_YEAR_COL + YEARS - 1);
    const energyMissing = `COUNT(${tceRange})<${YEARS}`;
    const allGiven = ALL_YEARS.every((k) => data.energy?.some((r) => typeof r.values[k] === "number"));
    b.computed(
      tceRow,
      CHECK_COL,
      `IF(${energyMissing},"${this.t(TEXT.noEnergy)}","${CHECK_OK}")`,
      allGiven ? CHECK_OK : this.t(TEXT.noEnergy),
    );
    this.checkHighlight(tceRow);
    b.text(tceRow, NOTE_COL, "note", TEXT.energyTotalNote);
    const noDefault = ENTERPRISE_CARRIERS.flatMap((c, i) =>
      this.hasCo2Default(c) ? [] : [rangeAddress(first + i, FIRST_YEAR_COL, first + i, FIRST_YEAR_COL + YEARS - 1)],
    );
    const noDefaultGiven = noDefault.map((r) => `COUNT(${r})`).join("+");
    const usesNoDefault = ENTERPRISE_CARRIERS.some(
      (c) => !this.hasCo2Default(c) && ALL_YEARS.some((k) => prefilledEnergy(this.data, c, k) !== null),
    );
    b.computed(
      co2Row,
      CHECK_COL,
      `IF(${noDefaultGiven}>0,"${this.t(TEXT.noFactor)}",IF(${energyMissing},"","${CHECK_OK}"))`,
      usesNoDefault ? this.t(TEXT.noFactor) : allGiven ? CHECK_OK : "",
    );
    b.text(co2Row, NOTE_COL, "note", TEXT.co2Note);
    b.region("enterprise-results", tceRow, 0, co2Row, NOTE_COL);
    return co2Row + 1;
  }

  private hasCo2Default(carrier: CarrierDef): boolean {
    return ALL_YEARS.every((k) => co2FactorOf(carrier, {}, this.o.years[k] ?? 0).ok);
  }

  /** Σ quantity × factor of the year (GB/T 32150 defaults, national grid), minus exports, plus process CO₂. */
  private co2Formula(first: number, k: number): string {
    const col = FIRST_YEAR_COL + k;
    const year = this.o.years[k] ?? 0;
    const quantities = rangeAddress(first, col, first + ENTERPRISE_CARRIERS.length - 1, col);
    const given = `COUNT(${quantities})`;
    const terms: string[] = [];
    const blockers: string[] = [];
    ENTERPRISE_CARRIERS.forEach((carrier, i) => {
      const q = cellAddress(first + i, col);
      const factor = co2PerReportingUnit(carrier, year);
      if (factor === undefined) blockers.push(`ISNUMBER(${q})`);
      else terms.push(`N(${q})*${numberLiteral(factor)}`);
    });
    const electricity = ENTERPRISE_CARRIERS.find((c) => c.id === "electricity");
    const heat = ENTERPRISE_CARRIERS.find((c) => c.id === "heat");
    const exported = (item: string, carrier: CarrierDef | undefined, unit: string) => {
      const factor = carrier ? co2PerUnit(carrier, year, unit) : undefined;
      const row = this.itemRows.get(item);
      return factor === undefined || row === undefined ? [] : [`-N(${cellAddress(row, col)})*${numberLiteral(factor)}`];
    };
    const processRow = this.itemRows.get("co2_process");
    const sum = [
      ...terms,
      ...exported("electricity_export", electricity, "万kWh"),
      ...exported("heat_export", heat, "GJ"),
      ...(processRow === undefined ? [] : [`N(${cellAddress(processRow, col)})`]),
    ]
      .join("+")
      .replace(/\+-/g, "-");
    return `IF(${given}=0,"",IF(OR(${blockers.join(",")}),"",${sum}))`;
  }

  private energyData(): ParkData & { energy: { carrier: string; unit: string; values: (number | null)[] }[] } {
    return {
      years: this.o.years,
      values: this.data?.values ?? {},
      energy: ENTERPRISE_CARRIERS.map((c) => ({
        carrier: c.id,
        unit: reportingUnit(c),
        values: ALL_YEARS.map((k) => prefilledEnergy(this.data, c, k)),
      })),
    };
  }

  private co2Cached(data: ParkData, k: number): CellValue {
    const total = inventoryOfYear(data, k, {}).total;
    return total !== null && total.ok ? total.value : "";
  }

  build(): SheetPlan {
    const b = this.b;
    const park = this.o.list?.parkName;
    b.text(
      0,
      0,
      "title",
      park
        ? `${this.t(TEXT.title)}（${park}${this.o.lang === "zh-CN" ? "清洁生产审核" : " cleaner-production audit"}）`
        : this.t(TEXT.title),
    );
    b.text(1, 0, "note", LABELS.inputHint);
    let row = this.identity(3);
    row = this.instructionBlock(row);
    row = this.items(row);
    this.energy(row);
    b.columnWidths(COLUMNS);
    b.freeze(0, 2);
    b.printLandscape();
    return b.build({ code: this.o.enterprise?.code ?? null });
  }
}

/** kgce per reporting unit → tce per reporting unit; undefined for a carrier without a default coefficient. */
function tceFactor(carrier: CarrierDef): number | undefined {
  if (carrier.coefficient === null) return undefined;
  const toNative = unitFactor(reportingUnit(carrier), carrier.nativeUnit);
  const kgceToTce = unitFactor("kgce", "tce");
  return toNative === undefined || kgceToTce === undefined ? undefined : carrier.coefficient * toNative * kgceToTce;
}

/** t CO₂ per `unit` of a carrier in a year by the catalog's defaults; undefined where there is none. */
function co2PerUnit(carrier: CarrierDef, year: number, unit: string): number | undefined {
  const factor = co2FactorOf(carrier, {}, year);
  const perFactorUnit = unitFactor(unit, co2FactorUnit(carrier));
  return factor.ok && perFactorUnit !== undefined ? factor.value * perFactorUnit : undefined;
}

function co2PerReportingUnit(carrier: CarrierDef, year: number): number | undefined {
  return co2PerUnit(carrier, year, reportingUnit(carrier));
}

/** The request sheet of one enterprise (or a blank one, without `enterprise`). */
export function buildRequestSheet(options: RequestOptions): SheetPlan {
  return new RequestBuilder(options).build();
}
