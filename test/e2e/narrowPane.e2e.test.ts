/**
 * The pane at task-pane width: Excel's task pane is 320–350 px wide by default. Every tab, in both languages,
 * empty and after use (a workbook generated, a data file imported — valid and broken —, a workbook read, a
 * review run), must fit: the page may not scroll sideways and no element may reach past the viewport's right
 * edge (elements inside a scrolling box that itself fits are that box's business). Screenshots of every tab
 * at 350 px go to test-artifacts/ (and to docs/ with UPDATE_DOCS_SCREENSHOTS=1).
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { withCheckCharacter } from "../../src/domain/enterprise/creditCode";
import { readEnterpriseList } from "../../src/domain/enterprise/listFile";
import { buildRequestSheet } from "../../src/domain/enterprise/requestSheet";
import { parseParkData } from "../../src/domain/schema/parkData";
import { TEMPLATE_IDS } from "../../src/domain/templates/sheetPlan";
import { STRINGS, type Lang } from "../../src/taskpane/i18n";
import { planTemplates } from "../../src/taskpane/planTemplates";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { openPage } from "./browser";
import { ARTIFACTS, ROOT, startDistSession } from "./distSession";
import { openTab, type PaneTabId } from "./paneTabs";

const session = startDistSession();
const WIDTHS = [320, 350] as const;
const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
const SAMPLE_JSON = join(ROOT, "examples", "sample-park.json");
const SAMPLE_XLSX = join(ARTIFACTS, "narrow-sample.xlsx");
const BROKEN_JSON = join(ARTIFACTS, "narrow-broken.json");
/** returned enterprise workbooks: two sent back empty (every required item a finding), one not a workbook */
const RETURNED = [1, 2].map((i) => join(ARTIFACTS, `narrow-enterprise-${i}.xlsx`));
const JUNK_XLSX = join(ARTIFACTS, "narrow-junk-with-a-rather-long-file-name-of-an-enterprise.xlsx");
const LONG_NAME = "北京经济技术开发区绿色低碳循环产业园精细化工新材料股份有限公司";

beforeAll(async () => {
  // every template, filled from the sample park, with the cost-class threshold set (a changed parameter)
  const data = parseParkData(readFileSync(SAMPLE_JSON, "utf8"));
  if (!data.ok) throw new Error("sample-park.json is invalid");
  const plans = planTemplates({
    templates: [...TEMPLATE_IDS],
    lang: "zh-CN",
    mode: "native",
    years: data.data.years as never,
    costClassThreshold: 30,
    refresh: false,
    data: data.data,
  });
  writeFileSync(SAMPLE_XLSX, await planToXlsx(plans));
  const years = data.data.years as [number, number, number, number];
  for (const [i, path] of RETURNED.entries()) {
    const list = readEnterpriseList({
      years,
      enterprises: [{ name: `${LONG_NAME}${i + 1}`, code: withCheckCharacter(`91110100MA01E000${i + 1}`), key: true }],
    });
    if (!list.ok || !list.list.enterprises[0]) throw new Error("the enterprise list is invalid");
    writeFileSync(
      path,
      await planToXlsx([
        buildRequestSheet({ lang: "zh-CN", years, list: list.list, enterprise: list.list.enterprises[0] }),
      ]),
    );
  }
  writeFileSync(JUNK_XLSX, "not a workbook");
  // wrong years, a text where a number belongs, an unknown key and carrier: a long list of problems
  const sample = JSON.parse(readFileSync(SAMPLE_JSON, "utf8"));
  writeFileSync(
    BROKEN_JSON,
    JSON.stringify({
      ...sample,
      years: [2024, 2023],
      values: { ...sample.values, va: ["many", 2, 3, 4], unknown_indicator_with_a_long_name: [1] },
      energy: [{ carrier: "moonshine_distillate_heavy_grade", values: [1, 2, 3, 4] }],
    }),
  );
});

interface Overflow {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly offenders: readonly string[];
}

/** The page's sideways overflow: its scroll width, and the elements whose right edge passes the viewport. */
/**
 * Measured once the page has settled: two animation frames after the state was reached, so that layouts Fluent
 * finishes in a resize observer (a message bar that moves to several lines once it knows its width) are the ones the
 * user sees, not their first frame.
 */
async function measureOverflow(page: Page): Promise<Overflow> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const testId = el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : "";
      const text = (el.textContent ?? "").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${testId}> “${text}”`;
    };
    /** inside a box that clips or scrolls sideways and itself fits: not the page's overflow */
    const containedByFittingBox = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== "visible") return box.getBoundingClientRect().right <= width + 0.5;
      }
      return false;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= width + 0.5) continue;
      if (containedByFittingBox(el)) continue;
      offenders.push(`${describe(el)} right edge ${Math.round(rect.right)} px`);
    }
    return { scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), clientWidth: width, offenders };
  });
}

async function screenshot(page: Page, lang: Lang, width: number, id: PaneTabId): Promise<void> {
  if (width !== 350) return;
  const short = lang === "zh-CN" ? "zh" : "en";
  const path = join(ARTIFACTS, `pane-${short}-${id}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  // the top of the pane, as the viewport shows it: a full-page capture of a page taller than Chromium's largest
  // texture (16 384 px: the English parameter list) never completes
  await page.screenshot({ path, clip: { x: 0, y: 0, width, height: 640 } });
  if (process.env.UPDATE_DOCS_SCREENSHOTS) copyFileSync(path, join(ROOT, "docs", `pane-${short}-${id}.png`));
}

describe.each(LANGS)("the pane in %s", (lang) => {
  test.each(WIDTHS)(
    "at %i px: every tab fits, empty and after use",
    async (width) => {
      const t = STRINGS[lang];
      const { page } = await openPage(session.browser, session.server.url);
      await page.setViewportSize({ width, height: 640 });
      await page.goto(`${session.server.url}/taskpane.html`);
      await page.getByTestId("gallery").waitFor();
      await page.getByTestId("language").selectOption(lang);
      expect(await page.locator("h1").textContent()).toBe(t.title);

      const failures: string[] = [];
      const check = async (state: string) => {
        const found = await measureOverflow(page);
        if (found.scrollWidth > found.clientWidth)
          failures.push(`${state}: the page is ${found.scrollWidth} px wide in a ${found.clientWidth} px pane`);
        for (const offender of found.offenders.slice(0, 8)) failures.push(`${state}: ${offender}`);
      };

      await check("templates");
      await page.getByLabel(t.parkName).fill("北京经济技术开发区绿色低碳循环产业园");
      await Promise.all([page.waitForEvent("download"), page.getByTestId("insert").click()]);
      await page.getByTestId("insert-result").waitFor();
      await check("templates, file generated");
      await screenshot(page, lang, width, "insert");

      await openTab(page, "data");
      await check("data");
      await page.getByTestId("data-file").setInputFiles(BROKEN_JSON);
      await page.getByTestId("data-problems").waitFor();
      await check("data, broken file");
      await page.getByTestId("data-file").setInputFiles(SAMPLE_JSON);
      await page.getByTestId("missing-0").waitFor();
      await check("data, sample file");
      await screenshot(page, lang, width, "data");

      // enterprise workbooks: the request form refused, then made; the import with findings per enterprise
      await page.getByTestId("ent-name").fill(LONG_NAME);
      await page.getByTestId("ent-code").fill("91110100MA01E0001");
      await page.getByTestId("ent-audit-year").fill("23");
      await page.getByTestId("ent-create").click();
      await page.getByTestId("ent-problems").waitFor();
      await check("data, enterprise form refused");
      await page.getByTestId("ent-code").fill(withCheckCharacter("91110100MA01E0001"));
      await page.getByTestId("ent-audit-year").fill("2023");
      await page.getByTestId("ent-key").check();
      await page.getByTestId("ent-audit").selectOption("已完成");
      await Promise.all([page.waitForEvent("download"), page.getByTestId("ent-create").click()]);
      await page.getByTestId("ent-created").waitFor();
      await check("data, enterprise request made");
      await page.getByTestId("ent-park").setInputFiles(SAMPLE_XLSX);
      await page.getByTestId("ent-files").setInputFiles([...RETURNED, JUNK_XLSX]);
      await Promise.all([page.waitForEvent("download"), page.getByTestId("ent-import").click()]);
      await page.getByTestId("ent-findings").waitFor({ timeout: 120000 });
      expect(await page.getByTestId("ent-outcome").textContent()).toContain(t.importEntDone(2, 3));
      await check("data, enterprise workbooks imported");
      await page.getByTestId("enterprise-import").scrollIntoViewIfNeeded();
      if (width === 350)
        await page.screenshot({ path: join(ARTIFACTS, `pane-${lang === "zh-CN" ? "zh" : "en"}-enterprises.png`) });

      await openTab(page, "parameters");
      await page.getByTestId("parameters-indicators").waitFor();
      await check("parameters");
      await page.getByTestId("parameters-xlsx").setInputFiles(SAMPLE_XLSX);
      await page.locator("[data-changed]").first().waitFor();
      await check("parameters, workbook read");
      await screenshot(page, lang, width, "parameters");

      await openTab(page, "review");
      await check("review");
      await page.getByTestId("review-file").setInputFiles(SAMPLE_XLSX);
      await page.getByTestId("review-summary").waitFor({ timeout: 60000 });
      await check("review, workbook reviewed");
      await screenshot(page, lang, width, "review");

      await openTab(page, "submit");
      await check("submit");
      await screenshot(page, lang, width, "submit");

      await page.context().close();
      expect(failures).toEqual([]);
    },
    240000,
  );
});
