/**
 * Name look-up shared by the catalog tables: users type ids and names by hand in cells
 * ("rg7", " 天然气 ", "工业固体废弃物(含危废)处置利用率" with ASCII brackets), so every find
 * compares a normalised key.
 */

/** A Map, not a plain object: no typed character may find a property of Object.prototype. */
const FULL_WIDTH_TO_ASCII: ReadonlyMap<string, string> = new Map([
  ["（", "("],
  ["）", ")"],
  ["，", ","],
  ["：", ":"],
  ["－", "-"],
  ["—", "-"],
  ["–", "-"],
  ["／", "/"],
  ["³", "3"],
  ["²", "2"],
  ["₂", "2"],
  ["ₓ", "x"],
  ["　", " "],
]);

/** Trim, lower-case, map full-width punctuation and super/subscripts to ASCII, drop spaces. */
export function normalizeName(name: string): string {
  let out = "";
  for (const ch of name.trim().toLowerCase()) {
    out += FULL_WIDTH_TO_ASCII.get(ch) ?? ch;
  }
  return out.replace(/\s+/g, "");
}

/**
 * Build a finder over records, keyed by every name `keysOf` returns. The first record claiming a
 * key wins; `catalog` tests assert that no two records claim the same key. The index is built on the
 * first look-up, not when the catalog loads: loading the functions or the pane costs no normalising.
 */
export function makeFinder<T>(
  records: readonly T[],
  keysOf: (record: T) => readonly string[],
): (name: string) => T | undefined {
  let built: { index: Map<string, T>; exact: Map<string, T> } | undefined;
  const build = () => {
    const index = new Map<string, T>();
    // names typed exactly as the catalog spells them skip normalisation (custom functions call this per cell)
    const exact = new Map<string, T>();
    for (const record of records) {
      for (const key of keysOf(record)) {
        const normal = normalizeName(key);
        if (normal !== "" && !index.has(normal)) index.set(normal, record);
        if (!exact.has(key) && index.get(normal) === record) exact.set(key, record);
      }
    }
    return { index, exact };
  };
  return (name: string) => {
    if (typeof name !== "string") return undefined;
    const { index, exact } = (built ??= build());
    return exact.get(name) ?? index.get(normalizeName(name));
  };
}

/** Every normalised key claimed by more than one record (for tests and diagnostics). */
export function duplicateKeys<T>(records: readonly T[], keysOf: (record: T) => readonly string[]): string[] {
  const owner = new Map<string, T>();
  const duplicates = new Set<string>();
  for (const record of records) {
    for (const key of new Set(keysOf(record).map(normalizeName))) {
      const previous = owner.get(key);
      if (previous !== undefined && previous !== record) duplicates.add(key);
      else owner.set(key, record);
    }
  }
  return [...duplicates];
}
