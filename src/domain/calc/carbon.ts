/**
 * CO₂ of energy use (docs/templates.md#standard-coal-and-co2): fuel q × NCV × CC × OF × 44/12 (GB/T 32150 form); electricity
 * MWh × grid factor; heat GJ × the heat factor.
 */
import { DEFAULT_GRID_FACTOR_SET, findGridFactorSet, findUnit, HEAT_CO2_FACTOR } from "../catalog";
import type { CarrierCo2, CarrierDef, GridFactorSet, UnitDef } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAmount, type NumberInput } from "./inputs";
import { readCarrierQuantity } from "./energy";
import { conversionFactor } from "./units";
import { standardCarbonToCo2 } from "./standards";

/** A grid factor set by docs/functions.md name; empty gives the newest national average. */
export function readGridFactorSet(factorSet: unknown): Outcome<GridFactorSet> {
  if (isMissing(factorSet)) return value(DEFAULT_GRID_FACTOR_SET);
  if (typeof factorSet !== "string") return failure("invalid-input", "factor set is not text");
  const found = findGridFactorSet(factorSet);
  return found ? value(found) : failure("unknown-id", `unknown factor set ${factorSet}`);
}

/** The quantity expressed in a unit named by the catalog (MWh, GJ, an NCV basis). */
function quantityIn(q: number, unit: UnitDef, target: string): Outcome<number> {
  const to = findUnit(target);
  if (!to) return failure("unknown-id", `the catalog has no unit ${target}`);
  const factor = conversionFactor(unit, to);
  return factor.ok ? value(q * factor.value) : factor;
}

/** Electricity: MWh × grid factor (t CO₂/MWh). */
function gridCo2(q: number, unit: UnitDef, factorSet: unknown): Outcome<number> {
  const set = readGridFactorSet(factorSet);
  if (!set.ok) return set;
  const mwh = quantityIn(q, unit, "MWh");
  return mwh.ok ? finite(mwh.value * set.value.value) : mwh;
}

/** Heat: GJ × HEAT_CO2_FACTOR (t CO₂/GJ). */
function heatCo2(q: number, unit: UnitDef): Outcome<number> {
  const factor = HEAT_CO2_FACTOR.value;
  if (factor === null) return failure("no-default", "the catalog has no heat CO₂ factor");
  const gj = quantityIn(q, unit, "GJ");
  return gj.ok ? finite(gj.value * factor) : gj;
}

type FuelCo2 = Extract<CarrierCo2, { kind: "fuel" }>;

/** Fuel: quantity (in the NCV basis) × NCV × CC × OF × 44/12. */
function fuelCo2(q: number, unit: UnitDef, fuel: FuelCo2): Outcome<number> {
  const basis = quantityIn(q, unit, fuel.ncvBasis);
  const carbonToCo2 = standardCarbonToCo2();
  if (!basis.ok) return basis;
  if (!carbonToCo2.ok) return carbonToCo2;
  return finite(basis.value * fuel.ncv * fuel.carbonContent * fuel.oxidationRate * carbonToCo2.value);
}

function defaultCo2(q: number, unit: UnitDef, carrier: CarrierDef, factorSet: unknown): Outcome<number> {
  const co2 = carrier.co2;
  if (co2 === null)
    return failure("no-default", `${carrier.id} has no default CO₂ factor: give one in t CO₂ per ${unit.id}`);
  switch (co2.kind) {
    case "grid":
      return gridCo2(q, unit, factorSet);
    case "heat":
      return heatCo2(q, unit);
    case "fuel":
      return fuelCo2(q, unit, co2);
  }
}

/**
 * GREEN.CO2: tonnes CO₂ (docs/templates.md#standard-coal-and-co2). `unit` defaults to the carrier's native unit; `factorSet` applies
 * to electricity (default the newest national average); `factor` in t CO₂ per `unit` overrides all
 * defaults and is required where the catalog has none (coal types, steam: "no-default"). Linear in
 * the quantity: a negative quantity gives negative CO₂.
 */
export function toCo2(
  quantity: NumberInput,
  carrier: unknown,
  unit?: unknown,
  factorSet?: unknown,
  factor?: NumberInput,
): Outcome<number> {
  const read = readCarrierQuantity(quantity, carrier, unit);
  if (!read.ok) return read;
  const { quantity: q, carrier: c, unit: u } = read.value;
  if (!isMissing(factor)) {
    const perUnit = readAmount(factor, "factor");
    return perUnit.ok ? finite(q * perUnit.value) : perUnit;
  }
  return defaultCo2(q, u, c, factorSet);
}
