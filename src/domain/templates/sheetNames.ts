/**
 * Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, unique without regard to case. A taken name gets " (2)", " (3)", … (docs/templates.md).
 */
export const MAX_SHEET_NAME_LENGTH = 31;

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
