/** `green-audit collect` (docs/enterprises.md): one request workbook per enterprise, nothing written on a bad list or an existing file. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { cli } from "./runCli";

jest.setTimeout(120000);

const LIST = join(__dirname, "../../examples/enterprises/enterprises.json");

function named(file: string, name: string) {
  const snapshot = readXlsxFile(file);
  const found = snapshot.names.find((n) => n.name === name);
  const sheet = snapshot.sheets.find((s) => s.name === found?.sheet);
  return found && sheet ? sheet.cells.get(found.range)?.value : undefined;
}

test("writes one prefilled workbook per enterprise of the example list", async () => {
  const dir = mkdtempSync(join(tmpdir(), "green-collect-"));
  const result = await cli("collect", "--enterprises", LIST, "--out-dir", dir);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const files = readdirSync(dir).sort();
  expect(files).toHaveLength(5);
  expect(files[3]).toBe("91110100MA01A00043_示例食品有限公司.xlsx");
  const food = join(dir, files[3] ?? "");
  expect(named(food, "GREEN_ENT_NAME")).toBe("示例食品有限公司");
  expect(named(food, "GREEN_ENT_KEY")).toBe("是");
  expect(named(food, "GREEN_ENT_va_Y2")).toBe(9100);
  expect(named(food, "GREEN_ENT_ENERGY_natural_gas_Y3")).toBe(128);

  // a second run refuses to replace them and changes nothing; --force replaces
  const before = readFileSync(food);
  const again = await cli("collect", "--enterprises", LIST, "--out-dir", dir);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/exists; choose another file or add --force/);
  expect(readFileSync(food).equals(before)).toBe(true);
  expect((await cli("collect", "--enterprises", LIST, "--out-dir", dir, "--force", "--lang", "en-US")).code).toBe(0);
});

test("a bad list is refused with one line per problem, and nothing is written", async () => {
  const dir = mkdtempSync(join(tmpdir(), "green-collect-"));
  const list = join(dir, "list.json");
  writeFileSync(list, JSON.stringify({ enterprises: [{ name: "甲", code: "91110100MA01A0001X", key: "yes" }] }));
  const result = await cli("collect", "--enterprises", list, "--years", "2021,2022,2023,2024", "--out-dir", dir);
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split("\n");
  expect(lines[0]).toBe(
    `green-audit collect: --enterprises ${list}: 企业“甲”的重点企业 · enterprises[0].key：应为 true 或 false`,
  );
  expect(readdirSync(dir)).toEqual(["list.json"]);
  const years = await cli("collect", "--enterprises", LIST, "--years", "2021,2022", "--out-dir", dir);
  expect(years.stderr).toMatch(/--years takes four years/);
});
