/**
 * Invariants (docs/architecture.md testing ladder, rung 1): scores stay in [0, cap], scores are monotone in the
 * value, no function throws for any input, NPV at the IRR is 0, tce is additive over carriers.
 */
import fc from "fast-check";
import * as calc from "../../../src/domain/calc";
import { findIndicator, INDICATORS } from "../../../src/domain/catalog";

const anything = fc.anything({ withBigInt: false });
const messyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, "", "x", 0, -0, 1e308, -1e308, 1e-308),
);
const arg = fc.oneof(anything, messyNumber, fc.array(messyNumber, { maxLength: 6 }));

describe("scores (docs/templates.md scores)", () => {
  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
  const cap = fc.double({ min: 0, max: 1000, noNaN: true });

  test("every score lies in [0, cap]", () => {
    fc.assert(
      fc.property(fc.constantFrom("up", "down"), finite, positive, cap, (direction, v, lead, c) => {
        const score = calc.scoreIndicator(direction, v, lead, c);
        return score.ok && score.value >= 0 && score.value <= c;
      }),
    );
  });

  test("↑ scores rise (weakly) with the value, ↓ scores fall (weakly) with a positive value", () => {
    fc.assert(
      fc.property(finite, finite, positive, (a, b, lead) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const up = [calc.scoreIndicator("up", lo, lead), calc.scoreIndicator("up", hi, lead)];
        const down = [
          calc.scoreIndicator("down", Math.abs(lo) + 1e-9, lead),
          calc.scoreIndicator("down", Math.abs(lo) + Math.abs(hi - lo) + 1e-9, lead),
        ];
        return (
          up[0]!.ok &&
          up[1]!.ok &&
          up[0]!.value <= up[1]!.value &&
          down[0]!.ok &&
          down[1]!.ok &&
          down[0]!.value >= down[1]!.value
        );
      }),
    );
  });

  test("the total lies between the smallest and the largest evaluated score", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            score: fc.double({ min: 0, max: 120, noNaN: true }),
            weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
          }),
          { minLength: 1, maxLength: 31 },
        ),
        (rows) => {
          const total = calc.totalScore(rows.map((r) => ({ ...r, evaluated: true })));
          const scores = rows.map((r) => r.score);
          return total.ok && total.value >= Math.min(...scores) - 1e-9 && total.value <= Math.max(...scores) + 1e-9;
        },
      ),
    );
  });
});

describe("economics (docs/templates.md economics)", () => {
  test("NPV at the IRR is 0 (to a relative 1e-6 of the investment)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (investment, savingShare, years, tax) => {
          const saving = investment * savingShare;
          const irr = calc.internalRateOfReturn(investment, saving, years, tax);
          if (!irr.ok) return irr.reason === "no-convergence";
          const npv = calc.netPresentValue(investment, saving, years, irr.value, tax);
          return npv.ok && Math.abs(npv.value) <= 1e-6 * investment;
        },
      ),
    );
  });

  test("NPV falls as the discount rate rises (positive cash flow)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const npvLo = calc.netPresentValue(10, 2, 10, lo);
          const npvHi = calc.netPresentValue(10, 2, 10, hi);
          return npvLo.ok && npvHi.ok && npvLo.value >= npvHi.value - 1e-12;
        },
      ),
    );
  });
});

describe("standard coal (GB/T 2589-2020 附录A)", () => {
  const carriers = fc.constantFrom("原煤", "洗精煤", "焦炭", "柴油", "汽油", "天然气", "高炉煤气", "电力", "热力");
  const quantity = fc.double({ min: 0, max: 1e7, noNaN: true });

  test("tce is additive over carriers: Σ of rows = total", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ carrier: carriers, quantity }), { minLength: 1, maxLength: 8 }), (rows) => {
        const total = calc.totalStandardCoal(rows);
        const parts = rows.map((r) => calc.toStandardCoal(r.quantity, r.carrier));
        const sum = parts.reduce((s, p) => s + (p.ok ? p.value : NaN), 0);
        return total.ok && Math.abs(total.value - sum) <= 1e-9 * Math.max(1, Math.abs(sum));
      }),
    );
  });

  test("tce is additive in the quantity: tce(a + b) = tce(a) + tce(b)", () => {
    fc.assert(
      fc.property(carriers, quantity, quantity, (carrier, a, b) => {
        const whole = calc.toStandardCoal(a + b, carrier);
        const left = calc.toStandardCoal(a, carrier);
        const right = calc.toStandardCoal(b, carrier);
        return (
          whole.ok &&
          left.ok &&
          right.ok &&
          Math.abs(whole.value - left.value - right.value) <= 1e-9 * Math.max(1, whole.value)
        );
      }),
    );
  });

  test("unit conversion round-trips", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["t", "kg"], ["万m³", "m³"], ["MWh", "万kWh"], ["GJ", "MJ"]),
        quantity,
        ([a, b], q) => {
          const there = calc.convertQuantity(q, a, b);
          const back = there.ok ? calc.convertQuantity(there.value, b, a) : there;
          return back.ok && Math.abs(back.value - q) <= 1e-9 * Math.max(1, q);
        },
      ),
    );
  });
});

describe("no function throws, whatever it is given (docs/functions.md)", () => {
  /** An Outcome: a failure with a reason, or a value that is not an infinite or NaN number. */
  const isOutcome = (o: unknown): boolean => {
    if (typeof o !== "object" || o === null || !("ok" in o)) return false;
    const outcome = o as { ok: unknown; value?: unknown; reason?: unknown };
    if (outcome.ok !== true) return typeof outcome.reason === "string";
    return typeof outcome.value !== "number" || Number.isFinite(outcome.value);
  };

  const functions: readonly [string, (...args: unknown[]) => unknown][] = [
    ["rate", (a, b, c) => calc.rate(a, b, c as boolean)],
    ["reduction", (a, b) => calc.reduction(a, b)],
    ["reductionRate", (a, b) => calc.reductionRate(a, b)],
    ["intensity", (a, b) => calc.intensity(a, b)],
    ["intensityDrop", (a, b, c, d) => calc.intensityDrop(a, b, c, d)],
    ["averageAnnualDrop", (a, b, c) => calc.averageAnnualDrop(a, b, c)],
    ["elasticity", (a, b, c, d, e) => calc.elasticity(a, b, c, d, e)],
    ["convertQuantity", (a, b, c) => calc.convertQuantity(a, b, c)],
    ["toStandardCoal", (a, b, c, d) => calc.toStandardCoal(a, b, c, d)],
    ["toCo2", (a, b, c, d, e) => calc.toCo2(a, b, c, d, e)],
    ["scoreIndicator", (a, b, c, d) => calc.scoreIndicator(a, b as number, c as number, d)],
    ["parseDirection", (a) => calc.parseDirection(a)],
    ["targetMet", (a, b, c) => calc.targetMet(a, b, c)],
    ["synergyGrade", (a, b, c, d, e) => calc.synergyGrade(a, b, c, d, e)],
    ["cpIndex", (a, b, c) => calc.cpIndex(a, b, c)],
    ["cpLevel", (a, b, c, d, e, f) => calc.cpLevel(a, b, c, d, e, f, a)],
    ["optionCashFlow", (a, b, c, d) => calc.optionCashFlow(a, b, c, d)],
    ["paybackPeriod", (a, b, c, d) => calc.paybackPeriod(a, b, c, d)],
    ["netPresentValue", (a, b, c, d, e, f) => calc.netPresentValue(a, b, c, d, e, f)],
    ["netPresentValueRatio", (a, b, c, d, e, f) => calc.netPresentValueRatio(a, b, c, d, e, f)],
    ["internalRateOfReturn", (a, b, c, d, e) => calc.internalRateOfReturn(a, b, c, d, e)],
    ["costClass", (a, b) => calc.costClass(a, b)],
    ["totalStandardCoal", (a) => calc.totalStandardCoal(a as never)],
    ["totalScore", (a) => calc.totalScore(a as never)],
    ["totalScore of odd rows", (a, b) => calc.totalScore([a, { score: b, evaluated: true }] as never)],
    ["groupSubtotals", (a, b) => calc.groupSubtotals([a, { group: "EG", score: b, evaluated: true }] as never)],
    ["cpAssessment", (a, b, c, d, e, f) => calc.cpAssessment(a, b, c, d, e, f, b)],
    ["indicatorValue of a non-definition", (a, b) => calc.indicatorValue(a as never, b as never)],
    [
      "indicatorFromInputs",
      (a, b, c, d) =>
        calc.indicatorFromInputs(
          INDICATORS[typeof d === "number" && Number.isFinite(d) ? Math.abs(Math.trunc(d)) % 31 : 0]!,
          [a, b, c],
        ),
    ],
    ["evaluatePark", (a) => calc.evaluatePark(a as never)],
    [
      "evaluatePark of odd records",
      (a, b, c) =>
        calc.evaluatePark({ years: [1, 2], values: { va: a, energy_total: b }, energy: c } as never, b as never),
    ],
    [
      "evaluatePark of odd energy rows",
      (a, b) => calc.evaluatePark({ years: [1, 2], values: {}, energy: [a, { carrier: "原煤", values: b }] } as never),
    ],
  ];

  test.each(functions)("%s returns an Outcome for any arguments", (_name, run) => {
    fc.assert(
      fc.property(arg, arg, arg, arg, arg, arg, (a, b, c, d, e, f) => isOutcome(run(a, b, c, d, e, f))),
      { numRuns: 300 },
    );
  });

  test("every indicator returns an Outcome for messy numeric inputs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATORS.map((i) => i.id)), fc.array(arg, { maxLength: 5 }), (id, args) => {
        const def = findIndicator(id);
        return def !== undefined && isOutcome(calc.indicatorFromInputs(def, args));
      }),
      { numRuns: 500 },
    );
  });

  test("evaluatePark with random year values returns an Outcome", () => {
    const items = ["va", "energy_total", "co2", "cod", "sewage_facility", "water_fresh", "water_reused"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...items), fc.array(messyNumber, { minLength: 4, maxLength: 4 })), {
          maxLength: 7,
        }),
        (entries) => {
          const values = Object.fromEntries(entries) as Record<string, (number | null)[]>;
          return isOutcome(calc.evaluatePark({ years: [1, 2, 3, 4], values }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
