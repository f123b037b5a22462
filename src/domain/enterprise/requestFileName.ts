/** The file name of an enterprise's data-request workbook (docs/enterprises.md): `<credit code>_<name>.xlsx`. */
import type { EnterpriseEntry } from "./listFile";

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A file name from the enterprise's code and name: characters no file system accepts are replaced. */
export function requestFileName(e: Pick<EnterpriseEntry, "code" | "name">): string {
  const name = e.name.replace(UNSAFE_IN_FILE_NAMES, "_").replace(/^\.+/, "").slice(0, 60).trim();
  return `${e.code}_${name || "enterprise"}.xlsx`;
}
