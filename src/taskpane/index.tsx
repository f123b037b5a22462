/*
 * Task pane entry. The pane's first view (header, tabs, the template panel) is a chunk of its own that starts
 * loading as soon as this script runs, while Office.js gets ready; the custom functions (functions.js, before
 * this script on the page) have registered by then. The workbook operations (Office.js inside Excel, ExcelJS
 * in a plain browser) are chosen once the host is known and passed to the components as props; the heavy parts
 * (ExcelJS, template builders, review engine) and the other tabs' panels load on first use.
 */
import { createRoot } from "react-dom/client";
import { detectHostMode } from "./hostMode";
import { initialLanguage } from "./i18n";
import { hostTextStore, loadLanguages } from "./languageMemory";
import { fluentTheme } from "./fluentTheme";
import { themeKind } from "./theme";

function officeTheme(): { background?: string; displayLanguage?: string } {
  if (typeof Office === "undefined") return {};
  const context = Office.context as Office.Context | undefined;
  return { background: context?.officeTheme?.bodyBackgroundColor, displayLanguage: context?.displayLanguage };
}

async function main(): Promise<void> {
  // the first view's code loads in parallel with Office.js's start
  const paneModule = import(/* webpackChunkName: "pane" */ "./Pane");
  const office = typeof Office === "undefined" ? undefined : Office;
  const mode = await detectHostMode(office);
  const languageStore = hostTextStore(mode === "excel");
  const host = mode === "excel" ? officeTheme() : {};
  const media = (query: string) => typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  const [{ Pane }, operationsModule, remembered, theme] = await Promise.all([
    paneModule,
    mode === "excel"
      ? import(/* webpackChunkName: "excel-operations" */ "./excelOperations")
      : import(/* webpackChunkName: "file-operations" */ "./fileOperations"),
    loadLanguages(languageStore),
    fluentTheme(themeKind(host.background, media("(forced-colors: active)"), media("(prefers-color-scheme: dark)"))),
  ]);
  const operations =
    "excelOperations" in operationsModule ? operationsModule.excelOperations() : operationsModule.fileOperations();
  // the host's language unless the user chose otherwise in an earlier session
  const lang = initialLanguage(host.displayLanguage, navigator.language);
  const container = document.getElementById("container");
  if (container) {
    container.setAttribute("data-first-render", "pending");
    createRoot(container).render(
      <Pane
        mode={mode}
        operations={operations}
        initialLang={remembered.pane ?? lang}
        initialWorkbookLang={remembered.workbook ?? lang}
        languageStore={languageStore}
        theme={theme}
      />,
    );
    requestAnimationFrame(() => {
      container.setAttribute("data-first-render", "done");
      performance.mark("green-audit:first-render");
    });
  }
}

void main();
