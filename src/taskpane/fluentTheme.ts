/**
 * The Fluent tokens of the theme the pane opens in (theme.ts chooses which). Light, the one most panes open in,
 * comes with the pane's first script; the dark and high-contrast tokens are a chunk of their own, loaded only
 * when Office or the system asks for them, before the first render, so the pane never shows in the wrong colours.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "./theme";

export async function fluentTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  try {
    const { darkTheme, highContrastTheme } = await import(/* webpackChunkName: "themes" */ "./otherThemes");
    return kind === "dark" ? darkTheme : highContrastTheme;
  } catch {
    // their chunk did not arrive: the pane opens in the light colours rather than not at all
    return webLightTheme;
  }
}
