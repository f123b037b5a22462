/**
 * A plan's charts drawn in the open workbook through Excel's chart API (docs/templates.md#charts): each chart added
 * over its first series' cells, named, titled and placed on its block of cells; every series named from its label
 * cell and given the category cells; values written at the bars and the value axis hidden where the plan says so;
 * a bar chart's categories in the table's order; the texts in the sizes the plan's page is legible at. A refresh first deletes the charts of the plan's names on the
 * sheet, so one set remains, and leaves every other chart alone.
 */
import { parseRange } from "../domain/templates/a1";
import { CHART_FONT_SIZE, lineLength, type ChartKind, type PlannedChart } from "../domain/templates/charts";
import type { SheetPlan } from "../domain/templates/sheetPlan";

/** Excel's type of each kind (read when drawing: the Excel namespace exists only inside Excel). */
function chartType(kind: ChartKind): Excel.ChartType {
  if (kind === "line") return Excel.ChartType.lineMarkers;
  return kind === "column" ? Excel.ChartType.columnClustered : Excel.ChartType.barClustered;
}

/** The text a plan puts in a cell (a series' name is its label), "" when none. */
function cellText(plan: SheetPlan, address: string): string {
  const at = parseRange(address);
  const cell = plan.cells.find((c) => c.row === at?.top && c.col === at?.left);
  const v = cell?.formula !== undefined ? cell.cached : cell?.value;
  return v === null || v === undefined ? "" : String(v);
}

/** A row of cells is a series by rows, a column by columns. */
function seriesBy(address: string): Excel.ChartSeriesBy {
  const r = parseRange(address);
  return r && r.top === r.bottom && (lineLength(address) ?? 0) > 1
    ? Excel.ChartSeriesBy.rows
    : Excel.ChartSeriesBy.columns;
}

/** The charts on the sheet that a refresh of `plan` replaces: those of the plan's chart names. */
export function plannedChartsPresent(plan: SheetPlan, charts: readonly Excel.Chart[]): Excel.Chart[] {
  const names = new Set((plan.charts ?? []).map((c) => c.name));
  return charts.filter((c) => names.has(c.name));
}

/** Adds the plan's charts to the sheet (queued; the caller syncs). */
export function drawCharts(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const planned of plan.charts ?? []) drawChart(sheet, plan, planned);
}

function drawChart(sheet: Excel.Worksheet, plan: SheetPlan, planned: PlannedChart): void {
  const [first, ...others] = planned.series;
  if (!first) return;
  const chart = sheet.charts.add(chartType(planned.kind), sheet.getRange(first.values), seriesBy(first.values));
  chart.name = planned.name;
  chart.title.text = planned.title;
  // from the block's top-left cell to its bottom-right cell
  const [start = planned.at, end = start] = planned.at.split(":");
  chart.setPosition(start, end);
  const categories = sheet.getRange(planned.categories);
  const head = chart.series.getItemAt(0);
  head.name = cellText(plan, first.name);
  head.setXAxisValues(categories);
  for (const s of others) {
    const series = chart.series.add(cellText(plan, s.name));
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
  }
  chart.legend.visible = planned.legend;
  if (planned.legend) chart.legend.position = Excel.ChartLegendPosition.right;
  if (planned.valueLabels) {
    chart.dataLabels.showValue = true;
    chart.axes.valueAxis.visible = false;
    chart.axes.valueAxis.majorGridlines.visible = false;
  }
  if (planned.kind === "bar") {
    // the table's order from the top; the value axis crossing at the last category stays below the bars
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = Excel.ChartAxisPosition.maximum;
  }
  // the chart area's font sets every text of the chart; then the title's own size
  chart.format.font.size = CHART_FONT_SIZE.text;
  chart.title.format.font.size = CHART_FONT_SIZE.title;
}
