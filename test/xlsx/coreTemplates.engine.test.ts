/**
 * Real engine (docs/architecture.md rung 4): params + data + indicators in native mode, recalculated by LibreOffice,
 * every computed cell equal to domain/calc — for the sample park and edge-case data sets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvaluationParams, ParkData } from "../../src/domain/calc";
import { coefficientsFromParkData, type TemplateOptions } from "../../src/domain/templates/context";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { buildCarbon } from "../../src/domain/templates/specs/carbon";
import { buildData } from "../../src/domain/templates/specs/data";
import { buildIndicators } from "../../src/domain/templates/specs/indicators";
import { buildParams } from "../../src/domain/templates/specs/params";
import { recalculateAndCompare } from "./engineCheck";

const sample = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "examples", "sample-park.json"), "utf8"),
) as ParkData;
const YEARS: [number, number, number, number] = [2021, 2022, 2023, 2024];

function withValues(base: ParkData, changes: Record<string, (number | string | null)[] | undefined>): ParkData {
  const values: Record<string, readonly (number | string | null | undefined)[]> = { ...base.values };
  for (const [item, list] of Object.entries(changes)) {
    if (list === undefined) delete values[item];
    else values[item] = list;
  }
  return { ...base, values };
}

/** Gaps, zeros, falling value added, invalid entries, a year without the energy block. */
const gaps: ParkData = {
  ...withValues(sample, {
    heat_available: undefined, // optional RG9 not reported at all
    heat_recovered: undefined,
    newpub_floor: [120000, 0, 110000, 0], // zero denominators (IG14)
    va: [1200000, 1296000, 1250000, 1470000], // value added falls in year 2: HG24 undefined
    wastewater: [21500000, 21800000, 22000000, 0], // ↓ indicator at 0 scores the cap
    buses_green: [260, 500, 340, 380], // a share above 100 % is capped at 120
    water_fresh: [42000000, 41000000, "n/a", 39500000], // text in a number cell
    co2: [12600000, -1, 13450000, 13750000], // a negative amount
    cod: [1450, null, 1400, 1370], // one pollutant missing in one year
    so2: [null, null, 2200, 2150], // a pollutant not reported at first
    energy_total: [560000, 570000, 580000, 590000], // reported, used where the block is empty
    sewage_facility: ["具备", "不具备", " 具备 ", "有"], // an answer with blanks and one outside the set
    sw_stock_utilized: [15000, "  ", 10000, 8000], // spaces only: empty, so RG6's optional term counts 0
    nh3n: [120, 115, " ", " "], // spaces only in two years: not reported
    green_plan: ["否", "是\u00a0", "是\u3000", "是"], // no-break and full-width spaces are characters, as for TRIM
  }),
  energy: sample.energy?.map((row, i) => ({
    ...row,
    values: [row.values[0]!, i === 1 ? (" " as unknown as null) : row.values[1]!, row.values[2]!, null],
  })),
};

/** Parameters changed in the parameter sheet: leads, weights, selection, cap. */
const changed: EvaluationParams = {
  leads: { EG1: 2, RG4: 300, HG23: 20, MG29: "基本完善" },
  weights: { EG1: 2, RG8: 0.5, CG19: 3 },
  selection: { RG8: false, RG9: true, IG14: true },
  cap: 110,
  fullScore: 90,
};

/** Steam has no GB/T 2589 default: the data file gives 128.6 kgce/t; natural gas overrides its default. */
const withCoefficients: ParkData = {
  ...sample,
  energy: [
    ...(sample.energy ?? []).map((row) => (row.carrier === "天然气" ? { ...row, coefficient: 12.5 } : row)),
    { carrier: "蒸汽", unit: "t", values: [1000, 1100, 1200, 1300], coefficient: 128.6 },
  ],
};

function plans(
  data: ParkData | undefined,
  parameters?: EvaluationParams,
  lang: "zh-CN" | "en-US" = "zh-CN",
  confirmedParameters?: readonly string[],
): SheetPlan[] {
  const options: TemplateOptions = {
    lang,
    mode: "native",
    years: YEARS,
    nameSuffix: "",
    data,
    coefficients: coefficientsFromParkData(data),
    ...(parameters ? { parameters } : {}),
    ...(confirmedParameters ? { confirmedParameters } : {}),
  };
  // the data sheet's CO₂ reads the carbon inventory (docs/templates.md#carbon-inventory): the set includes it
  return [buildParams(options), buildData(options), buildCarbon(options), buildIndicators(options)];
}

describe("params + data + indicators on LibreOffice equal domain/calc", () => {
  test.each([
    ["the sample park", sample, undefined, "zh-CN", undefined],
    ["gaps, zeros, falling value added and invalid entries", gaps, undefined, "zh-CN", undefined],
    ["changed leads, weights, selection and cap", sample, changed, "en-US", undefined],
    ["an empty template", undefined, undefined, "zh-CN", undefined],
    ["coefficients given in the data file (steam, natural gas)", withCoefficients, undefined, "zh-CN", undefined],
    [
      "values marked confirmed for this project (the marks change no result)",
      sample,
      undefined,
      "en-US",
      ["lead:EG1", "param:discount-rate", "tce:raw-coal", "grid:national-2022"],
    ],
  ] as const)(
    "%s",
    async (_name, data, parameters, lang, confirmed) => {
      const run = await recalculateAndCompare(plans(data, parameters, lang, confirmed));
      expect(run.mismatches).toEqual([]);
      expect(run.computedCells).toBeGreaterThan(250);
    },
    120000,
  );
});
