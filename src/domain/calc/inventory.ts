/**
 * The carbon inventory of a year (docs/templates.md#carbon-inventory; GB/T 32150 clause 6): fuels × their CO₂
 * factor (typed, or net calorific value × carbon content × oxidation rate × 44/12), purchased electricity × the
 * grid factor of the chosen set for that year, purchased heat × the heat factor, plus process CO₂, minus the
 * electricity and heat exported. Factors are per `co2FactorUnit` (MWh for electricity, the reporting unit
 * otherwise). The template sheet 碳排放核算 computes the same in native formulas.
 */
import {
  CARRIERS,
  DEFAULT_GRID_CHOICE,
  HEAT_CO2_FACTOR,
  co2FactorUnit,
  findCarrier,
  findGridChoice,
  gridSetForYear,
  unitFactor,
  type CarrierDef,
  type GridChoice,
  type GridFactorSet,
} from "../catalog";
import { failure, value, type Outcome } from "./outcome";
import { finite, isMissing, readNumber, spreadsheetTrim } from "./inputs";
import { convertQuantity } from "./units";
import { standardCarbonToCo2 } from "./standards";
import type { ParkData } from "./evaluation";

/** A carrier's CO₂ data as the inventory sheet holds it; `undefined` takes the catalog's, `null` is empty. */
export interface Co2FactorInput {
  /** net calorific value, GJ per co2FactorUnit */
  readonly ncv?: number | null;
  /** carbon content per unit heat, t C/GJ */
  readonly carbonContent?: number | null;
  /** oxidation rate, a fraction (0.98) */
  readonly oxidationRate?: number | null;
  /** t CO₂ per co2FactorUnit; when given it replaces the other three (and, for electricity, the grid factor) */
  readonly factor?: number | null;
}

/** What the parameter and inventory sheets set; everything absent takes the catalog's default. */
export interface InventorySettings {
  /** a GRID_CHOICES id or name */
  readonly gridChoice?: string | null;
  /** grid factors as the parameter sheet holds them, by set id (t CO₂/MWh) */
  readonly gridFactors?: Readonly<Record<string, number | null>>;
  /** t CO₂/GJ */
  readonly heatFactor?: number | null;
  /** 44/12 as the parameter sheet holds it */
  readonly co2PerCarbon?: number | null;
  readonly factors?: Readonly<Record<string, Co2FactorInput>>;
}

/** The grid choice of the settings; an unknown name is an error, an empty one the default. */
export function readGridChoice(settings: InventorySettings): Outcome<GridChoice> {
  const name = settings.gridChoice;
  if (isMissing(name)) return value(DEFAULT_GRID_CHOICE);
  const found = typeof name === "string" ? findGridChoice(spreadsheetTrim(name)) : undefined;
  return found ? value(found) : failure("unknown-id", `unknown grid factor choice ${String(name)}`);
}

/** The factor set the settings apply to a year. */
export function gridSetOfYear(settings: InventorySettings, year: number): Outcome<GridFactorSet> {
  const choice = readGridChoice(settings);
  return choice.ok ? value(gridSetForYear(choice.value, year)) : choice;
}

/** t CO₂/MWh of the grid for a year: the parameter sheet's value of the set that applies. */
export function gridFactorOfYear(settings: InventorySettings, year: number): Outcome<number> {
  const set = gridSetOfYear(settings, year);
  if (!set.ok) return set;
  const given = settings.gridFactors?.[set.value.id];
  const v = given === undefined ? set.value.value : given;
  return readNumber(v, `grid factor ${set.value.id}`);
}

/** A field of the carrier's CO₂ data: as the settings give it, else the catalog's default. */
function field(given: number | null | undefined, fallback: number | null): number | null {
  return given === undefined ? fallback : given;
}

/** Net calorific value, carbon content and oxidation rate of a fuel as used (GJ per co2FactorUnit). */
export function fuelDataOf(
  carrier: CarrierDef,
  settings: InventorySettings,
): { ncv: number | null; carbonContent: number | null; oxidationRate: number | null } {
  const given = settings.factors?.[carrier.id] ?? {};
  const fuel = carrier.co2?.kind === "fuel" ? carrier.co2 : null;
  const perBasis = fuel ? unitFactor(co2FactorUnit(carrier), fuel.ncvBasis) : undefined;
  const ncv = fuel && perBasis !== undefined ? fuel.ncv * perBasis : null;
  return {
    ncv: field(given.ncv, ncv),
    carbonContent: field(given.carbonContent, fuel?.carbonContent ?? null),
    oxidationRate: field(given.oxidationRate, fuel?.oxidationRate ?? null),
  };
}

/** NCV × CC × OF × 44/12, t CO₂ per co2FactorUnit, when all three are numbers. */
function fuelFactor(carrier: CarrierDef, settings: InventorySettings): Outcome<number> {
  const { ncv, carbonContent, oxidationRate } = fuelDataOf(carrier, settings);
  if (ncv === null || carbonContent === null || oxidationRate === null)
    return failure("no-default", `${carrier.id} has no CO₂ factor: give one, or its NCV, carbon content and oxidation`);
  const ratio = isMissing(settings.co2PerCarbon) ? standardCarbonToCo2() : readNumber(settings.co2PerCarbon, "44/12");
  return ratio.ok ? finite(ncv * carbonContent * oxidationRate * ratio.value) : ratio;
}

/** The heat factor, t CO₂/GJ: the parameter sheet's, else the catalog's. */
function heatFactor(settings: InventorySettings): Outcome<number> {
  const v = settings.heatFactor === undefined ? HEAT_CO2_FACTOR.value : settings.heatFactor;
  return readNumber(v, "heat CO₂ factor");
}

/** t CO₂ per co2FactorUnit of a carrier in a year. */
export function co2FactorOf(carrier: CarrierDef, settings: InventorySettings, year: number): Outcome<number> {
  // a typed factor counts when it is a number, as the sheet's ISNUMBER test reads it
  const typed = settings.factors?.[carrier.id]?.factor;
  if (typeof typed === "number" && Number.isFinite(typed)) return value(typed);
  switch (carrier.co2?.kind) {
    case "grid":
      return gridFactorOfYear(settings, year);
    case "heat":
      return heatFactor(settings);
    default:
      return fuelFactor(carrier, settings);
  }
}

/** t CO₂ of a quantity of a carrier given in `unit`, in a year. */
export function carrierCo2(
  quantity: unknown,
  unit: string,
  carrier: CarrierDef,
  settings: InventorySettings,
  year: number,
): Outcome<number> {
  const q = readNumber(quantity, `${carrier.id} quantity`);
  if (!q.ok) return q;
  const inFactorUnit = convertQuantity(q.value, unit, co2FactorUnit(carrier));
  if (!inFactorUnit.ok) return inFactorUnit;
  const factor = co2FactorOf(carrier, settings, year);
  return factor.ok ? finite(inFactorUnit.value * factor.value) : factor;
}

export interface InventoryLine {
  readonly carrier: CarrierDef;
  readonly co2: Outcome<number>;
}

export interface YearInventory {
  /** carriers with a quantity in the year */
  readonly lines: readonly InventoryLine[];
  /** t CO₂ deducted for exported electricity and heat (≤ 0), null when nothing was exported */
  readonly exportedElectricity: Outcome<number> | null;
  readonly exportedHeat: Outcome<number> | null;
  readonly process: Outcome<number> | null;
  /** null when the energy block holds no quantity for the year (CO₂ is then typed on the data sheet) */
  readonly total: Outcome<number> | null;
}

function entry(list: unknown, k: number): unknown {
  return Array.isArray(list) ? (list as unknown[])[k] : undefined;
}

function itemOf(data: ParkData, id: string, k: number): unknown {
  const values = data.values as Readonly<Record<string, unknown>> | undefined;
  return values && Object.prototype.hasOwnProperty.call(values, id) ? entry(values[id], k) : undefined;
}

/** −(exported quantity × factor), null when nothing is exported. */
function deduction(
  data: ParkData,
  item: string,
  carrierId: string,
  unit: string,
  settings: InventorySettings,
  year: number,
  k: number,
): Outcome<number> | null {
  const x = itemOf(data, item, k);
  const carrier = findCarrier(carrierId);
  if (isMissing(x) || !carrier) return null;
  const co2 = carrierCo2(x, unit, carrier, settings, year);
  return co2.ok ? value(co2.value === 0 ? 0 : -co2.value) : co2;
}

/** The inventory of year k (data.years[k]) of a park data file, energy rows in any unit. */
export function inventoryOfYear(data: ParkData, k: number, settings: InventorySettings): YearInventory {
  const year = Number(entry(data.years, k));
  const lines: InventoryLine[] = [];
  for (const row of Array.isArray(data.energy) ? data.energy : []) {
    const q = entry(row?.values, k);
    if (isMissing(q)) continue;
    const carrier = typeof row?.carrier === "string" ? findCarrier(row.carrier) : undefined;
    // the data sheet's energy block holds neither water nor electricity 等价值 (it would count electricity twice)
    if (carrier && (carrier.kind === "water" || carrier.id === "electricity-equal-value")) continue;
    if (!carrier)
      return {
        lines,
        exportedElectricity: null,
        exportedHeat: null,
        process: null,
        total: failure("unknown-id", "an energy row's carrier is unknown"),
      };
    lines.push({ carrier, co2: carrierCo2(q, row.unit ?? carrier.nativeUnit, carrier, settings, year) });
  }
  // the sheet's order (the catalog's), so the sum is the same whatever the order of the file's rows
  lines.sort((a, b) => CARRIERS.indexOf(a.carrier) - CARRIERS.indexOf(b.carrier));
  const exportedElectricity = deduction(data, "electricity_export", "electricity", "万kWh", settings, year, k);
  const exportedHeat = deduction(data, "heat_export", "heat", "GJ", settings, year, k);
  const p = itemOf(data, "co2_process", k);
  const process = isMissing(p) ? null : readNumber(p, "process CO₂");
  return {
    lines,
    exportedElectricity,
    exportedHeat,
    process,
    total: totalOf(lines, [exportedElectricity, exportedHeat, process]),
  };
}

function totalOf(lines: readonly InventoryLine[], others: readonly (Outcome<number> | null)[]): Outcome<number> | null {
  if (lines.length === 0) return null;
  let sum = 0;
  for (const part of [...lines.map((l) => l.co2), ...others]) {
    if (part === null) continue;
    if (!part.ok) return part;
    sum += part.value;
  }
  return finite(sum);
}
