/**
 * Words that stay the standard's Chinese in every sheet so that they compare across workbooks of both
 * languages: the answers of the qualitative data items (docs/data-file.md "the answer": 具备 / 不具备, 完善 /
 * 基本完善 / 不完善, 是 / 否) and the synergy grades (优良 / 合格 / 需改进). An English sheet shows each with its
 * English meaning beside it, "具备 (available)" (docs/templates.md#words-kept-in-chinese). A cell may hold the
 * word, its English meaning in any letter case, or both as an English sheet writes them: all three read as the
 * Chinese word.
 */
import { DATA_ITEMS, SYNERGY_GRADES } from "../catalog";
import type { Lang } from "../text";
import { spreadsheetTrim } from "./inputs";

/** Each Chinese answer and grade with its English meaning, from the catalog's data items and synergy grades. */
const MEANINGS: ReadonlyMap<string, string> = new Map([
  ...DATA_ITEMS.flatMap((item) => (item.answers ?? []).map((zh, i) => [zh, item.answersEn?.[i] ?? zh] as const)),
  ...SYNERGY_GRADES.map((g) => [g.label, g.name.en.toLowerCase()] as const),
]);

/** The Chinese answer words of the catalog, longest first (不具备 before 具备). */
export const ANSWER_WORDS: readonly string[] = [...MEANINGS.keys()].sort((a, b) => b.length - a.length);

/** The English meaning of a Chinese answer word ("available" for 具备); undefined for another text. */
export function answerMeaning(word: string): string | undefined {
  return MEANINGS.get(word);
}

/** An answer as a sheet of `lang` shows it: the Chinese word, in English with its meaning, "具备 (available)". */
export function shownAnswer(word: string, lang: Lang): string {
  const meaning = MEANINGS.get(word);
  return lang === "zh-CN" || meaning === undefined || meaning === word ? word : `${word} (${meaning})`;
}

/** The texts that read as `word`: the word, as an English sheet shows it, and its English meaning. */
export function answerForms(word: string): string[] {
  return [...new Set([word, shownAnswer(word, "en-US"), MEANINGS.get(word) ?? word])];
}

/**
 * The Chinese answer among `answers` a text stands for — the word, its English meaning (any letter case), or
 * "word (meaning)" — surrounding blanks ignored; undefined when it stands for none of them.
 */
export function readAnswer(text: string, answers: readonly string[]): string | undefined {
  return answersByForm(answers).get(spreadsheetTrim(text).toLowerCase());
}

const BY_FORM = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/**
 * Every form of the answers in lower case → the first answer (in the list's order) it reads as, worked out once
 * per list: a review reads an answer in every cell of a column.
 */
function answersByForm(answers: readonly string[]): ReadonlyMap<string, string> {
  let byForm = BY_FORM.get(answers);
  if (byForm === undefined) {
    const map = new Map<string, string>();
    for (const word of answers)
      for (const form of answerForms(word)) if (!map.has(form.toLowerCase())) map.set(form.toLowerCase(), word);
    BY_FORM.set(answers, map);
    byForm = map;
  }
  return byForm;
}

/** A text read as an answer word where it is one (of any item), else the text as it is, trimmed. */
export function answerOrText(text: string): string {
  return readAnswer(text, ANSWER_WORDS) ?? spreadsheetTrim(text);
}

/** A cell's value as a sheet of `lang` shows it: an answer word with its meaning in English, anything else as it is. */
export function shownIfAnswer<T>(v: T, lang: Lang): T | string {
  return typeof v === "string" && MEANINGS.has(v) ? shownAnswer(v, lang) : v;
}
