/*
 * Task pane entry. The pane's frame (header, language choice, tab row) is in this script and renders as soon as
 * Office.js is ready, without waiting for any other chunk (but the dark or high-contrast tokens, when Office or the
 * system asks for them): its first paint is the frame, and the template panel
 * and the host's workbook operations (Office.js inside Excel, ExcelJS in a plain browser) fill it in when their
 * chunks arrive. The custom functions (functions.js, before this script on the page) have registered by then.
 * The heavy parts (ExcelJS, template builders, review engine) and the other tabs' panels load on first use.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { loadInsertPanel } from "./App";
import { detectHostMode, type HostMode } from "./hostMode";
import { initialLanguage } from "./i18n";
import { hostTextStore, loadLanguages } from "./languageMemory";
import type { WorkbookOperations } from "./operations";
import { Pane, type PaneProps } from "./Pane";
import { fluentTheme } from "./fluentTheme";
import { themeKind } from "./theme";
import { prefetchTabRow } from "./components/tabRowChunks";

function officeTheme(): { background?: string; displayLanguage?: string } {
  if (typeof Office === "undefined") return {};
  const context = Office.context as Office.Context | undefined;
  return { background: context?.officeTheme?.bodyBackgroundColor, displayLanguage: context?.displayLanguage };
}

function loadOperations(mode: HostMode): Promise<WorkbookOperations> {
  return mode === "excel"
    ? import(/* webpackChunkName: "excel-operations" */ "./excelOperations").then((m) => m.excelOperations())
    : import(/* webpackChunkName: "file-operations" */ "./fileOperations").then((m) => m.fileOperations());
}

async function main(): Promise<void> {
  const office = typeof Office === "undefined" ? undefined : Office;
  const mode = await detectHostMode(office);
  const languageStore = hostTextStore(mode === "excel");
  const host = mode === "excel" ? officeTheme() : {};
  const media = (query: string) => typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  const [remembered, theme] = await Promise.all([
    loadLanguages(languageStore),
    fluentTheme(themeKind(host.background, media("(forced-colors: active)"), media("(prefers-color-scheme: dark)"))),
  ]);
  // the host's language unless the user chose otherwise in an earlier session
  const lang = initialLanguage(host.displayLanguage, navigator.language);
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const props: PaneProps = {
    mode,
    initialLang: remembered.pane ?? lang,
    initialWorkbookLang: remembered.workbook ?? lang,
    languageStore,
    theme,
  };
  // first the frame; then, each as soon as it can, the tab row measured (after the first paint) and the host's
  // operations (when their chunk and the template panel's have arrived). React keeps the pane's state between
  // renders (a language already chosen, say).
  const now: { firstFrame: boolean; operations?: WorkbookOperations; loadError?: unknown } = { firstFrame: true };
  const show = () => root.render(<Pane {...props} {...now} />);
  container.setAttribute("data-first-render", "pending");
  // the frame is committed to the page now, not in a task React schedules: the animation frames counted from here
  // are those of its paint, so what waits for that paint does not start before it
  flushSync(show);
  // what fills the frame loads after its first paint: a chunk evaluated earlier would delay that paint
  const painted = afterNextPaint();
  const operations = painted.then(() => loadOperations(mode));
  const insertPanel = painted.then(() => loadInsertPanel());
  void painted.then(() => {
    container.setAttribute("data-first-render", "done");
    performance.mark("green-audit:first-render");
    now.firstFrame = false;
    show();
    // what the first paint did not need: the whole tab row, with its keyboard navigation and "more" menu
    prefetchTabRow();
  });
  try {
    // the template panel's own failure is said in its place (LazyPart.tsx): the other tabs work without it
    [now.operations] = await Promise.all([operations, insertPanel.catch(() => undefined)]);
  } catch (error) {
    // a chunk that did not arrive: the frame says so (LazyPart.tsx) instead of waiting for it for ever
    now.loadError = error;
  }
  show();
}

/**
 * Resolves once the browser has painted the frame the pane was first rendered into: at the animation callback
 * of the frame after it (a task queued from the first frame's own callback may run before that frame paints).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

void main();
