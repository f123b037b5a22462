/**
 * The verdict of 《工业园区低碳管理 基本要求》 (docs/templates.md#low-carbon-management), per clause and overall: 符合
 * when every 应 (shall) item is answered 符合 or 不适用; 不符合 as soon as one 应 item is 不符合 or 部分符合 (a
 * shall is met or it is not); no verdict while an 应 item is unanswered and none fails. 宜 (should) items are
 * answered and shown, and decide nothing.
 */
import type { LowCarbonKind, Text } from "../catalog";
import { isMissing } from "./inputs";
import { failure, value, type Outcome } from "./outcome";

export type LowCarbonAnswer = "符合" | "部分符合" | "不符合" | "不适用";
export type LowCarbonVerdict = "符合" | "不符合";

/** The answers as cells hold them: the standard's words (zh-CN sheets) and their English (en-US sheets). */
export const LOW_CARBON_ANSWER_TEXT: Readonly<Record<LowCarbonAnswer, Text>> = {
  符合: { zh: "符合", en: "compliant" },
  部分符合: { zh: "部分符合", en: "partly compliant" },
  不符合: { zh: "不符合", en: "non-compliant" },
  不适用: { zh: "不适用", en: "not applicable" },
};

export const LOW_CARBON_ANSWERS = Object.keys(LOW_CARBON_ANSWER_TEXT) as LowCarbonAnswer[];

/** Answers that fail a shall item. */
export const FAILING_ANSWERS: readonly LowCarbonAnswer[] = ["不符合", "部分符合"];
/** Answers that satisfy a shall item. */
export const PASSING_ANSWERS: readonly LowCarbonAnswer[] = ["符合", "不适用"];

/**
 * One answer: the Chinese word exactly, or the English words in any letter case — as a spreadsheet's COUNTIFS
 * compares text (case-insensitive, no trimming), so the sheet and this function agree.
 */
export function parseLowCarbonAnswer(x: unknown): Outcome<LowCarbonAnswer> {
  if (isMissing(x)) return failure("missing-input", "answer is missing");
  if (typeof x !== "string") return failure("invalid-input", "answer is not text");
  const found = LOW_CARBON_ANSWERS.find(
    (a) => x === LOW_CARBON_ANSWER_TEXT[a].zh || x.toLowerCase() === LOW_CARBON_ANSWER_TEXT[a].en.toLowerCase(),
  );
  return found ? value(found) : failure("invalid-input", `unknown answer ${x}`);
}

export interface AnsweredItem {
  readonly kind: LowCarbonKind;
  readonly answer: unknown;
}

/**
 * The verdict over items (a clause, or the whole standard): 不符合 as soon as one 应 item is 不符合 or 部分符合;
 * 符合 when every 应 item is 符合 or 不适用; otherwise no verdict yet. Items without any 应 give no verdict
 * ("unknown-id": the clause only recommends).
 */
export function lowCarbonVerdict(items: readonly AnsweredItem[]): Outcome<LowCarbonVerdict> {
  const shall = items.filter((i) => i.kind === "应").map((i) => parseLowCarbonAnswer(i.answer));
  if (shall.length === 0) return failure("unknown-id", "no shall item");
  if (shall.some((a) => a.ok && FAILING_ANSWERS.includes(a.value))) return value("不符合");
  const open = shall.find((a) => !a.ok);
  if (open && !open.ok) return failure(open.reason, "a shall item has no valid answer");
  return value("符合");
}
