/**
 * Unit conversion over the catalog's unit table (docs/templates.md#standard-coal-and-co2: t, kg, m³, 万m³, kWh, 万kWh, MWh, GJ, MJ).
 */
import { findUnit } from "../catalog";
import type { UnitDef } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readNumber, type NumberInput } from "./inputs";

/** A unit by symbol or alias; empty is missing, anything unknown is "unknown-id". */
export function readUnit(unit: unknown, name: string): Outcome<UnitDef> {
  if (isMissing(unit)) return failure("missing-input", `${name} is missing`);
  if (typeof unit !== "string") return failure("invalid-input", `${name} is not text`);
  const found = findUnit(unit);
  return found ? value(found) : failure("unknown-id", `unknown unit ${unit}`);
}

/** Factor from one unit to another of the same dimension (electricity never converts to GJ). */
export function conversionFactor(from: UnitDef, to: UnitDef): Outcome<number> {
  if (from.dimension !== to.dimension) {
    return failure("invalid-input", `${from.id} (${from.dimension}) does not convert to ${to.id} (${to.dimension})`);
  }
  return value(from.factor / to.factor);
}

/** A quantity in `fromUnit` expressed in `toUnit`. Signs pass through (a saving may be negative). */
export function convertQuantity(quantity: NumberInput, fromUnit: unknown, toUnit: unknown): Outcome<number> {
  const q = readNumber(quantity, "quantity");
  const from = readUnit(fromUnit, "from unit");
  const to = readUnit(toUnit, "to unit");
  if (!q.ok) return q;
  if (!from.ok) return from;
  if (!to.ok) return to;
  const factor = conversionFactor(from.value, to.value);
  return factor.ok ? finite(q.value * factor.value) : factor;
}
