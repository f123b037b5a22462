/**
 * "done when": the built pane loads in headless Chromium outside Office (file mode) with no console
 * errors and no request outside its own origin except office.js.
 */
import { join } from "node:path";
import { openPage } from "./browser";
import { ARTIFACTS, startDistSession } from "./distSession";

const session = startDistSession();

/** The pane opened with one chunk's code refused by the server, as when it does not arrive; at `width` px if given. */
async function paneWithout(chunk: string, width?: number) {
  const opened = await openPage(session.browser, session.server.url);
  if (width !== undefined) await opened.page.setViewportSize({ width, height: 800 });
  await opened.page.route(new RegExp(`/${chunk}\\.[0-9a-f]+\\.js$`), (route) => route.abort());
  await opened.page.goto(`${session.server.url}/taskpane.html`);
  return opened;
}

/** The pane opened with the whole tab row's code held back until `release()`, as on a slow connection. */
async function paneWithTabRowHeld() {
  const opened = await openPage(session.browser, session.server.url);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await opened.page.route(/\/tab-row\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { ...opened, release };
}

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

test("when the file operations' code does not arrive, the pane says so with a reload instead of loading for ever", async () => {
  const { page } = await paneWithout("file-operations");
  const failed = page.locator("#panel-insert [data-testid=part-failed]");
  await failed.waitFor();
  expect(await failed.getAttribute("role")).toBe("alert");
  expect(await failed.textContent()).toContain("加载项的这一部分未能显示。");
  expect(await failed.textContent()).toContain("这部分的代码未能从加载项服务器载入");
  await expect(page.getByRole("button", { name: "重新加载窗格" }).isVisible()).resolves.toBe(true);
  // the frame stays: header and tabs
  await expect(page.locator("h1").textContent()).resolves.toContain("GreenAudit");
  expect(await page.locator("#panel-insert").getByText("正在加载…").count()).toBe(0);
});

test("a tab whose panel's code does not arrive says so in its place; the other tabs keep working", async () => {
  const { page } = await paneWithout("data-panel");
  await page.getByTestId("gallery").waitFor();
  await page.locator("#tab-data").click();
  const failed = page.locator("#panel-data [data-testid=part-failed]");
  await failed.waitFor();
  expect(await failed.textContent()).toContain("工作簿未被改动");
  await page.locator("#tab-insert").click();
  await expect(page.getByTestId("gallery").isVisible()).resolves.toBe(true);
});

test("when the tab row's menu code does not arrive, the pane stays whole at 320 px: its tabs and panels", async () => {
  const { page, log } = await paneWithout("more-menu", 320);
  await page.getByTestId("gallery").waitFor();
  await expect(page.locator("h1").textContent()).resolves.toContain("GreenAudit");
  await expect(page.locator("#tab-insert").isVisible()).resolves.toBe(true);
  expect(log.pageErrors).toEqual([]);
});

test("once the pane has painted, its tab row takes the arrow keys: from the selected tab to the next", async () => {
  const { page } = await openPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}/taskpane.html`);
  await page.getByTestId("gallery").waitFor();
  // the whole tab row (keyboard navigation, "more" menu) has replaced the first frame's
  await page.locator("[role=tablist][data-tabster]").waitFor();
  await page.locator("#tab-insert").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-data");
});

test("a tab focused before the whole tab row arrives keeps the focus when that row replaces the first frame's", async () => {
  // the tab row's code held back until the first frame's tab has the focus
  const { page, release } = await paneWithTabRowHeld();
  await page.goto(`${session.server.url}/taskpane.html`);
  await page.getByTestId("gallery").waitFor();
  // still the first frame's row: no keyboard navigation yet
  expect(await page.locator("[role=tablist][data-tabster]").count()).toBe(0);
  await page.locator("#tab-data").focus();
  release();
  await page.locator("[role=tablist][data-tabster]").waitFor();
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-data");
  // the focus is on the new row's tab: the arrow keys move it
  await page.keyboard.press("ArrowRight");
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-parameters");
});

test("the tab row's “more” menu starts loading with the row, not after it", async () => {
  const { page, release } = await paneWithTabRowHeld();
  const menuRequested = page.waitForRequest(/\/more-menu\.[0-9a-f]+\.js$/);
  await page.goto(`${session.server.url}/taskpane.html`);
  // asked for while the row's own code is still held back
  await menuRequested;
  expect(await page.locator("[role=tablist][data-tabster]").count()).toBe(0);
  release();
  await page.locator("[role=tablist][data-tabster]").waitFor();
});

test("a tab row that replaces the first frame's takes no focus when none of its tabs had it", async () => {
  const { page } = await openPage(session.browser, session.server.url);
  await page.goto(`${session.server.url}/taskpane.html`);
  await page.locator("[role=tablist][data-tabster]").waitFor();
  await expect(page.evaluate(() => document.activeElement === document.body)).resolves.toBe(true);
});

test("when the tab row's code does not arrive, the first frame's row wraps at 320 px: every tab in reach", async () => {
  const { page, log } = await paneWithout("tab-row", 320);
  await page.getByTestId("gallery").waitFor();
  const tablist = page.getByRole("tablist", { name: "功能" });
  await expect(tablist.evaluate((e) => getComputedStyle(e).flexWrap)).resolves.toBe("wrap");
  for (const id of ["insert", "data", "parameters", "review", "submit"]) {
    const box = await page.locator(`#tab-${id}`).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  }
  await page.locator("#tab-submit").click();
  await page.locator("#panel-submit h2").first().waitFor();
  expect(await page.locator("#tab-submit").getAttribute("aria-selected")).toBe("true");
  expect(log.pageErrors).toEqual([]);
});
