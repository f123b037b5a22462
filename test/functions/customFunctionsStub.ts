/**
 * The CustomFunctions global as Office provides it: an Error class carrying an error code and message.
 * Installed by tests that call the GREEN.* functions directly, outside Excel.
 */
export class StubCustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function installCustomFunctionsStub(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StubCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
}

/** Calls a custom function and returns its value, or the Excel error code it returns for the cell. */
export function cellOf(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { error: error.code, message: error.message };
    throw error;
  }
}

/** The cell of a call with Excel-shaped arguments (numbers, text, null, 2D arrays) to any GREEN.* function. */
export function cellOfCall(fn: unknown, ...args: unknown[]): unknown {
  return cellOf(() => (fn as (...a: unknown[]) => unknown)(...args));
}

/** The Excel error a call returns, or undefined when it returns a value. */
export function errorOfCall(fn: unknown, ...args: unknown[]): { error: string; message: string } | undefined {
  const cell = cellOfCall(fn, ...args);
  return cell !== null && typeof cell === "object" && "error" in cell
    ? (cell as { error: string; message: string })
    : undefined;
}
