import { fromStoredFormula, toStoredFormula } from "../../src/xlsx/customFunctionNames";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { planToXlsx } from "../../src/xlsx/writePlan";

test("GREEN.* calls are stored with Excel's _xldudf_ prefix and read back in the plain form", () => {
  const plain =
    'IF(ISNUMBER(IFERROR(GREEN.SCORE("EG1",K7,H7,$B$3),"")),GREEN.INDICATOR("RG7",GREEN_DATA_water_reused_Y1),0)';
  const stored = toStoredFormula(plain);
  expect(stored).toBe(
    'IF(ISNUMBER(IFERROR(_xldudf_GREEN_SCORE("EG1",K7,H7,$B$3),"")),_xldudf_GREEN_INDICATOR("RG7",GREEN_DATA_water_reused_Y1),0)',
  );
  expect(fromStoredFormula(stored)).toBe(plain);
  // defined names that start with GREEN_ are not functions and stay as they are
  expect(toStoredFormula("GREEN_DATA_va_Y1/GREEN_DATA_energy_total_Y1")).toBe(
    "GREEN_DATA_va_Y1/GREEN_DATA_energy_total_Y1",
  );
});

test("an .xlsx round trip keeps custom-mode formulas readable", async () => {
  const plan = {
    templateId: "data" as const,
    sheetName: "S",
    lang: "zh-CN" as const,
    mode: "custom" as const,
    cells: [{ row: 0, col: 0, role: "computed" as const, formula: "GREEN.RATE(1,4)", cached: 25 }],
    columnWidths: [],
    merges: [],
    hiddenColumns: [],
    freeze: { rows: 0, columns: 0 },
    validations: [],
    conditionalFormats: [],
    names: [],
    regions: [],
    print: { landscape: false, fitToWidth: false },
  };
  const snapshot = await readSnapshot(await planToXlsx([plan]));
  expect(snapshot.sheets[0]!.cells.get("A1")).toEqual({ value: 25, formula: "GREEN.RATE(1,4)" });
});
