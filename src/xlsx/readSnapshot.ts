/**
 * An .xlsx file into a WorkbookSnapshot of all its sheets, through the bounded reader (readWorkbookFile).
 */
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import { READ_LIMITS, readWorkbookSync } from "./readWorkbookFile";

export { parseReference } from "./reference";

export async function readSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return readWorkbookSync(bytes, READ_LIMITS, { sheets: "all" });
}
