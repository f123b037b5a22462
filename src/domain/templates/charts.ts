/**
 * Charts a template draws over its own cells (docs/templates.md#charts): what kind, its title, the cells holding
 * the categories, each series' name cell and value cells, and the block of cells the chart covers. Pure data, as
 * the rest of a SheetPlan: the .xlsx writer (src/xlsx/chartParts.ts) writes it as DrawingML chart parts, the
 * Office.js adapter (src/excel/charts.ts) adds it with Excel's chart API. Every address is A1 on the plan's own
 * sheet, so a chart follows its cells as they recalculate.
 */
import { parseRange, type RangeRef } from "./a1";
import { DEFAULT_FONT_SIZE } from "./layout";

/** A line over the categories, vertical columns, or horizontal bars (clustered when there are several series). */
export type ChartKind = "line" | "column" | "bar";

export interface ChartSeries {
  /** the cell holding the series' name */
  readonly name: string;
  /** the cells holding its values, one per category, in a row or a column */
  readonly values: string;
}

export interface PlannedChart {
  /** the chart's name in the workbook: a refresh in place replaces the charts of the plan's names */
  readonly name: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** the cells holding the category labels, in a row or a column */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  /** the block of cells the chart covers, top-left to bottom-right */
  readonly at: string;
  /** a legend naming the series (a chart of one series needs none: its title says it) */
  readonly legend: boolean;
  /** each value written at its point (a count read off the bar, not the axis) */
  readonly valueLabels: boolean;
}

/**
 * The charts' text sizes in points: labels, legend and values as large as the cells' text (11 pt), titles a little
 * larger, so a chart printed on a page fitted to one sheet is as legible as the table (docs/templates.md#printing).
 */
export const CHART_FONT_SIZE = { text: DEFAULT_FONT_SIZE, title: 12 } as const;

/** Charts the product draws are named so: a refresh finds and replaces them, and no other chart. */
export const CHART_NAME_PREFIX = "GREEN_CHART_";

/** The number of cells of a one-row or one-column range; undefined for a block or a bad address. */
export function lineLength(address: string): number | undefined {
  const r = parseRange(address);
  if (!r || (r.top !== r.bottom && r.left !== r.right)) return undefined;
  return Math.max(r.bottom - r.top, r.right - r.left) + 1;
}

/** Why a planned chart cannot be drawn: categories and every series of the same length, one name cell each. */
export function chartProblems(chart: PlannedChart): string[] {
  const problems: string[] = [];
  const count = lineLength(chart.categories);
  if (count === undefined)
    problems.push(`chart ${chart.name}: categories ${chart.categories} are not one row or column`);
  if (!parseRange(chart.at)) problems.push(`chart ${chart.name}: bad position ${chart.at}`);
  if (chart.series.length === 0) problems.push(`chart ${chart.name}: no series`);
  for (const s of chart.series) {
    const name = parseRange(s.name);
    if (!name || name.top !== name.bottom || name.left !== name.right)
      problems.push(`chart ${chart.name}: series name ${s.name} is not one cell`);
    if (lineLength(s.values) !== count)
      problems.push(`chart ${chart.name}: series ${s.values} does not match the ${count ?? "?"} categories`);
  }
  return problems;
}

/** The cells of a one-row or one-column range, in order. */
export function lineCells(address: string): { row: number; col: number }[] {
  const r: RangeRef | undefined = parseRange(address);
  if (!r) return [];
  const cells: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push({ row, col });
  return cells;
}
