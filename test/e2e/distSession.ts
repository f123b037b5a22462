/**
 * The built dist/ served on 127.0.0.1 and one Chromium for a test file: set up before the tests, closed
 * after them. Screenshots and downloads go to test-artifacts/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { serveDirectory, type StaticServer } from "./staticServer";

export const ROOT = join(__dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-artifacts");

export interface DistSession {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll and returns the session, valid inside the tests. */
export function startDistSession(): DistSession {
  const session: { server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    session.server = await serveDirectory(join(ROOT, "dist"));
    session.browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return {
    get server() {
      if (!session.server) throw new Error("the dist server is not started");
      return session.server;
    },
    get browser() {
      if (!session.browser) throw new Error("the browser is not launched");
      return session.browser;
    },
  };
}
