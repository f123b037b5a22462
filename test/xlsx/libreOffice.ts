/**
 * LibreOffice headless as an independent spreadsheet engine (docs/architecture.md rung 4; the toolchain constraints): a profile
 * that forces a full recalculation on load, `soffice --convert-to xlsx`, and the result read back.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh profile folder per call, so concurrent conversions never share one. */
function recalcProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "green-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return profile;
}

/** Recalculates an .xlsx in LibreOffice and returns the saved file's bytes (within `timeout` ms). */
export async function recalculateWithLibreOffice(
  xlsx: Uint8Array,
  name = "book.xlsx",
  timeout = 120000,
): Promise<Buffer> {
  const work = mkdtempSync(join(tmpdir(), "green-lo-"));
  const input = join(work, name);
  const outDir = join(work, "out");
  writeFileSync(input, xlsx);
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${recalcProfile()}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input,
    ],
    { timeout },
  );
  return readFileSync(join(outDir, basename(input)));
}

/** Prints an .xlsx to PDF as LibreOffice lays it out (every sheet, its print setup applied). */
export async function printWithLibreOffice(xlsx: Uint8Array, name = "book.xlsx"): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "green-lo-pdf-"));
  const input = join(work, name);
  const outDir = join(work, "out");
  writeFileSync(input, xlsx);
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=file://${recalcProfile()}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      input,
    ],
    { timeout: 120000 },
  );
  return join(outDir, basename(input).replace(/\.xlsx$/, ".pdf"));
}
