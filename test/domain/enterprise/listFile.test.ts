/**
 * The enterprise list of docs/enterprises.md: codes checked by GB 32100-2015 (published codes of real enterprises
 * as the independent reference), per-field messages naming the enterprise, prefilled values checked as a park
 * data file's.
 */
import { creditCodeProblem, withCheckCharacter } from "../../../src/domain/enterprise/creditCode";
import { readEnterpriseList, parseEnterpriseListBytes } from "../../../src/domain/enterprise/listFile";
import { problemLines } from "../../../src/domain/schema/parkData";

const YEARS = [2021, 2022, 2023, 2024];
const A = withCheckCharacter("91110100MA01A0001");

describe("unified social credit code (GB 32100-2015)", () => {
  test.each(["914403001922038216", "91440300708461136T", "91330100799655058B", "91110000802100433B"])(
    "a published code %s is valid",
    (code) => expect(creditCodeProblem(code)).toBeUndefined(),
  );
  test("a typing mistake, a wrong length and a letter no code uses are named", () => {
    expect(creditCodeProblem("914403001922038217")?.zh).toContain("校验位不符（按前 17 位应为“6”）");
    expect(creditCodeProblem("91440300192203821")?.en).toContain("has 17");
    expect(creditCodeProblem("91440300192203821O")?.en).toContain('"O"');
    expect(creditCodeProblem(" 9144 0300 1922 0382 16 ")).toBeUndefined();
  });
});

describe("the list", () => {
  test("a good list: codes normalised, key defaulting to false, prefill read", () => {
    const result = readEnterpriseList({
      years: YEARS,
      enterprises: [
        { name: " 甲 ", code: A.toLowerCase(), values: { va: [1, 2, 3, 4] } },
        {
          name: "乙",
          code: withCheckCharacter("91110100MA01A0002"),
          key: true,
          audit: { status: "已完成", year: 2023 },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.enterprises[0]).toMatchObject({ name: "甲", code: A, key: false });
    expect(result.list.enterprises[0]?.data?.values?.va).toEqual([1, 2, 3, 4]);
    expect(result.list.enterprises[1]?.audit).toEqual({ status: "已完成", year: 2023 });
  });

  test("each problem names the enterprise and the field, in both languages", () => {
    const result = readEnterpriseList({
      years: YEARS,
      enterprises: [
        { name: "甲", code: A },
        { name: "乙", code: A, audit: { status: "done" } },
        { name: "丙", code: "123", key: "yes", values: { area_park: [1, 1, 1, 1], va: [1, 2] } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const zh = problemLines(result.problems, "zh").join("\n");
    const en = problemLines(result.problems, "en").join("\n");
    expect(en).toContain('audit of enterprise "乙"');
    expect(en).toContain("expected one of 已完成 / 进行中 / 未开展");
    expect(zh).toContain("企业“丙”的重点企业 · enterprises[2].key：应为 true 或 false");
  });

  test("duplicate codes, park-level items, bad years and short value lists", () => {
    const result = readEnterpriseList({
      years: [2021, 2022, 2023],
      enterprises: [
        { name: "甲", code: A },
        { name: "乙", code: A },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const en = problemLines(result.problems, "en").join("\n");
    expect(en).toContain("expected 4 years");
    expect(en).toContain("the same code as enterprise 1 (甲)");

    const items = readEnterpriseList({
      years: YEARS,
      enterprises: [{ name: "丙", code: A, values: { area_park: [1, 1, 1, 1], va: [1, 2] } }],
    });
    expect(items.ok).toBe(false);
    if (items.ok) return;
    const lines = problemLines(items.problems, "en").join("\n");
    expect(lines).toContain('enterprises[0].values.area_park: "area_park" is not an item enterprises report');
    expect(lines).toContain("enterprises[0].values.va");
  });

  test("--years must agree with the list's years; three-year lists are refused", () => {
    const r = readEnterpriseList({ years: YEARS, enterprises: [{ name: "甲", code: A }] }, [2020, 2021, 2022, 2023]);
    expect(r.ok).toBe(false);
    const none = readEnterpriseList({ enterprises: [{ name: "甲", code: A }] });
    expect(none.ok).toBe(false);
    expect(readEnterpriseList({ enterprises: [{ name: "甲", code: A }] }, YEARS).ok).toBe(true);
  });

  test("bytes: a syntax error says where; unknown keys are named", () => {
    const bad = parseEnterpriseListBytes(new TextEncoder().encode('{"enterprises": [ {"name": "甲" "code": "x"} ]}'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(problemLines(bad.problems, "en")[0]).toMatch(/^not valid JSON at line 1, column/);
    const unknown = parseEnterpriseListBytes(
      new TextEncoder().encode(JSON.stringify({ years: YEARS, enterprises: [{ name: "甲", code: A, size: 3 }] })),
    );
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(problemLines(unknown.problems, "en")[0]).toContain('unknown key "size"');
  });
});
