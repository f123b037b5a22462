/** Parameters changed from their defaults, and those confirmed for the project (docs/review-codes.md: info). */
import { answerOrText } from "../../calc/answers";
import { INDICATORS, parameterEntry } from "../../catalog";
import { cellAddress } from "../../templates/a1";
import type { Text } from "../../text";
import type { CellValue } from "../../templates/sheetPlan";
import { finding, shown } from "../findings";
import { baseOptions, layoutPlan } from "../readInputs";
import { empty, inputOf, type Ctx } from "./context";

const PART: Readonly<Record<string, Text>> = {
  lead: { zh: "引领值", en: "leading value" },
  weight: { zh: "权重", en: "weight" },
  selected: { zh: "是否评价", en: "evaluate?" },
};

/** A parameter row in words, in both languages, from the catalog: "EG1 能源产出率 的引领值", "折现率". */
function parameterName(key: string, lang: "zh" | "en"): string {
  const [kind = "", id = ""] = key.split(":");
  const part = PART[kind];
  if (part) {
    const name = INDICATORS.find((d) => d.id === id)?.name[lang] ?? "";
    return lang === "zh" ? `${id} ${name} 的${part.zh}` : `the ${part.en} of ${id} ${name}`;
  }
  return parameterEntry(key)?.name[lang] ?? key;
}

export function parameterChanges(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("params");
  if (!t) return;
  const base = baseOptions(ctx.rebuilt.set);
  // the catalog's values as the template fills its inputs: only the input cells are read
  const defaults = layoutPlan("params", { ...base, inputsOnly: true }, base.lang, base.mode);
  if (!defaults) return;
  const defaultOf = new Map(
    defaults.cells.filter((c) => c.role === "input" && c.key).map((c) => [c.key as string, c.value ?? null]),
  );
  const params = ctx.inputs.filter((i) => i.templateId === "params");
  for (const input of params) {
    if (input.key.startsWith("confirmed:") || input.row === undefined) continue;
    const before = defaultOf.get(input.key) ?? null;
    const now = input.value;
    const same =
      (empty(before) && empty(now)) ||
      before === now ||
      // an answer word in another of its forms: "具备", "具备 (available)" (calc/answers.ts)
      (typeof before === "string" && typeof now === "string" && answerOrText(before) === answerOrText(now)) ||
      (typeof before === "number" &&
        typeof now === "number" &&
        Math.abs(before - now) <= 1e-12 * Math.max(1, Math.abs(before)));
    if (same) continue;
    ctx.findings.push(
      finding({
        code: "parameter-changed",
        sheet: t.sheet.name,
        cell: cellAddress(input.row, input.col),
        templateId: "params",
        ...changeText(input.key, before, now),
        expected: before,
        found: now,
      }),
    );
  }
  // rows the consultant marked 本项目已确认: reported as info, with the value confirmed
  for (const mark of params) {
    if (
      !mark.key.startsWith("confirmed:") ||
      mark.row === undefined ||
      !YES_WORDS.includes(
        String(mark.value ?? "")
          .trim()
          .toLowerCase(),
      )
    )
      continue;
    const rowKey = mark.key.slice("confirmed:".length);
    const valueCell = inputOf(ctx, "params", rowKey);
    if (!valueCell) continue;
    ctx.findings.push(
      finding({
        code: "parameter-confirmed",
        sheet: t.sheet.name,
        cell: cellAddress(mark.row, mark.col),
        templateId: "params",
        zh: `${parameterName(rowKey, "zh")}已由咨询人员确认适用于本项目（取值 ${shown(valueCell.value, "zh")}）。`,
        en: `${capitalised(parameterName(rowKey, "en"))} is confirmed for this project by the consultant (value ${shown(valueCell.value, "en")}).`,
        found: valueCell.value,
      }),
    );
  }
}

const YES_WORDS = ["是", "yes"];
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A value changed from its default; a value the catalog leaves to the user (no default) is set, not changed. */
function changeText(key: string, before: CellValue, now: CellValue): Text {
  if (empty(before))
    return {
      zh: `${parameterName(key, "zh")}由咨询人员设定为 ${shown(now, "zh")}（无默认值）。`,
      en: `${capitalised(parameterName(key, "en"))} is set to ${shown(now, "en")} by the consultant (no default).`,
    };
  return {
    zh: `${parameterName(key, "zh")}与默认值不同：默认 ${shown(before, "zh")}，现为 ${shown(now, "zh")}。`,
    en: `${capitalised(parameterName(key, "en"))} differs from its default: default ${shown(before, "en")}, now ${shown(now, "en")}.`,
  };
}
