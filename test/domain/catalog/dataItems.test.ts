/** Data items against docs/data-file.md (ids, units, answer sets). */
import { DATA_ITEMS, findDataItem } from "../../../src/domain/catalog";

// docs/data-file.md table: id → unit
const AMOUNT_ITEMS: readonly [string, string][] = [
  ["va", "万元"],
  ["gross_output", "万元"],
  ["park_va", "万元"],
  ["hightech_output", "万元"],
  ["green_va", "万元"],
  ["service_va", "万元"],
  ["employees", "人"],
  ["energy_total", "tce"],
  ["energy_renewable", "tce"],
  ["energy_clean", "tce"],
  ["water_fresh", "m³"],
  ["water_reused", "m³"],
  ["water_reclaimed", "m³"],
  ["sewage_treated", "m³"],
  ["land_industrial", "km²"],
  ["area_park", "km²"],
  ["area_built", "km²"],
  ["area_bus_covered", "km²"],
  ["area_green", "km²"],
  ["sw_generated", "t"],
  ["sw_utilized", "t"],
  ["sw_stock_utilized", "t"],
  ["swh_generated", "t"],
  ["swh_treated", "t"],
  ["heat_available", "GJ"],
  ["heat_recovered", "GJ"],
  ["gas_recoverable", "万m³"],
  ["gas_recovered", "万m³"],
  ["recyclables_generated", "t"],
  ["recyclables_recovered", "t"],
  ["newind_floor", "m²"],
  ["newind_green_floor", "m²"],
  ["newpub_floor", "m²"],
  ["newpub_green_floor", "m²"],
  ["buses_total", "辆"],
  ["buses_green", "辆"],
  ["co2", "t"],
  ["electricity_export", "万kWh"],
  ["heat_export", "GJ"],
  ["co2_process", "t"],
  ["wastewater", "t"],
  ["cod", "t"],
  ["nh3n", "t"],
  ["so2", "t"],
  ["nox", "t"],
  ["air_good_days", "天"],
  ["air_valid_days", "天"],
  ["road_length", "km"],
  ["road_shaded_length", "km"],
  ["parking_area", "m²"],
  ["parking_shaded_area", "m²"],
];

// docs/data-file.md answer items
const ANSWER_ITEMS: readonly [string, readonly string[]][] = [
  ["sewage_facility", ["具备", "不具备"]],
  ["standards_system", ["完善", "基本完善", "不完善"]],
  ["green_plan", ["是", "否"]],
  ["info_platform", ["完善", "基本完善", "不完善"]],
];

describe("DATA_ITEMS (docs/data-file.md and docs/templates.md)", () => {
  it("holds exactly the items of docs/data-file.md and docs/templates.md", () => {
    const expected = [...AMOUNT_ITEMS.map(([id]) => id), ...ANSWER_ITEMS.map(([id]) => id)].sort();
    expect(DATA_ITEMS.map((d) => d.id).sort()).toEqual(expected);
  });

  it.each(AMOUNT_ITEMS)("%s is an amount in %s", (id, unit) => {
    const item = findDataItem(id);
    expect(item?.kind).toBe("amount");
    expect(item?.unit).toBe(unit);
    expect(item?.answers).toBeUndefined();
  });

  it.each(ANSWER_ITEMS)("%s is an answer among %j", (id, answers) => {
    const item = findDataItem(id);
    expect(item?.kind).toBe("answer");
    expect(item?.answers).toEqual(answers);
    expect(item?.answersEn).toHaveLength(answers.length);
  });

  it("has no share items: every percentage of §4.2 is computed by an indicator", () => {
    expect(DATA_ITEMS.filter((d) => d.kind === "share")).toEqual([]);
  });

  it("marks only energy_total as computed (from the energy block)", () => {
    expect(DATA_ITEMS.filter((d) => d.computed).map((d) => d.id)).toEqual(["energy_total"]);
  });

  it("finds items by id case-insensitively and by Chinese name", () => {
    expect(findDataItem("VA")?.id).toBe("va");
    expect(findDataItem("工业增加值")?.id).toBe("va");
    expect(findDataItem("nope")).toBeUndefined();
  });
});
