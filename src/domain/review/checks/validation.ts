/** Inputs against the validation rule the template set on them (docs/review-codes.md: input-not-number, input-out-of-range). */
import { cellAddress, parseRange } from "../../templates/a1";
import type { Text } from "../../text";
import type { CellValue, PlannedValidation, SheetPlan } from "../../templates/sheetPlan";
import { ANY_NUMBER_BOUND } from "../../templates/validatePlan";
import { ANSWER_WORDS, readAnswer } from "../../calc/answers";
import { dateSerial } from "../../calc/workPlan";
import { finding, shown } from "../findings";
import { nodeId } from "../graph";
import type { LocatedTemplate } from "../locate";
import { spreadsheetTrim } from "../../calc";
import { empty, type Ctx } from "./context";

function ruleText(rule: PlannedValidation["rule"]): Text {
  switch (rule.kind) {
    case "list":
      return { zh: `应为以下之一：${rule.items.join("、")}`, en: `must be one of: ${rule.items.join(", ")}` };
    case "date":
      return { zh: "应为日期", en: "must be a date" };
    default: {
      const min =
        rule.min !== undefined && Math.abs(rule.min) < ANY_NUMBER_BOUND && rule.min > -1e9 ? rule.min : undefined;
      const max =
        rule.max !== undefined && Math.abs(rule.max) < ANY_NUMBER_BOUND && rule.max < 1e9 ? rule.max : undefined;
      const whole = rule.kind === "whole" ? { zh: "整数", en: "a whole number" } : { zh: "数值", en: "a number" };
      const bounds = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
        .filter(Boolean)
        .join(", ");
      return {
        zh: `应为${bounds ? ` ${bounds} 的` : ""}${whole.zh}`,
        en: `must be ${whole.en}${bounds ? ` ${bounds}` : ""}`,
      };
    }
  }
}

/**
 * The texts a list rule accepts, read once per rule: its items (blanks trimmed, any letter case), and any text standing
 * for the same answer word as one of them — "具备", "available" and "具备 (available)" (calc/answers.ts).
 */
interface ListWords {
  readonly items: ReadonlySet<string>;
  readonly answers: ReadonlySet<string>;
}

const LIST_WORDS = new WeakMap<readonly string[], ListWords>();

function listWords(items: readonly string[]): ListWords {
  let words = LIST_WORDS.get(items);
  if (words === undefined) {
    const answers = new Set<string>();
    for (const item of items) {
      const answer = readAnswer(item, ANSWER_WORDS);
      if (answer !== undefined) answers.add(answer);
    }
    words = { items: new Set(items.map((item) => spreadsheetTrim(item).toLowerCase())), answers };
    LIST_WORDS.set(items, words);
  }
  return words;
}

function onList(items: readonly string[], v: string): boolean {
  const words = listWords(items);
  if (words.items.has(spreadsheetTrim(v).toLowerCase())) return true;
  const answer = readAnswer(v, ANSWER_WORDS);
  return answer !== undefined && words.answers.has(answer);
}

function violates(rule: PlannedValidation["rule"], v: CellValue): "not-number" | "out-of-range" | undefined {
  if (empty(v)) return undefined;
  switch (rule.kind) {
    case "list":
      return typeof v === "string" && onList(rule.items, v) ? undefined : "out-of-range";
    case "date":
      return dateSerial(v).ok ? undefined : "out-of-range";
    default:
      if (typeof v !== "number") return "not-number";
      if (rule.kind === "whole" && !Number.isInteger(v)) return "out-of-range";
      if (rule.min !== undefined && v < rule.min) return "out-of-range";
      if (rule.max !== undefined && v > rule.max) return "out-of-range";
      return undefined;
  }
}

interface Rule {
  readonly validation: PlannedValidation;
  readonly top: number;
  readonly bottom: number;
}

/** The validations by plan column, each with its rows, in the plan's order. */
function rulesByColumn(plan: SheetPlan): Map<number, Rule[]> {
  const byColumn = new Map<number, Rule[]>();
  for (const validation of plan.validations) {
    const range = parseRange(validation.range);
    if (!range) continue;
    for (let c = range.left; c <= range.right; c++) {
      let rules = byColumn.get(c);
      if (rules === undefined) byColumn.set(c, (rules = []));
      rules.push({ validation, top: range.top, bottom: range.bottom });
    }
  }
  return byColumn;
}

/**
 * Every input cell against the rules over it, the first it breaks reported: one pass over the plan's cells, so the
 * cost follows the inputs (some 150 000 for 10 000 option rows), not the rules' ranges times a look-up each.
 */
export function validationChecks(ctx: Ctx, t: LocatedTemplate, plan: SheetPlan): void {
  const byColumn = rulesByColumn(plan);
  if (byColumn.size === 0) return;
  for (const cell of plan.cells) {
    if (cell.role !== "input") continue;
    const rules = byColumn.get(cell.col);
    if (rules === undefined) continue;
    const row = t.rows.get(cell.row);
    if (row === undefined) continue;
    for (const { validation, top, bottom } of rules) {
      if (cell.row < top || cell.row > bottom) continue;
      const v = t.grid.at(row, cell.col)?.value ?? null;
      const problem = violates(validation.rule, v);
      if (!problem) continue;
      // a cell under two rules is reported once, with the first it breaks (a plan holds each cell once)
      report(ctx, t, validation, row, cell.col, v, problem);
      break;
    }
  }
}

function report(
  ctx: Ctx,
  t: LocatedTemplate,
  validation: PlannedValidation,
  row: number,
  col: number,
  v: CellValue,
  problem: "not-number" | "out-of-range",
): void {
  ctx.badInputs.add(nodeId(t.sheet.name, row, col));
  const rule = ruleText(validation.rule);
  // what the cell holds, as its input message names it (an internal row key means nothing to a user)
  const label = validation.prompt?.title ?? validation.error.title;
  ctx.findings.push(
    finding({
      code: problem === "not-number" ? "input-not-number" : "input-out-of-range",
      sheet: t.sheet.name,
      cell: cellAddress(row, col),
      templateId: t.id,
      zh:
        problem === "not-number"
          ? `数值单元格中填写了文本 ${shown(v, "zh")}（${label}）：${rule.zh}。`
          : `输入值 ${shown(v, "zh")} 超出允许范围（${label}）：${rule.zh}。`,
      en:
        problem === "not-number"
          ? `Text ${shown(v, "en")} in a number cell (${label}): ${rule.en}.`
          : `Input ${shown(v, "en")} is out of range (${label}): ${rule.en}.`,
      expected: null,
      found: v,
    }),
  );
}
