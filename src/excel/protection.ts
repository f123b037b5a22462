/**
 * Writing into a protected template sheet: the templates' protection has no password (docs/templates.md), so it
 * is lifted around the writes and put back with the options it had. A sheet the user protected with a password
 * fails at `unprotect`, before any write to it.
 */
export function withoutProtection(
  worksheet: Excel.Worksheet,
  protection: Excel.WorksheetProtection,
  write: () => void,
): void {
  if (protection.protected) worksheet.protection.unprotect();
  write();
  if (protection.protected) worksheet.protection.protect(protection.options);
}
