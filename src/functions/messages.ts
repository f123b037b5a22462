/**
 * Message texts of the GREEN.* functions in zh-CN (default, docs/architecture.md "Chinese is the primary language") and
 * en-US, and the choice between them: English when Office's display language is English, else Chinese.
 * Excel shows the message of a #VALUE! or #N/A cell in its error indicator menu.
 */
import type { Failure, Reason } from "../domain/calc/outcome";
import { findDataItem } from "../domain/catalog";
import { textOf, type Lang, type Text } from "../domain/text";

export type MessageLanguage = Lang;

let forcedLanguage: MessageLanguage | undefined;

/** Fixes the message language (tests, or a pane setting); `undefined` goes back to Office's display language. */
export function setMessageLanguage(language?: MessageLanguage): void {
  forcedLanguage = language;
}

/**
 * The language of messages: en-US when `Office.context.displayLanguage` is English ("en-US", "en-GB", …),
 * zh-CN otherwise — also outside Office, before Office is initialised, or when reading it fails.
 */
export function messageLanguage(): MessageLanguage {
  if (forcedLanguage !== undefined) return forcedLanguage;
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const display = office?.context?.displayLanguage;
    if (typeof display === "string" && /^en(-|_|$)/i.test(display.trim())) return "en-US";
  } catch {
    // Office.context may throw before initialisation in some hosts: keep the default.
  }
  return "zh-CN";
}

export function localize(text: Text, language: MessageLanguage = messageLanguage()): string {
  return textOf(text, language);
}

/** What each domain reason means, when nothing more specific is known. */
export const REASON_TEXT: Readonly<Record<Reason, Text>> = {
  "missing-input": { zh: "缺少输入", en: "Missing input" },
  "division-by-zero": { zh: "分母为零", en: "Division by zero" },
  "undefined-growth": { zh: "增长率无定义", en: "The growth rate is undefined" },
  "no-convergence": { zh: "迭代无解", en: "No solution was found" },
  "invalid-input": { zh: "输入无效", en: "Invalid input" },
  "unknown-id": { zh: "未知的标识", en: "Unknown id" },
  "no-default": { zh: "没有默认值", en: "There is no default value" },
};

const quote = (x: unknown): string => `“${String(x)}”`;
const quoteEn = (x: unknown): string => `"${String(x)}"`;

/** Messages of argument coercion and of the functions' own checks. */
export const MESSAGES = {
  notANumber: (param: string, got: unknown): Text => ({
    zh: `参数 ${param} 应为数字，收到 ${quote(got)}`,
    en: `${param} must be a number, got ${quoteEn(got)}`,
  }),
  notFinite: (param: string): Text => ({
    zh: `参数 ${param} 不是有限的数字`,
    en: `${param} is not a finite number`,
  }),
  notOneCell: (param: string, cells: number): Text => ({
    zh: `参数 ${param} 应为单个单元格，收到 ${cells} 个单元格的区域`,
    en: `${param} must be one cell, got a range of ${cells} cells`,
  }),
  unsupportedValue: (param: string): Text => ({
    zh: `参数 ${param} 的值类型不受支持`,
    en: `${param} holds a value of an unsupported type`,
  }),
  notText: (param: string): Text => ({ zh: `参数 ${param} 应为文本`, en: `${param} must be text` }),
  notBoolean: (param: string): Text => ({
    zh: `参数 ${param} 应为 TRUE 或 FALSE`,
    en: `${param} must be TRUE or FALSE`,
  }),
  missing: (param: string): Text => ({ zh: `缺少参数 ${param}`, en: `${param} is missing` }),
  unknownIndicator: (got: unknown): Text => ({
    zh: `未知的指标 ${quote(got)}：请使用 EG1–MG31 的编号或指标中文名称`,
    en: `Unknown indicator ${quoteEn(got)}: use an id EG1–MG31 or the Chinese indicator name`,
  }),
  unknownCatalogEntry: (got: unknown): Text => ({
    zh: `未知的指标或数据项 ${quote(got)}`,
    en: `Unknown indicator or data item ${quoteEn(got)}`,
  }),
  unknownCarrier: (got: unknown): Text => ({
    zh: `未知的能源品种 ${quote(got)}（如 原煤、天然气、电力、热力、柴油）`,
    en: `Unknown energy carrier ${quoteEn(got)} (e.g. 原煤 raw coal, 天然气 natural gas, 电力 electricity, 热力 heat)`,
  }),
  unknownUnit: (got: unknown): Text => ({
    zh: `未知的单位 ${quote(got)}（可用 t、kg、m³、万m³、kWh、万kWh、MWh、GJ、MJ）`,
    en: `Unknown unit ${quoteEn(got)} (use t, kg, m³, 万m³, kWh, 万kWh, MWh, GJ, MJ)`,
  }),
  unknownFactorSet: (got: unknown): Text => ({
    zh: `未知的排放因子集 ${quote(got)}（如 national-2023、east-2023、华东-2023、market-2022）`,
    en: `Unknown factor set ${quoteEn(got)} (e.g. national-2023, east-2023, 华东-2023, market-2022)`,
  }),
  unknownDirection: (param: string, got: unknown): Text => ({
    zh: `参数 ${param} 中的方向 ${quote(got)} 无效：请用 up/down、↑/↓、正向/逆向 或 1/-1`,
    en: `Direction ${quoteEn(got)} in ${param} is not valid: use up/down, ↑/↓, 正向/逆向 or 1/-1`,
  }),
  unknownLanguage: (got: unknown): Text => ({
    zh: `未知的语言 ${quote(got)}：请用 zh 或 en`,
    en: `Unknown language ${quoteEn(got)}: use zh or en`,
  }),
  lengthsDiffer: (params: string): Text => ({
    zh: `区域 ${params} 的单元格数不一致`,
    en: `The ranges ${params} differ in size`,
  }),
  scoreWithoutId: (row: number): Text => ({
    zh: `第 ${row} 行有得分但没有指标编号`,
    en: `Row ${row} has a score but no indicator id`,
  }),
  tooManyInputs: (id: string, count: number): Text => ({
    zh: `指标 ${id} 只有 ${count} 个输入`,
    en: `Indicator ${id} takes ${count} inputs`,
  }),
  noCoefficient: (carrier: Text, unit: string): Text => ({
    zh: `${carrier.zh}没有默认折标准煤系数：请在参数 coefficient（第 4 个参数）中给出，单位 kgce/${unit}`,
    en: `${carrier.en} has no default standard-coal coefficient: give one in the coefficient argument (4th), in kgce per ${unit}`,
  }),
  noCo2Factor: (carrier: Text, unit: string): Text => ({
    zh: `${carrier.zh}没有默认二氧化碳排放因子：请在参数 factor（第 5 个参数）中给出，单位 tCO₂/${unit}`,
    en: `${carrier.en} has no default CO₂ factor: give one in the factor argument (5th), in t CO₂ per ${unit}`,
  }),
  noThreshold: (): Text => ({
    zh: "没有全国统一的中/高费门槛：请在参数 threshold 中给出（万元，通常引用参数表中的门槛）",
    en: "There is no national cost-class threshold: give one in the threshold argument (10⁴ yuan, usually the parameter sheet's)",
  }),
  undefinedGrowth: (): Text => ({
    zh: "工业增加值未增长，弹性系数无定义",
    en: "Value added did not grow: the elasticity is undefined",
  }),
  irrNoRoot: (): Text => ({
    zh: "内部收益率无解（−99 % 至 1000 % 之间没有使净现值为零的收益率；年净现金流量可能不为正）",
    en: "No internal rate of return between −99 % and 1000 % (the annual cash flow may not be positive)",
  }),
  resultOutOfRange: (): Text => ({ zh: "结果超出数值范围", en: "The result is out of the numeric range" }),
  unexpected: (): Text => ({
    zh: "计算时发生意外错误，请检查参数",
    en: "An unexpected error occurred: check the arguments",
  }),
} as const;

/** A data item id (`va`) shown with its Chinese name: “工业增加值 (va)”. */
function namedItem(name: string, language: MessageLanguage): string {
  const item = findDataItem(name);
  if (item === undefined || item.id !== name) return name;
  return language === "en-US" ? `${item.name.en} (${name})` : `${item.name.zh} (${name})`;
}

/**
 * The detail of a domain failure in the user's language. The domain writes short English details
 * (domain/calc); the common ones are translated here, a data item id in them is shown with its name, and
 * any other detail is kept as written (the Chinese reason text stays in front of it).
 */
interface DetailForm {
  readonly pattern: RegExp;
  /** the Chinese text, from the captured parts (data item ids already named) */
  readonly zh: (...parts: string[]) => string;
  /** says everything without the reason in front ("缺少 x" rather than "缺少输入：缺少 x") */
  readonly standalone?: boolean;
}

const DETAIL_FORMS: readonly DetailForm[] = [
  { pattern: /^(.+) is missing$/, zh: (name) => `缺少 ${name}`, standalone: true },
  { pattern: /^denominator of (.+) is zero$/, zh: (name) => `${name} 的分母为零` },
  { pattern: /^base-period intensity is zero$/, zh: () => "基期强度为零" },
  { pattern: /^base-period pollutant amount is zero$/, zh: () => "基期污染物排放量为零" },
  { pattern: /^(.+) is zero$/, zh: (name) => `${name} 为零` },
  { pattern: /^(.+) is negative$/, zh: (name) => `${name} 为负数` },
  { pattern: /^(.+) is not a number$/, zh: (name) => `${name} 不是数字` },
  { pattern: /^(.+) is not finite$/, zh: (name) => `${name} 不是有限的数字` },
  { pattern: /^(.+) is not text$/, zh: (name) => `${name} 应为文本` },
  { pattern: /^(.+) must be above zero$/, zh: (name) => `${name} 必须大于零` },
  { pattern: /^(.+) is not an answer of (.+)$/, zh: (answer, item) => `“${answer}”不是 ${item} 的答案` },
  {
    pattern: /^(.+) \((.+)\) does not convert to (.+) \((.+)\)$/,
    zh: (from, _d, to) => `单位 ${from} 不能换算为 ${to}`,
  },
  { pattern: /^expected at most (\d+) values, got (\d+)$/, zh: (most, got) => `区域最多 ${most} 个值，收到 ${got} 个` },
  { pattern: /^tax rate must be between 0 and 1$/, zh: () => "所得税税率应为 0 到 1 之间的小数（25 % = 0.25）" },
  { pattern: /^discount rate must be above -100 %$/, zh: () => "贴现率必须大于 −100 %" },
  { pattern: /^lifetime must be a whole number of years$/, zh: () => "年限应为整数年" },
  { pattern: /^annual cash flow is zero$/, zh: () => "年净现金流量为零，投资无法收回" },
  { pattern: /^annual cash flow is negative/, zh: () => "年净现金流量为负，投资无法收回" },
  { pattern: /^level must be 1, 2 or 3$/, zh: () => "级别应为 1、2 或 3" },
  { pattern: /^no indicator to grade$/, zh: () => "没有可评定的指标" },
  { pattern: /^no applicable indicator$/, zh: () => "没有适用的指标" },
  { pattern: /^applicable weights sum to zero$/, zh: () => "适用指标的权重之和为零" },
  { pattern: /^no weight is evaluated$/, zh: () => "没有参评的指标" },
  { pattern: /^no pollutant is reported$/, zh: () => "没有任何污染物排放量" },
  { pattern: /^columns differ in length$/, zh: () => "各区域的单元格数不一致" },
  { pattern: /^weights differ in length from the indicators$/, zh: () => "权重与指标的单元格数不一致" },
];

/** The detail in the user's language, and whether it says everything without the reason in front. */
function detailText(detail: string, language: MessageLanguage): { text: string; standalone: boolean } {
  for (const form of DETAIL_FORMS) {
    const match = form.pattern.exec(detail);
    if (!match) continue;
    const parts = match.slice(1).map((part) => ({ part, named: namedItem(part, language) }));
    let text = detail;
    if (language === "en-US") for (const { part, named } of parts) text = text.replace(part, named);
    else text = form.zh(...parts.map(({ named }) => named));
    return { text, standalone: form.standalone === true };
  }
  return { text: detail, standalone: false };
}

/** A failure the functions layer has explained itself, in both languages. */
export interface ExplainedFailure extends Failure {
  readonly text: Text;
}

export function isExplained(failure: Failure): failure is ExplainedFailure {
  return typeof (failure as Partial<ExplainedFailure>).text === "object";
}

/** "GREEN.TCE：…" — the message of a failed call, in the user's language. */
export function failureMessage(
  functionId: string,
  failure: Failure,
  language: MessageLanguage = messageLanguage(),
): string {
  const separator = language === "en-US" ? ": " : "：";
  let body: string;
  if (isExplained(failure)) body = localize(failure.text, language);
  else {
    const reason = localize(REASON_TEXT[failure.reason] ?? REASON_TEXT["invalid-input"], language);
    const detail = failure.detail ? detailText(failure.detail, language) : undefined;
    body = detail === undefined ? reason : detail.standalone ? detail.text : `${reason}${separator}${detail.text}`;
  }
  return `GREEN.${functionId}${separator}${body}`;
}
