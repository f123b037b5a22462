/** Inputs against the validation rule the template set on them (docs/review-codes.md: input-not-number, input-out-of-range). */
import { parseRange } from "../../templates/a1";
import type { Text } from "../../text";
import type { CellValue, PlannedValidation, SheetPlan } from "../../templates/sheetPlan";
import { ANY_NUMBER_BOUND } from "../../templates/validatePlan";
import { ANSWER_WORDS, readAnswer } from "../../calc/answers";
import { dateSerial } from "../../calc/workPlan";
import { finding, shown } from "../findings";
import { nodeId } from "../graph";
import { valueAt, type LocatedTemplate } from "../locate";
import { empty, position, sameWord, type Ctx } from "./context";

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

/** Two texts standing for the same answer word: "具备", "available" and "具备 (available)" (calc/answers.ts). */
function sameAnswer(item: string, v: string): boolean {
  const answer = readAnswer(v, ANSWER_WORDS);
  return answer !== undefined && readAnswer(item, ANSWER_WORDS) === answer;
}

function violates(rule: PlannedValidation["rule"], v: CellValue): "not-number" | "out-of-range" | undefined {
  if (empty(v)) return undefined;
  switch (rule.kind) {
    case "list":
      return typeof v === "string" && rule.items.some((item) => sameWord(item, v) || sameAnswer(item, v))
        ? undefined
        : "out-of-range";
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

export function validationChecks(ctx: Ctx, t: LocatedTemplate, plan: SheetPlan): void {
  const inputAt = new Map(plan.cells.filter((c) => c.role === "input").map((c) => [`${c.row},${c.col}`, c]));
  const seen = new Set<string>();
  for (const validation of plan.validations) {
    const range = parseRange(validation.range);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const at = position(t, r, c);
        if (!at || seen.has(at.address) || !inputAt.has(`${r},${c}`)) continue;
        const v = valueAt(t.sheet, at.row, c) ?? null;
        const problem = violates(validation.rule, v);
        if (!problem) continue;
        seen.add(at.address);
        ctx.badInputs.add(nodeId(t.sheet.name, at.row, c));
        const rule = ruleText(validation.rule);
        // what the cell holds, as its input message names it (an internal row key means nothing to a user)
        const label = validation.prompt?.title ?? validation.error.title;
        ctx.findings.push(
          finding({
            code: problem === "not-number" ? "input-not-number" : "input-out-of-range",
            sheet: t.sheet.name,
            cell: at.address,
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
    }
  }
}
