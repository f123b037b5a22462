import { holdsFormula, SheetBuilder } from "../../../src/domain/templates/builder";
import { planProblems } from "../../../src/domain/templates/validatePlan";

const options = {
  lang: "en-US" as const,
  mode: "native" as const,
  years: [2021, 2022, 2023, 2024] as [number, number, number, number],
  nameSuffix: "",
};

test("validation titles and messages are cut to Excel's 32 and 255 characters", () => {
  const b = new SheetBuilder("data", { zh: "数据", en: "Data" }, options);
  b.input(1, 1, null);
  b.validate({
    range: "B2",
    rule: { kind: "decimal", min: 0 },
    prompt: { title: "General industrial solid waste reduction (t/a)", message: "x".repeat(300) },
    error: { title: "e".repeat(40), message: "m" },
  });
  const plan = b.build();
  expect(plan.validations[0]!.prompt?.title).toBe("General industrial solid waste r");
  expect(plan.validations[0]!.prompt?.message).toHaveLength(255);
  expect(plan.validations[0]!.error.title).toHaveLength(32);
  expect(planProblems(plan)).toEqual([]);
});

test("a plan with a validation title over the limit is refused", () => {
  const plan = new SheetBuilder("data", { zh: "数据", en: "Data" }, options).build();
  const bad = {
    ...plan,
    validations: [{ range: "B2", rule: { kind: "decimal" as const }, error: { title: "t".repeat(33), message: "m" } }],
  };
  expect(planProblems(bad)).toEqual([expect.stringMatching(/validation text over Excel's limits/)]);
});

test("every planned row carries its row key in the hidden metadata column", () => {
  const b = new SheetBuilder("data", { zh: "数据", en: "Data" }, options);
  b.text(0, 0, "title", "T");
  b.text(3, 1, "label", "x");
  const plan = b.build();
  const meta = plan.hiddenColumns[0];
  expect(
    plan.cells.filter((c) => c.col === meta).map((c) => [c.row, c.key, c.key === "row-key" ? c.value : "json"]),
  ).toEqual([
    [0, "metadata", "json"],
    [3, "row-key", "#3"],
  ]);
});

test("a formula given as a function is made when first read in a review plan, at once otherwise", () => {
  let made = 0;
  const formula = () => {
    made += 1;
    return { native: "SUM(A1:A2)", custom: "GREEN.SUM(A1:A2)" };
  };
  const review = new SheetBuilder("options", { zh: "方案", en: "Options" }, { ...options, forReview: true });
  review.computed(1, 1, formula, 3, { key: "k" });
  const cell = review.build().cells.find((c) => c.key === "k");
  expect(made).toBe(0);
  expect(cell && holdsFormula(cell)).toBe(true);
  expect(made).toBe(0);
  expect(cell?.formula).toBe("SUM(A1:A2)");
  expect(cell?.formula).toBe("SUM(A1:A2)");
  expect(made).toBe(1);

  const written = new SheetBuilder("options", { zh: "方案", en: "Options" }, { ...options, mode: "custom" });
  written.computed(1, 1, formula, 3, { key: "k" });
  expect(made).toBe(2);
  const cells = written.build().cells;
  const plain = cells.find((c) => c.key === "k");
  expect(plain).toEqual({ row: 1, col: 1, role: "computed", formula: "GREEN.SUM(A1:A2)", cached: 3, key: "k" });
  expect(plain && holdsFormula(plain)).toBe(true);
  const label = cells.find((c) => c.key === "metadata");
  expect(label && holdsFormula(label)).toBe(false);
});
