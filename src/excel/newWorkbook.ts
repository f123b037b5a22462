/**
 * A workbook the pane made (an enterprise's data request, docs/enterprises.md "In the pane") opened in Excel as a
 * new workbook of its own, ready to save and send: Excel.createWorkbook with the .xlsx as Base64 (ExcelApi 1.8;
 * the manifest asks for 1.9). The park workbook is not touched.
 */

/** Base64 of bytes, in slices (String.fromCharCode over a whole workbook would overflow the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64Of(bytes));
}
