/**
 * The metadata record every template sheet carries in the cell named `GREEN_META_<templateId><suffix>`
 * (templates/builder.ts): read back by the review (docs/review-codes.md), validated here so a damaged or foreign record
 * becomes one finding instead of a crash. zod/mini: this schema is bundled into the task pane.
 */
import * as z from "zod/mini";
import { TEMPLATE_IDS, type TemplateId } from "../templates/sheetPlan";

const year = z.number().check(z.int());

export const templateMetadataSchema = z.object({
  product: z.literal("GreenAudit"),
  version: z.number().check(z.int(), z.minimum(1)),
  templateId: z.enum(TEMPLATE_IDS),
  lang: z.enum(["zh-CN", "en-US"]),
  mode: z.enum(["native", "custom"]),
  years: z.tuple([year, year, year, year]),
  nameSuffix: z.string(),
  regions: z.optional(z.array(z.object({ id: z.string(), range: z.string() }))),
  /** list templates (options, targets): the number of list rows written */
  capacity: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100000))),
});

export type TemplateMetadata = z.infer<typeof templateMetadataSchema> & { readonly templateId: TemplateId };

export type MetadataParse =
  { readonly ok: true; readonly metadata: TemplateMetadata } | { readonly ok: false; readonly problem: string };

/** Parses the JSON text of a metadata cell; never throws. */
export function parseTemplateMetadata(text: unknown): MetadataParse {
  if (typeof text !== "string") return { ok: false, problem: "the metadata cell holds no text" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "the metadata cell is not JSON" };
  }
  const result = templateMetadataSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, problem: `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, metadata: result.data as TemplateMetadata };
}
