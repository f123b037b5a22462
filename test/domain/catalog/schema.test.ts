/** Every catalog record validates against its zod schema; ids and look-up names are unique. */
import type { z } from "zod";
import * as catalog from "../../../src/domain/catalog";
import { duplicateKeys } from "../../../src/domain/catalog/lookup";
import * as schema from "../../../src/domain/schema/catalog";

const TABLES: readonly [string, readonly unknown[], z.ZodType][] = [
  ["INDICATORS", catalog.INDICATORS, schema.indicatorSchema],
  ["DATA_ITEMS", catalog.DATA_ITEMS, schema.dataItemSchema],
  ["UNITS", catalog.UNITS, schema.unitSchema],
  ["CARRIERS", catalog.CARRIERS, schema.carrierSchema],
  ["GRID_FACTOR_SETS", catalog.GRID_FACTOR_SETS, schema.gridFactorSetSchema],
  ["PARAMETERS", [...catalog.PARAMETERS, catalog.HEAT_CO2_FACTOR], schema.parameterSchema],
  ["BASIC_REQUIREMENTS", catalog.BASIC_REQUIREMENTS, schema.basicRequirementSchema],
  ["MATRIX_GROUPS", catalog.MATRIX_GROUPS, schema.matrixGroupSchema],
  ["OPTION_TYPES", catalog.OPTION_TYPES, schema.optionTypeSchema],
  ["OPTION_LEVELS", catalog.OPTION_LEVELS, schema.choiceSchema],
  ["OPTION_STATUSES", catalog.OPTION_STATUSES, schema.choiceSchema],
  ["COST_CLASSES", catalog.COST_CLASSES, schema.choiceSchema],
  ["TARGET_TYPES", catalog.TARGET_TYPES, schema.choiceSchema],
  ["MATRIX_COLUMNS", catalog.MATRIX_COLUMNS, schema.matrixColumnSchema],
  ["SYNERGY_INDICATORS", catalog.SYNERGY_INDICATORS, schema.synergyIndicatorSchema],
  ["SYNERGY_GRADES", catalog.SYNERGY_GRADES, schema.synergyGradeSchema],
  ["CP_LEVELS", catalog.CP_LEVELS, schema.cpLevelSchema],
];

function idOf(record: unknown): string {
  const r = record as { id?: unknown; level?: unknown };
  return String(r.id ?? r.level);
}

describe("catalog records validate with their zod schemas", () => {
  it.each(TABLES)("%s", (_name, records, recordSchema) => {
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const result = recordSchema.safeParse(record);
      if (!result.success) throw new Error(`${idOf(record)}: ${result.error.message}`);
    }
  });

  it.each(TABLES)("%s ids are unique", (_name, records) => {
    const ids = records.map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("look-up names are unambiguous", () => {
  it.each([
    ["indicators", duplicateKeys(catalog.INDICATORS, (i) => [i.id, i.name.zh, i.name.en])],
    ["data items", duplicateKeys(catalog.DATA_ITEMS, (d) => [d.id, d.name.zh, d.name.en])],
    ["units", duplicateKeys(catalog.UNITS, (u) => [u.id, u.name.zh, ...u.aliases])],
    ["carriers", duplicateKeys(catalog.CARRIERS, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases])],
    ["grid factor sets", duplicateKeys(catalog.GRID_FACTOR_SETS, (s) => [s.id, s.name.zh, s.name.en, ...s.aliases])],
    ["option levels", duplicateKeys(catalog.OPTION_LEVELS, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases])],
    ["option statuses", duplicateKeys(catalog.OPTION_STATUSES, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases])],
    ["cost classes", duplicateKeys(catalog.COST_CLASSES, (c) => [c.id, c.name.zh, c.name.en, ...c.aliases])],
  ])("%s", (_name, duplicates) => {
    expect(duplicates).toEqual([]);
  });
});

describe("schemas reject bad records", () => {
  it("rejects an unknown key and a missing source", () => {
    const [first] = catalog.INDICATORS;
    expect(schema.indicatorSchema.safeParse({ ...first, extra: 1 }).success).toBe(false);
    const withoutSource: Record<string, unknown> = { ...first };
    delete withoutSource["source"];
    expect(schema.indicatorSchema.safeParse(withoutSource).success).toBe(false);
  });

  it("rejects an id that does not match group + number", () => {
    const [first] = catalog.INDICATORS;
    expect(schema.indicatorSchema.safeParse({ ...first, id: "EG2" }).success).toBe(false);
  });

  it("rejects a default coefficient outside its published range", () => {
    const cog = catalog.findCarrier("焦炉煤气");
    expect(schema.carrierSchema.safeParse({ ...cog, coefficient: 0.7 }).success).toBe(false);
  });

  it("rejects a status outside confirmed / to-confirm", () => {
    expect(schema.sourceSchema.safeParse({ ref: "x", status: "maybe" }).success).toBe(false);
  });
});
