/** The production build rewrites the manifest's localhost URLs to GREEN_AUDIT_BASE_URL (README "Production"). */
import { builtManifest, manifestText } from "./manifestModel";

const manifest = manifestText();

test("production with a base URL: every localhost URL moves to it", () => {
  const out = builtManifest("production", "https://addin.example.org/green-audit");
  expect(out).not.toContain("localhost");
  expect(out).toContain('DefaultValue="https://addin.example.org/green-audit/taskpane.html"');
  expect(out).toContain('DefaultValue="https://addin.example.org/green-audit/functions.json"');
  expect(out.match(/https:\/\/addin\.example\.org\/green-audit\//g)?.length).toBe(
    manifest.match(/https:\/\/localhost:3000\//g)?.length,
  );
});

test("development keeps localhost even when a base URL is set", () => {
  expect(builtManifest("development", "https://addin.example.org/")).toBe(manifest);
});

test("a base URL that is not https is refused", () => {
  expect(() => builtManifest("production", "http://addin.example.org/")).toThrow(/https/);
});
