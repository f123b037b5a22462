/** A defined name's reference text. */

/** 'Sheet name'!$B$7 → { sheet, range } (range without "$") */
export function parseReference(reference: string): { sheet: string; range: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), range: match[3].replace(/\$/g, "") };
}
