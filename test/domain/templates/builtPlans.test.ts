/** The plans built once per options (templates/builtPlans.ts), which the review and the summary share. */
import { builtPlan } from "../../../src/domain/templates/builtPlans";
import { indicatorsTemplate } from "../../../src/domain/templates/specs/indicators";
import { summaryTemplate } from "../../../src/domain/templates/specs/summary";
import { sampleOptions } from "../review/reviewFixtures";

test("a plan is built once per options object, and again for other options", () => {
  const options = sampleOptions();
  const first = builtPlan(summaryTemplate, options);
  expect(builtPlan(summaryTemplate, options)).toBe(first);
  const other = builtPlan(summaryTemplate, sampleOptions());
  expect(other).not.toBe(first);
  expect(other).toEqual(first);
});

test("the summary reads its figures from the plans built of the other sheets with the same options", () => {
  const options = sampleOptions();
  const build = jest.spyOn(indicatorsTemplate, "build");
  try {
    const summary = builtPlan(summaryTemplate, options);
    const indicators = builtPlan(indicatorsTemplate, options);
    expect(build).toHaveBeenCalledTimes(1);
    // the summary's total of year 1 is the indicators sheet's
    const total = indicators.cells.find((c) => c.key === "total:1")?.cached;
    expect(typeof total).toBe("number");
    expect(summary.cells.some((c) => c.cached === total)).toBe(true);
  } finally {
    build.mockRestore();
  }
});
