/**
 * 低碳管理 / Low-carbon management (docs/templates.md#low-carbon-management): every requirement of 《工业园区低碳管理
 * 基本要求》 as a row — clause, the standard's words, 应/宜, an answer (符合 / 部分符合 / 不符合 / 不适用), evidence index
 * and remarks — grouped by clause, the records of 8.2 as a checklist, a verdict per clause and overall
 * (calc/lowCarbon.ts), and the statistics of 5.4 b) beside the Data sheet's figures.
 */
import {
  DATA_ITEMS,
  LOW_CARBON_ITEMS,
  LOW_CARBON_SECTIONS,
  LOW_CARBON_STANDARD,
  LOW_CARBON_STATISTICS,
  type LowCarbonItem,
  type LowCarbonKind,
  type Text,
} from "../../catalog";
import {
  FAILING_ANSWERS,
  LOW_CARBON_ANSWERS,
  LOW_CARBON_ANSWER_TEXT,
  PASSING_ANSWERS,
  lowCarbonVerdict,
  type LowCarbonAnswer,
} from "../../calc/lowCarbon";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { EVALUATION_YEARS, excelString, type TemplateOptions } from "../context";
import { LABELS, unitText } from "../labels";
import { NUMBER_FORMATS } from "../numberFormats";
import type { TemplateSpec } from "../registry";
import type { CellValue, Lang } from "../sheetPlan";
import { HIGHLIGHT } from "../styles";
import { yearData } from "./synergy";

const TEXT = {
  sheet: { zh: "低碳管理", en: "Low-carbon management" },
  title: {
    zh: "工业园区低碳管理基本要求符合性检查表",
    en: "Low-carbon management of an industrial park: conformity checklist",
  },
  source: {
    zh: `依据：${LOW_CARBON_STANDARD.zh}第4章至第8章（条款号按各章顺序编排，待与正式文本核对）。`,
    en: `Source: ${LOW_CARBON_STANDARD.en}, chapters 4 to 8 (clause numbers follow the order of the chapters; to confirm against the official text).`,
  },
  rule: {
    zh: "结论：“应”项均为符合或不适用时为符合，任一“应”项不符合或部分符合即为不符合；“宜”项（含可、鼓励）不影响结论。",
    en: "The verdict is “compliant” when every “shall” item is compliant or not applicable, and “non-compliant” as soon as one “shall” item is non-compliant or partly compliant; “should” items (also “may” and “encouraged”) are answered as they are and decide nothing.",
  },
  overall: { zh: "总体结论（“应”项）", en: "Overall verdict (“shall” items)" },
  clause: { zh: "条款", en: "Clause" },
  requirement: { zh: "要求", en: "Requirement" },
  kind: { zh: "应/宜", en: "Shall / should" },
  answer: { zh: "符合情况", en: "Conformity" },
  evidence: { zh: "证明材料索引", en: "Evidence index" },
  verdict: { zh: "条款结论", en: "Clause verdict" },
  shouldOnly: { zh: "宜，不计入", en: "should: none" },
  answerPrompt: {
    zh: "请选择符合、部分符合、不符合或不适用，并在右侧填写证明材料索引。",
    en: "Choose compliant, partly compliant, non-compliant or not applicable, and give the evidence index on the right.",
  },
  answerError: {
    zh: "请从下拉列表中选择：符合、部分符合、不符合、不适用。",
    en: "Choose from the list: compliant, partly compliant, non-compliant, not applicable.",
  },
  invalid: { zh: "输入无效", en: "Invalid entry" },
  statistics: {
    zh: "5.4 b) 统计数据范围：基础数据表中的对应数据",
    en: "5.4 b) Scope of the statistics: the matching figures of the Data sheet",
  },
  statistic: { zh: "统计项：基础数据表数据项", en: "Statistic: data item of the Data sheet" },
  coverage: { zh: "三年数据", en: "Three years" },
  complete: { zh: "齐全", en: "complete" },
  incomplete: { zh: "不全", en: "incomplete" },
  notOnDataSheet: {
    zh: "基础数据表无此项，在低碳运行统计报告中列示",
    en: "not on the Data sheet: report it in the low-carbon statistics report",
  },
} as const;

const KIND_TEXT: Readonly<Record<LowCarbonKind, Text>> = {
  应: { zh: "应", en: "shall" },
  宜: { zh: "宜", en: "should" },
};

/** Column positions (0-based) and the keys of `options.rows.lowcarbon` (one row per item, by `id` "5.4b"). */
export const LOW_CARBON_COL = { clause: 0, text: 1, kind: 2, answer: 3, evidence: 4, remarks: 5, verdict: 6 } as const;

/**
 * Column widths per language: the English requirements run about half as long again as the Chinese, so their
 * column is wider and the sheet prints a little smaller (still above 8 pt), in as many pages as the Chinese.
 */
const COLUMNS: Readonly<Record<Lang, readonly number[]>> = {
  "zh-CN": [9, 64, 8, 13, 24, 18, 12],
  "en-US": [8, 90, 8, 14, 20, 16, 13],
};
const OVERALL_ROW = 4;
const HEADER_ROW = 6;
const FIRST_ROW = HEADER_ROW + 1;
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

function answersOf(options: TemplateOptions): (id: string) => Readonly<Record<string, CellValue>> {
  const rows = options.rows?.lowcarbon ?? [];
  return (id) => rows.find((r) => r.id === id) ?? {};
}

/** The verdict's native formula over the answers and kinds of rows top…bottom (calc/lowCarbon.ts). */
function verdictFormula(b: SheetBuilder, top: number, bottom: number): string {
  const answers = rangeAddress(top, LOW_CARBON_COL.answer, bottom, LOW_CARBON_COL.answer);
  const kinds = rangeAddress(top, LOW_CARBON_COL.kind, bottom, LOW_CARBON_COL.kind);
  const shall = excelString(b.t(KIND_TEXT["应"]));
  const count = (list: readonly LowCarbonAnswer[]) =>
    list
      .flatMap((a) => [LOW_CARBON_ANSWER_TEXT[a].zh, LOW_CARBON_ANSWER_TEXT[a].en])
      .map((w) => `COUNTIFS(${answers},${excelString(w)},${kinds},${shall})`)
      .join("+");
  const word = (v: "符合" | "不符合") => excelString(b.t(LOW_CARBON_ANSWER_TEXT[v]));
  return (
    `IF(${count(FAILING_ANSWERS)}>0,${word("不符合")},` +
    `IF(${count(PASSING_ANSWERS)}=COUNTIF(${kinds},${shall}),${word("符合")},""))`
  );
}

/** "标题：正文" in Chinese, "Title: text" in English. */
function colon(b: SheetBuilder, head: string, rest: string): string {
  return b.options.lang === "zh-CN" ? `${head}：${rest}` : `${head}: ${rest}`;
}

function verdictCached(b: SheetBuilder, items: readonly { kind: LowCarbonKind; answer: CellValue }[]): string {
  const v = lowCarbonVerdict(items);
  return v.ok ? b.t(LOW_CARBON_ANSWER_TEXT[v.value]) : "";
}

export function buildLowCarbon(options: TemplateOptions) {
  const b = new SheetBuilder("lowcarbon", TEXT.sheet, options);
  const last = COLUMNS["zh-CN"].length - 1;
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", LABELS.inputHint);
  b.text(3, 0, "note", TEXT.rule);
  for (const row of [1, 2, 3]) b.merge(row, 0, row, last);
  [TEXT.clause, TEXT.requirement, TEXT.kind, TEXT.answer, TEXT.evidence, LABELS.remarks, TEXT.verdict].forEach(
    (h, col) => b.text(HEADER_ROW, col, "header", h),
  );

  const given = answersOf(options);
  const answered: { kind: LowCarbonKind; answer: CellValue }[] = [];
  let row = FIRST_ROW;
  const item = (it: LowCarbonItem) => {
    if (it.intro) {
      b.text(row, LOW_CARBON_COL.text, "note", it.intro);
      row += 1;
    }
    const values = given(it.id);
    b.text(row, LOW_CARBON_COL.clause, "label", it.clause);
    b.text(row, LOW_CARBON_COL.text, "label", it.text);
    b.text(row, LOW_CARBON_COL.kind, "label", KIND_TEXT[it.kind]);
    const answer = values.answer ?? null;
    b.input(row, LOW_CARBON_COL.answer, answer, { key: `answer:${it.id}` });
    b.input(row, LOW_CARBON_COL.evidence, values.evidence ?? null, { key: `evidence:${it.id}`, numberFormat: "@" });
    b.input(row, LOW_CARBON_COL.remarks, values.remarks ?? null, { key: `remarks:${it.id}` });
    answered.push({ kind: it.kind, answer });
    row += 1;
  };

  for (const section of LOW_CARBON_SECTIONS) {
    for (const heading of section.headings ?? []) {
      b.text(row, 0, "header", heading);
      for (let col = 1; col <= last; col++) b.text(row, col, "header", "");
      b.merge(row, 0, row, last);
      row += 1;
    }
    const sectionRow = row;
    b.text(row, LOW_CARBON_COL.clause, "label", section.id);
    const title = b.t(section.title);
    b.text(row, LOW_CARBON_COL.text, "label", section.lead ? colon(b, title, b.t(section.lead)) : title);
    row += 1;
    const first = answered.length;
    section.items.forEach(item);
    const items = answered.slice(first);
    if (items.some((i) => i.kind === "应")) {
      b.computed(
        sectionRow,
        LOW_CARBON_COL.verdict,
        verdictFormula(b, sectionRow + 1, row - 1),
        verdictCached(b, items),
        {
          role: "subtotal",
          key: `verdict:${section.id}`,
        },
      );
    } else b.text(sectionRow, LOW_CARBON_COL.verdict, "note", TEXT.shouldOnly);
  }
  const lastItemRow = row - 1;

  b.text(OVERALL_ROW, 0, "label", TEXT.overall);
  b.merge(OVERALL_ROW, 0, OVERALL_ROW, 2);
  b.computed(
    OVERALL_ROW,
    LOW_CARBON_COL.answer,
    verdictFormula(b, FIRST_ROW, lastItemRow),
    verdictCached(b, answered),
    {
      role: "total",
      key: "verdict:overall",
      name: `GREEN_LOWCARBON_OVERALL${options.nameSuffix}`,
    },
  );

  const answerRange = rangeAddress(FIRST_ROW, LOW_CARBON_COL.answer, lastItemRow, LOW_CARBON_COL.answer);
  b.validate({
    range: answerRange,
    rule: { kind: "list", items: LOW_CARBON_ANSWERS.map((a) => b.t(LOW_CARBON_ANSWER_TEXT[a])) },
    prompt: { title: b.t(TEXT.answer), message: b.t(TEXT.answerPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.answerError) },
  });
  highlights(b, lastItemRow);

  const statisticsEnd = statistics(b, lastItemRow + 2);
  b.region("requirements", FIRST_ROW, 0, lastItemRow, last);
  b.region("overall", OVERALL_ROW, LOW_CARBON_COL.answer, OVERALL_ROW, LOW_CARBON_COL.answer);
  b.region("statistics", lastItemRow + 2, 0, statisticsEnd, last);
  b.columnWidths(COLUMNS[options.lang]);
  b.freeze(FIRST_ROW, 0);
  b.printLandscape();
  return b.build({ columns: LOW_CARBON_COL });
}

/** 不符合 and 部分符合 in red, a shall item unanswered, an answer without its evidence index, verdicts coloured. */
function highlights(b: SheetBuilder, lastItemRow: number): void {
  const answerTop = cellAddress(FIRST_ROW, LOW_CARBON_COL.answer);
  const kindTop = cellAddress(FIRST_ROW, LOW_CARBON_COL.kind);
  const evidenceTop = cellAddress(FIRST_ROW, LOW_CARBON_COL.evidence);
  const failing = FAILING_ANSWERS.map((a) => `${answerTop}=${excelString(b.t(LOW_CARBON_ANSWER_TEXT[a]))}`);
  const answers = rangeAddress(FIRST_ROW, LOW_CARBON_COL.answer, lastItemRow, LOW_CARBON_COL.answer);
  b.highlight({ range: answers, formula: `OR(${failing.join(",")})`, ...HIGHLIGHT.missingMandatory });
  b.highlight({
    range: answers,
    formula: `AND($${kindTop}=${excelString(b.t(KIND_TEXT["应"]))},${answerTop}="")`,
    fill: HIGHLIGHT.scoreBelowFull.fill,
  });
  b.highlight({
    range: rangeAddress(FIRST_ROW, LOW_CARBON_COL.evidence, lastItemRow, LOW_CARBON_COL.evidence),
    formula: `AND($${answerTop}<>"",${evidenceTop}="")`,
    fill: HIGHLIGHT.scoreBelowFull.fill,
  });
  const verdicts = [
    cellAddress(OVERALL_ROW, LOW_CARBON_COL.answer),
    rangeAddress(FIRST_ROW, LOW_CARBON_COL.verdict, lastItemRow, LOW_CARBON_COL.verdict),
  ];
  for (const range of verdicts) {
    const top = range.split(":")[0] ?? range;
    const no = excelString(b.t(LOW_CARBON_ANSWER_TEXT["不符合"]));
    b.highlight({ range, formula: `${top}=${no}`, ...HIGHLIGHT.missingMandatory });
    b.highlight({
      range,
      formula: `${top}=${excelString(b.t(LOW_CARBON_ANSWER_TEXT["符合"]))}`,
      fill: GOOD_FILL,
      fontColor: GOOD_FONT,
    });
  }
}

/**
 * The statistics of 5.4 b) with the Data sheet's figure of each evaluation year where the Data sheet holds the
 * item (formulas over its names), and whether all three years are there. Returns the block's last row.
 */
function statistics(b: SheetBuilder, top: number): number {
  const last = COLUMNS["zh-CN"].length - 1;
  b.text(top, 0, "header", TEXT.statistics);
  for (let col = 1; col <= last; col++) b.text(top, col, "header", "");
  b.merge(top, 0, top, last);
  const head = top + 1;
  const years = EVALUATION_YEARS.map((k) =>
    b.options.lang === "zh-CN" ? `${b.options.years[k]}年` : String(b.options.years[k]),
  );
  [LABELS.no, TEXT.statistic, LABELS.unit, ...years, TEXT.coverage].forEach((h, col) => b.text(head, col, "header", h));
  const data = EVALUATION_YEARS.map((k) => yearData(b.options, k));
  let row = head + 1;
  LOW_CARBON_STATISTICS.forEach((stat, n) => {
    if (stat.items.length === 0) {
      b.text(row, 0, "label", n + 1);
      b.text(row, 1, "label", colon(b, b.t(stat.text), b.t(TEXT.notOnDataSheet)));
      row += 1;
      return;
    }
    stat.items.forEach((id, i) => {
      const def = DATA_ITEMS.find((d) => d.id === id);
      if (!def) throw new Error(`lowcarbon: no data item ${id}`);
      b.text(row, 0, "label", i === 0 ? n + 1 : "");
      b.text(row, 1, "label", colon(b, b.t(stat.text), b.t(def.name)));
      b.text(row, 2, "unit", unitText(def.unit, b.options.lang));
      const shown: CellValue[] = [];
      EVALUATION_YEARS.forEach((k, j) => {
        const ref = b.n.data(id, k);
        const v = data[j]?.[id];
        const cached = typeof v === "number" && Number.isFinite(v) ? v : "";
        shown.push(cached);
        b.computed(row, 3 + j, `IF(ISNUMBER(${ref}),${ref},"")`, cached, {
          key: `statistic:${id}:${k}`,
          numberFormat: NUMBER_FORMATS.amount,
        });
      });
      const count = shown.filter((v) => typeof v === "number").length;
      const span = rangeAddress(row, 3, row, 5);
      b.computed(
        row,
        6,
        `IF(COUNT(${span})=3,${excelString(b.t(TEXT.complete))},${excelString(b.t(TEXT.incomplete))})`,
        b.t(count === 3 ? TEXT.complete : TEXT.incomplete),
        { key: `statistic:${id}:coverage` },
      );
      row += 1;
    });
  });
  return row - 1;
}

export const lowCarbonTemplate: TemplateSpec = {
  id: "lowcarbon",
  sheetName: TEXT.sheet,
  purpose: {
    zh: `${LOW_CARBON_ITEMS.length}项低碳管理要求（应/宜）逐条判定符合情况并索引证明材料，10项记录清单，条款结论与总体结论；统计数据与基础数据表对应`,
    en: `The ${LOW_CARBON_ITEMS.length} low-carbon management requirements (shall/should) answered one by one with evidence, the 10 records, a verdict per clause and overall; the statistics beside the Data sheet`,
  },
  source: LOW_CARBON_STANDARD,
  reads: ["data"],
  importable: true,
  build: buildLowCarbon,
};
