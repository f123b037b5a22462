import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import type { HostMode } from "./hostMode";

/** The pane inside its Fluent theme; later the theme follows Office's (issue: task pane). */
export function Pane({ mode }: { mode: HostMode }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <App mode={mode} />
    </FluentProvider>
  );
}
