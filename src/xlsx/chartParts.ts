/**
 * A planned chart (src/domain/templates/charts.ts) as the parts of an .xlsx (ECMA-376 Part 1, §21.2 DrawingML
 * charts, §20.5 spreadsheet drawings): one chart part per chart, and the sheet's drawing part anchoring each chart
 * to the block of cells it covers. Series, categories and names are references to the sheet's cells with their
 * values cached, so a reader that does not recalculate shows the same picture. The schema is fixed and small:
 * written as text, every value escaped.
 */
import { parseRange, rangeAddress, sheetReference } from "../domain/templates/a1";
import { CHART_FONT_SIZE, lineCells, type PlannedChart } from "../domain/templates/charts";
import type { CellValue } from "../domain/templates/sheetPlan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text as XML character data or an attribute value; characters XML 1.0 does not allow are left out. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The value a cell shows, by A1 address on the chart's sheet ("" for an empty cell). */
export type ShownValue = (row: number, col: number) => CellValue | undefined;

/** An absolute reference to cells of `sheet`: 'Sheet'!$A$1:$C$1. */
function reference(sheet: string, address: string): string {
  const r = parseRange(address);
  if (!r) throw new Error(`chart: bad address ${address}`);
  return sheetReference(sheet, rangeAddress(r.top, r.left, r.bottom, r.right, true));
}

function shownText(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

function strRef(sheet: string, address: string, shown: ShownValue): string {
  const cells = lineCells(address);
  const points = cells
    .map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(shownText(shown(c.row, c.col)))}</c:v></c:pt>`)
    .join("");
  return `<c:strRef><c:f>${xmlText(reference(sheet, address))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache></c:strRef>`;
}

/** Numbers cached as they are; a cell showing text or nothing is a gap. */
function numRef(sheet: string, address: string, shown: ShownValue): string {
  const cells = lineCells(address);
  const points = cells
    .map((c, i) => {
      const v = shown(c.row, c.col);
      return typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "";
    })
    .join("");
  return `<c:numRef><c:f>${xmlText(reference(sheet, address))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache></c:numRef>`;
}

/** Text sizes are written in hundredths of a point. */
const hundredths = (points: number) => Math.round(points * 100);

/** A bold run of text of `size` hundredths of a point. */
function rich(text: string, size: number, lang: string): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="${lang}" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich>`;
}

const VALUE_LABELS =
  '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

const CATEGORY_AXIS = 1;
const VALUE_AXIS = 2;

function series(chart: PlannedChart, sheet: string, shown: ShownValue): string {
  return chart.series
    .map((s, i) => {
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(sheet, s.name, shown)}</c:tx>`;
      const data = `<c:cat>${strRef(sheet, chart.categories, shown)}</c:cat><c:val>${numRef(sheet, s.values, shown)}</c:val>`;
      const labels = chart.valueLabels ? VALUE_LABELS : "";
      return chart.kind === "line"
        ? `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>${labels}${data}<c:smooth val="0"/></c:ser>`
        : `<c:ser>${head}<c:invertIfNegative val="0"/>${labels}${data}</c:ser>`;
    })
    .join("");
}

function plot(chart: PlannedChart, sheet: string, shown: ShownValue): string {
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  if (chart.kind === "line")
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(chart, sheet, shown)}<c:marker val="1"/>${axes}</c:lineChart>`;
  const direction = chart.kind === "bar" ? "bar" : "col";
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart, sheet, shown)}<c:gapWidth val="80"/>${axes}</c:barChart>`;
}

/**
 * The category axis and the value axis. A bar chart lists its categories down the left in the table's order (the
 * category axis reversed, the value axis crossing it at its last category, so below the bars); a chart whose
 * values are written at the bars needs no value axis nor gridlines.
 */
function axes(chart: PlannedChart): string {
  const bar = chart.kind === "bar";
  const [categoryAt, valueAt] = bar ? ["l", "b"] : ["b", "l"];
  const common = (id: number, at: string, other: number, o: { reversed?: boolean; hidden?: boolean; extra?: string }) =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="${o.reversed ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="${o.hidden ? 1 : 0}"/><c:axPos val="${at}"/>${o.extra ?? ""}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${other}"/>`;
  const category = common(CATEGORY_AXIS, categoryAt, VALUE_AXIS, { reversed: bar });
  const value = common(VALUE_AXIS, valueAt, CATEGORY_AXIS, {
    hidden: chart.valueLabels,
    ...(chart.valueLabels ? {} : { extra: "<c:majorGridlines/>" }),
  });
  return (
    `<c:catAx>${category}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx>${value}<c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part (c:chartSpace) of one planned chart on `sheet`. */
export function chartXml(chart: PlannedChart, sheet: string, shown: ShownValue, lang: string): string {
  const legend = chart.legend ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : "";
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${rich(chart.title, hundredths(CHART_FONT_SIZE.title), lang)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(chart, sheet, shown)}${axes(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${hundredths(CHART_FONT_SIZE.text)}"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part (xdr:wsDr) anchoring each chart to its cells; chart i is relationship `rIdChart{i+1}`. */
export function drawingXml(charts: readonly PlannedChart[]): string {
  const anchors = charts.map((chart, i) => {
    const at = parseRange(chart.at);
    if (!at) throw new Error(`chart: bad position ${chart.at}`);
    const marker = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(at.left, at.top)}</xdr:from><xdr:to>${marker(at.right + 1, at.bottom + 1)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(chart.name)}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${chartRelationship(i)}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`
  );
}

export const chartRelationship = (index: number) => `rIdChart${index + 1}`;
