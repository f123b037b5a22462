/**
 * 基础性要求 / Basic requirements (docs/templates.md `basic`): the 8 requirements of 《北京市工业园区绿色诊断工作指南》附件2-1-1
 * (工业园区绿色诊断基础性要求诊断表: 基本要求 / 是否符合 / 证明材料索引), each with a 符合/不符合 drop-down and
 * its evidence index; the overall verdict is 符合 only when all six mandatory items are 符合 (items 7
 * and 8 are 鼓励 — encouraged — and shown as such).
 */
import { BASIC_REQUIREMENTS, BEIJING_GUIDE, cite, type BasicRequirementAnswer } from "../../catalog";
import { BASIC_ANSWER_TEXT, basicRequirementsVerdict } from "../../calc/basicRequirements";
import { cellAddress, rangeAddress } from "../a1";
import { SheetBuilder } from "../builder";
import { excelString, type TemplateOptions } from "../context";
import type { TemplateSpec } from "../registry";
import type { CellValue } from "../sheetPlan";
import { LABELS } from "../labels";
import { HIGHLIGHT } from "../styles";

const ANNEX_211 = cite(BEIJING_GUIDE, { zh: "附件2-1-1", en: "Annex 2-1-1" });

const TEXT = {
  sheet: { zh: "基础性要求", en: "Basic requirements" },
  title: { zh: "工业园区绿色诊断基础性要求诊断表", en: "Green diagnosis of an industrial park: basic requirements" },
  source: { zh: `依据：${ANNEX_211.zh}。`, en: `Source: ${ANNEX_211.en}.` },
  rule: {
    zh: "第1–6项为必要要求，全部“符合”时总体结论为“符合”，任一项“不符合”即为“不符合”；第7、8项为鼓励性要求，不影响总体结论。",
    en: "Items 1–6 are mandatory: the overall verdict is “compliant” when all six are compliant and “non-compliant” as soon as one is not. Items 7 and 8 are encouraged and do not affect the verdict.",
  },
  requirement: { zh: "基本要求", en: "Basic requirement" },
  kind: { zh: "类型", en: "Type" },
  answer: { zh: "是否符合", en: "Compliant?" },
  evidence: { zh: "证明材料索引", en: "Evidence index" },
  mandatory: { zh: "必要", en: "mandatory" },
  encouraged: { zh: "鼓励", en: "encouraged" },
  overall: { zh: "总体结论（必要要求）", en: "Overall verdict (mandatory items)" },
  answerPrompt: {
    zh: "请选择“符合”或“不符合”，并在右侧填写证明材料索引。",
    en: "Choose compliant or non-compliant, and give the evidence index on the right.",
  },
  answerError: { zh: "请从下拉列表中选择“符合”或“不符合”。", en: "Choose compliant or non-compliant from the list." },
  invalid: { zh: "输入无效", en: "Invalid entry" },
} as const;

/** Column keys of `options.rows.basic` (one row per requirement, matched by `id` "BR1"… or by position). */
export const BASIC_COLUMNS = { answer: 3, evidence: 4, remarks: 5 } as const;

const COLUMNS = [6, 72, 10, 14, 32, 20];
const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;
const GOOD_FILL = "#C6EFCE";
const GOOD_FONT = "#006100";

function prefill(options: TemplateOptions): (id: string, index: number) => Readonly<Record<string, CellValue>> {
  const rows = options.rows?.basic ?? [];
  return (id, index) =>
    rows.find((r) => r.id === id) ?? (rows.every((r) => r.id === undefined) ? rows[index] : undefined) ?? {};
}

export function buildBasic(options: TemplateOptions) {
  const b = new SheetBuilder("basic", TEXT.sheet, options);
  const word = (answer: BasicRequirementAnswer) => b.t(BASIC_ANSWER_TEXT[answer]);
  b.text(0, 0, "title", options.parkName ? `${b.t(TEXT.title)} — ${options.parkName}` : b.t(TEXT.title));
  b.text(1, 0, "note", TEXT.source);
  b.text(2, 0, "note", LABELS.inputHint);
  // notes span the table: a wrapped note in the narrow first column would be cut off
  for (const row of [1, 2]) b.merge(row, 0, row, COLUMNS.length - 1);
  [LABELS.no, TEXT.requirement, TEXT.kind, TEXT.answer, TEXT.evidence, LABELS.remarks].forEach((h, col) =>
    b.text(HEADER_ROW, col, "header", h),
  );

  const rowOf = prefill(options);
  const answers: CellValue[] = [];
  BASIC_REQUIREMENTS.forEach((req, i) => {
    const row = FIRST_ROW + i;
    const given = rowOf(req.id, i);
    b.text(row, 0, "label", req.number);
    b.text(row, 1, "label", req.text);
    b.text(row, 2, "label", req.mandatory ? TEXT.mandatory : TEXT.encouraged);
    const answer = given.answer ?? null;
    answers.push(answer);
    b.input(row, BASIC_COLUMNS.answer, answer, { key: `answer:${req.id}` });
    b.input(row, BASIC_COLUMNS.evidence, given.evidence ?? null, { key: `evidence:${req.id}`, numberFormat: "@" });
    b.input(row, BASIC_COLUMNS.remarks, given.remarks ?? null, { key: `remarks:${req.id}` });
  });
  const last = FIRST_ROW + BASIC_REQUIREMENTS.length - 1;
  const answerRange = rangeAddress(FIRST_ROW, BASIC_COLUMNS.answer, last, BASIC_COLUMNS.answer);
  b.validate({
    range: answerRange,
    rule: { kind: "list", items: [word("符合"), word("不符合")] },
    prompt: { title: b.t(TEXT.answer), message: b.t(TEXT.answerPrompt) },
    error: { title: b.t(TEXT.invalid), message: b.t(TEXT.answerError) },
  });

  // the verdict: 不符合 as soon as one mandatory item is 不符合; 符合 when all are 符合; "" until then
  const overallRow = last + 2;
  const mandatoryRanges = contiguousRuns(
    BASIC_REQUIREMENTS.flatMap((r, i) => (r.mandatory ? [FIRST_ROW + i] : [])),
  ).map(([top, bottom]) => rangeAddress(top, BASIC_COLUMNS.answer, bottom, BASIC_COLUMNS.answer));
  const count = (answer: BasicRequirementAnswer) =>
    mandatoryRanges
      .flatMap((range) =>
        [BASIC_ANSWER_TEXT[answer].zh, BASIC_ANSWER_TEXT[answer].en].map((w) => `COUNTIF(${range},${excelString(w)})`),
      )
      .join("+");
  const mandatoryCount = BASIC_REQUIREMENTS.filter((r) => r.mandatory).length;
  const formula =
    `IF(${count("不符合")}>0,${excelString(word("不符合"))},` +
    `IF(${count("符合")}=${mandatoryCount},${excelString(word("符合"))},""))`;
  const verdict = basicRequirementsVerdict(answers);
  b.text(overallRow, 0, "label", TEXT.overall);
  b.merge(overallRow, 0, overallRow, 2);
  b.computed(overallRow, BASIC_COLUMNS.answer, formula, verdict.ok ? word(verdict.value) : "", {
    role: "total",
    key: "basic-overall",
    name: `GREEN_BASIC_OVERALL${options.nameSuffix}`,
  });
  b.text(overallRow + 1, 0, "note", TEXT.rule);
  b.merge(overallRow + 1, 0, overallRow + 1, 5);

  // highlights: 不符合 in red, a mandatory item unanswered, an answer without its evidence index (docs/review-codes.md)
  const answerTop = cellAddress(FIRST_ROW, BASIC_COLUMNS.answer);
  const evidenceTop = cellAddress(FIRST_ROW, BASIC_COLUMNS.evidence);
  const no = excelString(word("不符合"));
  b.highlight({ range: answerRange, formula: `${answerTop}=${no}`, ...HIGHLIGHT.missingMandatory });
  for (const range of mandatoryRanges) {
    const top = range.split(":")[0];
    b.highlight({ range, formula: `${top}=""`, fill: HIGHLIGHT.scoreBelowFull.fill });
  }
  b.highlight({
    range: rangeAddress(FIRST_ROW, BASIC_COLUMNS.evidence, last, BASIC_COLUMNS.evidence),
    formula: `AND($${answerTop}<>"",${evidenceTop}="")`,
    fill: HIGHLIGHT.scoreBelowFull.fill,
  });
  const overall = cellAddress(overallRow, BASIC_COLUMNS.answer);
  b.highlight({ range: overall, formula: `${overall}=${no}`, ...HIGHLIGHT.missingMandatory });
  b.highlight({
    range: overall,
    formula: `${overall}=${excelString(word("符合"))}`,
    fill: GOOD_FILL,
    fontColor: GOOD_FONT,
  });

  b.region("requirements", FIRST_ROW, 0, last, COLUMNS.length - 1);
  b.region("overall", overallRow, BASIC_COLUMNS.answer, overallRow, BASIC_COLUMNS.answer);
  b.columnWidths(COLUMNS);
  b.freeze(FIRST_ROW, 0);
  b.printLandscape();
  return b.build({ columns: BASIC_COLUMNS });
}

/** Sorted row numbers as runs of consecutive rows: [5,6,7,9] → [[5,7],[9,9]]. */
function contiguousRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const lastRun = runs[runs.length - 1];
    if (lastRun && lastRun[1] === row - 1) lastRun[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

export const basicTemplate: TemplateSpec = {
  id: "basic",
  sheetName: TEXT.sheet,
  purpose: {
    zh: "8项基础性要求的符合性（下拉选择）与证明材料索引；6项必要要求全部符合时总体结论为符合",
    en: "The 8 basic requirements with compliance (drop-down) and evidence index; overall compliant only when all six mandatory items are",
  },
  source: ANNEX_211,
  reads: [],
  importable: true,
  build: buildBasic,
};
