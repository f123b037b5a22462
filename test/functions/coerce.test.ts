import {
  cellsOf,
  toBooleanInput,
  toNumberInput,
  isOmitted,
  toCarrierInput,
  toCatalogEntryInput,
  toCellValue,
  toCellValues,
  toDirectionList,
  toFactorSetInput,
  toFlagList,
  toIndicatorInput,
  toLanguageInput,
  toNumberList,
  toTextInput,
  toUnitInput,
} from "../../src/functions/coerce";
import type { Outcome } from "../../src/domain/calc/outcome";

describe("toNumberInput: Excel-shaped arguments to numbers (docs/functions.md)", () => {
  test.each([
    ["a number", 85, 85],
    ["numeric text", "85", 85],
    ["text with thousands separators and spaces", " 1,200.5 ", 1200.5],
    ["percent text", "85%", 0.85],
    ["a one-cell range", [[42]], 42],
    ["an empty cell", null, null],
    ["an omitted argument", undefined, null],
    ["blank text", "  ", null],
  ])("%s", (_name, arg, expected) => {
    expect(toNumberInput(arg, "x")).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["words", "abc"],
    ["a boolean", true],
    ["a two-cell range", [[1, 2]]],
    ["infinity", Infinity],
    ["an object", { a: 1 }],
  ])("%s is a wrong type", (_name, arg) => {
    const read = toNumberInput(arg, "x");
    expect(read.ok).toBe(false);
    expect(read.ok ? undefined : read.reason).toBe("invalid-input");
  });
});

describe("toBooleanInput", () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["FALSE", false],
    [null, true],
    [undefined, true],
  ])("%p", (arg, expected) => {
    expect(toBooleanInput(arg, "percent", true)).toEqual({ ok: true, value: expected });
  });

  test("other values are invalid", () => {
    expect(toBooleanInput("maybe", "percent", true).ok).toBe(false);
  });
});

const valueOf = <T>(read: Outcome<T>): T => {
  if (!read.ok) throw new Error(`expected a value, got ${read.reason}`);
  return read.value;
};
const reasonOf = (read: Outcome<unknown>) => (read.ok ? "ok" : read.reason);

describe("ranges: every cell row by row, empty cells as null", () => {
  test("cellsOf reads a 2D range row by row and a scalar as one cell", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(cellsOf(5)).toEqual([5]);
    expect(cellsOf([1, 2])).toEqual([1, 2]);
  });

  test("toNumberList: numbers, numeric text, empty cells", () => {
    expect(
      toNumberList(
        [
          [1, "2"],
          [null, ""],
          ["25%", " 1,000 "],
        ],
        "xs",
      ),
    ).toEqual({ ok: true, value: [1, 2, null, null, 0.25, 1000] });
    expect(toNumberList(7, "xs")).toEqual({ ok: true, value: [7] });
  });

  test("toNumberList: words or booleans are wrong types", () => {
    expect(reasonOf(toNumberList([[1], ["x"]], "xs"))).toBe("invalid-input");
    expect(reasonOf(toNumberList([[true]], "xs"))).toBe("invalid-input");
  });

  test("toCellValue and toCellValues keep answers as text", () => {
    expect(valueOf(toCellValue([["具备"]], "v"))).toBe("具备");
    expect(valueOf(toCellValue(" 85 ", "v"))).toBe(85);
    expect(valueOf(toCellValue("", "v"))).toBeNull();
    expect(valueOf(toCellValues([[1, "2", null, "完善"]], "v"))).toEqual([1, 2, null, "完善"]);
    expect(valueOf(toCellValues([[3]], "v"))).toBe(3);
  });

  test("isOmitted: null, undefined and blank text", () => {
    expect([null, undefined, "", "  "].every(isOmitted)).toBe(true);
    expect([0, "0", [[null]], false].some(isOmitted)).toBe(false);
  });
});

describe("text ids through the catalog's finders", () => {
  test.each([
    ["RG7", "RG7"],
    ["rg7", "RG7"],
    [" 工业用水重复利用率 ", "RG7"],
    [[["工业固体废弃物(含危废)处置利用率"]], "HG21"],
    ["Energy output rate", "EG1"],
  ])("indicator %p", (arg, id) => {
    expect(valueOf(toIndicatorInput(arg)).id).toBe(id);
  });

  test("an unknown indicator is unknown-id, an empty one missing, a number the wrong type", () => {
    expect(reasonOf(toIndicatorInput("RG99"))).toBe("unknown-id");
    expect(reasonOf(toIndicatorInput(null))).toBe("missing-input");
    expect(reasonOf(toIndicatorInput(7))).toBe("invalid-input");
  });

  test.each([
    ["天然气", "natural-gas"],
    ["气田天然气", "natural-gas"],
    ["natural gas", "natural-gas"],
    ["电", "electricity"],
    ["电力", "electricity"],
    ["煤", "raw-coal"],
    ["蒸汽", "steam"],
  ])("carrier %p", (arg, id) => {
    expect(valueOf(toCarrierInput(arg)).id).toBe(id);
  });

  test.each([
    ["万千瓦时", "万kWh"],
    ["万kWh", "万kWh"],
    ["度", "kWh"],
    ["m3", "m³"],
    ["万方", "万m³"],
    ["吨", "t"],
  ])("unit %p", (arg, id) => {
    expect(valueOf(toUnitInput(arg))?.id).toBe(id);
  });

  test("an omitted unit or factor set is null; unknown ones are unknown-id", () => {
    expect(valueOf(toUnitInput(null))).toBeNull();
    expect(valueOf(toFactorSetInput(undefined))).toBeNull();
    expect(reasonOf(toUnitInput("桶"))).toBe("unknown-id");
    expect(reasonOf(toCarrierInput("煤气"))).toBe("unknown-id");
    expect(reasonOf(toFactorSetInput("mars-2023"))).toBe("unknown-id");
  });

  test.each([
    ["national-2023", "national-2023"],
    ["华东-2023", "east-2023"],
    ["EAST-2022", "east-2022"],
    ["market-2022", "market-2022"],
  ])("factor set %p", (arg, id) => {
    expect(valueOf(toFactorSetInput(arg))?.id).toBe(id);
  });

  test("catalog entries: indicators first, then data items", () => {
    expect(valueOf(toCatalogEntryInput("EG1")).indicator?.id).toBe("EG1");
    expect(valueOf(toCatalogEntryInput("va")).item?.id).toBe("va");
    expect(reasonOf(toCatalogEntryInput("nothing"))).toBe("unknown-id");
  });

  test("text inputs: blank is null, numbers are the wrong type", () => {
    expect(valueOf(toTextInput(" ", "t"))).toBeNull();
    expect(reasonOf(toTextInput(3, "t"))).toBe("invalid-input");
  });
});

describe("directions, flags and languages", () => {
  test("directions of docs/functions.md, empty cells as null", () => {
    expect(valueOf(toDirectionList([["up", "down", "↑", "↓", "正向", "逆向", 1, -1, "-1", null]], "d"))).toEqual([
      "up",
      "down",
      "up",
      "down",
      "up",
      "down",
      "up",
      "down",
      "down",
      null,
    ]);
    expect(reasonOf(toDirectionList([["sideways"]], "d"))).toBe("invalid-input");
  });

  test("flags: TRUE/FALSE, 1/0, 是/否, ticks; empty is no", () => {
    expect(valueOf(toFlagList([[true, false, 1, 0, "是", "否", "√", null]], "f"))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(reasonOf(toFlagList([["perhaps"]], "f"))).toBe("invalid-input");
  });

  test.each([
    [null, "zh"],
    ["zh", "zh"],
    ["zh-CN", "zh"],
    ["中文", "zh"],
    ["en", "en"],
    ["EN-US", "en"],
    ["英文", "en"],
  ])("language %p", (arg, expected) => {
    expect(valueOf(toLanguageInput(arg))).toBe(expected);
  });

  test("an unknown language is invalid", () => {
    expect(reasonOf(toLanguageInput("fr"))).toBe("invalid-input");
  });

  test.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "%s is an unknown language, not a property of Object.prototype",
    (word) => {
      expect(reasonOf(toLanguageInput(word))).toBe("invalid-input");
    },
  );
});
