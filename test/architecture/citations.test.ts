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

/**
 * Outside documents, standard texts cited by their file number instead of their title, and issue numbers in any
 * form (a word, a "#12" reference, a link to an issue or pull request); spelt in pieces so this file does not
 * match itself. A colour such as "#444;" is not a reference.
 */
const OUTSIDE = new RegExp(
  [
    "\\b" + "SP" + "EC\\b",
    "DES" + "IGN\\.md",
    "TOOL" + "CHAIN\\.md",
    "\\b" + "se" + "eds?\\b( ?\\d{3}|/)",
    "\\b[Ii]ssues? #?\\d+\\b",
    "(^|[\\s(\\[])" + "#\\d{1,4}(?=[\\s).,:\\]]|$)",
    "\\b(" + "issues|pull)/\\d+",
  ].join("|"),
);
/** A file named after an issue ("issue5Fixtures.ts") says nothing to a newcomer. */
const ISSUE_NAME = new RegExp("iss" + "ue[-_ ]?\\d", "i");

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
  expect(paths.map((p) => relative(ROOT, p)).filter((p) => ISSUE_NAME.test(p))).toEqual([]);
});

test("the rule sees an outside document and an issue number", () => {
  expect(OUTSIDE.test("// see " + "SP" + "EC §4.2")).toBe(true);
  expect(OUTSIDE.test("(" + "DES" + "IGN.md rung 4)")).toBe(true);
  expect(OUTSIDE.test("a fix for iss" + "ue 12")).toBe(true);
  expect(OUTSIDE.test("docs/architecture.md, testing rung 4")).toBe(false);
  expect(OUTSIDE.test("SYNERGY_SPEC")).toBe(false);
  expect(OUTSIDE.test("the team minimums (" + "se" + "ed 000 5.1.2)")).toBe(true);
  expect(OUTSIDE.test("read ../shared/" + "se" + "eds/ first")).toBe(true);
  expect(OUTSIDE.test("fixed in (" + "#42)")).toBe(true);
  expect(OUTSIDE.test("see https://github.com/o/r/iss" + "ues/7")).toBe(true);
  expect(OUTSIDE.test("see https://github.com/o/r/pu" + "ll/7")).toBe(true);
  expect(OUTSIDE.test(".en { color: " + "#444; }")).toBe(false);
  expect(OUTSIDE.test("a seed of the random generator")).toBe(false);
  expect(ISSUE_NAME.test("test/xlsx/" + "iss" + "ue5Templates.engine.test.ts")).toBe(true);
  expect(ISSUE_NAME.test("test/xlsx/scenarioTemplates.engine.test.ts")).toBe(false);
});
