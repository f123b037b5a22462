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
