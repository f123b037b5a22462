/** Opening a tab of the pane in the browser: in the tab row, or through the "more" menu where the tabs that do not fit go. */
import type { Page } from "playwright-core";

export type PaneTabId = "insert" | "data" | "parameters" | "review" | "submit";
export const PANE_TABS: readonly PaneTabId[] = ["insert", "data", "parameters", "review", "submit"];

/** Opens the tab, waits for its panel's heading, and checks the selected tab has its place in the row. */
export async function openTab(page: Page, id: PaneTabId): Promise<void> {
  const tab = page.locator(`#tab-${id}`);
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByTestId("tab-overflow").click();
    await page.getByTestId(`more-${id}`).click();
  }
  await page.locator(`#panel-${id} h2`).first().waitFor();
  await tab.waitFor({ state: "visible" });
  if ((await tab.getAttribute("aria-selected")) !== "true") throw new Error(`the ${id} tab is not selected`);
}
