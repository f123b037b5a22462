/** Taking the user to a cell a finding or a missing input names: its sheet shown, the cell selected, one sync. */
export async function goToCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
