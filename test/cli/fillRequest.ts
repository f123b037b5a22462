/**
 * Fills an enterprise data-request workbook the way a person does: values typed into the named input cells
 * (found through the workbook's defined names, as Excel's Name Box finds them), the file saved again.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";

export type Typed = Readonly<Record<string, string | number | null>>;

export async function fillRequest(path: string, typed: Typed): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  for (const [name, value] of Object.entries(typed)) {
    const ranges = workbook.definedNames.getRanges(name).ranges;
    const [range] = ranges;
    if (!range) throw new Error(`no cell named ${name}`);
    const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (!match) throw new Error(`unexpected range ${range}`);
    const sheet = workbook.getWorksheet(match[1] ?? "");
    if (!sheet) throw new Error(`no sheet for ${range}`);
    sheet.getCell(`${match[2]}${match[3]}`).value = value;
  }
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
