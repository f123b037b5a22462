/**
 * `npm start` serves the pane over HTTPS and headless Chromium loads it with no console errors, using office.js
 * from the local package (no outside request). The test serves on a free port of its own (PORT), so it runs
 * beside a developer's `npm start` on 3000; a taken port is reported in plain words with the way out.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "./browser";

const ROOT = join(__dirname, "..", "..");
const START = join(ROOT, "scripts", "start.mjs");

/** A TCP server on a port the system chose; the caller closes it. */
function listenOnFreePort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0 });
    });
  });
}

async function freePort(): Promise<number> {
  const { server, port } = await listenOnFreePort();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs start.mjs to its end (it should end by itself), with its output. */
function startToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [START], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start on a free port", () => {
  let port = 0;
  let server: ChildProcess;
  let browser: Browser;
  let output = "";
  const paneUrl = () => `https://localhost:${port}/taskpane.html`;

  beforeAll(async () => {
    port = await freePort();
    server = spawn(process.execPath, [START], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
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
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  test("prints the pane URL on its port and how to sideload the manifest that names it", () => {
    expect(output).toContain(paneUrl());
    expect(output).toContain(`https://localhost:${port}/manifest.xml`);
    expect(output).toMatch(/Excel on the web/);
  });

  test("the served pane loads over HTTPS in file mode with no console errors; the served manifest names the port", async () => {
    const { page, log } = await openPage(browser, `https://localhost:${port}`, { ignoreHTTPSErrors: true });
    const response = await page.goto(paneUrl());
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(paneUrl());
    await page.getByTestId("host-mode").waitFor();
    expect(await page.getByTestId("host-mode").textContent()).toContain("文件模式");
    const manifest = await page.evaluate(async () => (await fetch("/manifest.xml")).text());
    expect(manifest).toContain(`<SourceLocation DefaultValue="https://localhost:${port}/taskpane.html"/>`);
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.outsideRequests).toEqual([]);
  });
});

test("a taken port is named, with the way out, and no stack trace", async () => {
  const { server, port } = await listenOnFreePort();
  try {
    const { code, output } = await startToExit({ PORT: String(port) });
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).toContain(`PORT=${port + 1} npm start`);
    expect(output).not.toMatch(/^\s+at /m);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 60000);

test("a PORT that is not a port number is refused in plain words", async () => {
  const { code, output } = await startToExit({ PORT: "30oo" });
  expect(code).toBe(1);
  expect(output.trim()).toBe(
    'PORT must be a port number from 1 to 65535, not "30oo". For example: PORT=3001 npm start',
  );
}, 60000);
