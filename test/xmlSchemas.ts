/**
 * The published schemas the product's files are checked against (the OOXML schemas for workbooks, the
 * add-in manifest schema), and xmllint to check them.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const REPO = resolve(__dirname, "..");

/**
 * The schema folder: `../shared/schemas` next to the repository (as on CI), or where GREEN_AUDIT_SCHEMAS
 * points (a git worktree elsewhere).
 */
export function schemaFolder(): string {
  const candidates = [process.env.GREEN_AUDIT_SCHEMAS, join(REPO, "../shared/schemas")].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(join(c, "ooxml", "sml.xsd")));
  if (!found) throw new Error(`no schema folder: looked in ${candidates.join(", ")} (set GREEN_AUDIT_SCHEMAS)`);
  return found;
}

/** Offline stand-ins for the Dublin Core and XML namespace schemas that the core-properties schema imports by URL. */
const CATALOG = join(__dirname, "schemas", "catalog.xml");

/**
 * Runs xmllint (no network) on `files` against `schema`; returns its complaints, empty when every file is
 * valid, with `base/` removed from the paths.
 */
export async function xmllint(schema: string, files: string[], base = ""): Promise<string[]> {
  const env = { ...process.env, XML_CATALOG_FILES: CATALOG };
  try {
    await run("xmllint", ["--noout", "--nonet", "--schema", schema, ...files], { env, maxBuffer: 64 * 1024 * 1024 });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error);
    const lines = stderr.split("\n").filter((l) => l.trim() !== "" && !/ validates$/.test(l));
    return (lines.length > 0 ? lines : [`xmllint failed: ${String(error)}`]).map((l) =>
      base ? l.split(`${base}/`).join("") : l,
    );
  }
}
