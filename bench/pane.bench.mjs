// The task pane in headless Chromium (Debian's /usr/bin/chromium through playwright-core; no download):
// the JavaScript it loads before its first paint (gzip), its first contentful paint (the page holds no
// content before React renders, so this is the moment the pane's own content appears) beside a minimal
// React 18 + Fluent UI v9 page with office.js built here by webpack (bench/minimal-pane), the time to a
// usable template gallery, and the chunks loaded later on demand. Runs interleaved, medians.
// Budgets: JavaScript before the first paint ≤ 250 KB gzip; first paint ≤ 1.5× the minimal page.
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const name = "pane";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const require = createRequire(import.meta.url);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const BUDGET_KB = 250;
const PAINT_RATIO_GOAL = 1.5;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_LOCAL = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

const gzipKB = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A static server for one folder on a free loopback port. */
function serve(folder) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The minimal page: webpack in production mode, office.js from the CDN address (answered locally). */
async function buildMinimalPage() {
  const { default: webpack } = await import("webpack");
  const out = mkdtempSync(join(tmpdir(), "green-bench-minimal-pane-"));
  const compiler = webpack({
    mode: "production",
    entry: join(root, "bench", "minimal-pane", "index.mjs"),
    output: { path: out, filename: "minimal.js" },
    performance: { hints: false },
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  writeFileSync(
    join(out, "index.html"),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>minimal</title>` +
      `<script src="${OFFICE_JS_CDN}office.js"></script></head><body style="margin:0"><div id="container"></div>` +
      `<script src="minimal.js"></script></body></html>`,
  );
  return out;
}

/** office.js from the local package, as in the browser tests; nothing else leaves the machine. */
async function routeOffice(page, origin) {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN)) {
      const file = join(OFFICE_JS_LOCAL, normalize(url.slice(OFFICE_JS_CDN.length)));
      if (file.startsWith(OFFICE_JS_LOCAL) && existsSync(file))
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    }
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    return route.abort();
  });
}

const firstContentfulPaint = (page) =>
  page
    .waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0)
    .then(() => page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime));

async function measurePane(browser, origin) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 350, height: 800 } });
  const page = await context.newPage();
  await routeOffice(page, origin);
  await page.goto(`${origin}/taskpane.html`);
  const paint = await firstContentfulPaint(page);
  await page.waitForSelector("[data-testid=gallery]");
  const galleryReady = await page.evaluate(() => performance.now());
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.startsWith(globalThis.location.origin) && e.name.endsWith(".js"))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), end: e.responseEnd })),
  );
  await context.close();
  return { paint, galleryReady, scripts };
}

async function measureMinimal(browser, origin) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 350, height: 800 } });
  const page = await context.newPage();
  await routeOffice(page, origin);
  await page.goto(`${origin}/index.html`);
  const paint = await firstContentfulPaint(page);
  await context.close();
  return { paint };
}

export async function run() {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error("dist/ is missing: npm run build first");
  const { chromium } = await import("playwright-core");
  const minimalDir = await buildMinimalPage();
  const paneServer = await serve(dist);
  const minimalServer = await serve(minimalDir);
  const paneOrigin = `http://127.0.0.1:${paneServer.address().port}`;
  const minimalOrigin = `http://127.0.0.1:${minimalServer.address().port}`;
  // the browser tests' launch (scripts/chromium.json)
  const launch = JSON.parse(readFileSync(join(root, "scripts", "chromium.json"), "utf8"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
    args: launch.args,
  });
  try {
    // warm-up: the OS file cache, Chromium's first renderer processes
    await measurePane(browser, paneOrigin);
    await measureMinimal(browser, minimalOrigin);
    const pane = [];
    const minimal = [];
    for (let i = 0; i < RUNS; i++) {
      pane.push(await measurePane(browser, paneOrigin));
      minimal.push(await measureMinimal(browser, minimalOrigin));
    }
    const last = pane[pane.length - 1];
    const before = [...new Set(last.scripts.filter((s) => s.end <= last.paint).map((s) => s.file))].sort();
    const initialKB = before.reduce((sum, f) => sum + gzipKB(f), 0);
    const lazy = readdirSync(dist)
      .filter((f) => f.endsWith(".js") && !before.includes(f))
      .sort();
    const panePaint = median(pane.map((r) => r.paint));
    const minimalPaint = median(minimal.map((r) => r.paint));
    const ratio = panePaint / minimalPaint;
    return [
      {
        metric: "JS before first paint gzip",
        value: initialKB,
        unit: "KB",
        note: `${initialKB <= BUDGET_KB ? "within" : "OVER"} the ${BUDGET_KB} KB budget: ${before.join(" + ")}`,
      },
      {
        metric: `pane first contentful paint (median of ${RUNS})`,
        value: panePaint,
        unit: "ms",
        note: "navigation start → the pane's content painted, 350 px wide",
      },
      {
        metric: `minimal React + Fluent page (median of ${RUNS})`,
        value: minimalPaint,
        unit: "ms",
        note: "office.js + React 18 + Fluent v9, one heading and a button",
      },
      {
        metric: "pane paint : minimal page",
        value: ratio,
        unit: "×",
        note: `goal ≤ ${PAINT_RATIO_GOAL}× — ${ratio <= PAINT_RATIO_GOAL ? "met" : "NOT met"}`,
      },
      {
        metric: `gallery usable (median of ${RUNS})`,
        value: median(pane.map((r) => r.galleryReady)),
        unit: "ms",
        note: "templates chunk loaded and listed",
      },
      {
        metric: "minimal page JS gzip",
        value: gzipSync(readFileSync(join(minimalDir, "minimal.js")), { level: 9 }).length / 1024,
        unit: "KB",
      },
      ...lazy.map((file) => ({ metric: `${file} gzip (on demand)`, value: gzipKB(file), unit: "KB" })),
    ];
  } finally {
    await browser.close();
    paneServer.close();
    minimalServer.close();
    rmSync(minimalDir, { recursive: true, force: true });
  }
}
