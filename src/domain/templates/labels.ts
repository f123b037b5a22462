/** Words shared by several templates (zh-CN / en-US). */
import type { Text } from "../catalog";
import type { Lang } from "./sheetPlan";

export const LABELS = {
  no: { zh: "序号", en: "No." },
  id: { zh: "编号", en: "Id" },
  item: { zh: "项目", en: "Item" },
  unit: { zh: "单位", en: "Unit" },
  value: { zh: "取值", en: "Value" },
  defaultValue: { zh: "默认值", en: "Default" },
  source: { zh: "来源", en: "Source" },
  status: { zh: "状态", en: "Status" },
  definition: { zh: "定义", en: "Definition" },
  park: { zh: "园区", en: "Park" },
  year: { zh: "年份", en: "Year" },
  baseYear: { zh: "基准年", en: "Base year" },
  remarks: { zh: "备注", en: "Remarks" },
  inputHint: {
    zh: "黄色单元格为输入项；灰色单元格为公式，已锁定（工作表保护无密码，可在“审阅”中撤销）。",
    en: "Yellow cells are inputs; grey cells are formulas and locked (sheet protection has no password; lift it under Review).",
  },
} as const satisfies Record<string, Text>;

export const DIRECTION_TEXT = {
  up: { zh: "↑ 正向", en: "↑ larger is better" },
  down: { zh: "↓ 逆向", en: "↓ smaller is better" },
  qualitative: { zh: "定性", en: "qualitative" },
} as const satisfies Record<string, Text>;

export const FLAG_TEXT = {
  mandatory: { zh: "必选", en: "mandatory" },
  optional: { zh: "可选", en: "optional" },
} as const satisfies Record<string, Text>;

/** The answers of the "evaluate this optional indicator" choice; empty = automatic (docs/templates.md#scores). */
export const SELECTION_ANSWERS = { yes: { zh: "是", en: "yes" }, no: { zh: "否", en: "no" } } as const satisfies Record<
  string,
  Text
>;

/** English words for the Chinese unit symbols of the standards' tables (万 = 10⁴, 亿 = 10⁸). */
const UNIT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/亿元/g, "10⁸ yuan"],
  [/万元/g, "10⁴ yuan"],
  [/万/g, "10⁴ "],
  [/元/g, "yuan"],
  [/^分$/, "points"],
  [/^年$/, "years"],
  [/人/g, "person"],
  [/^辆$/, "vehicles"],
  [/^天$/, "days"],
  [/^工作日$/, "working days"],
  [/^家$/, "enterprises"],
];

/** A unit as a sheet in `lang` shows it: the standard's symbol in Chinese, English words in English. */
export function unitText(unit: string, lang: Lang): string {
  // a rate entered as a decimal (0.25 for 25 %): the catalog's unit word, in Chinese 小数
  if (lang === "zh-CN") return unit === "fraction" ? "小数" : unit;
  const english = UNIT_WORDS.reduce((text, [pattern, word]) => text.replace(pattern, word), unit);
  return english === "person" ? "persons" : english;
}

/** "名称（单位）" in Chinese, "name (unit)" in English. */
export function withUnit(label: string, unit: string, lang: Lang): string {
  return lang === "zh-CN" ? `${label}（${unit}）` : `${label} (${unitText(unit, lang)})`;
}
