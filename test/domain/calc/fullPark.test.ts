/**
 * A full three-year park computed by hand: base year 2021 and evaluation years 2022–2024, every data
 * item of docs/data-file.md, all 31 indicators, scores (docs/templates.md#scores, catalog leads, cap 120, weights 1),
 * group subtotals and totals. Expected values are typed from the hand calculation in the comments,
 * never produced by the code under test.
 *
 * Leads (docs/templates.md#indicators): EG1 3, EG2 15, EG3 75, RG4 1500, RG5 15, RG6 95, RG7 90, RG8 30, RG9 60,
 * RG10 90, RG11 80, IG12 具备, IG13 30, IG14 60, IG15 90, IG16 30, CG17 30, CG18 30, CG19 15,
 * CG20 30, HG21 100, HG22 3, HG23 5 (↓), HG24 0.3 (↓), HG25 80, HG26 30, HG27 80, HG28 80,
 * MG29 完善, MG30 是, MG31 完善. Mandatory: EG1–3, RG4–7, IG12, CG17–18, HG21–25, MG29–31 (18).
 */
import { evaluatePark } from "../../../src/domain/calc";
import type { ParkData, ParkEvaluation, Reason, YearEvaluation } from "../../../src/domain/calc";

// ---------------------------------------------------------------------------------------------
// Data, one array per item: [2021 base, 2022, 2023, 2024]
// ---------------------------------------------------------------------------------------------
const PARK: ParkData = {
  years: [2021, 2022, 2023, 2024],
  values: {
    va: [100000, 110000, 121000, 121000],
    energy_total: [40000, 44000, 44000, 40000],
    energy_renewable: [6000, 6600, 8800, 4000],
    energy_clean: [30000, 33000, 22000, 36000],
    water_fresh: [1000000, 1100000, 605000, 1210000],
    water_reused: [9000000, 9900000, 5445000, 3630000],
    land_industrial: [1, 1, 0.5, 1.1],
    sw_generated: [10000, 10000, 9000, 0],
    sw_utilized: [9500, 9500, 9000, 0],
    sw_stock_utilized: [null, null, 1000, 0],
    water_reclaimed: [300, 300, null, 600],
    sewage_treated: [1000, 1000, null, 1000],
    heat_available: [100, 100, 100, 0],
    heat_recovered: [30, 30, 60, 0],
    gas_recoverable: [null, null, null, null],
    gas_recovered: [null, null, null, null],
    recyclables_generated: [50, 50, 50, 50],
    recyclables_recovered: [40, 40, 40, 40],
    sewage_facility: ["具备", "具备", "具备", "不具备"],
    newind_floor: [10000, 10000, 10000, null],
    newind_green_floor: [3000, 3000, 4500, null],
    newpub_floor: [10000, 10000, 10000, null],
    newpub_green_floor: [3000, 3000, 6000, null],
    area_built: [10, 10, 10, 10],
    area_bus_covered: [9, 9, 9, 9],
    buses_total: [100, 100, 100, 100],
    buses_green: [30, 30, 60, 15],
    gross_output: [400000, 400000, 400000, 400000],
    hightech_output: [120000, 120000, 60000, 160000],
    green_va: [30000, 33000, 24200, null],
    employees: [10000, 11000, 8000, 6050],
    park_va: [200000, 200000, null, 300000],
    service_va: [60000, 60000, null, 45000],
    swh_generated: [100, 100, 100, 100],
    swh_treated: [100, 100, 90, 100],
    co2: [100000, 104500, 111501.5, 121000],
    wastewater: [500000, 550000, 242000, 1210000],
    cod: [100, 102, 107.1, 107.1],
    nh3n: [10, 10.1, 9.09, 9.09],
    so2: [50, 51.5, 51.5, 51.5],
    nox: [80, 80, 84, 84],
    air_good_days: [288, 288, 270, 324],
    air_valid_days: [360, 360, 360, 360],
    area_park: [20, 20, 20, 20],
    area_green: [6, 6, 8, 4],
    road_length: [50, 50, 50, null],
    road_shaded_length: [40, 40, 20, null],
    parking_area: [null, null, null, 1000],
    parking_shaded_area: [null, null, null, 800],
    standards_system: ["完善", "完善", "基本完善", "完善"],
    green_plan: ["是", "是", "是", "否"],
    info_platform: ["完善", "完善", "完善", "不完善"],
  },
};

/**
 * One indicator in one year: its value (a number, an answer, or the reason there is none), its
 * counted score (null = not evaluated) and whether it was scored 0 for want of a value.
 */
type Row = readonly [
  id: string,
  v: number | string | { reason: Reason },
  counted: number | null,
  zeroForMissing?: true,
];
const no = (reason: Reason) => ({ reason });

// ---------------------------------------------------------------------------------------------
// 2022 (k = 1, previous 2021). Score = 100 × v/lead (↑), 100 × lead/v (↓), capped at 120.
// ---------------------------------------------------------------------------------------------
const Y2022: readonly Row[] = [
  ["EG1", 2.5, 83.333333], //   110 000/44 000 = 2.5;            100 × 2.5/3 = 83.33
  ["EG2", 15, 100], //          6 600/44 000 × 100 = 15;         100 × 15/15 = 100
  ["EG3", 75, 100], //          33 000/44 000 × 100 = 75;        100
  ["RG4", 1000, 66.666667], //  110 000 × 10⁴/1 100 000 = 1000;  100 × 1000/1500 = 66.67
  ["RG5", 11, 73.333333], //    110 000/10⁴/1 = 11;              100 × 11/15 = 73.33
  ["RG6", 95, 100], //          9 500/(10 000 + 0 stock) × 100 = 95 (empty stock counts 0)
  ["RG7", 90, 100], //          9.9e6/(9.9e6 + 1.1e6) × 100 = 90
  ["RG8", 30, 100], //          300/1000 × 100 = 30 (optional, computable → evaluated)
  ["RG9", 30, 50], //           30/100 × 100 = 30;               100 × 30/60 = 50
  ["RG10", no("missing-input"), null], // optional, no data → not evaluated
  ["RG11", 80, 100], //         40/50 × 100 = 80
  ["IG12", "具备", 100],
  ["IG13", 30, 100], //         3000/10 000 × 100 = 30
  ["IG14", 30, 50], //          3000/10 000 × 100 = 30;          100 × 30/60 = 50
  ["IG15", 90, 100], //         9/10 × 100 = 90
  ["IG16", 30, 100], //         30/100 × 100 = 30
  ["CG17", 30, 100], //         120 000/400 000 × 100 = 30
  ["CG18", 30, 100], //         33 000/110 000 × 100 = 30
  ["CG19", 10, 66.666667], //   110 000/11 000 = 10;             100 × 10/15 = 66.67
  ["CG20", 30, 100], //         60 000/200 000 × 100 = 30
  ["HG21", 100, 100], //        100/100 × 100 = 100
  ["HG22", 5, 120], //          I₀ = 100 000/100 000 = 1, I₁ = 104 500/110 000 = 0.95 → 5 %; 100 × 5/3 = 166.7 → 120
  ["HG23", 5, 100], //          550 000/110 000 = 5 (↓);         100 × 5/5 = 100
  ["HG24", 0.3, 100], //        va +10 %; cod +2 % → 0.2, nh3n +1 % → 0.1, so2 +3 % → 0.3, nox 0 → 0; max 0.3 → 100
  ["HG25", 80, 100], //         288/360 × 100 = 80
  ["HG26", 30, 100], //         6/20 × 100 = 30
  ["HG27", 80, 100], //         40/50 × 100 = 80
  ["HG28", no("missing-input"), null],
  ["MG29", "完善", 100],
  ["MG30", "是", 100],
  ["MG31", "完善", 100],
];
// Evaluated: 18 mandatory + 11 optional (RG8, RG9, RG11, IG13–16, CG19, CG20, HG26, HG27) = 29.
// EG 83.333 + 100 + 100 = 283.333 (3)         RG 66.667 + 73.333 + 100 + 100 + 100 + 50 + 100 = 590 (7)
// IG 100 + 100 + 50 + 100 + 100 = 450 (5)     CG 100 + 100 + 66.667 + 100 = 366.667 (4)
// HG 100 + 120 + 100 + 100 + 100 + 100 + 100 = 720 (7)                    MG 300 (3)
// Total = 2710/29 = 93.448276

// ---------------------------------------------------------------------------------------------
// 2023 (k = 2, previous 2022)
// ---------------------------------------------------------------------------------------------
const Y2023: readonly Row[] = [
  ["EG1", 2.75, 91.666667], //  121 000/44 000 = 2.75;           100 × 2.75/3 = 91.67
  ["EG2", 20, 120], //          8 800/44 000 × 100 = 20;         133.3 → 120
  ["EG3", 50, 66.666667], //    22 000/44 000 × 100 = 50;        100 × 50/75 = 66.67
  ["RG4", 2000, 120], //        121 000 × 10⁴/605 000 = 2000;    133.3 → 120
  ["RG5", 24.2, 120], //        12.1/0.5 = 24.2;                 161.3 → 120
  ["RG6", 90, 94.736842], //    9 000/(9 000 + 1 000) × 100 = 90; 100 × 90/95 = 94.74
  ["RG7", 90, 100], //          5 445 000/(5 445 000 + 605 000) × 100 = 90
  ["RG8", no("missing-input"), null],
  ["RG9", 60, 100], //          60/100 × 100 = 60
  ["RG10", no("missing-input"), null],
  ["RG11", 80, 100],
  ["IG12", "具备", 100],
  ["IG13", 45, 120], //         4 500/10 000 × 100 = 45;         150 → 120
  ["IG14", 60, 100], //         6 000/10 000 × 100 = 60
  ["IG15", 90, 100],
  ["IG16", 60, 120], //         60/100 × 100 = 60;               200 → 120
  ["CG17", 15, 50], //          60 000/400 000 × 100 = 15;       100 × 15/30 = 50
  ["CG18", 20, 66.666667], //   24 200/121 000 × 100 = 20;       100 × 20/30 = 66.67
  ["CG19", 15.125, 100.833333], // 121 000/8 000 = 15.125;       100 × 15.125/15 = 100.83
  ["CG20", no("missing-input"), null],
  ["HG21", 90, 90], //          90/100 × 100 = 90
  ["HG22", 3, 100], //          I₁ = 0.95, I₂ = 111 501.5/121 000 = 0.9215 → 0.0285/0.95 = 3 %
  ["HG23", 2, 120], //          242 000/121 000 = 2 (↓);         100 × 5/2 = 250 → 120
  ["HG24", 0.5, 60], //         va +10 %; cod 5.1/102 = +5 % → 0.5, nh3n −10 % → −1, so2 0, nox +5 % → 0.5; 100 × 0.3/0.5 = 60
  ["HG25", 75, 93.75], //       270/360 × 100 = 75;              100 × 75/80 = 93.75
  ["HG26", 40, 120], //         8/20 × 100 = 40;                 133.3 → 120
  ["HG27", 40, 50], //          20/50 × 100 = 40;                100 × 40/80 = 50
  ["HG28", no("missing-input"), null],
  ["MG29", "基本完善", 0],
  ["MG30", "是", 100],
  ["MG31", "完善", 100],
];
// Evaluated: 18 mandatory + 9 optional (RG9, RG11, IG13–16, CG19, HG26, HG27) = 27.
// EG 91.667 + 120 + 66.667 = 278.333 (3)      RG 120 + 120 + 94.737 + 100 + 100 + 100 = 634.737 (6)
// IG 100 + 120 + 100 + 100 + 120 = 540 (5)    CG 50 + 66.667 + 100.833 = 217.5 (3)
// HG 90 + 100 + 120 + 60 + 93.75 + 120 + 50 = 633.75 (7)                 MG 0 + 100 + 100 = 200 (3)
// Total = 2504.320175/27 = 92.752599

// ---------------------------------------------------------------------------------------------
// 2024 (k = 3, previous 2023)
// ---------------------------------------------------------------------------------------------
const Y2024: readonly Row[] = [
  ["EG1", 3.025, 100.833333], // 121 000/40 000 = 3.025;         100 × 3.025/3 = 100.83
  ["EG2", 10, 66.666667], //    4 000/40 000 × 100 = 10;         100 × 10/15 = 66.67
  ["EG3", 90, 120], //          36 000/40 000 × 100 = 90;        100 × 90/75 = 120
  ["RG4", 1000, 66.666667], //  121 000 × 10⁴/1 210 000 = 1000
  ["RG5", 11, 73.333333], //    12.1/1.1 = 11
  ["RG6", no("division-by-zero"), 0, true], // 0/(0 + 0): mandatory → scores 0, reported
  ["RG7", 75, 83.333333], //    3 630 000/(3 630 000 + 1 210 000) × 100 = 75; 100 × 75/90 = 83.33
  ["RG8", 60, 120], //          600/1000 × 100 = 60;             200 → 120
  ["RG9", no("division-by-zero"), null], // heat_available 0: optional, not computable → not evaluated
  ["RG10", no("missing-input"), null],
  ["RG11", 80, 100],
  ["IG12", "不具备", 0],
  ["IG13", no("missing-input"), null],
  ["IG14", no("missing-input"), null],
  ["IG15", 90, 100],
  ["IG16", 15, 50], //          15/100 × 100 = 15;               100 × 15/30 = 50
  ["CG17", 40, 120], //         160 000/400 000 × 100 = 40;      133.3 → 120
  ["CG18", no("missing-input"), 0, true], // green_va empty: mandatory → 0
  ["CG19", 20, 120], //         121 000/6 050 = 20;              133.3 → 120
  ["CG20", 15, 50], //          45 000/300 000 × 100 = 15;       100 × 15/30 = 50
  ["HG21", 100, 100],
  ["HG22", -8.518719, 0], //    I₂ = 0.9215, I₃ = 121 000/121 000 = 1 → (0.9215 − 1)/0.9215 × 100 = −8.5187 → 0
  ["HG23", 10, 50], //          1 210 000/121 000 = 10 (↓);      100 × 5/10 = 50
  ["HG24", no("undefined-growth"), 0, true], // va 121 000 → 121 000 did not grow: #N/A, mandatory → 0
  ["HG25", 90, 112.5], //       324/360 × 100 = 90;              100 × 90/80 = 112.5
  ["HG26", 20, 66.666667], //   4/20 × 100 = 20;                 100 × 20/30 = 66.67
  ["HG27", no("missing-input"), null],
  ["HG28", 80, 100], //         800/1000 × 100 = 80
  ["MG29", "完善", 100],
  ["MG30", "否", 0],
  ["MG31", "不完善", 0],
];
// Evaluated: 18 mandatory + 8 optional (RG8, RG11, IG15, IG16, CG19, CG20, HG26, HG28) = 26.
// EG 100.833 + 66.667 + 120 = 287.5 (3)       RG 66.667 + 73.333 + 0 + 83.333 + 120 + 100 = 443.333 (6)
// IG 0 + 100 + 50 = 150 (3)                   CG 120 + 0 + 120 + 50 = 290 (4)
// HG 100 + 0 + 50 + 0 + 112.5 + 66.667 + 100 = 429.167 (7)               MG 100 + 0 + 0 = 100 (3)
// Total = 1700/26 = 65.384615

/** Group: [weighted sum, weight total, average]. */
type Groups = Readonly<Record<string, readonly [number, number, number]>>;
const GROUPS_2022: Groups = {
  EG: [283.333333, 3, 94.444444],
  RG: [590, 7, 84.285714],
  IG: [450, 5, 90],
  CG: [366.666667, 4, 91.666667],
  HG: [720, 7, 102.857143],
  MG: [300, 3, 100],
};
const GROUPS_2023: Groups = {
  EG: [278.333333, 3, 92.777778],
  RG: [634.736842, 6, 105.789474],
  IG: [540, 5, 108],
  CG: [217.5, 3, 72.5],
  HG: [633.75, 7, 90.535714],
  MG: [200, 3, 66.666667],
};
const GROUPS_2024: Groups = {
  EG: [287.5, 3, 95.833333],
  RG: [443.333333, 6, 73.888889],
  IG: [150, 3, 50],
  CG: [290, 4, 72.5],
  HG: [429.166667, 7, 61.309524],
  MG: [100, 3, 33.333333],
};

function evaluated(params = {}): ParkEvaluation {
  const result = evaluatePark(PARK, params);
  if (!result.ok) throw new Error(`evaluatePark failed: ${result.reason}`);
  return result.value;
}

function checkRows(year: YearEvaluation, rows: readonly Row[]): void {
  expect(year.indicators.map((i) => i.id)).toEqual(rows.map((r) => r[0]));
  for (const [id, v, counted, zeroForMissing] of rows) {
    const result = year.indicators.find((i) => i.id === id);
    if (!result) throw new Error(`no result for ${id}`);
    if (typeof v === "number") {
      expect([id, result.value.ok]).toEqual([id, true]);
      if (result.value.ok) expect(result.value.value as number).toBeCloseTo(v, 5);
    } else if (typeof v === "string") {
      expect([id, result.value]).toEqual([id, { ok: true, value: v }]);
    } else {
      expect([id, result.value.ok ? "value" : result.value.reason]).toEqual([id, v.reason]);
    }
    expect([id, result.evaluated]).toEqual([id, counted !== null]);
    if (counted === null) expect([id, result.counted]).toEqual([id, null]);
    else expect(result.counted as number).toBeCloseTo(counted, 5);
    expect([id, result.scoredZeroForMissing]).toEqual([id, zeroForMissing === true]);
  }
}

function checkGroups(year: YearEvaluation, groups: Groups): void {
  expect(year.groups.map((g) => g.group)).toEqual(["EG", "RG", "IG", "CG", "HG", "MG"]);
  for (const g of year.groups) {
    const [sum, weight, average] = groups[g.group]!;
    expect(g.weightedSum).toBeCloseTo(sum, 5);
    expect(g.weightTotal).toBe(weight);
    expect(g.average.ok && g.average.value).toBeCloseTo(average, 5);
  }
}

describe("full park 2021–2024 by hand (docs/data-file.md, docs/templates.md scores)", () => {
  const park = evaluated();

  test("three evaluation years, each against the year before", () => {
    expect(park.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
  });

  test.each<[string, number, readonly Row[], Groups, number]>([
    ["2022", 0, Y2022, GROUPS_2022, 93.448276], // 2710/29
    ["2023", 1, Y2023, GROUPS_2023, 92.752599], // 2504.320175/27
    ["2024", 2, Y2024, GROUPS_2024, 65.384615], // 1700/26
  ])("%s: values, scores, subtotals, total", (_year, k, rows, groups, total) => {
    const year = park.years[k];
    checkRows(year!, rows);
    checkGroups(year!, groups);
    expect(year!.total.ok && year!.total.value).toBeCloseTo(total, 5);
  });

  test("energy_total comes from the data values when there is no energy block", () => {
    expect(park.years.map((y) => y.energyTotal)).toEqual([
      { ok: true, value: 44000 },
      { ok: true, value: 44000 },
      { ok: true, value: 40000 },
    ]);
  });

  test("parameter-sheet choices: RG11 deselected, RG10 selected (no data → 0), HG22 weight 2, EG1 lead 2.5", () => {
    const variant = evaluated({ selection: { RG11: false, RG10: true }, weights: { HG22: 2 }, leads: { EG1: 2.5 } });
    // 2022: 2710 − 100 (RG11) + 0 (RG10) + 120 (HG22 counted twice) + (100 − 83.333) (EG1 2.5/2.5) = 2746.667
    //       weights 29 − 1 + 1 + 1 = 30 → 91.555556
    // 2023: 2504.320 − 100 + 0 + 100 + (110 − 91.667) (EG1 2.75/2.5) = 2522.654; /28 = 90.094768
    // 2024: 1700 − 100 + 0 + 0 + (120 − 100.833) (EG1 3.025/2.5 = 121 → 120) = 1619.167; /27 = 59.969136
    const totals = variant.years.map((y) => (y.total.ok ? y.total.value : NaN));
    expect(totals[0]).toBeCloseTo(91.555556, 5);
    expect(totals[1]).toBeCloseTo(90.094768, 5);
    expect(totals[2]).toBeCloseTo(59.969136, 5);
    const rg10 = variant.years[0]!.indicators.find((i) => i.id === "RG10");
    expect(rg10 && [rg10.evaluated, rg10.counted, rg10.scoredZeroForMissing]).toEqual([true, 0, true]);
    const rg11 = variant.years[0]!.indicators.find((i) => i.id === "RG11");
    expect(rg11 && [rg11.evaluated, rg11.counted]).toEqual([false, null]);
  });
});

describe("park data with an energy block (docs/data-file.md: energy_total = Σ tce)", () => {
  // 2021: 10 000 t 原煤 × 0.7143 = 7 143; 1 000 万m³ 天然气 × 12.143 = 12 143; 10 000 万kWh × 1.229 = 12 290
  //       → 31 576 tce
  // 2022: 7 143 + 12 143 + (电力 empty: not used) = 19 286 tce; va 57 858 → EG1 = 57 858/19 286 = 3 → 100
  const data: ParkData = {
    years: [2021, 2022],
    values: { va: [50000, 57858], energy_total: [1, 1] },
    energy: [
      { carrier: "原煤", unit: "t", values: [10000, 10000] },
      { carrier: "天然气", unit: "万m³", values: [1000, 1000] },
      { carrier: "电力", unit: "万kWh", values: [10000, null] },
    ],
  };
  const result = evaluatePark(data);

  test("energy_total of the evaluation year is 19 286 tce, overriding the typed value", () => {
    expect(result.ok && result.value.years[0]!.energyTotal.ok && result.value.years[0]!.energyTotal.value).toBeCloseTo(
      19286,
      6,
    );
  });
  test("EG1 = 57 858/19 286 = 3 → score 100", () => {
    const eg1 = result.ok ? result.value.years[0]!.indicators.find((i) => i.id === "EG1") : undefined;
    expect(eg1?.value.ok && eg1.value.value).toBeCloseTo(3, 9);
    expect(eg1?.counted).toBeCloseTo(100, 9);
  });
  test("a carrier without a default coefficient makes energy_total no-default, and EG1 uncomputable", () => {
    const steam = evaluatePark({ ...data, energy: [{ carrier: "蒸汽", unit: "t", values: [1, 1] }] });
    const year = steam.ok ? steam.value.years[0] : undefined;
    expect(year?.energyTotal).toEqual({ ok: false, reason: "no-default", detail: expect.any(String) });
    expect(year?.indicators.find((i) => i.id === "EG1")?.value.ok).toBe(false);
  });
  test("a year with no quantity in the block keeps the reported energy_total (1 tce here)", () => {
    const empty = evaluatePark({ ...data, energy: [{ carrier: "原煤", unit: "t", values: [10000, null] }] });
    expect(empty.ok && empty.value.years[0]!.energyTotal).toEqual({ ok: true, value: 1 });
  });
  test("a coefficient in the energy block: 10 t steam × 128.6 kgce/t = 1.286 tce", () => {
    const steam = evaluatePark({
      ...data,
      energy: [{ carrier: "蒸汽", unit: "t", values: [10, 10], coefficient: 128.6 }],
    });
    expect(steam.ok && steam.value.years[0]!.energyTotal.ok && steam.value.years[0]!.energyTotal.value).toBeCloseTo(
      1.286,
      9,
    );
  });
});

describe("evaluatePark failures", () => {
  test.each<[string, unknown, Reason]>([
    ["only a base year", { years: [2021], values: {} }, "invalid-input"],
    ["no values", { years: [2021, 2022], values: null }, "invalid-input"],
    ["not an object", "park", "invalid-input"],
  ])("%s → %s", (_name, data, reason) => {
    const result = evaluatePark(data as ParkData);
    expect(result.ok ? "value" : result.reason).toBe(reason);
  });
  test("a negative weight in the parameters", () => {
    const result = evaluatePark(PARK, { weights: { EG1: -1 } });
    expect(result.ok ? "value" : result.reason).toBe("invalid-input");
  });
  test("all weights zero: the total has no value", () => {
    const weights = Object.fromEntries(Y2022.map((r) => [r[0], 0]));
    const result = evaluatePark(PARK, { weights });
    expect(result.ok && result.value.years[0]!.total.ok).toBe(false);
  });
});
