/**
 * The formula text of one 方案汇总 row (native and custom-function modes, docs/workbooks.md): the type group, the cost class,
 * and payback, NPV and IRR of the 中/高费 options (docs/templates.md#economics).
 */
import {
  MATRIX_GROUPS,
  OPTION_STATUSES,
  OPTION_TYPES,
  PARAMETER_IDS,
  SCREENING_DIMENSIONS,
  SCREENING_RESULTS,
  SCREENING_VERDICTS,
  parameterValue,
  type ParameterId,
} from "../../catalog";
import { screeningColumnId } from "./optionColumns";
import { IRR_RANGE, MAX_LIFETIME_YEARS } from "../../calc";

import type { Formula } from "../builder";
import { excelString, textOf, type TemplateNames } from "../context";

import type { Lang } from "../sheetPlan";

import { isBlankNative } from "../blankNative";
import { numberLiteral } from "../indicatorFormulas";
import { HIGH_COST, LOW_COST, OPTION_MESSAGES, choice, choiceWords, excelArray } from "./optionShared";

const TYPE_WORDS = choiceWords(OPTION_TYPES);

export interface RowRefs {
  readonly at: (id: string) => string;
}

export function groupFormula(r: RowRefs, lang: Lang): string {
  const type = r.at("type");
  // a type in none of the four groups (其他) shows "未归类" and counts in the matrix's total only
  const groups = OPTION_TYPES.map((t) =>
    textOf(t.group === null ? OPTION_MESSAGES.unclassified : choice(MATRIX_GROUPS, t.group).name, lang),
  );
  // TYPE_WORDS lists each type's zh and en name: the group list repeats each group twice in that order
  const groupArray = excelArray(groups.flatMap((group) => [group, group]));
  return `IF(${isBlankNative(type)},"",IFERROR(INDEX(${groupArray},MATCH(${type},${excelArray(TYPE_WORDS)},0)),${excelString(textOf(OPTION_MESSAGES.invalid, lang))}))`;
}

export function costClassFormula(r: RowRefs, n: TemplateNames, lang: Lang): Formula {
  const i = r.at("investment");
  const t = n.optionParam(PARAMETER_IDS.costClassThreshold);
  const setThreshold = excelString(textOf(OPTION_MESSAGES.setThreshold, lang));
  const invalid = excelString(textOf(OPTION_MESSAGES.invalid, lang));
  const guard = (core: string) => `IF(NOT(ISNUMBER(${i})),"",IF(NOT(ISNUMBER(${t})),${setThreshold},${core}))`;
  return {
    native: guard(`IF(OR(${i}<0,${t}<0),${invalid},IF(${i}<${t},${excelString(LOW_COST)},${excelString(HIGH_COST)}))`),
    custom: guard(`IFERROR(GREEN.COSTCLASS(${i},${t}),${invalid})`),
  };
}

/** Parameters an empty cell gives the catalog default of, as calc reads them (calc/economics.ts). */
const DEFAULT_WHEN_BLANK: readonly ParameterId[] = [PARAMETER_IDS.depreciationYears, PARAMETER_IDS.taxRate];

/** The default an empty parameter cell stands for (docs/templates.md#economics), or null when it has none. */
export function blankDefault(id: ParameterId): number | null {
  return DEFAULT_WHEN_BLANK.includes(id) ? parameterValue(id) : null;
}

/**
 * The value of parameter `id` the rows compute with: the parameter sheet's number; an empty Y or t (blank by
 * calc's rule, whitespace included) the catalog default; anything else "未设定…", which no row takes for a number.
 */
export function usedParameterFormula(id: ParameterId, n: TemplateNames, lang: Lang): string {
  const cell = n.param(id);
  const read = `IF(ISNUMBER(${cell}),${cell},${excelString(textOf(OPTION_MESSAGES.notSet, lang))})`;
  const fallback = blankDefault(id);
  return fallback === null ? read : `IF(${isBlankNative(cell)},${numberLiteral(fallback)},${read})`;
}

/**
 * Payback, NPV, IRR (docs/templates.md#economics): only for a 中/高费 row with a benefit P. The parameters are read the
 * way calc reads them, once, by the parameter strip (usedParameterFormula: an empty Y or t takes the catalog
 * default); Y must be above 0, and a whole number of years (≤ MAX_LIFETIME_YEARS) for NPV and IRR; 0 ≤ t ≤ 1;
 * the discount rate must be given and above −1.
 */
export function economicFormulas(r: RowRefs, n: TemplateNames, lang: Lang): Record<"payback" | "npv" | "irr", Formula> {
  const i = r.at("investment");
  const p = r.at("benefit");
  // the values the parameter strip reads once (usedParameterFormula): defaults applied, a non-number a text
  const y = n.optionParam(PARAMETER_IDS.depreciationYears);
  const tax = n.optionParam(PARAMETER_IDS.taxRate);
  const rate = n.optionParam(PARAMETER_IDS.discountRate);
  const yOk = `AND(ISNUMBER(${y}),${y}>0)`;
  const taxOk = `AND(ISNUMBER(${tax}),${tax}>=0,${tax}<=1)`;
  const lifetimeOk = `AND(${yOk},${y}=INT(${y}),${y}<=${MAX_LIFETIME_YEARS})`;
  const rateOk = `AND(ISNUMBER(${rate}),${rate}>-1)`;
  // F = (P − D) × (1 − t) + D with D = I / Y
  const f = `((${p}-${i}/${y})*(1-${tax})+${i}/${y})`;
  const guard = (core: string) =>
    `IF(OR(${r.at("costClass")}<>${excelString(HIGH_COST)},NOT(ISNUMBER(${p}))),"",${core})`;
  const checked = (conditions: string[], otherwise: string, core: string) =>
    `IF(NOT(AND(${conditions.join(",")})),${otherwise},${core})`;
  const noPayback = excelString(textOf(OPTION_MESSAGES.noPayback, lang));
  const noIrr = excelString(textOf(OPTION_MESSAGES.noIrr, lang));
  const invalid = excelString(textOf(OPTION_MESSAGES.invalid, lang));
  // calc.internalRateOfReturn looks for the root in IRR_RANGE; with F > 0 the present value falls as the
  // rate rises, so a root exists there exactly when PV(lower) ≥ I ≥ PV(upper)
  const bracket = `AND(PV(${IRR_RANGE.lower},${y},-${f})>=${i},PV(${IRR_RANGE.upper},${y},-${f})<=${i})`;
  // With u = 1/(1 + IRR) and the simple payback N = I/F, the IRR equation Σⱼ F/(1+IRR)ʲ = I reads
  // u + u² + … + u^Y = N: an annuity due, which RATE(Y, −1, 0, N, 1) solves for s = u − 1. Every term being
  // positive gives u ≤ N and u ≤ N^(1/Y), the mean of arithmetic and geometric means u ≤ (N/Y)^(2/(Y+1)):
  // started there, above the root of a convex increasing sum, Newton's iteration in every spreadsheet's RATE
  // falls monotonically onto it, for any IRR of the search range (docs/workbooks.md). RATE(Y, F, −I) from
  // its default guess instead fails above about 130 %.
  const payback = r.at("payback");
  const startAbove = `MIN(${payback},${payback}^(1/${y}),(${payback}/${y})^(2/(${y}+1)))-1`;
  const irrFromPayback = `1/(1+RATE(${y},-1,0,${payback},1,${startAbove}))-1`;
  return {
    payback: {
      native: guard(checked([yOk, taxOk], noPayback, `IF(${f}<=0,${noPayback},${i}/${f})`)),
      custom: guard(`IFERROR(GREEN.PAYBACK(${i},${p},${y},${tax}),${noPayback})`),
    },
    npv: {
      native: guard(checked([lifetimeOk, taxOk, rateOk], invalid, `PV(${rate},${y},-${f})-${i}`)),
      custom: guard(`IFERROR(GREEN.NPV(${i},${p},${y},${rate},${tax}),${invalid})`),
    },
    irr: {
      native: guard(
        checked(
          [lifetimeOk, taxOk],
          noIrr,
          `IF(OR(${i}<=0,${f}<=0),${noIrr},IF(${bracket},${irrFromPayback},${noIrr}))`,
        ),
      ),
      custom: guard(`IFERROR(GREEN.IRR(${i},${p},${y},${tax}),${noIrr})`),
    },
  };
}

/**
 * 江苏省《行业清洁生产审核技术指南》7.3.2 screening (calc/optionScreening.ts): empty when no dimension is judged; 剔除 when any is
 * 不可行; 拟实施 when all four are 可行; otherwise "筛选未完成".
 */
export function screeningFormula(r: RowRefs, lang: Lang): string {
  const cells = SCREENING_DIMENSIONS.map((d) => r.at(screeningColumnId(d.id)));
  const is = (cell: string, verdict: string) =>
    `ISNUMBER(MATCH(${cell},${excelArray(choiceWords([choice(SCREENING_VERDICTS, verdict)]))},0))`;
  const result = (id: string) => excelString(textOf(choice(SCREENING_RESULTS, id).name, lang));
  const incomplete = excelString(textOf(OPTION_MESSAGES.screeningIncomplete, lang));
  const blank = `AND(${cells.map((c) => isBlankNative(c)).join(",")})`;
  const rejected = `OR(${cells.map((c) => is(c, "infeasible")).join(",")})`;
  const shortlisted = `AND(${cells.map((c) => is(c, "feasible")).join(",")})`;
  return `IF(${blank},"",IF(${rejected},${result("rejected")},IF(${shortlisted},${result("shortlisted")},${incomplete})))`;
}

/**
 * The matrix row of an option's free benefit (江苏省《行业清洁生产审核技术指南》附录B 7.2 "其他", calc/otherBenefits.ts): empty
 * without a name or a status; else the row of the first option above with the same name and unit, or the next
 * row after the largest above. `above(id)` is the column from the first option row to the row above ("" on the
 * first row).
 */
export function otherSlotFormula(
  r: RowRefs,
  above: (id: string) => string,
  ids: { name: string; unit: string; slot: string },
): string {
  const statuses = excelArray(choiceWords(OPTION_STATUSES));
  const skip = `OR(${isBlankNative(r.at(ids.name))},ISNUMBER(MATCH(${r.at("status")},${statuses},0))=FALSE)`;
  const slots = above(ids.slot);
  if (slots === "") return `IF(${skip},"",1)`;
  const same = `(${above(ids.name)}=${r.at(ids.name)})*(${above(ids.unit)}=${r.at(ids.unit)})*ISNUMBER(${slots})`;
  return `IF(${skip},"",IF(SUMPRODUCT(${same})=0,MAX(${slots})+1,SUMPRODUCT(${same},${slots})/SUMPRODUCT(${same})))`;
}
