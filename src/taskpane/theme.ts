/**
 * The pane's Fluent theme follows Office's: high contrast when the system forces colours, dark when
 * Office's body background is dark, light otherwise (and in a plain browser, following the system setting).
 */
export type ThemeKind = "light" | "dark" | "high-contrast";

/** Relative luminance of a #RRGGBB colour, 0 (black) … 1 (white). */
export function luminance(hex: string): number | undefined {
  const [, digits] = /^#?([0-9a-f]{6})$/i.exec(hex.trim()) ?? [];
  if (digits === undefined) return undefined;
  const channel = (at: number) => parseInt(digits.slice(at, at + 2), 16) / 255;
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function themeKind(
  officeBodyBackground: string | undefined,
  forcedColors: boolean,
  prefersDark: boolean,
): ThemeKind {
  if (forcedColors) return "high-contrast";
  const l = officeBodyBackground ? luminance(officeBodyBackground) : undefined;
  if (l !== undefined) return l < 0.5 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}
