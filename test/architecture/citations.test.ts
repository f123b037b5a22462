/**
 * The repository is self-contained (docs/architecture.md): its code, scripts and configuration cite its own docs/
 * or the standards by title and clause — never a product document, design note or issue number a clone does not
 * carry. Files that test the rule for user texts hold these words as patterns and are left out.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const FOLDERS = ["src", "bin", "scripts", "bench", "test", ".ci", "examples"];
const TOP_FILES = ["jest.config.js", "jest.e2e.config.js", "webpack.config.js", "eslint.config.mjs", "package.json"];
/** the tests of the user-words rule, whose patterns name what they refuse */
const RULE_TESTS = new Set(["test/words/userWords.test.ts", "test/domain/catalog/status.test.ts"]);

/** Outside documents and issue numbers; spelt in pieces so this file does not match itself. */
const OUTSIDE = new RegExp(
  ["\\b" + "SP" + "EC\\b", "DES" + "IGN\\.md", "TOOL" + "CHAIN\\.md", "\\b[Ii]ssues? #?\\d+\\b"].join("|"),
);

function files(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name === "__snapshots__" ? [] : files(path);
    return /\.(ts|tsx|js|mjs|cjs|json|sh|md)$/.test(name) || name === "run" ? [path] : [];
  });
}

test("code, scripts and configuration cite only what the repository carries", () => {
  const paths = [...FOLDERS.flatMap((f) => files(join(ROOT, f))), ...TOP_FILES.map((f) => join(ROOT, f))];
  expect(paths.length).toBeGreaterThan(300);
  const found = paths
    .map((p) => relative(ROOT, p))
    .filter((p) => !RULE_TESTS.has(p))
    .flatMap((p) =>
      readFileSync(join(ROOT, p), "utf8")
        .split("\n")
        .flatMap((line, i) => (OUTSIDE.test(line) ? [`${p}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
  expect(found).toEqual([]);
});

test("the rule sees an outside document and an issue number", () => {
  expect(OUTSIDE.test("// see " + "SP" + "EC §4.2")).toBe(true);
  expect(OUTSIDE.test("(" + "DES" + "IGN.md rung 4)")).toBe(true);
  expect(OUTSIDE.test("a fix for iss" + "ue 12")).toBe(true);
  expect(OUTSIDE.test("docs/architecture.md, testing rung 4")).toBe(false);
  expect(OUTSIDE.test("SYNERGY_SPEC")).toBe(false);
});
