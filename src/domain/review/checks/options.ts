/** The option summary's rows (docs/review-codes.md): completeness, screening, increases and other benefits. */
import { MATRIX_COLUMNS, OPTION_LEVELS, OPTION_STATUSES, OTHER_BENEFITS, SCREENING_RESULTS } from "../../catalog";
import { isIncrease, isMissing } from "../../calc";
import { cellAddress } from "../../templates/a1";
import type { Text } from "../../text";
import type { CellValue } from "../../templates/sheetPlan";
import { finding, shown } from "../findings";
import type { Row } from "../../templates/inputKeys";
import { optionRowsInWorkbook, type OptionRow } from "../optionRows";
import { sameWord, type Ctx } from "./context";

export function optionChecks(ctx: Ctx, rows: readonly Row[]): void {
  const t = ctx.rebuilt.set.get("options");
  if (!t) return;
  // each row's screening result, by the row's number, in one pass over the rebuilt sheet (not one per row)
  const screening = new Map<string, CellValue | undefined>();
  for (const c of ctx.rebuilt.plans.get("options")?.cells ?? [])
    if (c.key?.startsWith(SCREENING_KEY)) screening.set(c.key.slice(SCREENING_KEY.length), c.cached);
  for (const [n, row] of optionRowsInWorkbook(t, rows)) {
    benefitIncreases(ctx, t.sheet.name, row);
    otherBenefits(ctx, t.sheet.name, row);
    optionCompleteness(ctx, t.sheet.name, row, screening.get(String(n)));
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
function optionCompleteness(ctx: Ctx, sheet: string, row: OptionRow, screening: CellValue | undefined): void {
  const name = row.value("name");
  const status = row.value("status");
  const level = row.value("level");
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  const implemented = isWord(status, OPTION_STATUSES, "implemented");
  const pending = isWord(status, OPTION_STATUSES, "pending");
  const at = (id: string) => {
    const cell = row.cell(id);
    return cell && { cell, address: cellAddress(cell.row, cell.col) };
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
  const empty = (id: string) => isMissing(row.value(id));
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
function benefitIncreases(ctx: Ctx, sheet: string, row: OptionRow): void {
  const name = row.value("name");
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  for (const column of BENEFIT_COLUMNS) {
    const value = row.value(column.id);
    if (!isIncrease(value)) continue;
    const cell = row.cell(column.id);
    if (!cell) continue;
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
function otherBenefits(ctx: Ctx, sheet: string, row: OptionRow): void {
  const name = row.value("name");
  const option = isMissing(name) ? "" : `“${String(name)}”`;
  for (const other of OTHER_BENEFITS) {
    const amount = row.cell(`${other.id}_amount`);
    if (!amount || typeof amount.value !== "number") continue;
    const item = row.cell(other.id);
    const unit = row.cell(`${other.id}_unit`);
    for (const [cell, zh, en] of [
      [item, other.itemHeader.zh, other.itemHeader.en.toLowerCase()],
      [unit, "单位", "unit"],
    ] as const) {
      if (!cell || !isMissing(cell.value)) continue;
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
