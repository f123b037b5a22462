/* Task pane entry: waits for Office.js, then loads the UI as a separate chunk so functions register first. */
import { createRoot } from "react-dom/client";
import { detectHostMode } from "./hostMode";

async function main(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const mode = await detectHostMode(office);
  const { Pane } = await import(/* webpackChunkName: "pane" */ "./Pane");
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<Pane mode={mode} />);
}

void main();
