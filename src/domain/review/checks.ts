/**
 * The checks of docs/review-codes.md besides the recomputation: inputs against their validation rules (error), mandatory
 * inputs, evidence, basic requirements, team rules and implausible magnitudes (warning), parameters changed
 * from the catalog and optional indicators not evaluated (info). Every number comes from the rebuilt plans
 * (domain/calc through the builders); nothing here computes an indicator.
 */
import {
  BASIC_REQUIREMENTS,
  BEIJING_GUIDE,
  INDICATORS,
  LOW_CARBON_ITEMS,
  MATRIX_COLUMNS,
  OPTION_LEVELS,
  OPTION_STATUSES,
  OTHER_BENEFITS,
  PARAMETER_IDS,
  PARK_AUDIT_GUIDE,
  SCREENING_RESULTS,
  parameterEntry,
  type IndicatorDef,
} from "../catalog";
import { isIncrease, isMissing, mandatoryInputYears, spreadsheetTrim } from "../calc";
import { BASIC_ANSWER_TEXT } from "../calc/basicRequirements";
import { FAILING_ANSWERS, LOW_CARBON_ANSWER_TEXT, parseLowCarbonAnswer } from "../calc/lowCarbon";
import { cellAddress, parseRange } from "../templates/a1";
import type { TemplateOptions } from "../templates/context";
import type { Text } from "../text";
import type { CellValue, PlannedCell, PlannedValidation, SheetPlan, TemplateId } from "../templates/sheetPlan";
import { ANY_NUMBER_BOUND } from "../templates/validatePlan";
import { evidenceKey } from "../templates/specs/indicators";
import { dateSerial } from "../calc/workPlan";
import { finding, shown } from "./findings";
import { nodeId, type NodeId } from "./graph";
import { valueAt, type LocatedTemplate } from "./locate";
import { baseOptions, layoutPlan, type InputCell } from "./readInputs";
import type { RebuiltSet } from "./review";
import type { Finding } from "./types";

/** The one blank-cell rule of calc (calc/blank.ts): empty, or text with nothing but whitespace. */
const empty = (v: CellValue | undefined) => isMissing(v);
const sameWord = (a: string, b: string) => spreadsheetTrim(a).toLowerCase() === spreadsheetTrim(b).toLowerCase();

interface Ctx {
  readonly rebuilt: RebuiltSet;
  readonly inputs: readonly InputCell[];
  readonly findings: Finding[];
  readonly badInputs: Set<NodeId>;
  /** computed cells already reported through the recomputation: no second finding on them */
  readonly discrepant: ReadonlySet<NodeId>;
}

export function runChecks(
  rebuilt: RebuiltSet,
  inputs: readonly InputCell[],
  options: TemplateOptions,
  badInputs: Set<NodeId>,
  discrepant: ReadonlySet<NodeId>,
): Finding[] {
  const ctx: Ctx = { rebuilt, inputs, findings: [], badInputs, discrepant };
  for (const [id, plan] of rebuilt.plans) {
    const t = rebuilt.set.get(id);
    if (t) validationChecks(ctx, t, plan);
  }
  mandatoryData(ctx);
  indicatorChecks(ctx, options);
  basicChecks(ctx);
  lowCarbonChecks(ctx);
  synergyEvidence(ctx);
  teamChecks(ctx);
  diagnosisPlanChecks(ctx);
  optionChecks(ctx);
  parameterChanges(ctx);
  return ctx.findings;
}

/* ---------------------------------------------------------------- helpers */

function position(t: LocatedTemplate, planRow: number, col: number): { row: number; address: string } | undefined {
  const row = t.rows.get(planRow);
  return row === undefined ? undefined : { row, address: cellAddress(row, col) };
}

/** A computed cell's position, unless the recomputation already reports it (a consequence, not a new finding). */
function freshPosition(
  ctx: Ctx,
  t: LocatedTemplate,
  cell: PlannedCell | undefined,
): { row: number; address: string } | undefined {
  const at = cell ? position(t, cell.row, cell.col) : undefined;
  return at && !ctx.discrepant.has(nodeId(t.sheet.name, at.row, cell?.col ?? 0)) ? at : undefined;
}

function cellsWithKey(plan: SheetPlan, test: (key: string) => boolean): PlannedCell[] {
  return plan.cells.filter((c) => c.key !== undefined && test(c.key));
}

const inputIndex = new WeakMap<readonly InputCell[], Map<string, InputCell>>();

function inputOf(ctx: Ctx, templateId: TemplateId, key: string): InputCell | undefined {
  let index = inputIndex.get(ctx.inputs);
  if (!index) {
    index = new Map(ctx.inputs.map((i) => [`${i.templateId}|${i.key}`, i]));
    inputIndex.set(ctx.inputs, index);
  }
  return index.get(`${templateId}|${key}`);
}

/* ---------------------------------------------------------------- validation rules */

function ruleText(rule: PlannedValidation["rule"]): Text {
  switch (rule.kind) {
    case "list":
      return { zh: `应为以下之一：${rule.items.join("、")}`, en: `must be one of: ${rule.items.join(", ")}` };
    case "date":
      return { zh: "应为日期", en: "must be a date" };
    default: {
      const min =
        rule.min !== undefined && Math.abs(rule.min) < ANY_NUMBER_BOUND && rule.min > -1e9 ? rule.min : undefined;
      const max =
        rule.max !== undefined && Math.abs(rule.max) < ANY_NUMBER_BOUND && rule.max < 1e9 ? rule.max : undefined;
      const whole = rule.kind === "whole" ? { zh: "整数", en: "a whole number" } : { zh: "数值", en: "a number" };
      const bounds = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
        .filter(Boolean)
        .join(", ");
      return {
        zh: `应为${bounds ? ` ${bounds} 的` : ""}${whole.zh}`,
        en: `must be ${whole.en}${bounds ? ` ${bounds}` : ""}`,
      };
    }
  }
}

function violates(rule: PlannedValidation["rule"], v: CellValue): "not-number" | "out-of-range" | undefined {
  if (empty(v)) return undefined;
  switch (rule.kind) {
    case "list":
      return typeof v === "string" && rule.items.some((item) => sameWord(item, v)) ? undefined : "out-of-range";
    case "date":
      return dateSerial(v).ok ? undefined : "out-of-range";
    default:
      if (typeof v !== "number") return "not-number";
      if (rule.kind === "whole" && !Number.isInteger(v)) return "out-of-range";
      if (rule.min !== undefined && v < rule.min) return "out-of-range";
      if (rule.max !== undefined && v > rule.max) return "out-of-range";
      return undefined;
  }
}

function validationChecks(ctx: Ctx, t: LocatedTemplate, plan: SheetPlan): void {
  const inputAt = new Map(plan.cells.filter((c) => c.role === "input").map((c) => [`${c.row},${c.col}`, c]));
  const seen = new Set<string>();
  for (const validation of plan.validations) {
    const range = parseRange(validation.range);
    if (!range) continue;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const at = position(t, r, c);
        if (!at || seen.has(at.address) || !inputAt.has(`${r},${c}`)) continue;
        const v = valueAt(t.sheet, at.row, c) ?? null;
        const problem = violates(validation.rule, v);
        if (!problem) continue;
        seen.add(at.address);
        ctx.badInputs.add(nodeId(t.sheet.name, at.row, c));
        const rule = ruleText(validation.rule);
        // what the cell holds, as its input message names it (an internal row key means nothing to a user)
        const label = validation.prompt?.title ?? validation.error.title;
        ctx.findings.push(
          finding({
            code: problem === "not-number" ? "input-not-number" : "input-out-of-range",
            sheet: t.sheet.name,
            cell: at.address,
            templateId: t.id,
            zh:
              problem === "not-number"
                ? `数值单元格中填写了文本 ${shown(v, "zh")}（${label}）：${rule.zh}。`
                : `输入值 ${shown(v, "zh")} 超出允许范围（${label}）：${rule.zh}。`,
            en:
              problem === "not-number"
                ? `Text ${shown(v, "en")} in a number cell (${label}): ${rule.en}.`
                : `Input ${shown(v, "en")} is out of range (${label}): ${rule.en}.`,
            expected: null,
            found: v,
          }),
        );
      }
    }
  }
}

/* ---------------------------------------------------------------- data completeness */

const MANDATORY_ITEM_YEARS = mandatoryInputYears();
/** Items whose figure used is computed on the data sheet, and the row where the consultant reports it directly. */
const REPORTED_ROWS: Readonly<Record<string, string>> = { energy_total: "energy_total_reported", co2: "co2_reported" };
/** which (item) was reported missing, so an indicator that cannot be computed for that reason is not reported twice */
const missingItems = new WeakMap<Ctx, Set<string>>();

function mandatoryData(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("data");
  const plan = ctx.rebuilt.plans.get("data");
  const missing = new Set<string>();
  missingItems.set(ctx, missing);
  if (!t || !plan) return;
  const years = baseOptions(ctx.rebuilt.set).years;
  for (const [item, ks] of MANDATORY_ITEM_YEARS) {
    const gaps: { k: number; input: InputCell }[] = [];
    for (const k of [...ks].sort()) {
      const reported = REPORTED_ROWS[item];
      const input = inputOf(ctx, "data", `data:${reported ?? item}:${k}`);
      if (!input || input.row === undefined) continue;
      const value = reported ? plan.cells.find((c) => c.key === `data:${item}:${k}`)?.cached : input.value;
      if (isMissing(value)) gaps.push({ k, input });
    }
    if (gaps.length === 0) continue;
    missing.add(item);
    const [first] = gaps;
    if (!first) continue;
    const list = gaps.map((g) => years[g.k]).join(", ");
    ctx.findings.push(
      finding({
        code: "mandatory-input-missing",
        sheet: t.sheet.name,
        cell: cellAddress(first.input.row ?? 0, first.input.col),
        templateId: "data",
        zh: `必选指标所需数据 ${item} 缺少 ${list} 年的数值；相应必选指标按 0 分计。`,
        en: `Data item ${item}, needed by a mandatory indicator, is missing for ${list}; those mandatory indicators score 0.`,
      }),
    );
  }
}

/* ---------------------------------------------------------------- indicators */

function indicatorChecks(ctx: Ctx, options: TemplateOptions): void {
  const t = ctx.rebuilt.set.get("indicators");
  const plan = ctx.rebuilt.plans.get("indicators");
  if (!t || !plan) return;
  const years = baseOptions(ctx.rebuilt.set).years;
  const byKey = new Map(cellsWithKey(plan, () => true).map((c) => [c.key as string, c]));
  const missing = missingItems.get(ctx) ?? new Set<string>();
  const at = (c: PlannedCell | undefined) => freshPosition(ctx, t, c);
  for (const def of INDICATORS) {
    const ks = [1, 2, 3] as const;
    const values = ks.map((k) => ({ k, cell: byKey.get(`value:${def.id}:${k}`) }));
    const scores = ks.map((k) => ({ k, cell: byKey.get(`score:${def.id}:${k}`) }));
    // per year, the annex's evidence column where that year's value is reported (附件2-1-2)
    for (const { k, cell } of values) evidenceCheck(ctx, t, def, k, years[k], !empty(cell?.cached));
    const unfilled = (cells: typeof values) => cells.filter(({ cell }) => cell && empty(cell.cached));
    const yearList = (gaps: typeof values) => gaps.map(({ k }) => years[k]).join(", ");
    // a mandatory indicator that cannot be computed for a reason other than a missing input
    if (def.flag === "mandatory" && !def.inputs.some((i) => i.items.some((item) => missing.has(item)))) {
      const gaps = unfilled(values);
      const first = gaps[0] && at(gaps[0].cell);
      if (first) {
        ctx.findings.push(
          finding({
            code: "mandatory-not-computable",
            sheet: t.sheet.name,
            cell: first.address,
            templateId: "indicators",
            zh: `必选指标 ${def.id}（${def.name.zh}）在 ${yearList(gaps)} 年无法计算（数据无效或分母为 0），按 0 分计。`,
            en: `Mandatory indicator ${def.id} (${def.name.en}) cannot be computed for ${yearList(gaps)} (invalid data or a zero denominator) and scores 0.`,
          }),
        );
      }
    }
    // optional indicators not evaluated
    if (def.flag === "optional") {
      const gaps = unfilled(scores);
      const first = gaps[0] && at(gaps[0].cell);
      if (first) {
        ctx.findings.push(
          finding({
            code: "optional-not-evaluated",
            sheet: t.sheet.name,
            cell: first.address,
            templateId: "indicators",
            zh: `可选指标 ${def.id}（${def.name.zh}）在 ${yearList(gaps)} 年未参与评价。`,
            en: `Optional indicator ${def.id} (${def.name.en}) is not evaluated for ${yearList(gaps)}.`,
          }),
        );
      }
    }
    implausible(
      ctx,
      t,
      def,
      values.map(({ cell }) => cell),
      options,
    );
  }
}

/** docs/review-codes.md: a share above 100 %, or a ratio 100 times its leading value. */
function implausible(
  ctx: Ctx,
  t: LocatedTemplate,
  def: IndicatorDef,
  values: readonly (PlannedCell | undefined)[],
  options: TemplateOptions,
): void {
  const lead = options.parameters?.leads?.[def.id] ?? def.lead;
  for (const cell of values) {
    const v = cell?.cached;
    const at = freshPosition(ctx, t, cell);
    if (typeof v !== "number" || !at) continue;
    let reason: Text | undefined;
    if (def.unit === "%" && v > 100)
      reason = { zh: `比例 ${shown(v, "zh")}% 超过 100%`, en: `a share of ${shown(v, "en")} % is above 100 %` };
    else if (def.direction === "up" && typeof lead === "number" && lead > 0 && v > 100 * lead) {
      reason = {
        zh: `指标值 ${shown(v, "zh")} 超过引领值 ${lead} 的 100 倍，请核对单位`,
        en: `the value ${shown(v, "en")} is over 100 times the leading value ${lead}: check the units`,
      };
    }
    if (!reason) continue;
    ctx.findings.push(
      finding({
        code: "implausible-magnitude",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "indicators",
        zh: `指标 ${def.id} 数量级异常：${reason.zh}。`,
        en: `Indicator ${def.id} has an implausible magnitude: ${reason.en}.`,
        found: v,
      }),
    );
    return;
  }
}

/**
 * Year k's evidence column of 《北京市工业园区绿色诊断工作指南》附件2-1-2 — year 1 证明材料索引, years 2–3 评价情况说明 —
 * must be filled where that year's value is reported.
 */
function evidenceCheck(ctx: Ctx, t: LocatedTemplate, def: IndicatorDef, k: number, year: number, reported: boolean) {
  const evidence = inputOf(ctx, "indicators", evidenceKey(def.id, k));
  if (!reported || !evidence || evidence.row === undefined || !empty(evidence.value)) return;
  const what = k === 1 ? { zh: "证明材料索引", en: "evidence index" } : { zh: "评价情况说明", en: "explanation" };
  ctx.findings.push(
    finding({
      code: "evidence-missing",
      sheet: t.sheet.name,
      cell: cellAddress(evidence.row, evidence.col),
      templateId: "indicators",
      zh: `指标 ${def.id}（${def.name.zh}）${year} 年已有指标数据，但未填写${what.zh}。`,
      en: `Indicator ${def.id} (${def.name.en}) has a value for ${year} but no ${what.en}.`,
    }),
  );
}

/* ---------------------------------------------------------------- basic requirements, synergy, team */

const NOT_MET = [BASIC_ANSWER_TEXT["不符合"].zh, BASIC_ANSWER_TEXT["不符合"].en];
const isNotMet = (v: CellValue | undefined) => typeof v === "string" && NOT_MET.some((w) => sameWord(w, v));

function basicChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("basic");
  if (!t) return;
  for (const req of BASIC_REQUIREMENTS) {
    const answer = inputOf(ctx, "basic", `answer:${req.id}`);
    const evidence = inputOf(ctx, "basic", `evidence:${req.id}`);
    if (!answer || answer.row === undefined) continue;
    const cell = cellAddress(answer.row, answer.col);
    if (req.mandatory && empty(answer.value)) {
      ctx.findings.push(
        finding({
          code: "mandatory-input-missing",
          sheet: t.sheet.name,
          cell,
          templateId: "basic",
          zh: `必要基础性要求 ${req.id} 未作答。`,
          en: `Mandatory basic requirement ${req.id} is not answered.`,
        }),
      );
    } else if (req.mandatory && isNotMet(answer.value)) {
      ctx.findings.push(
        finding({
          code: "basic-requirement-not-met",
          sheet: t.sheet.name,
          cell,
          templateId: "basic",
          zh: `必要基础性要求 ${req.id} 不符合：${req.text.zh}`,
          en: `Mandatory basic requirement ${req.id} is not met: ${req.text.en}`,
          found: answer.value,
        }),
      );
    }
    if (!empty(answer.value) && evidence && evidence.row !== undefined && empty(evidence.value)) {
      ctx.findings.push(
        finding({
          code: "evidence-missing",
          sheet: t.sheet.name,
          cell: cellAddress(evidence.row, evidence.col),
          templateId: "basic",
          zh: `基础性要求 ${req.id} 已作答，但未填写证明材料索引。`,
          en: `Basic requirement ${req.id} is answered but has no evidence index.`,
        }),
      );
    }
  }
}

/**
 * 《工业园区低碳管理 基本要求》 (docs/templates.md#low-carbon-management): every item unanswered, an answered item without
 * its evidence index, and a 应 item answered 不符合 or 部分符合 (warnings).
 */
function lowCarbonChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("lowcarbon");
  if (!t) return;
  for (const item of LOW_CARBON_ITEMS) {
    const answer = inputOf(ctx, "lowcarbon", `answer:${item.id}`);
    const evidence = inputOf(ctx, "lowcarbon", `evidence:${item.id}`);
    if (!answer || answer.row === undefined) continue;
    const cell = cellAddress(answer.row, answer.col);
    const where = { sheet: t.sheet.name, templateId: "lowcarbon" } as const;
    const parsed = parseLowCarbonAnswer(answer.value);
    if (empty(answer.value)) {
      ctx.findings.push(
        finding({
          code: "requirement-unanswered",
          ...where,
          cell,
          zh: `低碳管理要求 ${item.clause}（${item.kind}）未作答。`,
          en: `Low-carbon requirement ${item.clause} (${item.kind === "应" ? "shall" : "should"}) is not answered.`,
        }),
      );
    } else if (item.kind === "应" && parsed.ok && FAILING_ANSWERS.includes(parsed.value)) {
      ctx.findings.push(
        finding({
          code: "requirement-not-met",
          ...where,
          cell,
          zh: `低碳管理“应”项 ${item.clause} 为“${parsed.value}”：${item.text.zh}`,
          en: `Low-carbon “shall” item ${item.clause} is ${LOW_CARBON_ANSWER_TEXT[parsed.value].en}: ${item.text.en}`,
          found: answer.value,
        }),
      );
    }
    if (!empty(answer.value) && evidence && evidence.row !== undefined && empty(evidence.value)) {
      ctx.findings.push(
        finding({
          code: "evidence-missing",
          ...where,
          cell: cellAddress(evidence.row, evidence.col),
          zh: `低碳管理要求 ${item.clause} 已作答，但未填写证明材料索引。`,
          en: `Low-carbon requirement ${item.clause} is answered but has no evidence index.`,
        }),
      );
    }
  }
}

function synergyEvidence(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("synergy");
  if (!t) return;
  for (const evidence of ctx.inputs.filter((i) => i.templateId === "synergy" && i.key.startsWith("evidence:"))) {
    const id = evidence.key.slice("evidence:".length);
    const reported = [1, 2, 3].some((k) => !empty(inputOf(ctx, "synergy", `actual_y${k}:${id}`)?.value));
    if (!reported || evidence.row === undefined || !empty(evidence.value)) continue;
    ctx.findings.push(
      finding({
        code: "evidence-missing",
        sheet: t.sheet.name,
        cell: cellAddress(evidence.row, evidence.col),
        templateId: "synergy",
        zh: `协同指标 ${id} 已填写实际值，但未填写证据索引。`,
        en: `Synergy indicator ${id} has actual values but no evidence index.`,
      }),
    );
  }
}

function teamChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("team");
  const plan = ctx.rebuilt.plans.get("team");
  if (!t || !plan) return;
  const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
  const required = (suffix: string) =>
    plan.cells.find((c) => c.key?.startsWith("required:") && c.key.endsWith(suffix))?.cached;
  const rules: { key: string; zh: string; en: string }[] = [
    {
      key: "verdict:members",
      zh: `工作组成员 ${shown(cached("count:members"), "zh")} 人，少于要求的 ${shown(required("members"), "zh")} 人`,
      en: `the team has ${shown(cached("count:members"), "en")} members, fewer than the required ${shown(required("members"), "en")}`,
    },
    {
      key: "verdict:expertise",
      zh: `高级职称 ${shown(cached("count:senior"), "zh")} 人（要求 ≥ ${shown(required("senior"), "zh")}），且绿色制造项目负责人 ${shown(cached("count:leads"), "zh")} 人（要求 ≥ ${shown(required("leads"), "zh")}）`,
      en: `${shown(cached("count:senior"), "en")} senior titles (≥ ${shown(required("senior"), "en")} required) and ${shown(cached("count:leads"), "en")} green-manufacturing project leads (≥ ${shown(required("leads"), "en")} required)`,
    },
    {
      key: "verdict:park",
      zh: `园区工作人员 ${shown(cached("count:park"), "zh")} 人，少于要求的 ${shown(required("staff"), "zh")} 人`,
      en: `${shown(cached("count:park"), "en")} park staff, fewer than the required ${shown(required("staff"), "en")}`,
    },
  ];
  for (const rule of rules) {
    const cell = plan.cells.find((c) => c.key === rule.key);
    const at = freshPosition(ctx, t, cell);
    if (!cell || !at || !isNotMet(cell.cached)) continue;
    ctx.findings.push(
      finding({
        code: "team-rule-not-met",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "team",
        zh: `诊断工作组不满足《北京市工业园区绿色诊断工作指南》三（二）的要求：${rule.zh}。`,
        en: `The diagnosis team does not meet the Beijing Guidelines for the Green Diagnosis of Industrial Parks, section 3 (2): ${rule.en}.`,
        found: cell.cached,
      }),
    );
  }
  enterpriseTeamChecks(ctx, t, plan);
}

/** Each enterprise whose audit team misses T/CPPC《工业园区清洁生产审核指南》5.1.2（2）: at its verdict, with its counts. */
function enterpriseTeamChecks(ctx: Ctx, t: LocatedTemplate, plan: SheetPlan): void {
  const cached = (key: string) => plan.cells.find((c) => c.key === key)?.cached;
  for (const cell of cellsWithKey(plan, (k) => k.startsWith("enterprise:verdict:"))) {
    const at = freshPosition(ctx, t, cell);
    if (!at || !isNotMet(cell.cached)) continue;
    const n = (cell.key ?? "").slice("enterprise:verdict:".length);
    const name = inputOf(ctx, "team", `enterprise:name:${n}`)?.value;
    const [members, needed, finance, financeNeeded] = [
      "members",
      "members-required",
      "finance",
      "finance-required",
    ].map((part) => cached(`enterprise:${part}:${n}`));
    ctx.findings.push(
      finding({
        code: "team-rule-not-met",
        sheet: t.sheet.name,
        cell: at.address,
        templateId: "team",
        zh: `企业${shown(name, "zh")}的审核小组不满足${PARK_AUDIT_GUIDE.zh}5.1.2（2）的要求：成员 ${shown(members, "zh")} 人（要求 ≥ ${shown(needed, "zh")}），来自本企业财务部门 ${shown(finance, "zh")} 人（要求 ≥ ${shown(financeNeeded, "zh")}）。`,
        en: `The audit team of the enterprise ${shown(name, "en")} does not meet the ${PARK_AUDIT_GUIDE.en}, 5.1.2 (2): ${shown(members, "en")} members (≥ ${shown(needed, "en")} required), ${shown(finance, "en")} from its finance department (≥ ${shown(financeNeeded, "en")} required).`,
        found: cell.cached,
      }),
    );
  }
}

/* ---------------------------------------------------------------- diagnosis plan */

/**
 * The green-diagnosis plan on the work-plan sheet (docs/templates.md#work-plan): the on-site diagnosis of
 * 《北京市工业园区绿色诊断工作指南》四（三）1 shorter than its minimum, and evaluated years not before the diagnosis year
 * (附件2-1-2 注2), each at its verdict cell with the figures.
 */
function diagnosisPlanChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("plan");
  const plan = ctx.rebuilt.plans.get("plan");
  if (!t || !plan) return;
  const byKey = (key: string) => plan.cells.find((c) => c.key === key);
  const value = (key: string) => {
    const cell = byKey(key);
    return cell?.formula !== undefined ? cell.cached : cell?.value;
  };
  const onsite = byKey("diag-check:onsite");
  const onsiteAt = freshPosition(ctx, t, onsite);
  if (onsiteAt && isNotMet(onsite?.cached)) {
    const days = value("diag-check:onsite-days");
    const minimum = value(`required:${PARAMETER_IDS.diagnosisMinOnsiteDays}`);
    ctx.findings.push(
      finding({
        code: "onsite-days-short",
        sheet: t.sheet.name,
        cell: onsiteAt.address,
        templateId: "plan",
        zh: `现场诊断计划 ${shown(days, "zh")} 个工作日，少于${BEIJING_GUIDE.zh}四（三）1“不应少于4个工作日”的要求（≥ ${shown(minimum, "zh")}）。`,
        en: `The on-site diagnosis is planned for ${shown(days, "en")} working days, fewer than the ${BEIJING_GUIDE.en}, section 4 (3) 1, require (≥ ${shown(minimum, "en")}).`,
        expected: minimum ?? null,
        found: days ?? null,
      }),
    );
  }
  const years = byKey("diag-check:years");
  const yearsAt = freshPosition(ctx, t, years);
  if (yearsAt && isNotMet(years?.cached)) {
    const diagnosisYear = value("diag-check:diagnosis-year");
    const lastYear = value("diag-check:last-year");
    ctx.findings.push(
      finding({
        code: "years-not-before-diagnosis",
        sheet: t.sheet.name,
        cell: yearsAt.address,
        templateId: "plan",
        zh: `诊断实施始于 ${shown(diagnosisYear, "zh")} 年，评价年份却到 ${shown(lastYear, "zh")} 年；${BEIJING_GUIDE.zh}附件2-1-2 注2：年份1至年份3原则上为绿色诊断实施年份的前三年。`,
        en: `The diagnosis starts in ${shown(diagnosisYear, "en")}, but the evaluated years run to ${shown(lastYear, "en")}; ${BEIJING_GUIDE.en}, Annex 2-1-2, note 2: years 1 to 3 are in principle the three years before the diagnosis.`,
        expected: lastYear ?? null,
        found: diagnosisYear ?? null,
      }),
    );
  }
}

/* ---------------------------------------------------------------- options */

/** The option rows of the workbook: its input cells by column, per option number (keys `opt:<column>:<n>`). */
function optionRows(ctx: Ctx): Map<string, Map<string, InputCell>> {
  const rows = new Map<string, Map<string, InputCell>>();
  for (const input of ctx.inputs) {
    if (input.templateId !== "options" || input.row === undefined) continue;
    const [, column, n] = input.key.split(":");
    if (column === undefined || n === undefined) continue;
    (rows.get(n) ?? rows.set(n, new Map()).get(n))?.set(column, input);
  }
  return rows;
}

function optionChecks(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("options");
  if (!t) return;
  // each row's screening result, by the row's number, in one pass over the rebuilt sheet (not one per row)
  const screening = new Map<string, CellValue | undefined>();
  for (const c of ctx.rebuilt.plans.get("options")?.cells ?? [])
    if (c.key?.startsWith(SCREENING_KEY)) screening.set(c.key.slice(SCREENING_KEY.length), c.cached);
  for (const [n, row] of optionRows(ctx)) {
    benefitIncreases(ctx, t.sheet.name, row);
    otherBenefits(ctx, t.sheet.name, row);
    optionCompleteness(ctx, t.sheet.name, row, screening.get(n));
  }
}

const SCREENING_KEY = "opt:screening:";

const isWord = (v: CellValue | undefined, defs: readonly { id: string; name: Text }[], id: string) =>
  defs.some((d) => d.id === id && typeof v === "string" && (sameWord(v, d.name.zh) || sameWord(v, d.name.en)));

/**
 * What the standards make necessary for an option: the evidence of an implemented option (江苏省《行业清洁生产审核技术指南》
 * 7.4.2, 附录B 九), the enterprise of an enterprise-level one (T/CPPC《工业园区清洁生产审核指南》5.4.1), the deadline of a
 * pending one (7.4.1 时限要求), and no rejected option among those implemented or to implement (7.3.2).
 */
function optionCompleteness(
  ctx: Ctx,
  sheet: string,
  row: ReadonlyMap<string, InputCell>,
  screening: CellValue | undefined,
): void {
  const name = row.get("name")?.value;
  const status = row.get("status")?.value;
  const level = row.get("level")?.value;
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  const implemented = isWord(status, OPTION_STATUSES, "implemented");
  const pending = isWord(status, OPTION_STATUSES, "pending");
  const at = (id: string) => {
    const cell = row.get(id);
    return cell && cell.row !== undefined ? { cell, address: cellAddress(cell.row, cell.col) } : undefined;
  };
  const report = (
    code: "evidence-missing" | "option-incomplete" | "option-rejected-listed",
    id: string,
    zh: string,
    en: string,
  ) => {
    const where = at(id);
    if (!where) return;
    ctx.findings.push(
      finding({ code, sheet, cell: where.address, templateId: "options", zh, en, found: where.cell.value }),
    );
  };
  const empty = (id: string) => isMissing(row.get(id)?.value);
  if (implemented && empty("evidence"))
    report(
      "evidence-missing",
      "evidence",
      `方案${option}已实施，缺少证明材料索引：江苏省《行业清洁生产审核技术指南》7.4.2 和附录B 九要求提供实施前后对比照片、绩效测算、合同、发票、检测报告等佐证材料。`,
      `Option ${option || "(unnamed)"} is implemented but has no evidence index: the Jiangsu audit guide, 7.4.2 and Annex B section 9, asks for before/after photos, performance calculations, contracts, invoices and test reports.`,
    );
  if (isWord(level, OPTION_LEVELS, "enterprise") && empty("enterprise"))
    report(
      "option-incomplete",
      "enterprise",
      `企业层面方案${option}未填实施企业：T/CPPC《工业园区清洁生产审核指南》5.4.1 的企业层面方案针对单个企业。`,
      `Enterprise-level option ${option || "(unnamed)"} names no enterprise: an enterprise-level option of the park audit guide, 5.4.1, addresses a single enterprise.`,
    );
  if (pending && empty("planned"))
    report(
      "option-incomplete",
      "planned",
      `待实施方案${option}未填计划完成时间：江苏省《行业清洁生产审核技术指南》7.4.1 按方案内容和时限要求组织实施。`,
      `Pending option ${option || "(unnamed)"} has no planned completion date: the Jiangsu audit guide, 7.4.1, implements options by their content and time limits.`,
    );
  if ((implemented || pending) && isWord(screening, SCREENING_RESULTS, "rejected"))
    report(
      "option-rejected-listed",
      "status",
      `方案${option}的可行性筛选结果为剔除，却列为${String(status)}：江苏省《行业清洁生产审核技术指南》7.3.2 剔除不可行方案后形成拟实施方案清单。`,
      `Option ${option || "(unnamed)"} was rejected by the screening but is listed as ${String(status)}: the Jiangsu audit guide, 7.3.2, removes infeasible options from the list to implement.`,
    );
}

const BENEFIT_COLUMNS = MATRIX_COLUMNS.filter((c) => c.category !== "energy-total");

/** calc/optionBenefits.ts: a negative benefit is an increase, counted with its sign; the reviewer should know of it. */
function benefitIncreases(ctx: Ctx, sheet: string, row: ReadonlyMap<string, InputCell>): void {
  const name = row.get("name")?.value;
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  for (const column of BENEFIT_COLUMNS) {
    const cell = row.get(column.id);
    if (!cell || cell.row === undefined || !isIncrease(cell.value)) continue;
    const amount = Math.abs(cell.value as number);
    ctx.findings.push(
      finding({
        code: "benefit-increase",
        sheet,
        cell: cellAddress(cell.row, cell.col),
        templateId: "options",
        zh: `方案${option}的${column.name.zh}为负值：实施后增加 ${shown(amount, "zh")} ${column.unit}，已按负值计入合计。《工业园区减污降碳协同增效管控规范》“污染物协同控制要求”要求避免因单一污染治理措施导致能源消耗显著增加或者碳排放反弹。`,
        en: `Option ${option || "(unnamed)"}: ${column.name.en} is negative — the option increases it by ${shown(amount, "en")} ${column.unit}, counted with its sign in the totals. The synergy specification's pollution-control requirements ask parks to avoid treatment that makes energy use rise markedly or carbon emissions rebound.`,
        found: cell.value,
      }),
    );
  }
}

/**
 * An other pollutant or saving of 江苏省《行业清洁生产审核技术指南》附录B 7.2 (其他污染物减排量, 其他): an amount the Performance sheet
 * cannot place without its name and unit (option-incomplete, at the empty cell), and an increase (benefit-increase).
 */
function otherBenefits(ctx: Ctx, sheet: string, row: ReadonlyMap<string, InputCell>): void {
  const name = row.get("name")?.value;
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  for (const other of OTHER_BENEFITS) {
    const amount = row.get(`${other.id}_amount`);
    if (!amount || amount.row === undefined || typeof amount.value !== "number") continue;
    const item = row.get(other.id);
    const unit = row.get(`${other.id}_unit`);
    for (const [cell, zh, en] of [
      [item, other.itemHeader.zh, other.itemHeader.en.toLowerCase()],
      [unit, "单位", "unit"],
    ] as const) {
      if (!cell || cell.row === undefined || !isMissing(cell.value)) continue;
      ctx.findings.push(
        finding({
          code: "option-incomplete",
          sheet,
          cell: cellAddress(cell.row, cell.col),
          templateId: "options",
          zh: `方案${option}填了${other.amountHeader.zh} ${shown(amount.value, "zh")}，未填${zh}：“绩效评估”表按名称和单位汇总${other.name.zh}（江苏省《行业清洁生产审核技术指南》附录B 7.2），此数量未计入。`,
          en: `Option ${option || "(unnamed)"} gives ${other.amountHeader.en.toLowerCase()} ${shown(amount.value, "en")} without its ${en}: the Performance sheet totals ${other.name.en.toLowerCase()} by name and unit (Jiangsu audit guide, Annex B 7.2), so it is not counted.`,
          found: amount.value,
        }),
      );
    }
    if (!isIncrease(amount.value)) continue;
    const what = isMissing(item?.value) ? "" : `（${String(item?.value)}）`;
    const unitText = isMissing(unit?.value) ? "" : ` ${String(unit?.value)}`;
    ctx.findings.push(
      finding({
        code: "benefit-increase",
        sheet,
        cell: cellAddress(amount.row, amount.col),
        templateId: "options",
        zh: `方案${option}的${other.amountHeader.zh}${what}为负值：实施后增加 ${shown(Math.abs(amount.value), "zh")}${unitText}，已按负值计入合计。`,
        en: `Option ${option || "(unnamed)"}: ${other.amountHeader.en.toLowerCase()}${what ? ` (${String(item?.value)})` : ""} is negative — the option increases it by ${shown(Math.abs(amount.value), "en")}${unitText}, counted with its sign in the totals.`,
        found: amount.value,
      }),
    );
  }
}

/* ---------------------------------------------------------------- parameters */

const PART: Readonly<Record<string, Text>> = {
  lead: { zh: "引领值", en: "leading value" },
  weight: { zh: "权重", en: "weight" },
  selected: { zh: "是否评价", en: "evaluate?" },
};

/** A parameter row in words, in both languages, from the catalog: "EG1 能源产出率 的引领值", "折现率". */
function parameterName(key: string, lang: "zh" | "en"): string {
  const [kind = "", id = ""] = key.split(":");
  const part = PART[kind];
  if (part) {
    const name = INDICATORS.find((d) => d.id === id)?.name[lang] ?? "";
    return lang === "zh" ? `${id} ${name} 的${part.zh}` : `the ${part.en} of ${id} ${name}`;
  }
  return parameterEntry(key)?.name[lang] ?? key;
}

function parameterChanges(ctx: Ctx): void {
  const t = ctx.rebuilt.set.get("params");
  if (!t) return;
  const base = baseOptions(ctx.rebuilt.set);
  const defaults = layoutPlan("params", base, base.lang, base.mode);
  if (!defaults) return;
  const defaultOf = new Map(
    defaults.cells.filter((c) => c.role === "input" && c.key).map((c) => [c.key as string, c.value ?? null]),
  );
  const params = ctx.inputs.filter((i) => i.templateId === "params");
  for (const input of params) {
    if (input.key.startsWith("confirmed:") || input.row === undefined) continue;
    const before = defaultOf.get(input.key) ?? null;
    const now = input.value;
    const same =
      (empty(before) && empty(now)) ||
      before === now ||
      (typeof before === "number" &&
        typeof now === "number" &&
        Math.abs(before - now) <= 1e-12 * Math.max(1, Math.abs(before)));
    if (same) continue;
    ctx.findings.push(
      finding({
        code: "parameter-changed",
        sheet: t.sheet.name,
        cell: cellAddress(input.row, input.col),
        templateId: "params",
        zh: `${parameterName(input.key, "zh")}与默认值不同：默认 ${shown(before, "zh")}，现为 ${shown(now, "zh")}。`,
        en: `${capitalised(parameterName(input.key, "en"))} differs from its default: default ${shown(before, "en")}, now ${shown(now, "en")}.`,
        expected: before,
        found: now,
      }),
    );
  }
  // rows the consultant marked 本项目已确认: reported as info, with the value confirmed
  for (const mark of params) {
    if (
      !mark.key.startsWith("confirmed:") ||
      mark.row === undefined ||
      !YES_WORDS.includes(
        String(mark.value ?? "")
          .trim()
          .toLowerCase(),
      )
    )
      continue;
    const rowKey = mark.key.slice("confirmed:".length);
    const valueCell = inputOf(ctx, "params", rowKey);
    if (!valueCell) continue;
    ctx.findings.push(
      finding({
        code: "parameter-confirmed",
        sheet: t.sheet.name,
        cell: cellAddress(mark.row, mark.col),
        templateId: "params",
        zh: `${parameterName(rowKey, "zh")}已由咨询人员确认适用于本项目（取值 ${shown(valueCell.value, "zh")}）。`,
        en: `${capitalised(parameterName(rowKey, "en"))} is confirmed for this project by the consultant (value ${shown(valueCell.value, "en")}).`,
        found: valueCell.value,
      }),
    );
  }
}

const YES_WORDS = ["是", "yes"];
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
