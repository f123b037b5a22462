/**
 * Prepare for submission through the Office.js adapter (src/excel/operations/prepareForSubmission.ts), against the
 * strict fake (docs/architecture.md rung 3): every template refreshed in native mode with every input kept, or its
 * computed cells turned into the values they show — typed formulas, inputs and labels kept — in a fixed number of
 * syncs whatever the number of sheets or cells.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParkDataFile } from "../../src/domain/schema/parkData";
import { cellAddress } from "../../src/domain/templates/a1";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { FUNCTIONS_STATUS_KEY } from "../../src/domain/templates/functionsNotice";
import type { SheetPlan, TemplateId } from "../../src/domain/templates/sheetPlan";
import { findTemplate } from "../../src/domain/templates/specs";
import { NoTemplatesError } from "../../src/excel/errors";
import { insertTemplates } from "../../src/excel/insertTemplates";
import { prepareForSubmission } from "../../src/excel/operations/prepareForSubmission";
import { installFakeExcel, type FakeContext } from "./fakeExcel";
import { cellsOf, effective, named, sheetOf, shown, typeInto, YEARS } from "./workbookCells";

const sample = JSON.parse(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8")) as ParkDataFile;

describe("prepare for submission", () => {
  /** Plans as the adapter writes them, with more option rows than the template's default (a file-mode import). */
  function plans(ids: readonly TemplateId[], options: Partial<TemplateOptions> = {}): SheetPlan[] {
    const base: TemplateOptions = {
      lang: "zh-CN",
      mode: "custom",
      years: YEARS,
      nameSuffix: "",
      data: sample,
      ...options,
    };
    return ids.map((id) => findTemplate(id)!.build(base));
  }
  const SET: TemplateId[] = ["params", "data", "indicators", "options", "matrix"];
  const optionRows = Array.from({ length: 75 }, (_, i) => ({ name: `方案 ${i + 1}`, investment: 5 + i }));

  /** Every input cell of the plans on their sheets, as shown (a kept text is written back behind an apostrophe). */
  function inputs(fake: FakeContext, list: readonly SheetPlan[]) {
    return list.map((plan) => {
      const sheet = sheetOf(fake, plan.sheetName);
      return plan.cells
        .filter((c) => c.role === "input")
        .map(
          (c) =>
            [
              plan.sheetName,
              cellAddress(c.row, c.col),
              { ...sheet.cell(c.row, c.col), formula: shown(sheet.cell(c.row, c.col)) },
            ] as const,
        );
    });
  }

  test("native: every template refreshed in native mode, every input kept, in a fixed number of syncs", async () => {
    const { fake, context } = installFakeExcel();
    const written = plans(SET, { rows: { options: optionRows } });
    await insertTemplates(context, () => written);
    const data = sheetOf(fake, "基础数据");
    // the user typed: a number, text Excel would read as a date, a formula in an input cell
    data.protection.unprotect();
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y2")!;
    typeInto(data, {
      [cellAddress(va.ref.top, va.ref.left)]: 1400001,
      [cellAddress(va.ref.top, va.ref.left + 1)]: "=1400000+2",
    });
    named(fake, "GREEN_PARK_NAME").formula = "'3-1";
    data.protection.protect();
    const before = inputs(fake, written);
    expect(written.flatMap((p) => p.cells).some((c) => c.formula?.includes("GREEN."))).toBe(true);

    const syncs = fake.syncs;
    expect(await prepareForSubmission("native")).toBe(SET.length);
    expect(fake.syncs - syncs).toBe(5);

    expect(inputs(fake, written)).toEqual(before);
    expect(named(fake, "GREEN_PARK_NAME").formula).toBe("'3-1");
    for (const plan of written) {
      const sheet = sheetOf(fake, plan.sheetName);
      expect(sheet.protectedSheet).toBe(true);
      const formulas = [...sheet.cells.values()].map((c) => String(c.formula)).filter((f) => f.startsWith("="));
      expect(formulas.filter((f) => /GREEN\./.test(f))).toEqual([]);
      // every computed cell (the option rows beyond the default capacity too) is still a formula; the custom
      // sheet's notice for a program without the GREEN functions is gone, with its rule
      for (const c of plan.cells.filter((x) => x.formula !== undefined && x.key !== FUNCTIONS_STATUS_KEY))
        expect(String(sheet.cell(c.row, c.col).formula)).toMatch(/^=/);
      const notice = plan.cells.find((x) => x.key === FUNCTIONS_STATUS_KEY);
      if (notice) expect(sheet.cell(notice.row, notice.col).formula).toBe("");
      expect(sheet.conditionalFormats.filter((f) => /^=LEN\([A-Z]+1\)>0$/.test(f.formula ?? ""))).toEqual([]);
      const meta = fake.workbook.names.list.find((n) => n.name === `GREEN_META_${plan.templateId}`)!;
      expect(JSON.parse(String(shown(sheet.cell(meta.ref.top, meta.ref.left))))).toMatchObject({ mode: "native" });
    }
  });

  test("native: no template in the workbook says so", async () => {
    installFakeExcel();
    await expect(prepareForSubmission("native")).rejects.toBeInstanceOf(NoTemplatesError);
  });

  test("values: template formulas become the values they show; typed formulas, inputs and labels stay", async () => {
    const { fake, context } = installFakeExcel();
    const written = plans(SET, { mode: "native" });
    await insertTemplates(context, () => written);
    // Excel's results: the cached values, and some awkward ones
    const shownBy = new Map<string, unknown>();
    written.forEach((plan, p) => {
      const sheet = sheetOf(fake, plan.sheetName);
      plan.cells.forEach((c, i) => {
        if (c.formula === undefined) return;
        const odd = [p === 0 ? "3-1" : undefined, "#DIV/0!", "", true][i % 7];
        const value = odd ?? (c.cached === null || c.cached === undefined ? "" : c.cached);
        sheet.cell(c.row, c.col).value = value;
        shownBy.set(`${plan.sheetName}!${c.row},${c.col}`, value);
      });
    });
    const data = sheetOf(fake, "基础数据");
    const va = fake.workbook.names.list.find((n) => n.name === "GREEN_DATA_va_Y1")!;
    data.protection.unprotect();
    Object.assign(data.cell(va.ref.top, va.ref.left), { formula: "=1000+200", value: 1200 });
    Object.assign(data.cell(300, 30), { formula: "=SUM(D10:D12)", value: 7 }); // beside the template
    data.protection.protect({ allowFormatColumns: true, allowFormatCells: true });
    const beforeOthers = written.map((plan) => {
      const sheet = sheetOf(fake, plan.sheetName);
      const computed = new Set(plan.cells.filter((c) => c.formula !== undefined).map((c) => `${c.row},${c.col}`));
      return new Map([...cellsOf(sheet)].filter(([k]) => !computed.has(k)));
    });

    const syncs = fake.syncs;
    expect(await prepareForSubmission("values")).toBe(SET.length);
    expect(fake.syncs - syncs).toBe(4);

    written.forEach((plan, p) => {
      const sheet = sheetOf(fake, plan.sheetName);
      for (const c of plan.cells.filter((x) => x.formula !== undefined)) {
        const cell = sheet.cell(c.row, c.col);
        const value = shownBy.get(`${plan.sheetName}!${c.row},${c.col}`);
        expect([`${plan.sheetName}!${cellAddress(c.row, c.col)}`, shown(cell)]).toEqual([
          `${plan.sheetName}!${cellAddress(c.row, c.col)}`,
          value,
        ]);
        if (typeof value === "string" && value !== "" && !value.startsWith("#")) expect(cell.formula).toBe(`'${value}`); // text stays text
      }
      const computed = new Set(plan.cells.filter((c) => c.formula !== undefined).map((c) => `${c.row},${c.col}`));
      expect(new Map([...cellsOf(sheet)].filter(([k]) => !computed.has(k)))).toEqual(beforeOthers[p]);
      expect(sheet.protectedSheet).toBe(true);
    });
    expect(data.cell(va.ref.top, va.ref.left).formula).toBe("=1000+200");
    expect(data.cell(300, 30).formula).toBe("=SUM(D10:D12)");
    expect(effective(data.protectionOptions)).toEqual(effective({ allowFormatColumns: true, allowFormatCells: true }));
  });

  test("values: the number of syncs does not grow with the number of sheets or cells", async () => {
    const count = async (ids: TemplateId[]) => {
      const { fake, context } = installFakeExcel();
      await insertTemplates(context, () => plans(ids, { mode: "native" }));
      const syncs = fake.syncs;
      await prepareForSubmission("values");
      return fake.syncs - syncs;
    };
    expect(await count(["params"])).toBe(await count(SET));
  });
});
