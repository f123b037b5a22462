/**
 * Words kept in Chinese (docs/templates.md#words-kept-in-chinese): an English sheet shows "具备 (available)";
 * the word, its meaning in any letter case and both read as the Chinese word.
 */
import { answerOrText, readAnswer, shownAnswer, shownIfAnswer } from "../../../src/domain/calc/answers";

const FACILITY = ["具备", "不具备"];

test("an English sheet shows the answer with its meaning, a Chinese sheet the word alone", () => {
  expect(shownAnswer("具备", "en-US")).toBe("具备 (available)");
  expect(shownAnswer("不具备", "en-US")).toBe("不具备 (not available)");
  expect(shownAnswer("基本完善", "en-US")).toBe("基本完善 (basically complete)");
  expect(shownAnswer("是", "en-US")).toBe("是 (yes)");
  expect(shownAnswer("需改进", "en-US")).toBe("需改进 (needs improvement)");
  expect(shownAnswer("具备", "zh-CN")).toBe("具备");
  expect(shownIfAnswer(12.5, "en-US")).toBe(12.5);
  expect(shownIfAnswer("万元", "en-US")).toBe("万元");
});

test("the word, its meaning and both read as the Chinese word; anything else as nothing", () => {
  for (const text of ["具备", " 具备 ", "available", "AVAILABLE", "具备 (available)", "具备 (Available)"])
    expect(readAnswer(text, FACILITY)).toBe("具备");
  expect(readAnswer("不具备 (not available)", FACILITY)).toBe("不具备");
  expect(readAnswer("not available", FACILITY)).toBe("不具备");
  for (const text of ["具备 (not available)", "有", "", "complete"]) expect(readAnswer(text, FACILITY)).toBeUndefined();
});

test("a lead and an answer compare as words whatever their form", () => {
  expect(answerOrText("完善 (complete)")).toBe(answerOrText("完善"));
  expect(answerOrText("完善 (complete)")).not.toBe(answerOrText("基本完善"));
  expect(answerOrText(" 自定 ")).toBe("自定");
});
