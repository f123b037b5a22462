import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App, type AppProps } from "./App";
import type { ThemeKind } from "./theme";

const THEMES = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme } as const;

/** The pane inside the Fluent theme that follows Office's (theme.ts). */
export function Pane({ theme = "light", ...props }: AppProps & { theme?: ThemeKind }) {
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: "100vh" }}>
      <App {...props} />
    </FluentProvider>
  );
}
