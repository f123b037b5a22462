// The task pane in headless Chromium (Debian's /usr/bin/chromium through playwright-core; no download):
// the JavaScript it loads before its first render (gzip), the time to first render and to a usable template
// gallery, and the chunks loaded later on demand (ExcelJS, template builders, review engine).
// Budget (issue 7): the JavaScript before the first render ≤ 250 KB gzip.
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const name = "pane";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const require = createRequire(import.meta.url);
const RUNS = 5;
const BUDGET_KB = 250;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_LOCAL = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json" };

const gzipKB = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measure(browser, origin) {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  // office.js from the local package, as in the browser tests; nothing else leaves the machine
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN)) {
      const file = join(OFFICE_JS_LOCAL, normalize(url.slice(OFFICE_JS_CDN.length)));
      if (file.startsWith(OFFICE_JS_LOCAL) && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    }
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    return route.abort();
  });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForSelector("#container[data-first-render=done]");
  await page.waitForSelector("[data-testid=gallery]");
  const timing = await page.evaluate(() => {
    const firstRender = performance.getEntriesByName("green-audit:first-render")[0]?.startTime ?? NaN;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.name.startsWith(globalThis.location.origin) && e.name.endsWith(".js"))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), end: e.responseEnd }));
    return { firstRender, scripts, now: performance.now() };
  });
  const galleryReady = await page.evaluate(() => performance.now());
  await context.close();
  return { ...timing, galleryReady };
}

export async function run() {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ is missing: npm run build first");
  const { chromium } = await import("playwright-core");
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    await measure(browser, origin); // warm-up: the OS file cache, Chromium's first process
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, origin));
    const last = runs[runs.length - 1];
    const before = [...new Set(last.scripts.filter((s) => s.end <= last.firstRender).map((s) => s.file))].sort();
    const initialKB = before.reduce((sum, f) => sum + gzipKB(f), 0);
    const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !before.includes(f)).sort();
    return [
      {
        metric: "JS before first render gzip",
        value: initialKB,
        unit: "KB",
        note: `${initialKB <= BUDGET_KB ? "within" : "OVER"} the ${BUDGET_KB} KB budget: ${before.join(" + ")}`,
      },
      { metric: `first render (median of ${RUNS})`, value: median(runs.map((r) => r.firstRender)), unit: "ms", note: "navigation start → pane painted, headless Chromium, local server" },
      { metric: `gallery usable (median of ${RUNS})`, value: median(runs.map((r) => r.galleryReady)), unit: "ms", note: "templates chunk loaded and listed" },
      ...lazy.map((file) => ({ metric: `${file} gzip (on demand)`, value: gzipKB(file), unit: "KB" })),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
