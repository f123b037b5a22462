import { convertQuantity, toCo2, toStandardCoal, totalStandardCoal, readGridFactorSet } from "../../../src/domain/calc";
import type { Reason } from "../../../src/domain/calc";
import { expectNumber, expectReason } from "./expectOutcome";

describe("convertQuantity (catalog units, GB/T 2589-2020 附录A)", () => {
  test.each([
    ["1 t = 1000 kg", 1, "t", "kg", 1000],
    ["2500 kg = 2.5 t", 2500, "kg", "t", 2.5],
    ["2.5 万m³ = 25 000 m³", 2.5, "万m³", "m³", 25000],
    ["ASCII m3: 30 000 m3 = 3 万m³", 30000, "m3", "万m³", 3],
    ["1 MWh = 1000 kWh", 1, "MWh", "kWh", 1000],
    ["1 MWh = 0.1 万kWh", 1, "MWh", "万kWh", 0.1],
    ["500 MJ = 0.5 GJ", 500, "MJ", "GJ", 0.5],
    ["negative quantities convert linearly: −2 t = −2000 kg", -2, "t", "kg", -2000],
  ])("%s", (_name, q, from, to, expected) => expectNumber(convertQuantity(q, from, to), expected));

  test.each<[string, unknown, unknown, unknown, Reason]>([
    ["kWh to GJ: electricity never converts to heat", 1, "kWh", "GJ", "invalid-input"],
    ["t to m³", 1, "t", "m³", "invalid-input"],
    ["unknown unit", 1, "furlong", "t", "unknown-id"],
    ["unknown target unit", 1, "t", "stone", "unknown-id"],
    ["missing unit", 1, null, "t", "missing-input"],
    ["unit not text", 1, 5, "t", "invalid-input"],
    ["missing quantity", null, "t", "kg", "missing-input"],
  ])("%s → %s", (_name, q, from, to, reason) => expectReason(convertQuantity(q, from, to), reason));
});

describe("toStandardCoal (GREEN.TCE, GB/T 2589-2020 附录A coefficients)", () => {
  test.each<[string, unknown, string, string | undefined, unknown, number]>([
    // 1 t = 1000 kg × 0.7143 kgce/kg = 714.3 kgce = 0.7143 tce
    ["1 t 原煤 = 0.7143 tce", 1, "原煤", "t", undefined, 0.7143],
    // 10 000 kWh × 0.1229 kgce/kWh = 1229 kgce = 1.229 tce
    ["10 000 kWh 电力 = 1.229 tce", 10000, "电力", "kWh", undefined, 1.229],
    // native unit of 电力 is kWh
    ["10 000 kWh 电力, unit omitted = 1.229 tce", 10000, "电力", undefined, undefined, 1.229],
    // 1 万m³ = 10 000 m³ × 1.2143 kgce/m³ = 12 143 kgce = 12.143 tce
    ["1 万m³ 天然气 = 12.143 tce", 1, "天然气", "万m³", undefined, 12.143],
    // 1 万kWh = 10 000 kWh → 1.229 tce
    ["1 万kWh 电力 = 1.229 tce", 1, "电力", "万kWh", undefined, 1.229],
    // 1 GJ = 1000 MJ × 0.03412 kgce/MJ = 34.12 kgce = 0.03412 tce
    ["1 GJ 热力 = 0.03412 tce", 1, "热力", "GJ", undefined, 0.03412],
    // 1 t × 1457.1 kgce/t = 1.4571 tce
    ["1 t 柴油 = 1.4571 tce", 1, "柴油", "t", undefined, 1.4571],
    // coefficient override in kgce per unit given: 10 t steam × 128.6 kgce/t = 1286 kgce = 1.286 tce
    ["蒸汽 with a coefficient: 10 t × 128.6 kgce/t = 1.286 tce", 10, "蒸汽", "t", 128.6, 1.286],
    // override on a carrier with a default: 1 t 原煤 × 800 kgce/t = 0.8 tce
    ["override wins: 1 t 原煤 × 800 kgce/t = 0.8 tce", 1, "原煤", "t", 800, 0.8],
    ["zero quantity = 0", 0, "原煤", "t", undefined, 0],
    ["negative quantity (a saving) = −0.7143 tce", -1, "原煤", "t", undefined, -0.7143],
    ["carrier by English alias", 1, "natural gas", "万m³", undefined, 12.143],
  ])("%s", (_name, q, carrier, unit, coefficient, expected) => {
    expectNumber(toStandardCoal(q, carrier, unit, coefficient), expected);
  });

  test.each<[string, unknown, unknown, unknown, unknown, Reason]>([
    ["steam has no default coefficient", 10, "蒸汽", "t", undefined, "no-default"],
    ["electricity 等价值 has no default", 1, "电力(等价值)", "kWh", undefined, "no-default"],
    ["water has no default", 1, "新水", "t", undefined, "no-default"],
    ["unknown carrier", 1, "unobtainium", "t", undefined, "unknown-id"],
    ["missing carrier", 1, "", "t", undefined, "missing-input"],
    ["carrier not text", 1, 42, "t", undefined, "invalid-input"],
    ["unknown unit", 1, "原煤", "bushel", undefined, "unknown-id"],
    ["unit of another dimension: 原煤 in kWh", 1, "原煤", "kWh", undefined, "invalid-input"],
    ["negative coefficient", 1, "蒸汽", "t", -5, "invalid-input"],
    ["missing quantity", null, "原煤", "t", undefined, "missing-input"],
  ])("%s → %s", (_name, q, carrier, unit, coefficient, reason) => {
    expectReason(toStandardCoal(q, carrier, unit, coefficient), reason);
  });
});

describe("totalStandardCoal (energy_total of the park data file, docs/data-file.md and docs/templates.md)", () => {
  test("0.7143 + 12.143 + 1.229 = 14.0863 tce", () => {
    expectNumber(
      totalStandardCoal([
        { quantity: 1, carrier: "原煤", unit: "t" },
        { quantity: 1, carrier: "天然气", unit: "万m³" },
        { quantity: 10000, carrier: "电力", unit: "kWh" },
      ]),
      14.0863,
    );
  });
  test("an empty quantity is a carrier not used: 0.7143 + 0 = 0.7143", () => {
    expectNumber(
      totalStandardCoal([
        { quantity: 1, carrier: "原煤", unit: "t" },
        { quantity: null, carrier: "天然气" },
      ]),
      0.7143,
    );
  });
  test("all quantities empty → missing", () =>
    expectReason(totalStandardCoal([{ quantity: null, carrier: "原煤" }]), "missing-input"));
  test("a carrier without default → no-default", () => {
    expectReason(
      totalStandardCoal([
        { quantity: 1, carrier: "原煤", unit: "t" },
        { quantity: 1, carrier: "蒸汽", unit: "t" },
      ]),
      "no-default",
    );
  });
  test("not a list → invalid", () => expectReason(totalStandardCoal("x" as never), "invalid-input"));
});

describe("toCo2 (GREEN.CO2, GB/T 32150-2015)", () => {
  test.each<[string, unknown, string, unknown, unknown, unknown, number]>([
    // 1000 MWh × 0.5306 t/MWh = 530.6 t
    ["1000 MWh at national-2023 = 530.6 t", 1000, "电力", "MWh", "national-2023", undefined, 530.6],
    // default set = newest national average (2023)
    ["default factor set is national-2023", 1000, "电力", "MWh", undefined, undefined, 530.6],
    // 1 000 000 kWh = 1000 MWh → 530.6 t
    ["1 000 000 kWh at the default = 530.6 t", 1000000, "电力", undefined, undefined, undefined, 530.6],
    // 1000 MWh × 0.5703 = 570.3 t
    ["carbon-market factor: 1000 MWh × 0.5703 = 570.3 t", 1000, "电力", "MWh", "market-2022", undefined, 570.3],
    // 1000 MWh × 0.6776 (华北 2022) = 677.6 t
    ["华北-2022 via the English id: 1000 × 0.6776 = 677.6 t", 1000, "电力", "MWh", "north-2022", undefined, 677.6],
    // 1 t × 42.652 GJ/t × 0.0202 tC/GJ × 0.98 × 44/12 = 0.86157 × 0.98 × 3.66667 = 3.095910 t
    ["diesel 1 t = 42.652 × 0.0202 × 0.98 × 44/12 = 3.09591 t", 1, "柴油", "t", undefined, undefined, 3.095909637],
    // 1000 kg = 1 t → the same 3.09591 t
    ["diesel in its native kg: 1000 kg = 3.09591 t", 1000, "柴油", undefined, undefined, undefined, 3.095909637],
    // 1 万m³ × 389.31 GJ/万m³ × 0.0153 × 0.99 × 44/12 = 21.62189 t
    [
      "natural gas 1 万m³ = 389.31 × 0.0153 × 0.99 × 44/12 = 21.6219 t",
      1,
      "天然气",
      "万m³",
      undefined,
      undefined,
      21.62188809,
    ],
    // 100 GJ × 0.11 = 11 t
    ["heat 100 GJ × 0.11 = 11 t", 100, "热力", "GJ", undefined, undefined, 11],
    // factor override: 10 t × 2.5 t CO₂/t = 25 t (coal types have no default)
    ["原煤 with a factor: 10 t × 2.5 = 25 t", 10, "原煤", "t", undefined, 2.5, 25],
    ["factor set ignored for fuels: diesel 1 t", 1, "柴油", "t", "national-2021", undefined, 3.095909637],
    ["negative quantity: −1000 MWh = −530.6 t", -1000, "电力", "MWh", undefined, undefined, -530.6],
  ])("%s", (_name, q, carrier, unit, set, factor, expected) => {
    expectNumber(toCo2(q, carrier, unit, set, factor), expected, 5);
  });

  test.each<[string, unknown[], Reason]>([
    ["coal types have no silent default", [10, "原煤", "t"], "no-default"],
    ["steam has no default", [10, "蒸汽", "t"], "no-default"],
    ["unknown factor set", [1000, "电力", "MWh", "mars-2023"], "unknown-id"],
    ["factor set not text", [1000, "电力", "MWh", 2023], "invalid-input"],
    ["electricity in GJ", [1, "电力", "GJ"], "invalid-input"],
    ["diesel in m³ (NCV is per t)", [1, "柴油", "m³"], "invalid-input"],
    ["unknown carrier", [1, "plasma"], "unknown-id"],
    ["negative factor", [1, "原煤", "t", undefined, -2], "invalid-input"],
    ["missing quantity", [undefined, "电力"], "missing-input"],
    ["unknown unit", [1, "电力", "horsepower"], "unknown-id"],
  ])("%s → %s", (_name, a, reason) => expectReason(toCo2(a[0], a[1], a[2], a[3], a[4]), reason));

  test("the default factor set is the newest national average", () => {
    const set = readGridFactorSet(undefined);
    expect(set.ok && set.value.id).toBe("national-2023");
  });
});
