import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App, type AppProps } from "./App";

export type PaneProps = AppProps & { readonly theme?: Theme };

/** The pane inside the Fluent theme that follows Office's (theme.ts, fluentTheme.ts). */
export function Pane({ theme = webLightTheme, ...props }: PaneProps) {
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App {...props} />
    </FluentProvider>
  );
}
