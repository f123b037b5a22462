/**
 * Checks a SheetPlan against the rules Excel enforces, before any adapter writes a cell: Office.js batches
 * are not transactional, so a plan Excel would refuse half-way must be refused whole beforehand
 * ("bad input … changes nothing").
 */
import { parseCell, parseRange } from "./a1";
import { chartProblems } from "./charts";
import type { SheetPlan } from "./sheetPlan";

/** A bound no worksheet number reaches: a decimal rule without min or max accepts any number. */
export const ANY_NUMBER_BOUND = 9.99e307;

/** Excel: a data-validation input or error title holds at most 32 characters, an input message 255. */
export const VALIDATION_TITLE_LIMIT = 32;
export const VALIDATION_PROMPT_LIMIT = 255;
/**
 * Excel: a data-validation error message holds at most 224 characters, although the file format allows 255
 * ([MS-OI29500] Office Implementation Information for ISO/IEC 29500, §2.1.613).
 */
export const VALIDATION_ERROR_LIMIT = 224;

/** Excel: an inline list source of a data validation holds at most 255 characters. */
const LIST_SOURCE_LIMIT = 255;
/** Excel: a defined name holds at most 255 characters. */
const NAME_LIMIT = 255;
/** Excel: a formula holds at most 8 192 characters. */
const FORMULA_LIMIT = 8192;
/** Excel: a cell holds at most 32 767 characters. */
const CELL_TEXT_LIMIT = 32767;

export function isValidDefinedName(name: string): boolean {
  return (
    name.length <= NAME_LIMIT &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !parseCell(name) &&
    !/^[Rr]\d*([Cc]\d*)?$/.test(name) &&
    !/^[Cc]\d*$/.test(name)
  );
}

export function planProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const where = (what: string) => `${plan.templateId}: ${what}`;
  const seen = new Set<string>();
  for (const cell of plan.cells) {
    const key = `${cell.row},${cell.col}`;
    if (seen.has(key)) problems.push(where(`two cells at row ${cell.row + 1}, column ${cell.col + 1}`));
    seen.add(key);
    if (cell.formula !== undefined && (cell.formula.length === 0 || cell.formula.length > FORMULA_LIMIT)) {
      problems.push(where(`formula of ${cell.formula.length} characters at row ${cell.row + 1}`));
    }
    if (typeof cell.value === "string" && cell.value.length > CELL_TEXT_LIMIT)
      problems.push(where(`text over ${CELL_TEXT_LIMIT} characters`));
  }
  for (const name of plan.names) {
    if (!isValidDefinedName(name.name)) problems.push(where(`invalid defined name "${name.name}"`));
    if (!parseRange(name.range)) problems.push(where(`name ${name.name} has a bad range "${name.range}"`));
  }
  const ranges = [
    ...plan.validations.map((v) => v.range),
    ...plan.conditionalFormats.map((c) => c.range),
    ...plan.merges,
    ...plan.regions.map((r) => r.range),
  ];
  for (const range of ranges) if (!parseRange(range)) problems.push(where(`bad range "${range}"`));
  for (const chart of plan.charts ?? []) problems.push(...chartProblems(chart).map(where));
  for (const v of plan.validations) {
    const texts = [
      { m: v.error, limit: VALIDATION_ERROR_LIMIT },
      ...(v.prompt ? [{ m: v.prompt, limit: VALIDATION_PROMPT_LIMIT }] : []),
    ];
    for (const { m, limit } of texts) {
      if (m.title.length > VALIDATION_TITLE_LIMIT || m.message.length > limit) {
        problems.push(where(`validation text over Excel's limits at ${v.range}: "${m.title}"`));
      }
    }
    if (v.rule.kind === "list" && v.rule.items.join(",").length > LIST_SOURCE_LIMIT) {
      problems.push(where(`drop-down list of ${v.rule.items.join(",").length} characters at ${v.range}`));
    }
  }
  return problems;
}
