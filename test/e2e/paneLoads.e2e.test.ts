/**
 * "done when": the built pane loads in headless Chromium outside Office (file mode) with no console
 * errors and no request outside its own origin except office.js.
 */
import { join } from "node:path";
import { openPage } from "./browser";
import { ARTIFACTS, startDistSession } from "./distSession";

const session = startDistSession();

test("the task pane renders in file mode with no console errors", async () => {
  const { page, log } = await openPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}/taskpane.html`);
  const mode = page.getByTestId("host-mode");
  await mode.waitFor();
  expect(await mode.textContent()).toContain("文件模式");
  await expect(page.locator("h1").textContent()).resolves.toContain("GreenAudit");
  await page.screenshot({ path: join(ARTIFACTS, "pane-file-mode.png"), fullPage: true });
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(log.outsideRequests).toEqual([]);
});

test("the functions chunk registers its functions when it loads, before the UI", async () => {
  const { page } = await openPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}/taskpane.html`);
  await page.getByTestId("host-mode").waitFor();
  const declared = await page.evaluate(async () =>
    (await (await fetch("functions.json")).json()).functions.map((f: { id: string }) => f.id),
  );
  // office.js keeps associations in CustomFunctions._association (outside Excel too)
  const associated = await page.evaluate(() => {
    const cf = (window as unknown as { CustomFunctions?: { _association?: { mappings?: Record<string, unknown> } } })
      .CustomFunctions;
    return Object.keys(cf?._association?.mappings ?? {});
  });
  expect(declared.length).toBeGreaterThan(0);
  expect(associated.map((id: string) => id.toUpperCase()).sort()).toEqual([...declared].sort());
});
