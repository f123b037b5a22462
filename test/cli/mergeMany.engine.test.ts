/**
 * `green-audit merge` of many returned workbooks (docs/enterprises.md "Scale"): 200 request workbooks, each with its
 * own credit code and its own figures, merged into a park as a workbook and as a data file. The park's sums equal
 * the figures added by hand (a closed form of what was typed), in the data file, in the workbook's cached results
 * (openpyxl) and after LibreOffice recalculates the SUM formulas over the 企业汇总 sheet.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { findCarrier } from "../../src/domain/catalog";
import { withCheckCharacter } from "../../src/domain/enterprise/creditCode";
import { MANDATORY_ENTERPRISE_ITEMS } from "../../src/domain/enterprise/items";
import { readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { READ_LIMITS } from "../../src/xlsx/readLimits";
import { recalculateWithLibreOffice } from "../xlsx/libreOffice";
import { readWithOpenpyxl } from "../xlsx/openpyxl";
import { checkXlsxSchemas, excelRuleProblems } from "../xlsx/schemaCheck";
import { fillRequest } from "./fillRequest";
import { cli } from "./runCli";

jest.setTimeout(900000);

const N = 200;
const YEARS = [2021, 2022, 2023, 2024] as const;
const ITEMS = [...MANDATORY_ENTERPRISE_ITEMS];
const CARRIERS = ["electricity", "natural-gas"];
/** A catalog id in a defined name: "-" becomes "_" */
const namePart = (id: string) => id.replace(/-/g, "_");
const code = (n: number) => withCheckCharacter(`91110100MA${String(n).padStart(7, "0")}`);

/** What enterprise n (1…N) types for the j-th field in year k: n × (j + 1) + k / 4. */
const typed = (n: number, j: number, k: number) => n * (j + 1) + k / 4;
/** Σ over n = 1…N of typed(n, j, k) = (j + 1) · N(N + 1)/2 + N · k/4 */
const handSum = (j: number, k: number) => ((j + 1) * N * (N + 1)) / 2 + (N * k) / 4;
/** A placeholder typed into the first workbook, replaced in each copy: unique among the sheet's numbers. */
const placeholder = (j: number, k: number) => 7000000 + j * 10 + k;

const fields = [
  ...ITEMS.map((item) => ({ name: (k: number) => `GREEN_ENT_${item}_Y${k}`, data: `GREEN_DATA_${item}` })),
  ...CARRIERS.map((c) => ({
    name: (k: number) => `GREEN_ENT_ENERGY_${namePart(c)}_Y${k}`,
    data: `GREEN_DATA_ENERGY_${namePart(c)}`,
    carrier: c,
  })),
];

function namedValues(bytes: Uint8Array): Map<string, unknown> {
  const snapshot = readWorkbookSync(bytes, READ_LIMITS, { sheets: "all" });
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return new Map(snapshot.names.map((n) => [n.name, sheets.get(n.sheet)?.cells.get(n.range)?.value]));
}

test(`${N} generated workbooks: the park's sums equal the typed figures added by hand`, async () => {
  const dir = mkdtempSync(join(tmpdir(), "green-merge-many-"));
  const list = join(dir, "list.json");
  writeFileSync(list, JSON.stringify({ years: YEARS, enterprises: [{ name: "样本企业", code: code(0), key: true }] }));
  const parkData = join(dir, "park.json");
  writeFileSync(parkData, JSON.stringify({ years: YEARS, values: {} }));
  const park = join(dir, "park.xlsx");
  expect((await cli("template", "--data", parkData, "--out", park)).code).toBe(0);
  const requests = join(dir, "requests");
  mkdirSync(requests);
  expect((await cli("collect", "--enterprises", list, "--out-dir", requests)).code).toBe(0);
  const [first = ""] = readdirSync(requests);
  const base = join(requests, first);
  const cells: Record<string, number> = {};
  fields.forEach((f, j) => YEARS.forEach((_, k) => (cells[f.name(k)] = placeholder(j, k))));
  await fillRequest(base, cells);

  // each copy: its own code in the shared strings, its own figures in place of the placeholders
  const parts = unzipSync(new Uint8Array(readFileSync(base)));
  const strings = strFromU8(parts["xl/sharedStrings.xml"] ?? new Uint8Array());
  const sheetPath = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)) ?? "";
  const sheet = strFromU8(parts[sheetPath] ?? new Uint8Array());
  const slots = new Map(fields.flatMap((_, j) => YEARS.map((__, k) => [String(placeholder(j, k)), { j, k }] as const)));
  expect(strings).toContain(code(0));
  expect([...sheet.matchAll(/<v>(7\d{6})<\/v>/g)].filter(([, v]) => slots.has(v ?? ""))).toHaveLength(slots.size);
  const returned = join(dir, "returned");
  mkdirSync(returned);
  const files: string[] = [];
  for (let n = 1; n <= N; n++) {
    const file = join(returned, `${code(n)}.xlsx`);
    const filled = sheet.replace(/<v>(7\d{6})<\/v>/g, (whole, v: string) => {
      const slot = slots.get(v);
      return slot ? `<v>${typed(n, slot.j, slot.k)}</v>` : whole;
    });
    writeFileSync(
      file,
      zipSync({
        ...parts,
        "xl/sharedStrings.xml": strToU8(strings.split(code(0)).join(code(n))),
        [sheetPath]: strToU8(filled),
      }),
    );
    files.push(file);
  }

  const json = join(dir, "merged.json");
  const asData = await cli("merge", ...files, "--into", park, "--out", json, "--lang", "en-US");
  expect(asData.stdout).toContain(`${N} of ${N} enterprise workbooks merged`);
  expect(asData.code).toBeLessThan(2);
  const data = JSON.parse(readFileSync(json, "utf8")) as {
    values: Record<string, (number | null)[]>;
    energy: { carrier: string; values: (number | null)[] }[];
  };
  const merged = join(dir, "merged.xlsx");
  const asWorkbook = await cli("merge", ...files, "--into", park, "--out", merged);
  expect(asWorkbook.code).toBe(asData.code);

  const bytes = new Uint8Array(readFileSync(merged));
  expect((await checkXlsxSchemas(bytes)).errors).toEqual([]);
  expect(excelRuleProblems(bytes)).toEqual([]);
  const openpyxl = await readWithOpenpyxl(bytes);
  expect(openpyxl.sheets).toContain("企业汇总");
  // a park of 200 enterprises: LibreOffice may need longer than for one template on a shared machine
  const recalculated = namedValues(await recalculateWithLibreOffice(readFileSync(merged), "merged.xlsx", 600000));
  fields.forEach((f, j) =>
    YEARS.forEach((_, k) => {
      const sum = handSum(j, k);
      const carrier = "carrier" in f ? f.carrier : undefined;
      const fromFile = carrier
        ? data.energy.find((e) => findCarrier(e.carrier)?.id === carrier)?.values[k]
        : data.values[f.data.replace("GREEN_DATA_", "")]?.[k];
      expect([f.data, k, fromFile]).toEqual([f.data, k, sum]);
      expect([f.data, k, openpyxl.names[`${f.data}_Y${k}`]]).toEqual([f.data, k, sum]);
      expect([f.data, k, recalculated.get(`${f.data}_Y${k}`)]).toEqual([f.data, k, sum]);
    }),
  );
});
