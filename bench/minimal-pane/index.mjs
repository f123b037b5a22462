// The smallest honest task pane for the first-paint comparison in pane.bench.mjs: office.js, React 18 and
// Fluent UI v9, one heading, one line of text and one button, rendered once Office is ready.
import { createElement as h } from "react";
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, Title3, webLightTheme } from "@fluentui/react-components";

function Minimal() {
  return h(
    FluentProvider,
    { theme: webLightTheme },
    h(Title3, null, "GreenAudit"),
    h(Text, { block: true }, "插入模板"),
    h(Button, { appearance: "primary" }, "插入"),
  );
}

globalThis.Office.onReady(() => createRoot(globalThis.document.getElementById("container")).render(h(Minimal)));
