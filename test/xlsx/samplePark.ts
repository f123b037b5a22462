/** The shipped sample park (examples/sample-park.json), read as the command line reads it, and its workbook's plans. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../src/domain/text";
import { parseParkData, type ParkDataFile } from "../../src/domain/schema/parkData";
import { optionsFromParkData } from "../../src/domain/schema/parkDataOptions";
import type { TemplateOptions } from "../../src/domain/templates/context";
import type { SheetPlan } from "../../src/domain/templates/sheetPlan";
import { TEMPLATES } from "../../src/domain/templates/specs";

export const SAMPLE_PARK: ParkDataFile = (() => {
  const parsed = parseParkData(readFileSync(join(__dirname, "../../examples/sample-park.json"), "utf8"));
  if (!parsed.ok) throw new Error("examples/sample-park.json does not parse");
  return parsed.data;
})();

/** Every template filled from the sample, as `green-audit template --data examples/sample-park.json` builds them. */
export function sampleParkPlans(lang: Lang): SheetPlan[] {
  const options: TemplateOptions = {
    lang,
    mode: "native",
    years: SAMPLE_PARK.years as [number, number, number, number],
    nameSuffix: "",
    ...optionsFromParkData(SAMPLE_PARK),
  };
  return TEMPLATES.map((t) => t.build(options));
}
