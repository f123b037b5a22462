/**
 * A custom-mode workbook opened where the GREEN functions are missing (here LibreOffice, standing for WPS and
 * Excel without the add-in): every sheet whose results call GREEN.* shows, in its title row, what to do —
 * instead of silently empty scores — and the file LibreOffice saves still reviews without an error finding:
 * one warning per such sheet, at its notice, in place of a finding per empty result.
 */
import { reviewWorkbook, type Finding } from "../../src/domain/review";
import { cellAddress } from "../../src/domain/templates/a1";
import { FUNCTIONS_NOTICE, FUNCTIONS_STATUS_KEY } from "../../src/domain/templates/functionsNotice";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { paramsTemplate } from "../../src/domain/templates/specs/params";
import { optionsTemplate } from "../../src/domain/templates/specs/options";
import { addPlansToWorkbook } from "../../src/xlsx/writePlan";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { sampleOptions, samplePlans } from "../domain/review/reviewFixtures";
import { recalculateWithLibreOffice } from "./libreOffice";

const id = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

// the full sample set in Chinese, and an English parameter and option sheet beside it
const english = sampleOptions({ mode: "custom", lang: "en-US", nameSuffix: "_EN" });
const plans: SheetPlan[] = [
  ...samplePlans({ mode: "custom" }),
  paramsTemplate.build(english),
  optionsTemplate.build(english),
];

const noticeOf = (plan: SheetPlan) => plan.cells.find((c) => c.key === FUNCTIONS_STATUS_KEY);

let original: Uint8Array;
let resaved: Uint8Array;
let sheetNames: string[];
beforeAll(async () => {
  const { workbook, sheets } = await addPlansToWorkbook(plans);
  sheetNames = sheets.map((s) => s.sheetName);
  original = new Uint8Array(await workbook.xlsx.writeBuffer());
  resaved = new Uint8Array(await recalculateWithLibreOffice(original, "custom.xlsx"));
}, 180000);

test("every sheet whose results call GREEN.* carries the notice; the others do not", () => {
  const withNotice = plans.filter((p) => noticeOf(p)).map((p) => p.templateId);
  expect(withNotice).toEqual(["data", "carbon", "indicators", "options", "matrix", "targets", "synergy", "options"]);
  for (const plan of plans) {
    const callsGreen = plan.cells.some((c) => c.key !== FUNCTIONS_STATUS_KEY && /GREEN\./.test(c.formula ?? ""));
    expect(noticeOf(plan) !== undefined).toBe(callsGreen);
  }
});

test("recalculated by LibreOffice, each notice shows in the sheet's language; with the functions there it is empty", async () => {
  const before = await readSnapshot(original);
  const after = await readSnapshot(resaved);
  plans.forEach((plan, i) => {
    const notice = noticeOf(plan);
    if (!notice) return;
    const address = cellAddress(notice.row, notice.col);
    expect(notice.row).toBe(0);
    expect(before.sheets.find((s) => s.name === sheetNames[i])?.cells.get(address)?.value ?? "").toBe("");
    const shown = after.sheets.find((s) => s.name === sheetNames[i])?.cells.get(address)?.value;
    expect(shown).toBe(plan.lang === "zh-CN" ? FUNCTIONS_NOTICE.zh : FUNCTIONS_NOTICE.en);
  });
  expect(FUNCTIONS_NOTICE.zh).toBe("需要加载 GreenAudit 加载项；或在窗格中转换为原生公式");
});

test("the file LibreOffice saved reviews with no error finding: one warning per sheet at its notice, the rest as before", async () => {
  const before = reviewWorkbook(await readSnapshot(original));
  const after = reviewWorkbook(await readSnapshot(resaved));
  expect(before.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(before.findings.filter((f) => f.code === "functions-unavailable")).toEqual([]);
  expect(after.findings.filter((f) => f.severity === "error").map(id)).toEqual([]);
  const unavailable = after.findings.filter((f) => f.code === "functions-unavailable");
  const expected = plans.flatMap((plan, i) => {
    const notice = noticeOf(plan);
    return notice ? [`functions-unavailable ${sheetNames[i]}!${cellAddress(notice.row, notice.col)}`] : [];
  });
  expect(unavailable.map(id).sort()).toEqual(expected.sort());
  for (const f of unavailable) expect(f.severity).toBe("warning");
  // the indicator sheet's scores are among what the warning counts
  expect(unavailable.find((f) => f.sheet === "评价指标")?.message.zh).toMatch(/[1-9]\d* 个结果为空/);
  const others = (fs: readonly Finding[]) =>
    fs
      .filter((f) => f.code !== "functions-unavailable")
      .map(id)
      .sort();
  expect(others(after.findings)).toEqual(others(before.findings));
});
