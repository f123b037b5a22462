import { BASIC_REQUIREMENTS } from "../../../src/domain/catalog";
import { basicRequirementsVerdict, parseBasicAnswer } from "../../../src/domain/calc/basicRequirements";
import { expectReason, expectValue } from "./expectOutcome";

const ALL_MET = ["符合", "符合", "符合", "符合", "符合", "符合"];

describe("basicRequirementsVerdict (《北京市工业园区绿色诊断工作指南》 附件2-1-1; docs/templates.md basic requirements: overall 符合 only when all six mandatory items are 符合)", () => {
  test.each<[string, unknown[], string]>([
    ["all eight 符合", [...ALL_MET, "符合", "符合"], "符合"],
    ["the encouraged items 7–8 (鼓励) do not count", [...ALL_MET, "不符合", null], "符合"],
    [
      "item 6 (专门机构、2名以上专职人员) 不符合",
      ["符合", "符合", "符合", "符合", "符合", "不符合", "符合", "符合"],
      "不符合",
    ],
    ["one 不符合 decides even with others unanswered", ["不符合", null, null, null, null, null, null, null], "不符合"],
    [
      "English answers, any letter case",
      ["compliant", "Compliant", "COMPLIANT", "compliant", "compliant", "compliant", null, null],
      "符合",
    ],
    [
      "English non-compliant",
      ["compliant", "Non-Compliant", "compliant", "compliant", "compliant", "compliant", null, null],
      "不符合",
    ],
  ])("%s", (_name, answers, expected) => expectValue(basicRequirementsVerdict(answers), expected));

  test("a mandatory item unanswered: no verdict yet", () => {
    expectReason(basicRequirementsVerdict([...ALL_MET.slice(0, 5), null, "符合", "符合"]), "missing-input");
  });
  test("an answer outside the list (and no 不符合): no verdict", () => {
    expectReason(basicRequirementsVerdict([...ALL_MET.slice(0, 5), "基本符合", null, null]), "invalid-input");
  });
  test("one answer per requirement", () => expectReason(basicRequirementsVerdict(ALL_MET), "invalid-input"));
  test("the catalog's mandatory flags are what counts", () => {
    expect(BASIC_REQUIREMENTS.filter((r) => r.mandatory)).toHaveLength(6);
  });
});

describe("parseBasicAnswer (compared as a spreadsheet's = compares: case-insensitive, not trimmed)", () => {
  test.each<[unknown, string]>([
    ["符合", "符合"],
    ["不符合", "不符合"],
    ["compliant", "符合"],
    ["NON-COMPLIANT", "不符合"],
  ])("%s → %s", (x, expected) => expectValue(parseBasicAnswer(x), expected));
  test.each<[unknown, string]>([
    [null, "missing-input"],
    ["", "missing-input"],
    [" 符合", "invalid-input"],
    [1, "invalid-input"],
    [true, "invalid-input"],
  ])("%s → %s", (x, reason) => expectReason(parseBasicAnswer(x), reason as never));
});
