/**
 * openpyxl, the reader pandas.read_excel uses, as an independent check that a workbook opens outside Excel
 * and carries its cached results. It lives in Debian's python3-openpyxl (/usr/bin/python3) on these
 * machines, not necessarily in the python3 first on PATH.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The first interpreter where `import openpyxl` works; a test that needs it fails with this message otherwise. */
export function openpyxlPython(): string {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import openpyxl"], { stdio: "ignore" });
      return python;
    } catch {
      // try the next interpreter
    }
  }
  throw new Error("openpyxl is not installed for python3 or /usr/bin/python3 (apt-get install python3-openpyxl)");
}

/** Loads the file with data_only=True and prints each workbook-scoped defined name's cached cell value. */
const READ_NAMES = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
names = wb.defined_names
pairs = names.items() if hasattr(names, "items") else [(d.name, d) for d in names.definedName]
out = {}
for name, defined in pairs:
    for title, coord in defined.destinations:
        if ":" in coord:
            continue
        out[name] = wb[title][coord.replace("$", "")].value
json.dump({"sheets": wb.sheetnames, "names": out}, sys.stdout, ensure_ascii=False, default=str)
`;

export interface OpenpyxlRead {
  sheets: string[];
  /** the cached value of every single-cell defined name (null for an empty cached text) */
  names: Record<string, string | number | boolean | null>;
}

export async function readWithOpenpyxl(xlsx: Uint8Array): Promise<OpenpyxlRead> {
  const work = mkdtempSync(join(tmpdir(), "green-openpyxl-"));
  try {
    const file = join(work, "book.xlsx");
    writeFileSync(file, xlsx);
    const { stdout } = await run(openpyxlPython(), ["-c", READ_NAMES, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as OpenpyxlRead;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
