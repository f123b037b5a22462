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

export function textOf(text: Text, lang: Lang): string {
  return lang === "zh-CN" ? text.zh : text.en;
}
