/**
 * The manifest against Microsoft's published add-in manifest schema (OfficeAppManifestV1_1.xsd with the
 * VersionOverrides schemas it imports), as written in the repository and as the production build writes it
 * to dist/ with GREEN_AUDIT_BASE_URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schemaFolder, xmllint } from "../xmlSchemas";
import { builtManifest, manifestText } from "./manifestModel";

async function schemaErrors(xml: string): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), "green-manifest-"));
  try {
    const file = join(work, "manifest.xml");
    writeFileSync(file, xml);
    return await xmllint(join(schemaFolder(), "office-addin-manifest", "OfficeAppManifestV1_1.xsd"), [file], work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

test("manifest.xml is valid against the add-in manifest schema", async () => {
  expect(await schemaErrors(manifestText())).toEqual([]);
});

test("the production manifest (GREEN_AUDIT_BASE_URL=https://…) is valid against the schema", async () => {
  const production = builtManifest("production", "https://addin.example.org/green-audit/");
  expect(production).toContain("https://addin.example.org/green-audit/taskpane.html");
  expect(await schemaErrors(production)).toEqual([]);
});

test("the check refuses what the schema forbids: an empty AppDomains", async () => {
  const broken = manifestText()
    .replace("</SupportUrl>", "")
    .replace(/(<SupportUrl [^>]*\/>)/, "$1\n  <AppDomains/>");
  expect(broken).toContain("<AppDomains/>");
  expect((await schemaErrors(broken)).join("\n")).toMatch(/AppDomains': Missing child element/);
});
