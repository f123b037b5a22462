/**
 * Standard coal (docs/templates.md#standard-coal-and-co2; GB/T 2589, 1 kgce = 29 307 kJ): quantity × coefficient (kgce per unit)
 * expressed in tce.
 */
import { findCarrier, findUnit } from "../catalog";
import type { CarrierDef, UnitDef } from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readAmount, readNumber, type NumberInput } from "./inputs";
import { conversionFactor, readUnit } from "./units";

/** A carrier by id, Chinese or English name or alias (docs/functions.md "Functions also accept … carrier names"). */
export function readCarrier(carrier: unknown): Outcome<CarrierDef> {
  if (isMissing(carrier)) return failure("missing-input", "carrier is missing");
  if (typeof carrier !== "string") return failure("invalid-input", "carrier is not text");
  const found = findCarrier(carrier);
  return found ? value(found) : failure("unknown-id", `unknown carrier ${carrier}`);
}

/** The unit a quantity is given in: the one named, or the carrier's native unit. */
export function readQuantityUnit(unit: unknown, carrier: CarrierDef): Outcome<UnitDef> {
  return readUnit(isMissing(unit) ? carrier.nativeUnit : unit, "unit");
}

/** A quantity of a carrier in a unit (the carrier's native unit when none is named), all three checked. */
export interface CarrierQuantity {
  readonly quantity: number;
  readonly carrier: CarrierDef;
  readonly unit: UnitDef;
}

export function readCarrierQuantity(quantity: unknown, carrier: unknown, unit: unknown): Outcome<CarrierQuantity> {
  const q = readNumber(quantity, "quantity");
  const c = readCarrier(carrier);
  if (!q.ok) return q;
  if (!c.ok) return c;
  const u = readQuantityUnit(unit, c.value);
  return u.ok ? value({ quantity: q.value, carrier: c.value, unit: u.value }) : u;
}

/** kgce → tce, from the unit table (a definition of the units, not standard data). */
function kgceToTce(): Outcome<number> {
  const kgce = findUnit("kgce");
  const tce = findUnit("tce");
  if (!kgce || !tce) return failure("unknown-id", "the catalog has no kgce/tce units");
  return conversionFactor(kgce, tce);
}

/** kgce per 1 of `unit`: the override as given, else the catalog coefficient converted from the native unit. */
function coefficientPerUnit(carrier: CarrierDef, unit: UnitDef, coefficient: unknown): Outcome<number> {
  if (!isMissing(coefficient)) return readAmount(coefficient, "coefficient");
  if (carrier.coefficient === null) {
    return failure("no-default", `${carrier.id} has no default coefficient: give one in kgce per ${unit.id}`);
  }
  const native = readUnit(carrier.nativeUnit, "native unit");
  if (!native.ok) return native;
  const factor = conversionFactor(unit, native.value);
  return factor.ok ? value(factor.value * carrier.coefficient) : factor;
}

/**
 * GREEN.TCE: tonnes of standard coal (docs/templates.md#standard-coal-and-co2). `unit` defaults to the carrier's native unit;
 * `coefficient` (kgce per `unit`) overrides the catalog and is required where the catalog has none
 * ("no-default": steam, water, electricity 等价值). Linear in the quantity, so a negative quantity
 * (a saving reported as a change) gives a negative tce.
 */
export function toStandardCoal(
  quantity: NumberInput,
  carrier: unknown,
  unit?: unknown,
  coefficient?: NumberInput,
): Outcome<number> {
  const read = readCarrierQuantity(quantity, carrier, unit);
  if (!read.ok) return read;
  const perUnit = coefficientPerUnit(read.value.carrier, read.value.unit, coefficient);
  const toTce = kgceToTce();
  if (!perUnit.ok) return perUnit;
  if (!toTce.ok) return toTce;
  return finite(read.value.quantity * perUnit.value * toTce.value);
}

/** One carrier row of an energy balance. */
export interface EnergyUse {
  readonly quantity: NumberInput;
  readonly carrier: unknown;
  readonly unit?: unknown;
  readonly coefficient?: NumberInput;
}

/**
 * Σ tce over carriers (docs/data-file.md "energy_total is its sum in tce"). A row with an empty quantity is a
 * carrier not used that year; when every row is empty the total is missing.
 */
export function totalStandardCoal(uses: readonly EnergyUse[]): Outcome<number> {
  if (!Array.isArray(uses)) return failure("invalid-input", "energy uses must be a list");
  const filled = uses.filter((use: EnergyUse | null | undefined) => use != null && !isMissing(use.quantity));
  if (filled.length === 0) return failure("missing-input", "no energy quantity is given");
  let total = 0;
  for (const use of filled) {
    const tce = toStandardCoal(use.quantity, use.carrier, use.unit, use.coefficient);
    if (!tce.ok) return tce;
    total += tce.value;
  }
  return finite(total);
}
