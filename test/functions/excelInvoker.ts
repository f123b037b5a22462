/**
 * Calls the built GREEN.* functions exactly as Excel does (Microsoft's "Custom functions parameter options"):
 * reads dist/functions.json, runs dist/functions.js (builtFunctions.ts), and shapes the arguments a user types
 * in a cell from each parameter's metadata:
 *
 * - a `matrix` parameter gets a 2-D array: a range as its rows, a single value (literal or one cell) as [[v]];
 * - a scalar parameter gets the value; a one-cell range gives its cell; a larger range is lifted the way
 *   dynamic-array Excel lifts a function over an array given to a scalar parameter: one call per cell, the
 *   results spilled in the range's shape;
 * - a `repeating` parameter gets ONE array holding all its arguments, each shaped by its dimensionality;
 * - an optional parameter left out (or typed empty, `=F(a,,c)`) gets null;
 * - the invocation object ({ address, functionName, parameterAddresses }) is always the last argument.
 *
 * Excel refuses to enter a formula with too few or too many arguments; so does the invoker (it throws).
 */
import {
  assertDistIsCurrent,
  loadBuiltFunctions,
  readMetadata,
  SandboxError,
  type FunctionMetadata,
  type FunctionsMetadata,
  type ParameterMetadata,
} from "./builtFunctions";

/** An argument left out between commas (`=GREEN.SCORE("RG7", 85, , 150)`). */
export const SKIPPED: unique symbol = Symbol("skipped");

/** A cell's value: a number, text, a boolean, or null for an empty cell. */
export type Cell = unknown;
/** A range (or an array constant such as {1,2;3,4}): its rows. */
export type Range = readonly (readonly Cell[])[];
/** What a user types for one argument: a value, a cell, a range, or nothing. */
export type Typed = Cell | Range | typeof SKIPPED;

/** A cell's result: its value, or the Excel error with its message. */
export type CellResult = unknown;
export interface ExcelErrorResult {
  error: string;
  message: string;
}

/** Excel's invocation object, as the custom-functions runtime passes it. */
export interface Invocation {
  address: string;
  functionName: string;
  parameterAddresses: string[];
}

export interface InvokerOptions {
  /** Office's display language (messages are Chinese unless it is English) */
  displayLanguage?: string;
  /** the calling cell, default Sheet1!A1 */
  address?: string;
}

export interface ExcelInvoker {
  readonly metadata: FunctionsMetadata;
  /** the registered ids, in the metadata's order */
  readonly ids: readonly string[];
  /** the parameters of a function */
  parameters(id: string): readonly ParameterMetadata[];
  /** the exact argument list Excel passes for the typed arguments (invocation last) */
  argumentsFor(id: string, typed: readonly Typed[]): unknown[];
  /** the cell: `=GREEN.<id>(typed…)` as Excel computes it (a lifted call gives a 2-D array of cells) */
  cell(id: string, ...typed: Typed[]): CellResult;
  /** the invocation object Excel passes last to GREEN.<id> */
  invocation(id: string): Invocation;
  /** calls the registered function with arguments exactly as given (the caller shapes them) */
  raw(id: string, args: readonly unknown[]): CellResult;
}

const isRange = (x: unknown): x is Range => Array.isArray(x) && x.length > 0 && x.every((row) => Array.isArray(row));

function assertRectangular(id: string, name: string, range: Range): void {
  const width = range[0]!.length;
  if (width === 0 || range.some((row) => row.length !== width))
    throw new Error(`GREEN.${id}: argument ${name} is not a rectangular range`);
  for (const row of range)
    for (const cell of row) if (Array.isArray(cell)) throw new Error(`GREEN.${id}: a cell of ${name} holds an array`);
}

/** One argument for a matrix parameter: the range's rows, or a single value as [[v]]. */
function asMatrix(id: string, name: string, typed: Typed): unknown {
  if (typed === SKIPPED) return null;
  if (isRange(typed)) {
    assertRectangular(id, name, typed);
    return typed;
  }
  if (Array.isArray(typed)) throw new Error(`GREEN.${id}: argument ${name} is an empty or ragged array`);
  return [[typed]];
}

/** One argument for a scalar parameter: the value, or a one-cell range's cell (larger ranges are lifted). */
function asScalar(typed: Typed): unknown {
  if (typed === SKIPPED) return null;
  return isRange(typed) && typed.length === 1 && typed[0]!.length === 1 ? typed[0]![0] : typed;
}

const liftable = (x: unknown): x is Range => isRange(x) && (x.length > 1 || x[0]!.length > 1);

export function invocationOf(fn: FunctionMetadata, address: string): Invocation {
  return { address, functionName: `GREEN.${fn.name}`, parameterAddresses: fn.parameters.map(() => "") };
}

/**
 * The exact argument list Excel passes to a function declared by `fn` (its dist/functions.json entry) for the
 * arguments a user typed: one value per declared parameter, the repeating one as one array, the invocation last.
 */
export function excelArguments(fn: FunctionMetadata, typed: readonly Typed[], address = "Sheet1!A1"): unknown[] {
  const id = fn.id;
  const params = fn.parameters;
  const repeatingAt = params.findIndex((p) => p.repeating);
  const fixed = repeatingAt < 0 ? params.length : repeatingAt;
  const required = params.filter((p) => !p.optional && !p.repeating).length;
  if (typed.length < required)
    throw new Error(`Excel refuses =GREEN.${id}(…) with ${typed.length} arguments: ${required} required`);
  if (repeatingAt < 0 && typed.length > params.length)
    throw new Error(`Excel refuses =GREEN.${id}(…) with ${typed.length} arguments: at most ${params.length}`);
  const shape = (p: ParameterMetadata, x: Typed) =>
    p.dimensionality === "matrix" ? asMatrix(id, p.name, x) : asScalar(x);
  const args: unknown[] = [];
  for (let i = 0; i < fixed; i++) args.push(shape(params[i]!, i < typed.length ? typed[i] : SKIPPED));
  if (repeatingAt >= 0) args.push(typed.slice(repeatingAt).map((x) => shape(params[repeatingAt]!, x)));
  args.push(invocationOf(fn, address));
  return args;
}

/** Loads dist/ (it must be current: `npm run build`) and returns an invoker over its registrations. */
export function excelInvoker(options: InvokerOptions = {}): ExcelInvoker {
  const metadata = readMetadata();
  assertDistIsCurrent(metadata);
  const globals = options.displayLanguage ? { Office: { context: { displayLanguage: options.displayLanguage } } } : {};
  const loaded = loadBuiltFunctions(globals);
  const address = options.address ?? "Sheet1!A1";
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));

  const metadataOf = (id: string): FunctionMetadata => {
    const fn = byId.get(id);
    if (!fn) throw new Error(`GREEN.${id} is not declared in dist/functions.json`);
    return fn;
  };

  const argumentsFor = (id: string, typed: readonly Typed[]): unknown[] =>
    excelArguments(metadataOf(id), typed, address);

  /** The scalar slots holding a multi-cell range, all of one shape (Excel would give #N/A beyond a smaller one). */
  function liftedShape(id: string, args: readonly unknown[]): [number, number] | undefined {
    const params = metadataOf(id).parameters;
    let shape: [number, number] | undefined;
    params.forEach((p, i) => {
      if (p.dimensionality === "matrix" || p.repeating || !liftable(args[i])) return;
      const range = args[i] as Range;
      assertRectangular(id, p.name, range);
      const here: [number, number] = [range.length, range[0]!.length];
      if (shape && (shape[0] !== here[0] || shape[1] !== here[1]))
        throw new Error(`GREEN.${id}: lifting over ranges of different shapes is not modelled`);
      shape = here;
    });
    return shape;
  }

  function cell(id: string, ...typed: Typed[]): CellResult {
    const args = argumentsFor(id, typed);
    const shape = liftedShape(id, args);
    if (!shape) return loaded.call(id, ...args);
    const params = metadataOf(id).parameters;
    const rows: CellResult[][] = [];
    for (let r = 0; r < shape[0]; r++) {
      const row: CellResult[] = [];
      for (let c = 0; c < shape[1]; c++) {
        const one = args.map((a, i) =>
          i < params.length && params[i]!.dimensionality !== "matrix" && !params[i]!.repeating && liftable(a)
            ? (a as Range)[r]![c]
            : a,
        );
        row.push(loaded.call(id, ...one));
      }
      rows.push(row);
    }
    return rows;
  }

  return {
    metadata,
    ids: metadata.functions.map((f) => f.id),
    parameters: (id) => metadataOf(id).parameters,
    argumentsFor,
    cell,
    invocation: (id) => invocationOf(metadataOf(id), address),
    raw: (id, args) => loaded.call(id, ...args),
  };
}

/** The Excel error of a cell, or undefined when it holds a value. */
export function errorOf(result: CellResult): ExcelErrorResult | undefined {
  return result !== null && typeof result === "object" && !Array.isArray(result) && "error" in result
    ? (result as ExcelErrorResult)
    : undefined;
}

/** An error cell (#N/A, #REF! …) as the custom-functions runtime represents one: a CustomFunctions.Error. */
export const excelError = (code: string): unknown => new SandboxError(code);

/** A column range from its cells: column(1, 2) is {1;2}. */
export const column = (...cells: Cell[]): Cell[][] => cells.map((x) => [x]);
/** A row range from its cells: row(1, 2) is {1,2}. */
export const row = (...cells: Cell[]): Cell[][] => [cells];
