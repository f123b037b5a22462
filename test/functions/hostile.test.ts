/**
 * Hostile arguments, as a user can type them and as Excel passes them (excelInvoker.ts): no GREEN.* function
 * throws, returns undefined, NaN or ±Infinity, or lets a name like "constructor" or "__proto__" reach
 * Object.prototype. Every cell is a finite number, a text, or an Excel error with a message (a range given
 * where one value is expected spills one such cell per cell).
 */
import fc from "fast-check";
import { column, errorOf, excelInvoker, excelError, SKIPPED, type ExcelInvoker, type Typed } from "./excelInvoker";

let excel: ExcelInvoker;
beforeAll(() => {
  excel = excelInvoker();
});

const EXCEL_ERRORS = ["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"];

/** A cell Excel can show: a finite number, a text, a boolean, or an error with its message. */
function isShowable(cell: unknown): boolean {
  if (typeof cell === "number") return Number.isFinite(cell);
  if (typeof cell === "string" || typeof cell === "boolean") return true;
  const error = errorOf(cell);
  return (
    error !== undefined &&
    EXCEL_ERRORS.includes(error.error) &&
    typeof error.message === "string" &&
    error.message.length > 0
  );
}

function expectShowable(id: string, typed: readonly Typed[], result: unknown): void {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  for (const cell of cells)
    if (!isShowable(cell)) throw new Error(`GREEN.${id}(${JSON.stringify(typed)}) gave ${String(cell)}`);
}

/** Names of Object.prototype and friends that a plain-object lookup table would find. */
const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "__defineGetter__",
  "toLocaleString",
  "propertyIsEnumerable",
];

const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...PROTOTYPE_NAMES,
    ...PROTOTYPE_NAMES.map((n) => n.toUpperCase()),
    "",
    " ",
    "\u3000",
    "\u00a0",
    "\t",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "0x10",
    "١٢",
    "RG7",
    "电力",
    "t",
    "national-2023",
    "en",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e308, 2 ** 53 + 1, -(2 ** 53)),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!").map(excelError),
);

/** A rectangular range of hostile cells (rows × columns ≤ 4 × 4). */
const hostileRange: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(hostileCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

const hostileTyped: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 5, arbitrary: hostileCell },
  { weight: 2, arbitrary: hostileRange },
  { weight: 1, arbitrary: fc.constant(SKIPPED) },
);

test("every function, every number of arguments Excel accepts, hostile values: a showable cell", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...excel.ids).chain((id) => {
        const params = excel.parameters(id);
        const required = params.filter((p) => !p.optional && !p.repeating).length;
        const most = params.some((p) => p.repeating) ? params.length + 4 : params.length;
        return fc.tuple(fc.constant(id), fc.array(hostileTyped, { minLength: required, maxLength: most }));
      }),
      ([id, typed]) => {
        // lifting over ranges of different shapes is not modelled: give every scalar range the first one's shape
        const shaped = sameShapes(id, typed);
        expectShowable(id, shaped, excel.cell(id, ...shaped));
      },
    ),
    { numRuns: 3000 },
  );
});

test("anything in any slot, the invocation last (what a broken host could pass): never a throw or a bad value", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...excel.ids),
      fc.array(
        fc.anything({
          maxDepth: 4,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        { maxLength: 8 },
      ),
      (id, slots) => {
        const args = excel.parameters(id).map((_p, i) => (i < slots.length ? slots[i] : null));
        expectShowable(id, [], excel.raw(id, [...args, excel.invocation(id)]));
      },
    ),
    { numRuns: 3000 },
  );
});

describe("names of Object.prototype are unknown names, never found in a lookup table", () => {
  test.each(PROTOTYPE_NAMES)("%s", (name) => {
    // GREEN.NAME's language: zh or en, anything else is #VALUE! with the word in the message
    const lang = errorOf(excel.cell("NAME", "RG5", name));
    expect(lang?.error).toBe("#VALUE!");
    expect(lang?.message).toContain(name);
    for (const [id, args] of [
      ["NAME", [name]],
      ["UNIT", [name]],
      ["LEAD", [name]],
      ["SCORE", [name, 1]],
      ["INDICATOR", [name, 1]],
      ["TCE", [1, name]],
      ["TCE", [1, "电力", name]],
      ["CO2", [1, "电力", "kWh", name]],
      ["TOTALSCORE", [column(name), column(1)]],
      ["GRADE", [column(1), column(1), column(name)]],
    ] as const) {
      expect({ id, name, error: errorOf(excel.cell(id, ...args))?.error }).toEqual({ id, name, error: "#VALUE!" });
    }
  });
});

/** Every multi-cell range given to a scalar parameter takes the shape of the first such range. */
function sameShapes(id: string, typed: readonly Typed[]): Typed[] {
  const params = excel.parameters(id);
  let shape: [number, number] | undefined;
  return typed.map((x, i) => {
    const p = params[Math.min(i, params.length - 1)];
    if (p!.dimensionality === "matrix" || p!.repeating || !Array.isArray(x) || (x.length === 1 && x[0].length === 1))
      return x;
    const range = x as unknown[][];
    shape ??= [range.length, range[0]!.length];
    const [rows, cols] = shape;
    return Array.from({ length: rows }, (_r, r) =>
      Array.from({ length: cols }, (_c, c) => range[r % range.length]![c % range[0]!.length]),
    );
  });
}
