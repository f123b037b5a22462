/**
 * Debian's Chromium through playwright-core (no browser download here). The production page loads office.js
 * from Microsoft's CDN, and office.js its own companion files beside it; the tests answer those from the local
 * @microsoft/office-js copy and refuse every other request that leaves the test server, recording it.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import LAUNCH from "../../scripts/chromium.json";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? LAUNCH.executablePath;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_LOCAL = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: LAUNCH.args,
  });
}

/**
 * office.js, outside an Office host, opens its own logging frame 3 s after it loads (OSF.Logger's
 * ULSEndpointProxy in o15apptofilemappingtable.js). That request is office.js's, not the pane's; the test
 * browser refuses it like any other outside request but keeps it apart, so no test depends on finishing first.
 */
export const OFFICE_JS_LOGGING_FRAME =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  /** requests that left the test server, office.js's logging frame apart */
  outsideRequests: string[];
  officeJsLogging: string[];
}

export async function openPage(
  browser: Browser,
  origin: string,
  options: { ignoreHTTPSErrors?: boolean } = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ locale: "zh-CN", ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], outsideRequests: [], officeJsLogging: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_CDN)) {
      const file = join(
        OFFICE_JS_LOCAL,
        normalize(new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)),
      );
      if (file.startsWith(OFFICE_JS_LOCAL) && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      }
    }
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    (url === OFFICE_JS_LOGGING_FRAME ? log.officeJsLogging : log.outsideRequests).push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") log.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(error.message));
  return { page, log };
}
