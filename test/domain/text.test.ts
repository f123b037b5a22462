/** Words in both languages (docs/architecture.md "Users see only their words"). */
import { englishCount, textOf } from "../../src/domain/text";

test("textOf picks the language", () => {
  expect(textOf({ zh: "园区", en: "park" }, "zh-CN")).toBe("园区");
  expect(textOf({ zh: "园区", en: "park" }, "en-US")).toBe("park");
});

test("English counts agree with their number", () => {
  expect(englishCount(0, "value", "values")).toBe("0 values");
  expect(englishCount(1, "value", "values")).toBe("1 value");
  expect(englishCount(2, "value", "values")).toBe("2 values");
});
