/** Scalar parameters changed in the parameter sheet (score cap, full score, threshold) are followed, not flagged. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reviewWorkbook } from "../../../src/domain/review";
import { TEMPLATES } from "../../../src/domain/templates/specs";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { planToXlsx } from "../../../src/xlsx/writePlan";

test("a changed score cap, full score and cost-class threshold give one info each and no error", async () => {
  const data = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "examples", "sample-park.json"), "utf8"));
  const options = {
    lang: "zh-CN" as const,
    mode: "native" as const,
    years: data.years,
    nameSuffix: "",
    data,
    parameterValues: { "full-score": 90, "score-cap": 110, "cost-class-threshold": 20 },
  };
  const report = reviewWorkbook(await readSnapshot(await planToXlsx(TEMPLATES.map((t) => t.build(options)))));
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  const changed = report.findings.filter((f) => f.code === "parameter-changed");
  expect(changed).toHaveLength(3);
  expect(changed.every((f) => f.sheet === "参数")).toBe(true);
});
