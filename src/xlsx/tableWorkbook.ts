/**
 * A plain table as a one-sheet .xlsx (the pane's findings export): a bold, frozen header with a filter; strings
 * stay strings (a leading "=" is text, never a formula), numbers stay numbers. ExcelJS is loaded on first use.
 */
export interface TableSheet {
  readonly sheetName: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** column widths in characters, by position */
  readonly widths: readonly number[];
  /** 1-based columns whose text wraps */
  readonly wrapColumns: readonly number[];
}

export async function tableToXlsx(table: TableSheet): Promise<Uint8Array> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...table.header]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  table.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const col of table.wrapColumns) sheet.getColumn(col).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.header.length },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
