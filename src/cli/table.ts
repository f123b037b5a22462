/**
 * Plain-text tables for the terminal. Chinese characters take two columns in a terminal, so widths
 * are measured in display columns, not string length.
 */
import { textWidth } from "../domain/templates/layout";

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - textWidth(s)));
}

/** Render rows under a header, columns separated by two spaces, a dashed rule under the header. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, column) =>
    rows.reduce((width, row) => Math.max(width, textWidth(row[column] ?? "")), textWidth(h)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
