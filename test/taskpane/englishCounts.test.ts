/** The pane's English counts agree with their number (domain/text.ts englishCount). */
import { STRINGS } from "../../src/taskpane/i18n";

test("English counts in the pane's words", () => {
  expect(STRINGS["en-US"].importOk(1, 0, "“Data”")).toBe(
    "Wrote 1 input value (0 replacing a value typed before) into “Data”.",
  );
  expect(STRINGS["en-US"].importOk(3, 1, "“Data”")).toBe(
    "Wrote 3 input values (1 replacing a value typed before) into “Data”.",
  );
  expect(STRINGS["en-US"].importUnplaced(1)).toBe("Not written, beyond the sheets' rows: 1 value.");
  expect(STRINGS["en-US"].highlighted(1)).toBe("Highlighted 1 cell.");
  expect(STRINGS["en-US"].submitDone(1)).toBe("Processed 1 template sheet.");
  expect(STRINGS["en-US"].importMoreProblems(1)).toBe("and 1 more problem");
  expect(STRINGS["en-US"].importMoreProblems(4)).toBe("and 4 more problems");
});
