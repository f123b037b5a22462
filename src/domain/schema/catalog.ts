/**
 * Zod schemas of the catalog records (src/domain/catalog/types.ts). Tests validate every catalog
 * table with them; the parameter sheet and the park data file reuse the smaller pieces.
 */
import { z } from "zod";
import type {
  BasicRequirementDef,
  CarrierDef,
  ChoiceDef,
  CpLevelDef,
  DataItemDef,
  GridFactorSet,
  IndicatorDef,
  MatrixColumnDef,
  MatrixGroupDef,
  OptionTypeDef,
  ParameterDef,
  Source,
  SynergyGradeDef,
  SynergyIndicatorDef,
  Text,
  UnitDef,
} from "../catalog";

const nonEmpty = z.string().trim().min(1);
/** A stable ASCII id: letters, digits, '-', '_' and '·'-free. */
const asciiId = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "ASCII id");
const finite = z.number().finite();
const positive = finite.positive();

export const sourceStatusSchema = z.enum(["confirmed", "to-confirm"]);

export const textSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty }) satisfies z.ZodType<Text>;

export const sourceSchema = z.strictObject({
  ref: textSchema,
  publisher: textSchema.optional(),
  status: sourceStatusSchema,
  note: textSchema.optional(),
  check: textSchema.optional(),
}) satisfies z.ZodType<Source>;
/** Text whose cells may be empty where the source text is empty (《工业园区减污降碳协同增效管控规范》表2 row 4). */
const looseTextSchema = z.strictObject({ zh: z.string(), en: z.string() });

export const indicatorGroupSchema = z.enum(["EG", "RG", "IG", "CG", "HG", "MG"]);
export const directionSchema = z.enum(["up", "down", "qualitative"]);
export const indicatorFlagSchema = z.enum(["mandatory", "optional"]);
const dataItemIdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "data item id");

export const indicatorFormulaSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("ratio"),
    numerator: dataItemIdSchema,
    denominator: z.array(dataItemIdSchema).min(1),
    optionalDenominator: z.array(dataItemIdSchema).min(1).optional(),
    scale: positive,
  }),
  z.strictObject({ kind: z.literal("answer"), item: dataItemIdSchema }),
  z.strictObject({ kind: z.literal("intensity-drop"), amount: dataItemIdSchema, output: dataItemIdSchema }),
  z.strictObject({
    kind: z.literal("elasticity"),
    pollutants: z.array(dataItemIdSchema).min(1),
    output: dataItemIdSchema,
  }),
]);

export const indicatorInputSchema = z.strictObject({
  items: z.array(dataItemIdSchema).min(1),
  year: z.enum(["current", "prev"]),
  optional: z.boolean().optional(),
});

export const indicatorSchema = z
  .strictObject({
    id: z.string().regex(/^(EG|RG|IG|CG|HG|MG)[0-9]{1,2}$/, "indicator id"),
    group: indicatorGroupSchema,
    number: z.number().int().min(1).max(31),
    name: textSchema,
    unit: nonEmpty,
    direction: directionSchema,
    lead: z.union([positive, nonEmpty]),
    flag: indicatorFlagSchema,
    formula: indicatorFormulaSchema,
    inputs: z.array(indicatorInputSchema).min(1),
    definition: textSchema,
    source: sourceSchema,
  })
  .refine((i) => i.id === `${i.group}${i.number}`, { message: "id must be group + number" })
  .refine((i) => (i.direction === "qualitative") === (typeof i.lead === "string"), {
    message: "a qualitative indicator has an answer as lead, a quantitative one a number",
  }) satisfies z.ZodType<IndicatorDef>;

export const dataItemSchema = z
  .strictObject({
    id: dataItemIdSchema,
    name: textSchema,
    unit: nonEmpty,
    kind: z.enum(["amount", "share", "answer"]),
    answers: z.array(nonEmpty).min(2).optional(),
    answersEn: z.array(nonEmpty).min(2).optional(),
    definition: textSchema,
    computed: z.boolean().optional(),
    source: sourceSchema,
  })
  .refine((d) => (d.kind === "answer") === (d.answers !== undefined), { message: "answers exactly for answer items" })
  .refine((d) => d.answersEn === undefined || d.answersEn.length === d.answers?.length, {
    message: "answersEn must parallel answers",
  }) satisfies z.ZodType<DataItemDef>;

export const unitDimensionSchema = z.enum(["mass", "volume", "electricity", "energy", "coal-equivalent"]);

export const unitSchema = z.strictObject({
  id: nonEmpty,
  name: textSchema,
  dimension: unitDimensionSchema,
  factor: positive,
  aliases: z.array(nonEmpty),
}) satisfies z.ZodType<UnitDef>;

export const carrierCo2Schema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("fuel"),
    ncv: positive,
    ncvBasis: z.enum(["t", "万m³"]),
    carbonContent: positive,
    oxidationRate: positive.max(1),
    source: sourceSchema,
  }),
  z.strictObject({ kind: z.literal("grid") }),
  z.strictObject({ kind: z.literal("heat") }),
]);

export const carrierSchema = z
  .strictObject({
    id: asciiId,
    name: textSchema,
    kind: z.enum(["solid", "liquid", "gas", "electricity", "heat", "steam", "water"]),
    aliases: z.array(nonEmpty),
    nativeUnit: nonEmpty,
    coefficient: positive.nullable(),
    coefficientRange: z.strictObject({ min: positive, max: positive }).optional(),
    coefficientSource: sourceSchema,
    co2: carrierCo2Schema.nullable(),
  })
  .refine(
    (c) =>
      c.coefficientRange === undefined ||
      (c.coefficient !== null && c.coefficientRange.min <= c.coefficient && c.coefficient <= c.coefficientRange.max),
    { message: "the default coefficient must lie in its published range" },
  ) satisfies z.ZodType<CarrierDef>;

export const gridRegionSchema = z.enum(["north", "northeast", "east", "central", "northwest", "south", "southwest"]);

export const gridFactorSetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z-]+-[0-9]{4}$/, "factor set name <kind|region>-<year>"),
    name: textSchema,
    kind: z.enum(["national", "national-excl-market", "fossil", "market", "regional"]),
    region: gridRegionSchema.optional(),
    year: z.number().int().min(2000).max(2100),
    value: positive.max(2),
    unit: z.literal("tCO2/MWh"),
    aliases: z.array(nonEmpty),
    source: sourceSchema,
  })
  .refine((s) => (s.kind === "regional") === (s.region !== undefined), {
    message: "region exactly for regional sets",
  }) satisfies z.ZodType<GridFactorSet>;

export const parameterSchema = z.strictObject({
  id: asciiId,
  name: textSchema,
  value: finite.nullable(),
  unit: nonEmpty,
  source: sourceSchema,
}) satisfies z.ZodType<ParameterDef>;

export const basicRequirementSchema = z.strictObject({
  id: z.string().regex(/^BR[1-8]$/),
  number: z.number().int().min(1).max(8),
  text: textSchema,
  mandatory: z.boolean(),
  answers: z.array(z.enum(["符合", "不符合"])).length(2),
  source: sourceSchema,
}) satisfies z.ZodType<BasicRequirementDef>;

export const matrixGroupIdSchema = z.enum([
  "source-substitution",
  "process-innovation",
  "end-of-pipe",
  "environmental-management",
]);

export const matrixGroupSchema = z.strictObject({
  id: matrixGroupIdSchema,
  name: textSchema,
  source: sourceSchema,
}) satisfies z.ZodType<MatrixGroupDef>;

export const optionTypeSchema = z.strictObject({
  id: asciiId,
  name: textSchema,
  group: matrixGroupIdSchema.nullable(),
  source: sourceSchema,
}) satisfies z.ZodType<OptionTypeDef>;

export const choiceSchema = z.strictObject({
  id: asciiId,
  name: textSchema,
  aliases: z.array(nonEmpty),
  source: sourceSchema,
}) satisfies z.ZodType<ChoiceDef>;

export const matrixColumnSchema = z
  .strictObject({
    id: asciiId,
    name: textSchema,
    category: z.enum(["pollutant", "resource", "energy-total"]),
    unit: nonEmpty,
    amountUnit: nonEmpty,
    carrier: asciiId.optional(),
    countsInEnergyTotal: z.boolean(),
    source: sourceSchema,
  })
  .refine((c) => !c.countsInEnergyTotal || c.carrier !== undefined, {
    message: "an energy saving needs its carrier",
  }) satisfies z.ZodType<MatrixColumnDef>;

export const synergyIndicatorSchema = z
  .strictObject({
    id: z.string().regex(/^SY[1-5]-[0-9]+$/),
    table: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
    row: z.number().int().min(1),
    category: textSchema,
    name: textSchema,
    description: looseTextSchema,
    unit: nonEmpty,
    direction: z.enum(["up", "down"]),
    main: z.boolean().optional(),
    target: finite.nullable(),
    basic: finite.nullable(),
    link: z
      .union([
        z.strictObject({ kind: z.literal("item"), item: nonEmpty }),
        z.strictObject({ kind: z.literal("per-output"), item: nonEmpty }),
        z.strictObject({ kind: z.literal("indicator"), indicator: nonEmpty }),
      ])
      .optional(),
    source: sourceSchema,
  })
  .refine((s) => s.id === `SY${s.table}-${s.row}`, {
    message: "id must be SY<table>-<row>",
  }) satisfies z.ZodType<SynergyIndicatorDef>;

export const cpLevelSchema = z.strictObject({
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  label: z.enum(["I级", "II级", "III级", "未达III级"]),
  name: textSchema,
  source: sourceSchema,
}) satisfies z.ZodType<CpLevelDef>;

export const synergyGradeSchema = z.strictObject({
  id: z.enum(["excellent", "pass", "needs-improvement"]),
  label: z.enum(["优良", "合格", "需改进"]),
  name: textSchema,
  rule: textSchema,
  source: sourceSchema,
}) satisfies z.ZodType<SynergyGradeDef>;
