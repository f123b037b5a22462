/**
 * A park data file as users save it: GB18030/GBK from Chinese Windows and WPS (read, with a notice), other
 * encodings refused by name, control characters refused by JSON path, years as on the command line, JSON
 * syntax errors by line and column, and no cascade of follow-on problems.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { jsonSyntaxError } from "../../../src/domain/schema/jsonSyntax";
import { SHOWN_PROBLEMS, parseParkData, parseParkDataBytes, problemLines } from "../../../src/domain/schema/parkData";

const SAMPLE_TEXT = readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8");
const SAMPLE = JSON.parse(SAMPLE_TEXT);
/** The sample saved as GB18030 by Python's codec, independent of the decoder under test. */
const SAMPLE_GB18030 = new Uint8Array(readFileSync(join(__dirname, "sample-park.gb18030.json")));
const problemsOf = (data: unknown) => {
  const r = parseParkData(JSON.stringify(data));
  return r.ok ? [] : r.problems;
};

describe("encodings", () => {
  test("GB18030 (GBK) is read with a notice; the Chinese is intact", () => {
    const r = parseParkDataBytes(SAMPLE_GB18030);
    expect(r.ok).toBe(true);
    expect(r.encoding).toBe("GB18030");
    expect(r.notice?.en).toMatch(/GB18030 \(GBK\)/);
    expect(r.ok && r.data.park?.name).toBe("青川经济技术开发区（示例）");
  });

  test("UTF-8 with or without a byte-order mark, and UTF-16 with one, are read", () => {
    const utf8 = new TextEncoder().encode(SAMPLE_TEXT);
    expect(parseParkDataBytes(utf8)).toMatchObject({ ok: true });
    expect(parseParkDataBytes(utf8).notice).toBeUndefined();
    expect(parseParkDataBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({ ok: true });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(SAMPLE_TEXT, "utf16le"))]);
    expect(parseParkDataBytes(utf16)).toMatchObject({ ok: true, encoding: "UTF-16" });
  });

  test("bytes that are neither UTF-8 nor GB18030, and UTF-16 without its mark, are refused by name", () => {
    const r = parseParkDataBytes(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x80, 0x22, 0x7d]));
    expect(r).toMatchObject({
      ok: false,
      problems: [{ path: "(root)", message: expect.stringMatching(/not text in UTF-8 or GB18030 \(GBK\)/) }],
    });
    const bare16 = new Uint8Array(Buffer.from(SAMPLE_TEXT, "utf16le"));
    expect(parseParkDataBytes(bare16)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/NUL bytes/) }],
    });
  });
});

describe("contents", () => {
  test("a control character in any text is refused with its JSON path", () => {
    const energy = [{ ...SAMPLE.energy[0], unit: "t\u0007" }, ...SAMPLE.energy.slice(1)];
    const problems = problemsOf({ ...SAMPLE, park: { name: "\u001b[2J园区" }, energy });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "park.name", message: "contains the control character U+001B; remove it" }),
        expect.objectContaining({
          path: "energy[0].unit",
          message: "contains the control character U+0007; remove it",
        }),
      ]),
    );
  });

  test("years within 1900–2200, as on the command line", () => {
    expect(problemsOf({ ...SAMPLE, years: [-3, -2, -1, 0] }).map((p) => p.path)).toEqual([
      "years[0]",
      "years[1]",
      "years[2]",
      "years[3]",
    ]);
    expect(problemsOf({ ...SAMPLE, years: [2021, 2022, 2023, 2 ** 53 - 1] })).toEqual([
      expect.objectContaining({ path: "years[3]", message: `expected a year from 1900 to 2200, got ${2 ** 53 - 1}` }),
    ]);
    expect(problemsOf({ ...SAMPLE, years: [1899, 1900, 1901, 1902] }).map((p) => p.path)).toEqual(["years[0]"]);
    expect(problemsOf({ ...SAMPLE, years: [2197, 2198, 2199, 2200] })).toEqual([]);
  });

  test("a list of 50 000 options is read; one more row is refused as one problem", () => {
    const row = { level: "企业", type: "节能", name: "空压机变频改造", investment: 10, status: "已实施" };
    const options = Array.from({ length: 50000 }, () => row);
    expect(problemsOf({ ...SAMPLE, options })).toEqual([]);
    expect(problemsOf({ ...SAMPLE, options: [...options, row] })).toEqual([
      expect.objectContaining({ path: "options", message: "expected at most 50000 rows, got 50001" }),
    ]);
  });

  test("a wrong year count is one problem, not one per list", () => {
    expect(problemsOf({ ...SAMPLE, years: [2022, 2023, 2024] })).toEqual([
      expect.objectContaining({ path: "years", message: expect.stringMatching(/expected 4 years/) }),
    ]);
    const three = Object.fromEntries(
      Object.entries(SAMPLE.values as Record<string, unknown[]>).map(([k, v]) => [k, v.slice(1)]),
    );
    const problems = problemsOf({ ...SAMPLE, years: [2022, 2023, 2024], values: three, energy: [] });
    expect(problems).toHaveLength(2);
    expect(problems[1]!.message).toMatch(/^\d+ lists do not have 4 entries/);
  });

  test("the first problem and at most five follow-on ones are shown; the rest counted", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      path: `values.x[${i}]`,
      field: { zh: "项", en: "item" },
      message: "m",
      words: { zh: "问题", en: "m" },
    }));
    const lines = problemLines(many);
    expect(lines).toHaveLength(SHOWN_PROBLEMS + 1);
    expect(SHOWN_PROBLEMS).toBe(6);
    expect(lines[SHOWN_PROBLEMS]).toBe("and 14 more");
    expect(problemLines(many, "zh")[SHOWN_PROBLEMS]).toBe("另有 14 个问题");
  });
});

describe("JSON syntax errors by line and column", () => {
  test.each([
    ['{\n  "years": [2021, 2022]\n  "values": {}\n}', 3, 3, /expected "," or "}"/],
    ['{\n  "years": [2021, 2022,],\n}', 2, 24, /a comma before \] is not allowed/],
    ["{\n  'years': []\n}", 2, 3, /expected a key in double quotes/],
    ['{ "park": { "name": "园区\n" } }', 1, 24, /U\+000A inside a text/],
    ['{ "years": [2021', 1, 17, /expected "," or "\]" but found the end of the file/],
    ['{ "years": [2021] } x', 1, 21, /after the end of the data/],
    ['{ "values": { "va": [1, 2, 3, 04] } }', 1, 32, /expected "," or "\]"/],
  ])("%j → line %d, column %d", (text, line, column, message) => {
    const r = parseParkData(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      expect.objectContaining({
        path: "(root)",
        message: expect.stringContaining(`at line ${line}, column ${column}: `),
        words: expect.objectContaining({ zh: expect.stringContaining(`第 ${line} 行第 ${column} 列，`) }),
      }),
    ]);
    expect(jsonSyntaxError(text)?.message).toMatch(message);
  });

  test("the locator agrees with JSON.parse on any text: valid exactly when JSON.parse accepts it", () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc
        .json()
        .chain((j) =>
          fc
            .tuple(
              fc.nat(j.length),
              fc.constantFrom("", ",", "}", "]", '"', "'", "\n", "\u0001", ":", "1", "-", "\\", "e"),
            )
            .map(([i, s]) => j.slice(0, i) + s + j.slice(i + 1)),
        ),
      fc.string({
        unit: fc.constantFrom(
          "{",
          "}",
          "[",
          "]",
          '"',
          ",",
          ":",
          "1",
          "0",
          ".",
          "e",
          "-",
          " ",
          "t",
          "r",
          "u",
          "\\",
          "n",
        ),
      }),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  test("a deeply nested file is located without overflowing the stack", () => {
    expect(jsonSyntaxError("[".repeat(200000))).toMatchObject({ line: 1, column: 200001 });
  });
});

describe("problems in the user's words, Chinese and English", () => {
  const lines = (data: unknown, lang: "zh" | "en") => problemLines(problemsOf(data), lang);

  test("a value names the data sheet's item and the year, beside its JSON path", () => {
    const values = { ...SAMPLE.values, va: [1, 2, "x", 4], employees: [1, -5, 3, 4] };
    expect(lines({ ...SAMPLE, values }, "zh")).toEqual([
      '工业增加值（2023 年） · values.va[2]：应为以 万元 计的数字或 null，实际为 "x"',
      "从业人员数（2022 年） · values.employees[1]：应为 ≥ 0 的数量，实际为 -5",
    ]);
    expect(lines({ ...SAMPLE, values }, "en")).toEqual([
      'Industrial value added (2023) · values.va[2]: expected a number in 万元 or null, got "x"',
      "Employees (2022) · values.employees[1]: expected an amount ≥ 0, got -5",
    ]);
  });

  test("years, unknown keys, energy rows and control characters", () => {
    expect(lines({ ...SAMPLE, years: [2021, 2022, 2022, 2024] }, "zh")).toEqual([
      "年份（评价年 2） · years[2]：年份必须递增：2022 在 2022 之后",
    ]);
    expect(lines({ ...SAMPLE, values: { ...SAMPLE.values, foo: [] } }, "zh")).toEqual([
      '数据项 · values：未知的键 "foo"',
    ]);
    const energy = [
      { carrier: "原煤", unit: "万kWh", values: [1, 2, 3, 4] },
      { carrier: "煤泥浆", values: [1, 2, 3, 4] },
    ];
    expect(lines({ ...SAMPLE, energy }, "zh")).toEqual([
      "能源消费“原煤”的计量单位 · energy[0].unit：万kWh 不能计量原煤",
      "能源消费第 2 行的能源品种 · energy[1].carrier：未知的能源品种“煤泥浆”",
    ]);
    expect(lines({ ...SAMPLE, energy }, "en")).toEqual([
      'energy use "raw coal", unit · energy[0].unit: 万kWh does not measure 原煤',
      'energy use row 2, energy carrier · energy[1].carrier: unknown energy carrier "煤泥浆"',
    ]);
    expect(lines({ ...SAMPLE, park: { name: "\u001b园区" } }, "zh")).toEqual([
      "园区名称 · park.name：含控制字符 U+001B，请删除",
    ]);
  });

  test("the whole file: JSON syntax by line and column, an encoding that is not text", () => {
    const syntax = parseParkData('{\n  "years": [2021, 2022, 2023, 2024]\n  "values": {}\n}');
    expect(problemLines(syntax.ok ? [] : syntax.problems, "zh")).toEqual([
      '不是有效的 JSON：第 3 行第 3 列，此处应为“,”或“}”，却是“"”',
    ]);
    expect(problemLines(syntax.ok ? [] : syntax.problems, "en")).toEqual([
      'not valid JSON at line 3, column 3: expected "," or "}" but found """',
    ]);
    const bare16 = parseParkDataBytes(new Uint8Array(Buffer.from(SAMPLE_TEXT, "utf16le")));
    expect(problemLines(bare16.ok ? [] : bare16.problems, "zh")).toEqual([
      "不是文本文件：含有 NUL 字节（无字节顺序标记的 UTF-16，或二进制文件）；请另存为 UTF-8",
    ]);
    expect(parseParkDataBytes(SAMPLE_GB18030).notice).toEqual({
      zh: "已按 GB18030（GBK）文本读取（中文 Windows 和 WPS 的默认编码）；建议使用 UTF-8",
      en: "read as GB18030 (GBK) text, the encoding of Chinese Windows and WPS; UTF-8 is preferred",
    });
  });
});
