/**
 * 企业汇总 / Enterprises (docs/enterprises.md "The merged workbook"): each merged enterprise's values per item,
 * carrier and year — one block per year, one row per enterprise, its source file beside it — with the park totals
 * and the key enterprises' audit share. Each block's columns are named `GREEN_ENTSUM_<item>_Y<k>` and
 * `GREEN_ENTSUM_ENERGY_<carrier>_Y<k>`; the data sheet sums them, so a value corrected here changes the park's.
 */
import { reportingUnit } from "../catalog";
import { cellAddress, rangeAddress } from "../templates/a1";
import { SheetBuilder } from "../templates/builder";
import { ALL_YEARS, templateNames, type TemplateOptions } from "../templates/context";
import { LABELS, unitText, withUnit } from "../templates/labels";
import { NUMBER_FORMATS, dataFormat } from "../templates/numberFormats";
import type { SheetPlan } from "../templates/sheetPlan";
import { textOf, type Text } from "../text";
import { ENTERPRISE_CARRIERS, ENTERPRISE_ITEMS } from "./items";
import type { MergedEnterprise } from "./merge";

export const SUM_NAMES = {
  item: (item: string, k: number, suffix = "") => templateNames(suffix).enterpriseItem(item, k),
  energy: (carrier: string, k: number, suffix = "") => templateNames(suffix).enterpriseEnergy(carrier, k),
  keyTotal: (suffix = "") => `GREEN_ENTSUM_KEY_TOTAL${suffix}`,
  keyAudited: (suffix = "") => `GREEN_ENTSUM_KEY_AUDITED${suffix}`,
};

const TEXT = {
  sheet: { zh: "企业汇总", en: "Enterprises" },
  title: { zh: "企业汇总", en: "Enterprises" },
  note: {
    zh: "各企业交回的填报表数据。“基础数据”表中的对应项为本表各年合计（公式）：在此更正某企业的数据，园区合计随之更新。",
    en: "The figures of the enterprises' returned workbooks. The Data sheet's matching items are this sheet's yearly totals (formulas): correct an enterprise's figure here and the park's total follows.",
  },
  keyShare: { zh: "重点企业清洁生产审核完成情况", en: "Key enterprises with a completed cleaner-production audit" },
  keyTotal: { zh: "重点企业数", en: "Key enterprises" },
  keyAudited: { zh: "已完成清洁生产审核", en: "Audit completed" },
  keyPercent: { zh: "完成比例", en: "Share" },
  year: { zh: "年", en: "" },
  name: { zh: "企业名称", en: "Enterprise" },
  code: { zh: "统一社会信用代码", en: "Credit code" },
  key: { zh: "重点企业", en: "Key" },
  audit: { zh: "审核状态", en: "Audit status" },
  file: { zh: "来源文件", en: "Source file" },
  total: { zh: "园区合计", en: "Park total" },
} as const satisfies Record<string, Text>;

const IDENTITY_COLUMNS = 6;

/** Columns of a year block after the identity: every item, then every carrier. */
function valueColumns() {
  return [
    ...ENTERPRISE_ITEMS.map((i) => ({
      id: i.id,
      name: i.name,
      unit: i.unit,
      format: dataFormat(i.unit, i.kind),
      of: (e: MergedEnterprise, k: number) => e.values[i.id]?.[k] ?? null,
      sumName: (k: number, s: string) => SUM_NAMES.item(i.id, k, s),
    })),
    ...ENTERPRISE_CARRIERS.map((c) => ({
      id: c.id,
      name: c.name,
      unit: reportingUnit(c),
      format: NUMBER_FORMATS.amount,
      of: (e: MergedEnterprise, k: number) => e.energy[c.id]?.[k] ?? null,
      sumName: (k: number, s: string) => SUM_NAMES.energy(c.id, k, s),
    })),
  ];
}

export function buildSummarySheet(options: TemplateOptions, enterprises: readonly MergedEnterprise[]): SheetPlan {
  const b = new SheetBuilder("enterprises", TEXT.sheet, options);
  const t = (x: Text) => textOf(x, options.lang);
  const s = options.nameSuffix;
  const columns = valueColumns();
  // the yearly columns the data sheet sums: names of ranges, added to the plan's cell names below
  const columnNames: { name: string; range: string }[] = [];
  const n = enterprises.length;
  b.text(0, 0, "title", `${t(TEXT.title)}（${n}）`);
  b.text(1, 0, "note", TEXT.note);

  // the first year block's identity columns hold the key-enterprise answers and audit statuses
  const blockHeight = n + 3;
  const firstTop = 8;
  const firstRow = firstTop + 2;
  const keys = rangeAddress(firstRow, 3, firstRow + n - 1, 3);
  const audits = rangeAddress(firstRow, 4, firstRow + n - 1, 4);
  const keyEnterprises = enterprises.filter((e) => e.key === true);
  const audited = keyEnterprises.filter((e) => e.auditStatus === "已完成").length;
  b.text(3, 0, "title", TEXT.keyShare);
  b.text(4, 1, "label", TEXT.keyTotal);
  b.computed(4, 2, `COUNTIF(${keys},"是")`, keyEnterprises.length, { name: SUM_NAMES.keyTotal(s), numberFormat: "0" });
  b.text(5, 1, "label", TEXT.keyAudited);
  b.computed(5, 2, `COUNTIFS(${keys},"是",${audits},"已完成")`, audited, {
    name: SUM_NAMES.keyAudited(s),
    numberFormat: "0",
  });
  b.text(6, 1, "label", TEXT.keyPercent);
  b.computed(
    6,
    2,
    `IF(${cellAddress(4, 2)}=0,"",${cellAddress(5, 2)}/${cellAddress(4, 2)})`,
    keyEnterprises.length === 0 ? "" : audited / keyEnterprises.length,
    { numberFormat: "0.0%" },
  );

  ALL_YEARS.forEach((k) => {
    const top = firstTop + k * (blockHeight + 1);
    const year = options.years[k];
    b.text(
      top,
      0,
      "title",
      options.lang === "zh-CN"
        ? `${year} 年${k === 0 ? `（${t(LABELS.baseYear)}）` : ""}`
        : `${year}${k === 0 ? ` (${t(LABELS.baseYear)})` : ""}`,
    );
    const header = top + 1;
    [LABELS.no, TEXT.name, TEXT.code, TEXT.key, TEXT.audit, TEXT.file].forEach((h, c) =>
      b.text(header, c, "header", h),
    );
    columns.forEach((c, j) =>
      b.text(header, IDENTITY_COLUMNS + j, "header", withUnit(t(c.name), unitText(c.unit, options.lang), options.lang)),
    );
    enterprises.forEach((e, i) => {
      const row = header + 1 + i;
      b.text(row, 0, "label", i + 1);
      b.text(row, 1, "label", e.name);
      b.text(row, 2, "label", e.code);
      b.text(row, 3, "label", e.key === null ? "" : e.key ? "是" : "否");
      b.text(row, 4, "label", e.auditStatus ?? "");
      b.text(row, 5, "note", e.file);
      columns.forEach((c, j) =>
        b.input(row, IDENTITY_COLUMNS + j, c.of(e, k), {
          key: `enterprise:${e.code}:${c.id}:${k}`,
          numberFormat: c.format,
        }),
      );
    });
    const first = header + 1;
    const last = header + n;
    const totalRow = last + 1;
    b.text(totalRow, 1, "total", TEXT.total);
    columns.forEach((c, j) => {
      const col = IDENTITY_COLUMNS + j;
      const range = rangeAddress(first, col, last, col);
      columnNames.push({ name: c.sumName(k, s), range });
      const values = enterprises.map((e) => c.of(e, k)).filter((v): v is number => v !== null);
      b.computed(
        totalRow,
        col,
        `IF(COUNT(${range})=0,"",SUM(${range}))`,
        values.length === 0 ? "" : values.reduce((a, v) => a + v, 0),
        {
          role: "total",
          numberFormat: c.format,
        },
      );
    });
    b.validate({
      range: rangeAddress(first, IDENTITY_COLUMNS, last, IDENTITY_COLUMNS + columns.length - 1),
      rule: { kind: "decimal", min: 0 },
      error: {
        title: options.lang === "zh-CN" ? "输入无效" : "Invalid entry",
        message:
          options.lang === "zh-CN"
            ? "须为不小于 0 的数值，单位见表头。"
            : "Must be a number ≥ 0 in the unit of the header.",
      },
    });
    b.region(`enterprises-y${k}`, first, 0, last, IDENTITY_COLUMNS + columns.length - 1);
  });
  b.columnWidths([6, 28, 22, 8, 10, 30, ...columns.map(() => 14)]);
  b.freeze(0, 2);
  b.printLandscape();
  const plan = b.build({ enterprises: n });
  return { ...plan, names: [...plan.names, ...columnNames] };
}
