/**
 * The overall verdict of 《北京市工业园区绿色诊断工作指南》附件2-1-1 (工业园区绿色诊断基础性要求诊断表), docs/templates.md `basic`: 符合 only
 * when every mandatory item (items 1–6, phrased 应 / 不应 / 未发生 / 100 % / 建立) is 符合; items 7 and 8
 * begin with 鼓励 (encouraged) and do not decide the verdict.
 */
import { BASIC_REQUIREMENTS, type BasicRequirementAnswer, type BasicRequirementDef, type Text } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { isMissing } from "./inputs";

/** The answers as cells hold them: the document's words (zh-CN sheets) and their English (en-US sheets). */
export const BASIC_ANSWER_TEXT: Readonly<Record<BasicRequirementAnswer, Text>> = {
  符合: { zh: "符合", en: "compliant" },
  不符合: { zh: "不符合", en: "non-compliant" },
};

/**
 * One answer: 符合 / 不符合 exactly, or the English word in any letter case — the way a spreadsheet's
 * `=` and COUNTIF compare text (case-insensitive, no trimming), so the sheet and this function agree.
 */
export function parseBasicAnswer(x: unknown): Outcome<BasicRequirementAnswer> {
  if (isMissing(x)) return failure("missing-input", "answer is missing");
  if (typeof x !== "string") return failure("invalid-input", "answer is not text");
  for (const answer of Object.keys(BASIC_ANSWER_TEXT) as BasicRequirementAnswer[]) {
    const words = BASIC_ANSWER_TEXT[answer];
    if (x === words.zh || x.toLowerCase() === words.en.toLowerCase()) return value(answer);
  }
  return failure("invalid-input", `unknown answer ${x}`);
}

/**
 * The overall verdict from the answers, in the order of `requirements`: 不符合 as soon as one mandatory
 * item is 不符合 (whatever the others say); 符合 when every mandatory item is 符合; otherwise there is no
 * verdict yet (a mandatory item unanswered or answered with something else).
 */
export function basicRequirementsVerdict(
  answers: readonly unknown[],
  requirements: readonly BasicRequirementDef[] = BASIC_REQUIREMENTS,
): Outcome<BasicRequirementAnswer> {
  if (answers.length !== requirements.length) return failure("invalid-input", "one answer per requirement is needed");
  const mandatory = requirements.flatMap((r, i) => (r.mandatory ? [parseBasicAnswer(answers[i])] : []));
  if (mandatory.some((a) => a.ok && a.value === "不符合")) return value("不符合");
  const unanswered = mandatory.find((a) => !a.ok);
  if (unanswered && !unanswered.ok) return failure(unanswered.reason, "a mandatory requirement has no valid answer");
  return value("符合");
}
