/**
 * Issue 2 "done when": `npm start` serves the pane at https://localhost:3000/taskpane.html and headless
 * Chromium loads it with no console errors, using office.js from the local package (no outside request).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "./browser";

const ROOT = join(__dirname, "..", "..");
const PANE_URL = "https://localhost:3000/taskpane.html";
let server: ChildProcess;
let browser: Browser;
let output = "";

beforeAll(async () => {
  server = spawn(process.execPath, [join(ROOT, "scripts", "start.mjs")], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("GreenAudit is served.")) resolve();
    };
    server.stdout?.on("data", onData);
    server.stderr?.on("data", onData);
    server.on("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  browser = await launchBrowser();
}, 120000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("npm start prints the pane URL and how to sideload", () => {
  expect(output).toContain(PANE_URL);
  expect(output).toContain("manifest.xml");
  expect(output).toMatch(/Excel on the web/);
});

test("the served pane loads over HTTPS in file mode with no console errors", async () => {
  const { page, log } = await openPage(browser, "https://localhost:3000", { ignoreHTTPSErrors: true });
  const response = await page.goto(PANE_URL);
  expect(response?.status()).toBe(200);
  expect(page.url()).toBe(PANE_URL);
  await page.getByTestId("host-mode").waitFor();
  expect(await page.getByTestId("host-mode").textContent()).toContain("文件模式");
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(log.outsideRequests).toEqual([]);
});
