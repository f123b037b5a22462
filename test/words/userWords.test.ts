/**
 * Users see only their words (docs/architecture.md#rules-of-the-house): no internal document names, issue
 * numbers, catalog ids or row keys, developer notes or paths outside the repository in anything a user reads —
 * the pane's tables, the catalog's texts, the templates' cells and validation messages in both languages, the
 * review's findings, the written workbooks' parts, the command line's help and catalog listing, the function descriptions, the help
 * page, the README and docs/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  catalogTexts,
  cliCatalogTexts,
  cliHelpTexts,
  documentationTexts,
  functionTexts,
  paneTexts,
  reviewTexts,
  planTexts,
  sampleWorkbookTexts,
  samplePlans,
  type UserText,
} from "./userTexts";

/** Words of the house that mean nothing to a user, each with why it is refused. */
const JARGON: readonly (readonly [RegExp, string])[] = [
  [/\bSPEC\b|SPEC\.md|DESIGN\.md|TOOLCHAIN\.md|\.\.\/shared\b/, "an internal document"],
  [/\bseeds?\b/i, "an internal name of a standard"],
  [/\bissues?\s*#?\d+/i, "an issue number"],
  [/\bto confirm \(/i, "a developer note"],
  [/\bas (?:commonly )?reproduced in\b/i, "a developer note"],
  [/\bkept for .*compatibility\b/i, "a developer note"],
  [/\bproduct choice\b/i, "a developer note"],
  [/\b(?:TODO|FIXME)\b/, "a developer note"],
];

/** A catalog id or row key (`param:score-cap`, `tce:raw-coal`, `grid:national-2021`); URLs and A1 ranges are not. */
const KEY = /(?<![\w/.-])([a-z][a-z]*):([a-z0-9][\w-]*)/g;
/** The npm scripts a developer runs (`npm run build:cli`) are named as package.json names them. */
const NPM_SCRIPTS = new Set(
  Object.keys((JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { scripts: object }).scripts),
);

function problems(texts: readonly UserText[]): string[] {
  const found: string[] = [];
  for (const { where, text } of texts) {
    for (const [pattern, why] of JARGON) {
      const m = pattern.exec(text);
      if (m)
        found.push(
          `${where}: ${why} "${m[0]}" in ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 60))}`,
        );
    }
    for (const m of text.matchAll(KEY)) {
      if (/^(?:https?|mailto|file|data)$/.test(m[1]!) || NPM_SCRIPTS.has(m[0])) continue;
      found.push(`${where}: a catalog id or row key "${m[0]}"`);
    }
  }
  return found;
}

describe.each(["zh-CN", "en-US"] as const)("what a user reads in %s", (lang) => {
  test("the pane's words", () => {
    expect(problems(paneTexts(lang))).toEqual([]);
  });

  test("the catalog's texts: names, definitions, sources, notes", () => {
    expect(problems(catalogTexts(lang))).toEqual([]);
  });

  test("every template's cells, validation prompts, errors and lists", () => {
    const texts = planTexts(samplePlans(lang));
    expect(texts.length).toBeGreaterThan(1000);
    expect(problems(texts)).toEqual([]);
  });

  test("the review's finding labels and messages", async () => {
    const texts = await reviewTexts(lang);
    expect(texts.some((t) => t.where.startsWith("review team-rule-not-met"))).toBe(true);
    expect(problems(texts)).toEqual([]);
  });

  test("the written workbook: cells, validation texts, headers and footers, sheet names", async () => {
    const texts = await sampleWorkbookTexts(lang);
    expect(texts.some((t) => t.where.includes("sharedStrings") || t.where.includes("worksheets"))).toBe(true);
    expect(problems(texts)).toEqual([]);
  });
});

test("the command line's help and catalog listing", async () => {
  const texts = [...(await cliHelpTexts()), ...(await cliCatalogTexts())];
  expect(texts.map((t) => t.text).join("")).toContain("verify");
  expect(problems(texts)).toEqual([]);
});

test("the function descriptions and the help page", () => {
  expect(problems(functionTexts())).toEqual([]);
});

test("the README and docs/, which link only files of the repository", () => {
  const docs = documentationTexts();
  expect(docs.map((d) => d.where)).toEqual(
    expect.arrayContaining(["README.md", "docs/data-file.md", "docs/templates.md", "docs/architecture.md"]),
  );
  expect(problems(docs)).toEqual([]);
});

test("the scan catches what it is for", () => {
  const planted = [
    "依据：附件2-1-2；SPEC §4",
    "seed 001 附录B 6.1",
    "see issue 11",
    "name and unit confirmed; lead, direction and flag to confirm (MIIT 2016)",
    "GB/T 2589-2008 附录A (as reproduced in SPEC §4.6)",
    "Name kept for SPEC compatibility.",
    "编号 param:score-cap",
    "tce:raw-coal",
    "grid:national-2021",
  ].map((text, i) => ({ where: `planted ${i}`, text }));
  const found = problems(planted);
  for (let i = 0; i < planted.length; i++) expect(found.some((f) => f.startsWith(`planted ${i}:`))).toBe(true);
  const clean = [
    "https://localhost:3000/taskpane.html",
    "=SUM(D7:G7)",
    "Source: 《北京市工业园区绿色诊断工作指南》附件2-1-2",
    "比率：部分 / 整体",
  ];
  expect(problems(clean.map((text) => ({ where: "clean", text })))).toEqual([]);
});
