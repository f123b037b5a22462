/**
 * The indicators of docs/data-file.md as spreadsheet text, in native Excel (2010-era functions) and custom mode
 * (GREEN.*). This is the one place an indicator formula is written a second time after domain/calc; the
 * LibreOffice differential test proves the two agree, including where a value cannot be computed: calc
 * returns a failure, the native formula returns "" (an empty text), the custom one an error wrapped to "".
 *
 * Guards mirror calc/inputs: amounts are numbers ≥ 0, a denominator must not be zero, optional terms
 * count 0 when empty (RG6), answers must be one of the item's answers.
 */
import { findDataItem, type DataItemId, type IndicatorDef, type IndicatorFormula } from "../catalog";
import { answerForms, shownAnswer } from "../calc/answers";
import type { Lang } from "../text";
import { isBlankNative, trimNative } from "./blankNative";
import { excelString } from "./context";

export { isBlankNative } from "./blankNative";

/** Resolves a data item of the current year ("current") or the year before ("prev") to a cell reference. */
export type ItemRef = (item: DataItemId, year: "current" | "prev") => string;

/** A literal for a formula: plain decimal text, never exponent notation Excel might misread. */
export function numberLiteral(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const text = x.toPrecision(15).replace(/\.?0+$/, "");
  return /e/i.test(text) ? x.toFixed(20).replace(/\.?0+$/, "") : text;
}

const amountOk = (ref: string) => `ISNUMBER(${ref}),${ref}>=0`;
const optionalAmountOk = (ref: string) => `OR(${isBlankNative(ref)},AND(ISNUMBER(${ref}),${ref}>=0))`;
const valueOf = (ref: string) => `N(${ref})`;

type Ratio = Extract<IndicatorFormula, { kind: "ratio" }>;
type IntensityDrop = Extract<IndicatorFormula, { kind: "intensity-drop" }>;

function ratioNative(f: Ratio, ref: ItemRef): string {
  const num = ref(f.numerator, "current");
  const dens = f.denominator.map((d) => ref(d, "current"));
  const opts = (f.optionalDenominator ?? []).map((d) => ref(d, "current"));
  const guards = [num, ...dens].map(amountOk).concat(opts.map(optionalAmountOk)).join(",");
  const denominator = [...dens, ...opts.map(valueOf)].join("+");
  const scale = f.scale === 1 ? "" : `${numberLiteral(f.scale)}*`;
  return `IF(AND(${guards}),IF(${denominator}=0,"",${scale}${num}/(${denominator})),"")`;
}

/**
 * The index (1, 2, …) of the answer among `answers` a text stands for — the word, its English meaning or both
 * (calc/answers.ts) — 0 for none: `=` compares text as calc's readAnswer does (letter case ignored, no wildcards).
 */
function answerIndexNative(text: string, answers: readonly string[]): string {
  const forms = answers.flatMap((a, i) => answerForms(a).map((form) => [form, i + 1] as const));
  return `SUMPRODUCT((${text}={${forms.map(([f]) => excelString(f)).join(",")}})*{${forms.map(([, i]) => i).join(",")}})`;
}

/** The answer of a cell as a sheet of `lang` shows it (calc/answers.ts), "" when it is none of the item's answers. */
function answerNative(item: DataItemId, ref: ItemRef, lang: Lang): string {
  const answers = findDataItem(item)?.answers ?? [];
  const shown = answers.map((a) => excelString(shownAnswer(a, lang)));
  return `CHOOSE(${answerIndexNative(trimNative(ref(item, "current")), answers)}+1,"",${shown.join(",")})`;
}

function intensityDropNative(f: IntensityDrop, ref: ItemRef): string {
  const a0 = ref(f.amount, "prev");
  const o0 = ref(f.output, "prev");
  const a1 = ref(f.amount, "current");
  const o1 = ref(f.output, "current");
  const guards = [amountOk(a0), amountOk(o0), amountOk(a1), amountOk(o1), `${o0}>0`, `${o1}>0`, `${a0}>0`].join(",");
  return `IF(AND(${guards}),100*(${a0}/${o0}-${a1}/${o1})/(${a0}/${o0}),"")`;
}

/**
 * One pollutant's elasticity for HG24 (docs/data-file.md, years = 1): "" when the pollutant is reported in neither
 * year, `notComputable` when it is reported but cannot be computed.
 */
export function pollutantElasticityNative(
  pollutant: DataItemId,
  output: DataItemId,
  ref: ItemRef,
  notComputable: string,
): string {
  const p0 = ref(pollutant, "prev");
  const p1 = ref(pollutant, "current");
  const v0 = ref(output, "prev");
  const v1 = ref(output, "current");
  const guards = [amountOk(p0), amountOk(p1), amountOk(v0), amountOk(v1), `${v0}>0`, `${v1}>${v0}`, `${p0}>0`].join(
    ",",
  );
  return `IF(AND(${isBlankNative(p0)},${isBlankNative(p1)}),"",IF(AND(${guards}),((${p1}-${p0})/${p0})/((${v1}-${v0})/${v0}),${excelString(notComputable)}))`;
}

/** HG24 over its pollutant cells: the largest elasticity, "" when any reported pollutant fails or none is reported. */
export function elasticityAggregateNative(detailRange: string, notComputable: string): string {
  return `IF(COUNTIF(${detailRange},${excelString(notComputable)})>0,"",IF(COUNT(${detailRange})=0,"",MAX(${detailRange})))`;
}

/**
 * The native value formula of an indicator. HG24 needs its per-pollutant cells: `elasticityDetail` is the
 * range holding them (see pollutantElasticityNative).
 */
export function indicatorValueNative(
  def: IndicatorDef,
  ref: ItemRef,
  elasticityDetail?: { range: string; notComputable: string },
  lang: Lang = "zh-CN",
): string {
  const f = def.formula;
  switch (f.kind) {
    case "ratio":
      return ratioNative(f, ref);
    case "answer":
      return answerNative(f.item, ref, lang);
    case "intensity-drop":
      return intensityDropNative(f, ref);
    case "elasticity":
      if (!elasticityDetail) throw new Error(`${def.id}: the elasticity needs its pollutant cells`);
      return elasticityAggregateNative(elasticityDetail.range, elasticityDetail.notComputable);
  }
}

/** The custom-mode value formula: GREEN.INDICATOR with the inputs in docs/data-file.md order, "" where it fails. */
export function indicatorValueCustom(def: IndicatorDef, ref: ItemRef): string {
  const args = def.inputs.map((input) => {
    const refs = input.items.map((item) => ref(item, input.year));
    return refs.length === 1 ? refs[0] : `(${refs.join(",")})`;
  });
  return `IFERROR(GREEN.INDICATOR(${[excelString(def.id), ...args].join(",")}),"")`;
}

export interface ScoreRefs {
  readonly value: string;
  readonly lead: string;
  readonly cap: string;
  readonly full: string;
  /** the optional indicator's selection cell (是/否/yes/no or empty = automatic) */
  readonly selected?: string;
}

/**
 * The lead a score is computed against: the lead cell, or the catalog's lead when that cell is blank — as
 * GREEN.SCORE reads an empty lead argument and as calc takes the catalog's lead for a missing parameter.
 */
function leadOrCatalog(def: IndicatorDef, lead: string): string {
  const catalogLead = typeof def.lead === "number" ? numberLiteral(def.lead) : excelString(def.lead);
  return `IF(${isBlankNative(lead)},${catalogLead},${lead})`;
}

/** The score of a computable value (docs/templates.md#scores), "" when the score cannot be computed. */
function scoreOfValueNative(def: IndicatorDef, r: ScoreRefs): string {
  const lead = leadOrCatalog(def, r.lead);
  const leadOk = `ISNUMBER(${lead}),${lead}>=0`;
  switch (def.direction) {
    case "up":
      return `IF(AND(ISNUMBER(${r.value}),${leadOk},${lead}<>0),MIN(${r.cap},MAX(0,${r.full}*${r.value}/${lead})),"")`;
    case "down":
      return `IF(AND(ISNUMBER(${r.value}),${leadOk}),IF(${r.value}<=0,${r.cap},MIN(${r.cap},MAX(0,${r.full}*${lead}/${r.value}))),"")`;
    case "qualitative": {
      const answers = def.formula.kind === "answer" ? (findDataItem(def.formula.item)?.answers ?? []) : [];
      const same =
        answers.length > 0
          ? // the value cell holds an answer as its sheet shows it; the lead may be any form of an answer
            `${answerIndexNative(r.value, answers)}=${answerIndexNative(trimNative(lead), answers)}`
          : `${trimNative(r.value)}=${trimNative(lead)}`;
      return `IF(${r.value}="","",MIN(${r.cap},MAX(0,IF(${same},${r.full},0))))`;
    }
  }
}

/** Selection words accepted in the parameter sheet, in both languages. */
const YES = ["是", "yes"];
const NO = ["否", "no"];
const isAnswer = (cell: string, words: string[]) =>
  `OR(${words.map((w) => `${trimNative(cell)}=${excelString(w)}`).join(",")})`;

/**
 * The counted score (docs/templates.md#scores): the score when evaluated; 0 for an evaluated indicator that cannot be
 * computed (every mandatory one, an optional one selected "是"); "" when not evaluated.
 */
export function countedScoreNative(def: IndicatorDef, r: ScoreRefs): string {
  const score = scoreOfValueNative(def, r);
  const counted = `IF(ISNUMBER(${score}),${score},0)`;
  if (def.flag === "mandatory" || !r.selected) return counted;
  const s = r.selected;
  return `IF(${isAnswer(s, NO)},"",IF(${isAnswer(s, YES)},${counted},IF(ISNUMBER(${score}),${score},"")))`;
}

export function countedScoreCustom(def: IndicatorDef, r: ScoreRefs): string {
  const score = `IFERROR(GREEN.SCORE(${excelString(def.id)},${r.value},${r.lead},${r.cap}),"")`;
  const counted = `IF(ISNUMBER(${score}),${score},0)`;
  if (def.flag === "mandatory" || !r.selected) return counted;
  const s = r.selected;
  return `IF(${isAnswer(s, NO)},"",IF(${isAnswer(s, YES)},${counted},IF(ISNUMBER(${score}),${score},"")))`;
}

/** Σ wᵢ·sᵢ / Σ wᵢ over the evaluated (numeric) scores of a range (docs/templates.md#scores), "" when none is evaluated. */
export function weightedAverageNative(weights: string, scores: string): string {
  return `IF(SUMPRODUCT(${weights}*ISNUMBER(${scores}))=0,"",SUMPRODUCT(${weights},${scores})/SUMPRODUCT(${weights}*ISNUMBER(${scores})))`;
}
