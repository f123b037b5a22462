/**
 * Words in both languages of the product (docs/architecture.md "Users see only their words"): every text a user
 * may read — catalog names and sources, sheet words, function messages, the pane's words, reader refusals — is a
 * `Text`, and `textOf` picks the language. Chinese is the primary language.
 */
export type Lang = "zh-CN" | "en-US";

export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** A message's first line (a stack or a multi-line error reduced to what one line of output can show). */
export function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end < 0 ? text : text.slice(0, end);
}

export function textOf(text: Text, lang: Lang): string {
  return lang === "zh-CN" ? text.zh : text.en;
}

const ENGLISH_PLURAL = new Intl.PluralRules("en-US");

/** An English count with its noun in the right number: "1 value", "2 values" (Chinese needs no plural). */
export function englishCount(n: number, one: string, other: string): string {
  return `${n} ${ENGLISH_PLURAL.select(n) === "one" ? one : other}`;
}
