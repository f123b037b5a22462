/**
 * The strict fake's charts and page breaks (fakeExcel.ts): the members of Excel's chart API the adapter uses
 * (src/excel/charts.ts), as Microsoft documents them — ChartCollection.add(type, sourceData, seriesBy), a chart's
 * name, title, setPosition, series (getItemAt, add, name, setValues, setXAxisValues), legend, data labels, axes,
 * the chart area's and the title's font size (ChartFont.size, 1–409 pt as Excel takes) and delete; PageBreakCollection.add and removePageBreaks. Every object is strict: reading or writing a member
 * the fake does not model throws, so the adapter cannot use more of the API than is checked here. A protected
 * sheet refuses chart changes unless its protection allows editing objects; a chart's name is readable only after
 * load and sync.
 */
import { parseRange, type RangeRef } from "../../src/domain/templates/a1";
import type { FakeContext, FakeRange, FakeWorksheet } from "./fakeExcel";
import { FakeExcelError } from "./fakeExcel";

/** A chart as the fake holds it: what tests assert on. */
export interface FakeChartState {
  name: string;
  readonly type: string;
  title: string;
  /** the chart area's font size (every text), the title's, in points; undefined when not set */
  fontSize?: number;
  titleFontSize?: number;
  position?: { start: RangeRef; end: RangeRef };
  readonly series: { name: string; values?: RangeRef; categories?: RangeRef }[];
  legend: { visible: boolean; position: string };
  showValues: boolean;
  valueAxis: { visible: boolean; gridlines: boolean; reversed: boolean; position: string };
  categoryAxis: { visible: boolean; gridlines: boolean; reversed: boolean; position: string };
}

export const CHART_ENUMS = {
  ChartType: { lineMarkers: "LineMarkers", columnClustered: "ColumnClustered", barClustered: "BarClustered" },
  ChartSeriesBy: { auto: "Auto", rows: "Rows", columns: "Columns" },
  ChartLegendPosition: { right: "Right" },
  ChartAxisPosition: { maximum: "Maximum" },
};

const CHART_TYPES = new Set(["LineMarkers", "Line", "ColumnClustered", "BarClustered"]);
const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);
const AXIS_POSITIONS = new Set(["Automatic", "Maximum", "Minimum", "Custom"]);

/** The object as Office.js would hand it out: any member it does not have throws. */
function strict<T extends object>(target: T, what: string): T {
  const refuse = (prop: string) => {
    throw new FakeExcelError("NotModelled", `${what}.${prop} is not modelled by the fake`);
  };
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop in t) return Reflect.get(t, prop, receiver) as unknown;
      return refuse(prop);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in t) return Reflect.set(t, prop, value, receiver);
      return refuse(prop);
    },
  });
}

function assertEditable(sheet: FakeWorksheet, what: string): void {
  if (sheet.protectedSheet && sheet.protectionOptions.allowEditObjects !== true)
    throw new FakeExcelError("InvalidOperation", `${what} on protected sheet "${sheet.name}"`);
}

/** A range of this sheet: a FakeRange of it, or an A1 address (for setPosition and page breaks). */
function rangeOf(sheet: FakeWorksheet, range: unknown, what: string): RangeRef {
  if (typeof range === "string") {
    const ref = parseRange(range);
    if (!ref) throw new FakeExcelError("InvalidArgument", `${what}: bad address "${range}"`);
    return ref;
  }
  const r = range as FakeRange;
  if (r === null || typeof r !== "object" || !("ref" in r) || r.sheet !== sheet)
    throw new FakeExcelError("InvalidArgument", `${what}: not a range of sheet "${sheet.name}"`);
  return r.ref;
}

const isLine = (r: RangeRef) => r.top === r.bottom || r.left === r.right;

/** Office.js ChartFont with its size only: Excel takes 1 to 409 points. */
function strictFont(sheet: FakeWorksheet, what: string, set: (size: number) => void, get: () => number | undefined) {
  const font = strict(
    {
      get size(): number | undefined {
        return get();
      },
      set size(v: number) {
        assertEditable(sheet, `${what}.font.size`);
        if (typeof v !== "number" || !(v >= 1 && v <= 409))
          throw new FakeExcelError("InvalidArgument", `${what}.font.size ${String(v)}`);
        set(v);
      },
    },
    `${what}.font`,
  );
  return strict({ font }, what);
}

export class FakeChartCollection {
  private requested = false;
  private synced: FakeChart[] | undefined = undefined;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  /** Office.js: charts.add(type, sourceData, seriesBy) — one series per row (Rows) or per column (Columns). */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    assertEditable(this.sheet, "charts.add");
    if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `chart type "${type}"`);
    const ref = rangeOf(this.sheet, sourceData, "charts.add");
    if (seriesBy !== "Rows" && seriesBy !== "Columns")
      throw new FakeExcelError("NotModelled", `seriesBy "${String(seriesBy)}": the fake cannot guess as Excel does`);
    const series: FakeChartState["series"] = [];
    if (seriesBy === "Rows")
      for (let row = ref.top; row <= ref.bottom; row++)
        series.push({ name: "", values: { ...ref, top: row, bottom: row } });
    else
      for (let col = ref.left; col <= ref.right; col++)
        series.push({ name: "", values: { ...ref, left: col, right: col } });
    const axis = () => ({ visible: true, gridlines: false, reversed: false, position: "Automatic" });
    const state: FakeChartState = {
      name: `Chart ${this.sheet.chartStates.length + 1}`,
      type,
      title: "",
      series,
      legend: { visible: true, position: "Right" },
      showValues: false,
      valueAxis: { ...axis(), gridlines: true },
      categoryAxis: axis(),
    };
    this.sheet.chartStates.push(state);
    return new FakeChart(this.sheet, state, false).proxy;
  }

  load(props: string): this {
    if (props !== "items/name") throw new FakeExcelError("NotModelled", `charts.load("${props}")`);
    this.requested = true;
    this.ctx.pending.push(() => {
      this.synced = this.sheet.chartStates.map((s) => new FakeChart(this.sheet, s, true).proxy);
    });
    return this;
  }

  get items(): FakeChart[] {
    if (!this.requested || !this.synced)
      throw new FakeExcelError("PropertyNotLoaded", 'charts.items was read before load("items/name") and sync()');
    return this.synced;
  }
}

export class FakeChart {
  readonly proxy: FakeChart;
  readonly title: { text: string; readonly format: { readonly font: { size: number | undefined } } };
  readonly format: { readonly font: { size: number | undefined } };
  readonly series: FakeChartSeriesCollection;
  readonly legend: { visible: boolean; position: string };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { valueAxis: FakeChartAxis; categoryAxis: FakeChartAxis };

  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly state: FakeChartState,
    private readonly nameLoaded: boolean,
  ) {
    const edit = (what: string) => assertEditable(sheet, what);
    this.title = strict(
      {
        get text() {
          return state.title;
        },
        set text(v: string) {
          edit("chart.title.text");
          if (typeof v !== "string") throw new FakeExcelError("InvalidArgument", "chart title");
          state.title = v;
        },
        format: strictFont(
          sheet,
          "chart.title.format",
          (v) => (state.titleFontSize = v),
          () => state.titleFontSize,
        ),
      },
      "chart.title",
    );
    this.format = strictFont(
      sheet,
      "chart.format",
      (v) => (state.fontSize = v),
      () => state.fontSize,
    );
    this.series = strict(new FakeChartSeriesCollection(sheet, state), "chart.series");
    this.legend = strict(
      {
        get visible() {
          return state.legend.visible;
        },
        set visible(v: boolean) {
          edit("chart.legend.visible");
          state.legend.visible = v === true;
        },
        get position() {
          return state.legend.position;
        },
        set position(v: string) {
          edit("chart.legend.position");
          if (!LEGEND_POSITIONS.has(v)) throw new FakeExcelError("InvalidArgument", `legend position "${v}"`);
          state.legend.position = v;
        },
      },
      "chart.legend",
    );
    this.dataLabels = strict(
      {
        get showValue() {
          return state.showValues;
        },
        set showValue(v: boolean) {
          edit("chart.dataLabels.showValue");
          state.showValues = v === true;
        },
      },
      "chart.dataLabels",
    );
    this.axes = strict(
      {
        valueAxis: strict(new FakeChartAxis(sheet, state.valueAxis), "chart.axes.valueAxis"),
        categoryAxis: strict(new FakeChartAxis(sheet, state.categoryAxis), "chart.axes.categoryAxis"),
      },
      "chart.axes",
    );
    this.proxy = strict(this, "chart");
  }

  get name(): string {
    if (!this.nameLoaded)
      throw new FakeExcelError("PropertyNotLoaded", 'chart.name was read before load("items/name") and sync()');
    return this.state.name;
  }
  set name(v: string) {
    assertEditable(this.sheet, "chart.name");
    if (typeof v !== "string" || v.trim() === "") throw new FakeExcelError("InvalidArgument", "chart name");
    this.state.name = v;
  }

  /** Office.js: from the top-left of startCell to the bottom-right of endCell (startCell alone when none). */
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    assertEditable(this.sheet, "chart.setPosition");
    const start = rangeOf(this.sheet, startCell, "setPosition");
    const end = endCell === undefined ? start : rangeOf(this.sheet, endCell, "setPosition");
    if (end.bottom < start.top || end.right < start.left)
      throw new FakeExcelError("InvalidArgument", "setPosition: the end cell is above or left of the start cell");
    this.state.position = { start, end };
  }

  delete(): void {
    assertEditable(this.sheet, "chart.delete");
    const at = this.sheet.chartStates.indexOf(this.state);
    if (at < 0) throw new FakeExcelError("ItemNotFound", "the chart was deleted");
    this.sheet.chartStates.splice(at, 1);
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly state: FakeChartState,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    const series = this.state.series[index];
    if (!series) throw new FakeExcelError("ItemNotFound", `no series at ${index}`);
    return strict(new FakeChartSeries(this.sheet, series), "chart.series item");
  }
  /** Office.js (ExcelApi 1.7): a new series, with a name when given, at the end when no index is. */
  add(name?: string, index?: number): FakeChartSeries {
    assertEditable(this.sheet, "chart.series.add");
    if (index !== undefined) throw new FakeExcelError("NotModelled", "series.add with an index");
    const series = { name: name ?? "" };
    this.state.series.push(series);
    return strict(new FakeChartSeries(this.sheet, series), "chart.series item");
  }
}

export class FakeChartSeries {
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly series: FakeChartState["series"][number],
  ) {}
  get name(): string {
    return this.series.name;
  }
  set name(v: string) {
    assertEditable(this.sheet, "series.name");
    if (typeof v !== "string") throw new FakeExcelError("InvalidArgument", "series name");
    this.series.name = v;
  }
  setValues(sourceData: FakeRange): void {
    assertEditable(this.sheet, "series.setValues");
    const ref = rangeOf(this.sheet, sourceData, "setValues");
    if (!isLine(ref)) throw new FakeExcelError("InvalidArgument", "setValues: not one row or column");
    this.series.values = ref;
  }
  setXAxisValues(sourceData: FakeRange): void {
    assertEditable(this.sheet, "series.setXAxisValues");
    const ref = rangeOf(this.sheet, sourceData, "setXAxisValues");
    if (!isLine(ref)) throw new FakeExcelError("InvalidArgument", "setXAxisValues: not one row or column");
    this.series.categories = ref;
  }
}

export class FakeChartAxis {
  readonly majorGridlines: { visible: boolean };
  constructor(
    private readonly sheet: FakeWorksheet,
    private readonly axis: FakeChartState["valueAxis"],
  ) {
    this.majorGridlines = strict(
      {
        get visible() {
          return axis.gridlines;
        },
        set visible(v: boolean) {
          assertEditable(sheet, "majorGridlines.visible");
          axis.gridlines = v === true;
        },
      },
      "axis.majorGridlines",
    );
  }
  get visible(): boolean {
    return this.axis.visible;
  }
  set visible(v: boolean) {
    assertEditable(this.sheet, "axis.visible");
    this.axis.visible = v === true;
  }
  get reversePlotOrder(): boolean {
    return this.axis.reversed;
  }
  set reversePlotOrder(v: boolean) {
    assertEditable(this.sheet, "axis.reversePlotOrder");
    this.axis.reversed = v === true;
  }
  get position(): string {
    return this.axis.position;
  }
  set position(v: string) {
    assertEditable(this.sheet, "axis.position");
    if (!AXIS_POSITIONS.has(v)) throw new FakeExcelError("InvalidArgument", `axis position "${v}"`);
    this.axis.position = v;
  }
}

/** Office.js PageBreakCollection (ExcelApi 1.9): a break above the range's top row; removePageBreaks clears all. */
export class FakePageBreakCollection {
  constructor(private readonly sheet: FakeWorksheet) {}
  add(pageBreakRange: string | FakeRange): void {
    const ref = rangeOf(this.sheet, pageBreakRange, "horizontalPageBreaks.add");
    if (ref.top === 0) throw new FakeExcelError("InvalidArgument", "a page break above the first row");
    this.sheet.pageBreaks.push(ref.top);
  }
  removePageBreaks(): void {
    this.sheet.pageBreaks.splice(0, this.sheet.pageBreaks.length);
  }
}

export function strictChartCollection(ctx: FakeContext, sheet: FakeWorksheet): FakeChartCollection {
  return strict(new FakeChartCollection(ctx, sheet), "charts");
}

export function strictPageBreaks(sheet: FakeWorksheet): FakePageBreakCollection {
  return strict(new FakePageBreakCollection(sheet), "horizontalPageBreaks");
}
