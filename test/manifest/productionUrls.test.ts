/** The production build rewrites the manifest's localhost URLs to GREEN_AUDIT_BASE_URL (README "Production"). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

type CopyPattern = { from: string; transform?: (content: Buffer) => string };
type Config = { plugins: { patterns?: CopyPattern[] }[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => Config;
const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"));

function builtManifest(mode: string, baseUrl?: string): string {
  const saved = process.env.GREEN_AUDIT_BASE_URL;
  if (baseUrl === undefined) delete process.env.GREEN_AUDIT_BASE_URL;
  else process.env.GREEN_AUDIT_BASE_URL = baseUrl;
  try {
    const patterns = makeConfig({}, { mode }).plugins.flatMap((plugin) => plugin.patterns ?? []);
    const copy = patterns.find((pattern) => pattern.from === "manifest.xml");
    if (!copy?.transform) throw new Error("no manifest copy pattern");
    return copy.transform(manifest);
  } finally {
    if (saved === undefined) delete process.env.GREEN_AUDIT_BASE_URL;
    else process.env.GREEN_AUDIT_BASE_URL = saved;
  }
}

test("production with a base URL: every localhost URL moves to it", () => {
  const out = builtManifest("production", "https://addin.example.org/green-audit");
  expect(out).not.toContain("localhost");
  expect(out).toContain('DefaultValue="https://addin.example.org/green-audit/taskpane.html"');
  expect(out).toContain('DefaultValue="https://addin.example.org/green-audit/functions.json"');
  expect(out.match(/https:\/\/addin\.example\.org\/green-audit\//g)?.length).toBe(manifest.toString().match(/https:\/\/localhost:3000\//g)?.length);
});

test("development keeps localhost even when a base URL is set", () => {
  expect(builtManifest("development", "https://addin.example.org/")).toBe(manifest.toString());
});

test("a base URL that is not https is refused", () => {
  expect(() => builtManifest("production", "http://addin.example.org/")).toThrow(/https/);
});
