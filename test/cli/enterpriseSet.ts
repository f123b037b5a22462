/**
 * A fictional park of enterprises for the merge tests (docs/enterprises.md): the park workbook made by
 * `green-audit template`, the request workbooks by `green-audit collect`, each filled as a person fills it
 * (values typed into its named cells). Enterprise i (1…) reports figures proportional to i.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withCheckCharacter } from "../../src/domain/enterprise/creditCode";
import type { Lang } from "../../src/domain/text";
import { fillRequest } from "./fillRequest";
import { cli } from "./runCli";

export const SET_YEARS = [2021, 2022, 2023, 2024] as const;
export const SET_NAMES = ["甲化工", "乙钢铁", "丙电子"];
export const SET_CODES = SET_NAMES.map((_, i) => withCheckCharacter(`91110100MA01B000${i + 1}`));

/** What enterprise i (1…) types in year k, by the request's names. */
export function typedCells(i: number): Record<string, number> {
  const cells: Record<string, number> = {};
  SET_YEARS.forEach((_, k) => {
    const va = 5000 * i + 200 * k;
    Object.assign(cells, {
      [`GREEN_ENT_va_Y${k}`]: va,
      [`GREEN_ENT_gross_output_Y${k}`]: 4 * va,
      [`GREEN_ENT_employees_Y${k}`]: 100 * i + k,
      [`GREEN_ENT_water_fresh_Y${k}`]: 20000 * i - 500 * k,
      [`GREEN_ENT_sw_generated_Y${k}`]: 300 * i,
      [`GREEN_ENT_wastewater_Y${k}`]: 15000 * i,
      [`GREEN_ENT_cod_Y${k}`]: 3 * i,
      [`GREEN_ENT_nh3n_Y${k}`]: 0.5 * i,
      [`GREEN_ENT_so2_Y${k}`]: 2 * i,
      [`GREEN_ENT_nox_Y${k}`]: 4 * i,
      [`GREEN_ENT_ENERGY_electricity_Y${k}`]: 400 * i + 10 * k,
    });
  });
  return cells;
}

export interface EnterpriseSet {
  readonly dir: string;
  /** the park workbook; value added 2021 typed as 99 */
  readonly park: string;
  readonly list: string;
  /** the request workbooks in the order of SET_NAMES, filled unless `empty` */
  readonly files: readonly string[];
}

/** The park workbook and the filled requests of the first `filled` enterprises (the others stay as sent). */
export async function enterpriseSet(lang: Lang, filled = SET_NAMES.length): Promise<EnterpriseSet> {
  const dir = mkdtempSync(join(tmpdir(), "green-ent-"));
  const list = join(dir, "enterprises.json");
  writeFileSync(
    list,
    JSON.stringify({
      years: SET_YEARS,
      enterprises: SET_NAMES.map((name, i) => ({
        name,
        code: SET_CODES[i],
        key: i < 2,
        audit: { status: i === 0 ? "已完成" : "进行中" },
      })),
    }),
  );
  const data = join(dir, "park.json");
  writeFileSync(data, JSON.stringify({ years: SET_YEARS, values: { va: [99, null, null, null] } }));
  const park = join(dir, "park.xlsx");
  const made = await cli("template", "--data", data, "--lang", lang, "--out", park);
  if (made.code !== 0) throw new Error(made.stderr);
  const requests = join(dir, "requests");
  mkdirSync(requests);
  const collected = await cli("collect", "--enterprises", list, "--lang", lang, "--out-dir", requests);
  if (collected.code !== 0) throw new Error(collected.stderr);
  const files = readdirSync(requests)
    .sort()
    .map((f) => join(requests, f));
  for (const [i, file] of files.entries()) if (i < filled) await fillRequest(file, typedCells(i + 1));
  return { dir, park, list, files };
}
