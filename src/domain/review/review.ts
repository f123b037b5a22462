/**
 * The review (docs/review-codes.md): find the template regions a workbook carries, rebuild their plans from the
 * workbook's own inputs and parameters with the same builders (their cached values — computed by
 * domain/calc — are the expected values), compare every computed cell, and report each discrepancy once,
 * at its root cause, plus the completeness and plausibility checks.
 */
import { firstLine, type Lang, type Text } from "../text";
import type { TemplateOptions } from "../templates/context";
import { findTemplate } from "../templates/specs";
import { cellAddress, parseCell } from "../templates/a1";
import type { CellValue, PlannedCell, SheetPlan, TemplateId } from "../templates/sheetPlan";
import { runChecks } from "./checks";
import { callsGreen, FUNCTIONS_STATUS_KEY } from "../templates/functionsNotice";
import { holdsFormula } from "../templates/formulaSource";
import { canonicalFormula, shiftFormulaRows } from "./formulaRefs";
import { finding, shown, sortFindings } from "./findings";
import { buildDependencyGraph, nodeId, splitNode, type DependencyGraph, type NodeId } from "./graph";
import { REVIEW_LIMITS } from "./limits";
import { locateTemplates, type Located, type LocatedTemplate } from "./locate";
import { readOptionRows } from "./optionRows";
import { baseOptions, buildPlan, layoutPlan, readInputs, skeletonOptions, type TemplateSet } from "./readInputs";
import type { WorkbookSnapshot } from "./snapshot";
import { valuesAgree } from "./tolerance";
import type { Finding, FindingCode, ReviewReport } from "./types";

/** A computed cell whose workbook content is not what the plan rebuilt from the inputs says. */
interface Discrepancy {
  readonly node: NodeId;
  readonly located: LocatedTemplate;
  readonly planCell: PlannedCell;
  readonly cell: string;
  /** replaced by a constant; a value that differs; a verdict's rule edited though its value still agrees */
  readonly kind: "replaced" | "mismatch" | "rule-edited";
  readonly found: CellValue;
  readonly formulaDiffers: boolean;
}

/** One template set rebuilt: its plans with the workbook's inputs, and what the checks need. */
export interface RebuiltSet {
  readonly set: TemplateSet;
  readonly plans: ReadonlyMap<TemplateId, SheetPlan>;
  /** templates whose dependencies are all present (their computed cells are compared) */
  readonly verifiable: ReadonlySet<TemplateId>;
  readonly lang: Lang;
}

/**
 * The review of a workbook. It never throws: a failure of the review itself is reported as a
 * `review-incomplete` finding (the workbook was read; its results were not verified).
 */
export function reviewWorkbook(snapshot: WorkbookSnapshot): ReviewReport {
  try {
    return reviewLocated(snapshot, locateTemplates(snapshot));
  } catch (error) {
    const why = firstLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
    return incomplete(snapshot, {
      zh: `复核中途出错（${why}），结果未经核对。`,
      en: `The check stopped on an error (${why}); the results were not verified.`,
    });
  }
}

function incomplete(snapshot: WorkbookSnapshot, text: Text): ReviewReport {
  const findings = [finding({ code: "review-incomplete", sheet: "", cell: "", ...text })];
  return { findings, summary: summarize(findings, snapshot, [], []) };
}

/** List rows the metadata records ask for, over every template of the workbook. */
function listRows(located: Located): number {
  let rows = 0;
  for (const set of located.sets.values()) for (const t of set.values()) rows += t.metadata.capacity ?? 0;
  return rows;
}

function reviewLocated(snapshot: WorkbookSnapshot, located: Located): ReviewReport {
  const findings: Finding[] = [];
  const rows = listRows(located);
  if (rows > REVIEW_LIMITS.rows) {
    return incomplete(snapshot, {
      zh: `模板元数据共声明 ${rows} 个清单行，超过复核上限 ${REVIEW_LIMITS.rows} 行（与单个工作表的行数上限相同），未复核。`,
      en: `The template markers declare ${rows} list rows in all, over the check's limit of ${REVIEW_LIMITS.rows} rows (the same as one sheet's row limit): nothing was checked.`,
    });
  }
  if (!located.isGreenAudit) {
    findings.push(
      finding({
        code: "not-greenaudit",
        sheet: "",
        cell: "",
        zh: "未找到 GreenAudit 模板：此工作簿不是用 GreenAudit 生成的，或模板的标记已被删除，因此没有可复核的内容。",
        en: "No GreenAudit template was found: this workbook was not made with GreenAudit, or its templates' markers were deleted, so there is nothing to check.",
      }),
    );
    return { findings, summary: summarize(findings, snapshot, [], []) };
  }
  for (const b of located.broken) {
    findings.push(
      finding({
        code: "metadata-invalid",
        sheet: b.sheet,
        cell: b.cell,
        zh: `模板元数据 ${b.metaName} 无法读取：${b.problem}`,
        en: `Template metadata ${b.metaName} cannot be read: ${b.problem}`,
        found: null,
      }),
    );
  }

  const discrepancies: Discrepancy[] = [];
  const badInputs = new Set<NodeId>();
  const rebuilt: RebuiltSet[] = [];
  for (const set of located.sets.values()) {
    const result = reviewSet(set, findings, discrepancies, badInputs, located.broken.length > 0);
    if (result) rebuilt.push(result);
  }
  // only the discrepant cells' formulas are read: what explains them is all the report needs
  const graph = buildDependencyGraph(
    snapshot,
    discrepancies.map((d) => d.node),
  );
  for (const f of rootCauses(discrepancies, badInputs, graph, snapshot)) findings.push(f);
  const order = snapshot.sheets.map((s) => s.name);
  const sorted = sortFindings(findings, order);
  return { findings: sorted, summary: summarize(sorted, snapshot, rebuilt, [...located.sets.values()]) };
}

function reviewSet(
  set: TemplateSet,
  findings: Finding[],
  discrepancies: Discrepancy[],
  badInputs: Set<NodeId>,
  markersBroken: boolean,
): RebuiltSet | undefined {
  const skeletonOpts = skeletonOptions(set);
  const skeletons = new Map<TemplateId, SheetPlan>();
  const options = set.get("options");
  for (const [id, t] of set) {
    // the option rows are read from the sheet's columns: the sheet is built once, with them; a template that is not
    // importable has no input cell (templates/registry.ts)
    if (id === "options" || findTemplate(id)?.importable === false) continue;
    const plan = layoutPlan(id, skeletonOpts, t.metadata.lang, t.metadata.mode);
    if (plan) skeletons.set(id, plan);
  }
  const verifiable = new Set<TemplateId>();
  for (const [id, t] of set) {
    const missing = (findTemplate(id)?.reads ?? []).filter((dep) => !set.has(dep));
    if (missing.length === 0) {
      verifiable.add(id);
      continue;
    }
    findings.push(
      finding({
        code: "template-missing",
        sheet: t.sheet.name,
        cell: "",
        templateId: id,
        zh: `模板“${t.sheet.name}”引用的模板 ${missing.join("、")} 不在工作簿中（工作表被删除？），其计算结果无法复核。`,
        en: `Sheet "${t.sheet.name}" reads the template(s) ${missing.join(", ")}, which are not in the workbook (sheet deleted?): its results cannot be verified.`,
      }),
    );
  }
  const read = readInputs(set, skeletons, options ? { options: readOptionRows(options) } : {});
  const { inputs } = read;
  // plans for comparing: without the page layout, which no finding reads
  const compared: TemplateOptions = { ...read.options, forReview: true };
  const plans = new Map<TemplateId, SheetPlan>();
  for (const [id, t] of set) {
    const plan = buildPlan(id, compared, t.metadata.lang, t.metadata.mode);
    if (plan) plans.set(id, plan);
  }
  for (const [id, t] of set) {
    const plan = plans.get(id);
    if (!plan) continue;
    rowFindings(t, plan, findings);
    // the summary reads every sheet: with a sheet's marker broken, what that sheet holds is not known
    if (verifiable.has(id) && !(id === "summary" && markersBroken)) compareComputed(t, plan, discrepancies);
  }
  const discrepant = new Set(discrepancies.map((d) => d.node));
  const rebuilt: RebuiltSet = { set, plans, verifiable, lang: baseOptions(set).lang };
  for (const f of runChecks(rebuilt, inputs, read.options, badInputs, discrepant)) findings.push(f);
  return rebuilt;
}

/** Inserted rows (info, one per sheet) and deleted rows (one per sheet) from the row keys. */
function rowFindings(t: LocatedTemplate, plan: SheetPlan, findings: Finding[]): void {
  const planRows = [...new Set(plan.cells.map((c) => c.row))];
  const deleted = planRows.filter((r) => !t.rows.has(r));
  // rows between two mapped plan rows beyond the plan's own gap were inserted (blank plan rows carry no key)
  const pairs = [...t.rows.entries()].sort((a, b) => a[0] - b[0]);
  let inserted = 0;
  let previous: [number, number] | undefined;
  for (const pair of pairs) {
    if (previous) inserted += Math.max(0, pair[1] - previous[1] - (pair[0] - previous[0]));
    previous = pair;
  }
  if (inserted > 0) {
    findings.push(
      finding({
        code: "rows-inserted",
        sheet: t.sheet.name,
        cell: "",
        templateId: t.id,
        zh: `模板区域内插入了 ${inserted} 行；已按行标识对应原有各行，插入行中的内容不参与复算。`,
        en: `${inserted} row(s) were inserted inside the template; the original rows were matched through their row keys, and the inserted rows' contents are not recomputed.`,
        found: inserted,
      }),
    );
  }
  if (deleted.length > 0) {
    findings.push(
      finding({
        code: "rows-deleted",
        sheet: t.sheet.name,
        cell: "",
        templateId: t.id,
        zh: `模板的 ${deleted.length} 行被删除（原第 ${deleted
          .slice(0, 5)
          .map((r) => r + 1)
          .join("、")}${deleted.length > 5 ? " 等" : ""} 行）；这些行上的单元格无法复核。`,
        en: `${deleted.length} template row(s) were deleted (plan rows ${deleted
          .slice(0, 5)
          .map((r) => r + 1)
          .join(", ")}${deleted.length > 5 ? ", …" : ""}); their cells cannot be verified.`,
        expected: planRows.length,
        found: planRows.length - deleted.length,
      }),
    );
  }
}

/**
 * The notice of a custom-mode sheet follows its title, whose length depends on the park's name (which the
 * review may not know): it is found in its row by its formula, which reads no cell.
 */
function noticeColumn(t: LocatedTemplate, row: number, planned: PlannedCell): number {
  const wanted = canonicalFormula(planned.formula ?? "");
  for (const [address, cell] of t.sheet.cells) {
    const at = parseCell(address);
    if (at?.row === row && cell.formula !== undefined && canonicalFormula(cell.formula) === wanted) return at.col;
  }
  return planned.col;
}

function compareComputed(t: LocatedTemplate, plan: SheetPlan, out: Discrepancy[]): void {
  const rowOf = (r: number) => t.rows.get(r);
  for (const planned of plan.cells) {
    // a review plan makes a formula when it is read: only where the workbook disagrees (templates/formulaSource.ts)
    if (!holdsFormula(planned)) continue;
    const row = rowOf(planned.row);
    if (row === undefined) continue;
    const col = planned.key === FUNCTIONS_STATUS_KEY ? noticeColumn(t, row, planned) : planned.col;
    const cell = t.grid.at(row, col);
    const found = cell?.value ?? null;
    if (cell?.formula === undefined) {
      out.push(discrepancy(t, planned, row, col, "replaced", found, true));
      continue;
    }
    if (valuesAgree(planned.cached ?? null, cell.value, planned.numberFormat)) {
      // a verdict is a rule of the standard: an edited one is reported even while it still shows the right word
      if (isVerdictRule(t, planned) && formulaDiffers(cell.formula, planned, rowOf))
        out.push(discrepancy(t, planned, row, col, "rule-edited", found, true));
      continue;
    }
    out.push(discrepancy(t, planned, row, col, "mismatch", found, formulaDiffers(cell.formula, planned, rowOf)));
  }
}

/**
 * Whether the workbook's formula is another than the plan's at the workbook's rows. The formula is compared only
 * where it matters: tokenizing every formula of a large sheet is most of the work.
 */
function formulaDiffers(formula: string, planned: PlannedCell, rowOf: (planRow: number) => number | undefined) {
  const shifted = shiftFormulaRows(planned.formula ?? "", rowOf);
  // the same text is the same formula: tokenized only when the texts differ
  return formula !== shifted && canonicalFormula(formula) !== canonicalFormula(shifted);
}

function discrepancy(
  t: LocatedTemplate,
  planned: PlannedCell,
  row: number,
  col: number,
  kind: Discrepancy["kind"],
  found: CellValue,
  formulaDiffers: boolean,
): Discrepancy {
  const node = nodeId(t.sheet.name, row, col);
  return { node, located: t, planCell: planned, cell: cellAddress(row, col), kind, found, formulaDiffers };
}

/** The verdict cells of 低碳管理 (docs/templates.md#low-carbon-management): their formula is the standard's rule. */
function isVerdictRule(t: LocatedTemplate, planned: PlannedCell): boolean {
  return t.id === "lowcarbon" && planned.key?.startsWith("verdict:") === true;
}

/** What a computed cell is, for the finding's code and message. */
function mismatchKind(d: Discrepancy): { code: FindingCode; zh: string; en: string } {
  const key = d.planCell.key ?? "";
  if (d.located.id === "matrix")
    return {
      code: "matrix-total-mismatch",
      zh: "绩效评估汇总值与“方案汇总”表不一致",
      en: "Performance-matrix total disagrees with the Options sheet",
    };
  if (d.located.id === "options" && key.startsWith("opt:costClass:"))
    return {
      code: "cost-class-mismatch",
      zh: "费用类别与投资额和门槛不符",
      en: "Cost class does not follow from the investment and the threshold",
    };
  if (d.located.id === "options" && /^opt:(payback|npv|irr):/.test(key)) {
    return {
      code: "economics-mismatch",
      zh: "投资回收期/净现值/内部收益率与其输入不符",
      en: "Payback / NPV / IRR does not follow from its inputs",
    };
  }
  if (d.planCell.role === "subtotal" || d.planCell.role === "total")
    return { code: "total-mismatch", zh: "合计/总分与各项不一致", en: "Total or subtotal disagrees with its items" };
  return {
    code: "value-mismatch",
    zh: "计算结果与按本工作簿数据复算的结果不符",
    en: "Computed value differs from the value recomputed from this workbook's data",
  };
}

/** Excel's error values, as a computed cell shows them. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

/**
 * A template formula shows a text, never an error value, for any input (docs/review-codes.md): an intact
 * formula showing an error where the recomputation gives a value was not computed by the program that last
 * saved the file (an iteration that did not converge, a function it lacks). No input explains it.
 */
function showsEngineError(d: Discrepancy): boolean {
  const isError = (v: CellValue | undefined) => typeof v === "string" && ERROR_VALUE.test(v);
  return d.kind === "mismatch" && !d.formulaDiffers && isError(d.found) && !isError(d.planCell.cached);
}

/**
 * Custom-mode sheets last calculated where the GREEN functions were missing (Excel without the add-in, WPS,
 * LibreOffice): their notice cell shows the notice (templates/functionsNotice). Their GREEN results are
 * empty or a fallback text: one warning per sheet, at the notice, instead of one finding per result.
 */
function functionsUnavailable(discrepancies: readonly Discrepancy[]): {
  notices: Discrepancy[];
  explained: (d: Discrepancy) => boolean;
} {
  const notices = discrepancies.filter(
    (d) =>
      d.kind === "mismatch" && d.planCell.key === FUNCTIONS_STATUS_KEY && typeof d.found === "string" && d.found !== "",
  );
  const sheets = new Set(notices.map((d) => d.located));
  const explained = (d: Discrepancy) =>
    d.kind === "mismatch" &&
    sheets.has(d.located) &&
    (d.planCell.key === FUNCTIONS_STATUS_KEY || callsGreen(d.planCell.formula));
  return { notices, explained };
}

function functionsUnavailableFinding(notice: Discrepancy, results: number): Finding {
  return finding({
    code: "functions-unavailable",
    sheet: notice.located.sheet.name,
    cell: notice.cell,
    templateId: notice.located.id,
    zh: `此表最后由没有 GREEN 函数的程序计算（未加载 GreenAudit 加载项的 Excel、WPS 或 LibreOffice）：${results} 个结果为空或显示替代文字。复核已按本工作簿数据复算这些结果；请在 Excel 中加载 GreenAudit 加载项后重新计算并保存，或在窗格中转换为原生公式。`,
    en: `This sheet was last calculated by a program without the GREEN functions (Excel without the GreenAudit add-in, WPS or LibreOffice): ${results} result(s) are empty or show a fallback text. The review recomputed them from this workbook's data; load the GreenAudit add-in in Excel, recalculate and save, or convert to native formulas in the pane.`,
    expected: "",
    found: notice.found,
  });
}

function rootCauses(
  discrepancies: readonly Discrepancy[],
  badInputs: ReadonlySet<NodeId>,
  graph: DependencyGraph,
  snapshot: WorkbookSnapshot,
): Finding[] {
  const findings: Finding[] = [];
  const bad = new Set<NodeId>([...badInputs, ...discrepancies.map((d) => d.node)]);
  const byNode = new Map(discrepancies.map((d) => [d.node, d]));
  const frontier: Discrepancy[] = [];
  const unavailable = functionsUnavailable(discrepancies);
  for (const notice of unavailable.notices) {
    const results = discrepancies.filter(
      (d) => d.located === notice.located && d !== notice && unavailable.explained(d),
    ).length;
    findings.push(functionsUnavailableFinding(notice, results));
  }
  for (const d of discrepancies) {
    // explained by the missing functions; the cells reading them are skipped below as their consequences
    if (unavailable.explained(d)) continue;
    if (d.kind === "replaced") {
      const emptied = d.found === null || d.found === "";
      findings.push(
        finding({
          code: "formula-replaced",
          sheet: d.located.sheet.name,
          cell: d.cell,
          templateId: d.located.id,
          zh: `${emptied ? "公式被删除" : `公式被替换为常量 ${shown(d.found, "zh")}`}：此单元格应为公式，按本工作簿数据复算为 ${shown(d.planCell.cached, "zh")}。`,
          en: `${emptied ? "Formula deleted" : `Formula replaced by the constant ${shown(d.found, "en")}`}: this cell must be a formula; recomputed from this workbook's data it is ${shown(d.planCell.cached, "en")}.`,
          expected: d.planCell.cached ?? null,
          found: d.found,
        }),
      );
      continue;
    }
    // downstream of another discrepancy or of a rejected input: reported there
    if (graph.precedents(d.node).some((p) => bad.has(p))) continue;
    if (d.kind === "rule-edited") {
      findings.push(
        finding({
          code: "formula-changed",
          sheet: d.located.sheet.name,
          cell: d.cell,
          templateId: d.located.id,
          zh: `判定公式被改写：结果 ${shown(d.found, "zh")} 暂与复算值相同，但已不是标准的判定规则，答案变化时将不再随之变化。`,
          en: `The verdict's formula was edited: its result ${shown(d.found, "en")} still agrees with the recomputed one, but it is no longer the standard's rule and will not follow the answers.`,
          expected: d.planCell.cached ?? null,
          found: d.found,
        }),
      );
      continue;
    }
    if (d.formulaDiffers) {
      findings.push(
        finding({
          code: "formula-changed",
          sheet: d.located.sheet.name,
          cell: d.cell,
          templateId: d.located.id,
          zh: `公式被改写，结果 ${shown(d.found, "zh")} 与复算值 ${shown(d.planCell.cached, "zh")} 不符。`,
          en: `Formula was edited: its result ${shown(d.found, "en")} differs from the recomputed ${shown(d.planCell.cached, "en")}.`,
          expected: d.planCell.cached ?? null,
          found: d.found,
        }),
      );
      continue;
    }
    frontier.push(d);
  }

  // stale results: an input changed after the last calculation leaves the cells reading it (and theirs)
  // wrong with intact formulas; report once at the input that explains them
  const downstream = (start: readonly NodeId[]) => {
    const seen = new Set<NodeId>(start);
    const queue = [...start];
    while (queue.length > 0) {
      const n = queue.pop() as NodeId;
      for (const dep of graph.dependents(n)) {
        if (!byNode.has(dep) || seen.has(dep)) continue;
        seen.add(dep);
        queue.push(dep);
      }
    }
    return seen;
  };
  // an error value is the spreadsheet program's own failure, never a stale result (see showsEngineError)
  const engineErrors = frontier.filter(showsEngineError);
  const remaining = new Set(frontier.filter((d) => !showsEngineError(d)).map((d) => d.node));
  for (;;) {
    const coverage = new Map<NodeId, NodeId[]>();
    for (const node of remaining) {
      for (const p of graph.precedents(node))
        if (!graph.isFormula(p)) (coverage.get(p) ?? coverage.set(p, []).get(p) ?? []).push(node);
    }
    let best: [NodeId, NodeId[]] | undefined;
    for (const entry of coverage) if (!best || entry[1].length > best[1].length) best = entry;
    if (!best) break;
    const [input, covered] = best;
    const propagates = covered.some((n) => graph.dependents(n).some((dep) => byNode.has(dep)));
    if (covered.length < 2 && !propagates) break;
    const stale = downstream(covered);
    covered.forEach((n) => remaining.delete(n));
    const { sheet: sheetName, row, col } = splitNode(input);
    const value = snapshot.sheets.find((s) => s.name === sheetName)?.cells.get(cellAddress(row, col))?.value ?? null;
    const first = covered[0] === undefined ? undefined : byNode.get(covered[0]);
    findings.push(
      finding({
        code: "stale-results",
        sheet: sheetName,
        cell: cellAddress(row, col),
        templateId: first?.located.id,
        zh: `此输入值（${shown(value, "zh")}）在最后一次计算后被修改，文件未重新计算即保存：${stale.size} 个计算结果已过时（如 ${first?.located.sheet.name}!${first?.cell}：保存值 ${shown(first?.found, "zh")}，复算值 ${shown(first?.planCell.cached, "zh")}）。`,
        en: `This input (${shown(value, "en")}) changed after the last calculation and the file was saved without recalculating: ${stale.size} computed result(s) are stale (e.g. ${first?.located.sheet.name}!${first?.cell}: saved ${shown(first?.found, "en")}, recomputed ${shown(first?.planCell.cached, "en")}).`,
        expected: null,
        found: value,
      }),
    );
  }
  for (const d of engineErrors) {
    findings.push(
      finding({
        code: mismatchKind(d).code,
        sheet: d.located.sheet.name,
        cell: d.cell,
        templateId: d.located.id,
        zh: `电子表格程序未能算出此结果：工作簿中为 ${shown(d.found, "zh")}，是上次计算此文件的程序自身的错误（如迭代求解未收敛、不支持的函数），与输入数据无关；按本工作簿数据复算为 ${shown(d.planCell.cached, "zh")}。`,
        en: `The spreadsheet program could not compute this result: the workbook shows ${shown(d.found, "en")}, an error of the program that last calculated the file (an iteration that did not converge, a function it lacks), not of the inputs; recomputed from this workbook's data it is ${shown(d.planCell.cached, "en")}.`,
        expected: d.planCell.cached ?? null,
        found: d.found,
      }),
    );
  }
  for (const node of remaining) {
    const d = byNode.get(node);
    if (!d) continue;
    const what = mismatchKind(d);
    findings.push(
      finding({
        code: what.code,
        sheet: d.located.sheet.name,
        cell: d.cell,
        templateId: d.located.id,
        zh: `${what.zh}：工作簿中为 ${shown(d.found, "zh")}，复算为 ${shown(d.planCell.cached, "zh")}。`,
        en: `${what.en}: the workbook shows ${shown(d.found, "en")}, recomputed ${shown(d.planCell.cached, "en")}.`,
        expected: d.planCell.cached ?? null,
        found: d.found,
      }),
    );
  }
  return findings;
}

function summarize(
  findings: readonly Finding[],
  snapshot: WorkbookSnapshot,
  rebuilt: readonly RebuiltSet[],
  sets: readonly TemplateSet[],
): ReviewReport["summary"] {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const years = [1, 2, 3] as const;
  const total = (k: number): number | null => {
    const name = snapshot.names.find((n) => n.name.toUpperCase() === `GREEN_TOTAL_Y${k}`);
    const value = name ? snapshot.sheets.find((s) => s.name === name.sheet)?.cells.get(name.range)?.value : undefined;
    return typeof value === "number" ? value : null;
  };
  const expected = (k: number): number | null => {
    const plan = rebuilt.find((r) => baseOptions(r.set).nameSuffix === "")?.plans.get("indicators");
    const cached = plan?.cells.find((c) => c.key === `total:${k}`)?.cached;
    return typeof cached === "number" ? cached : null;
  };
  const templates = sets.flatMap((set) => [...set.values()].map((t) => `${t.id}${t.metadata.nameSuffix}`));
  const main = sets.find((set) => baseOptions(set).nameSuffix === "") ?? sets[0];
  const evaluationYears = main ? baseOptions(main).years : undefined;
  return {
    errors: count("error"),
    warnings: count("warning"),
    info: count("info"),
    templates,
    totalScores: years.map(total) as [number | null, number | null, number | null],
    expectedTotalScores: years.map(expected) as [number | null, number | null, number | null],
    ...(evaluationYears ? { years: [evaluationYears[1], evaluationYears[2], evaluationYears[3]] as const } : {}),
    ...(main ? { lang: baseOptions(main).lang } : {}),
  };
}
