import { mandatoryInputYears } from "../../../src/domain/calc";

test("the data items the mandatory indicators need, by year (附件2-1-2 flags, docs/data-file.md inputs)", () => {
  const need = mandatoryInputYears();
  // va: EG1/RG4/… in years 1–3, and HG22/HG24 read the previous year, so the base year too
  expect([...(need.get("va") ?? [])].sort()).toEqual([0, 1, 2, 3]);
  // HG24 (mandatory) reads each pollutant in the year and the year before
  expect([...(need.get("cod") ?? [])].sort()).toEqual([0, 1, 2, 3]);
  // EG2 reads energy_renewable in the evaluation years only
  expect([...(need.get("energy_renewable") ?? [])].sort()).toEqual([1, 2, 3]);
  // RG6's 综合利用往年贮存量 is optional (0 when empty); IG13 is an optional indicator
  expect(need.has("sw_stock_utilized")).toBe(false);
  expect(need.has("newind_floor")).toBe(false);
});
