/**
 * The layout of docs/architecture.md, kept by a test: the domain imports nothing but itself and its two pure
 * libraries; each adapter (excel, xlsx) and the functions import only the domain; the doors that compose them
 * (the pane, the command line) never import each other. Static imports, re-exports, dynamic import() and
 * require() all count (read with TypeScript's own pre-processor).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const SRC = resolve(__dirname, "../../src");

/** top-level part of src → the parts of src it may import, and the packages it may import */
const RULES: Record<string, { parts: readonly string[]; packages: RegExp }> = {
  domain: { parts: ["domain"], packages: /^(zod|zod\/mini|@borgar\/fx)$/ },
  functions: { parts: ["functions", "domain"], packages: /^$/ },
  excel: { parts: ["excel", "domain"], packages: /^$/ },
  // node:fs only in readXlsxFile.ts, the command line's disk reader; the pane reads bytes (readWorkbookFile.ts)
  xlsx: { parts: ["xlsx", "domain"], packages: /^(exceljs|fflate|saxes|crc-32|node:fs)$/ },
  // react-dom itself for flushSync: the pane's first frame is committed at once (src/taskpane/index.tsx)
  taskpane: {
    parts: ["taskpane", "domain", "excel", "xlsx"],
    packages: /^(react|react-dom|react-dom\/client|@fluentui\/react-components)$/,
  },
  commands: { parts: ["commands", "domain"], packages: /^$/ },
  cli: { parts: ["cli", "domain", "xlsx"], packages: /^(commander|node:[a-z_/]+)$/ },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|cjs|mjs|js)$/.test(name) ? [path] : [];
  });
}

function partOf(file: string): string {
  return relative(SRC, file).split(sep)[0] ?? "";
}

/** Every import of a file that breaks its part's rule, as "file → specifier". */
function violations(file: string): string[] {
  const part = partOf(file);
  const rule = RULES[part];
  if (!rule) return []; // files directly under src (the functions' page entry) are composition roots
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((spec) => {
      if (!spec.startsWith(".")) return !rule.packages.test(spec);
      const target = resolve(dirname(file), spec);
      return !target.startsWith(SRC + sep) || !rule.parts.includes(partOf(target));
    })
    .map((spec) => `${relative(SRC, file)} → ${spec}`);
}

test("every part of src imports only what docs/architecture.md allows it", () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(violations)).toEqual([]);
});

test("the rule catches a door importing another door and the domain importing Node", () => {
  const probe = (part: string, spec: string) => {
    const rule = RULES[part];
    return spec.startsWith(".") ? !rule!.parts.includes(spec.split("/")[1] ?? "") : !rule!.packages.test(spec);
  };
  expect(probe("domain", "node:fs")).toBe(true);
  expect(probe("domain", "exceljs")).toBe(true);
  expect(probe("domain", "zod")).toBe(false);
  expect(probe("xlsx", "../excel/insertTemplates")).toBe(true);
  expect(probe("cli", "../taskpane/i18n")).toBe(true);
  expect(probe("taskpane", "../cli/main")).toBe(true);
  expect(probe("taskpane", "../excel/templates")).toBe(false);
});

test("Office.js requests are made only in src/excel: elsewhere Excel.run merely calls its functions", () => {
  // a request names the workbook through a request context, and is sent by context.sync()
  const officeRequest = /\bcontext\.(workbook|sync)\b|\.sync\(\)/;
  const outside = sourceFiles(SRC).filter((f) => partOf(f) !== "excel" && officeRequest.test(readFileSync(f, "utf8")));
  expect(outside.map((f) => relative(SRC, f))).toEqual([]);
  expect(officeRequest.test("const sheet = context.workbook.worksheets.getItem(name);")).toBe(true);
  expect(officeRequest.test("await ctx.sync();")).toBe(true);
});
