/**
 * The enterprise list (docs/enterprises.md): `green-audit collect --enterprises LIST.json` writes one data-request
 * workbook per enterprise of it, and the merge reads it to find who sent nothing and to evidence basic
 * requirement 4 (key enterprises with a completed cleaner-production audit). Validated with zod; each problem
 * names its JSON path and the field in the user's words, in both languages.
 */
import * as z from "zod/mini";
import { ENTERPRISE_ITEMS } from "./items";
import { creditCodeProblem, normalizeCreditCode } from "./creditCode";
import { jsonSyntaxError } from "../schema/jsonSyntax";
import { decodeText } from "../schema/textDecoding";
import {
  FIRST_YEAR,
  LAST_YEAR,
  PARK_DATA_YEARS,
  jsonPath,
  readParkData,
  type ParkDataProblem,
} from "../schema/parkData";
import type { ParkData } from "../calc";
import type { Text } from "../text";

/** The cleaner-production audit status of an enterprise, as the request workbook's drop-down list offers it. */
export const AUDIT_STATUSES = ["已完成", "进行中", "未开展"] as const;
export const AUDIT_STATUSES_EN = ["completed", "in progress", "not started"] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
/** The key-enterprise answers (是 = a key enterprise of the park's audit). */
export const KEY_ANSWERS = ["是", "否"] as const;

/** Most enterprises a list may name: a park has hundreds; this bounds what one command writes. */
export const MAX_ENTERPRISES = 5000;
/** A list file is a few hundred kilobytes at most; anything this large is not one. */
export const LIST_FILE_BYTES = 20 * 1024 * 1024;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const contact = z.strictObject({
  name: z.optional(text(50)),
  phone: z.optional(text(50)),
  email: z.optional(text(100)),
});

const enterpriseSchema = z.strictObject({
  name: text(100),
  code: z.string(),
  industry: z.optional(text(100)),
  key: z.optional(z.boolean()),
  audit: z.optional(
    z.strictObject({
      status: z.enum(AUDIT_STATUSES),
      year: z.optional(z.number().check(z.int())),
    }),
  ),
  contact: z.optional(contact),
  values: z.optional(z.unknown()),
  energy: z.optional(z.unknown()),
});

export const enterpriseListSchema = z.strictObject({
  park: z.optional(z.strictObject({ name: text(100) })),
  years: z.optional(z.array(z.number().check(z.int()))),
  contact: z.optional(contact),
  deadline: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  enterprises: z.array(enterpriseSchema).check(z.minLength(1), z.maxLength(MAX_ENTERPRISES)),
});

export interface EnterpriseEntry {
  readonly name: string;
  /** normalised: no spaces, upper case */
  readonly code: string;
  readonly industry?: string;
  readonly key: boolean;
  readonly audit?: { readonly status: AuditStatus; readonly year?: number };
  readonly contact?: { readonly name?: string; readonly phone?: string; readonly email?: string };
  /** prefilled values, the park data file's layout (docs/data-file.md) for this enterprise */
  readonly data?: ParkData;
}

export interface EnterpriseList {
  readonly parkName?: string;
  readonly years?: readonly [number, number, number, number];
  readonly contact?: { readonly name?: string; readonly phone?: string; readonly email?: string };
  readonly deadline?: string;
  readonly enterprises: readonly EnterpriseEntry[];
}

export type EnterpriseListResult =
  | { readonly ok: true; readonly list: EnterpriseList; readonly notice?: Text }
  | { readonly ok: false; readonly problems: readonly ParkDataProblem[] };

const FIELD_WORDS: Readonly<Record<string, Text>> = {
  name: { zh: "企业名称", en: "enterprise name" },
  code: { zh: "统一社会信用代码", en: "unified social credit code" },
  industry: { zh: "所属行业", en: "industry" },
  key: { zh: "重点企业", en: "key enterprise" },
  audit: { zh: "清洁生产审核", en: "cleaner-production audit" },
  contact: { zh: "联系人", en: "contact" },
  values: { zh: "预填数据", en: "prefilled values" },
  energy: { zh: "预填能源消费", en: "prefilled energy use" },
  years: { zh: "年份", en: "years" },
  deadline: { zh: "截止日期", en: "deadline" },
  park: { zh: "园区", en: "park" },
  enterprises: { zh: "企业名单", en: "enterprise list" },
};

/** The field of a JSON path in the user's words: "企业“甲化工”的统一社会信用代码". */
function fieldOf(path: readonly PropertyKey[], json: unknown): Text {
  const [head, index, field] = path;
  if (head !== "enterprises" || typeof index !== "number")
    return FIELD_WORDS[String(head)] ?? { zh: "整个文件", en: "the whole file" };
  const list = (json as { enterprises?: { name?: unknown }[] } | undefined)?.enterprises;
  const name = list?.[index]?.name;
  const who: Text =
    typeof name === "string" && name.trim() !== ""
      ? { zh: `企业“${name}”`, en: `enterprise "${name}"` }
      : { zh: `第 ${index + 1} 家企业`, en: `enterprise ${index + 1}` };
  const what = FIELD_WORDS[String(field ?? "")];
  return what ? { zh: `${who.zh}的${what.zh}`, en: `${what.en} of ${who.en}` } : who;
}

function problem(path: readonly PropertyKey[], json: unknown, words: Text): ParkDataProblem {
  return { path: jsonPath(path), field: fieldOf(path, json), message: words.en, words };
}

function describe(issue: z.core.$ZodIssue): Text {
  const field = String(issue.path[issue.path.length - 1] ?? "");
  switch (issue.code) {
    case "invalid_type":
      if (field === "key") return { zh: "应为 true 或 false", en: "expected true or false" };
      if (field === "enterprises") return { zh: "应为企业列表 [ … ]", en: "expected a list of enterprises [ … ]" };
      return {
        zh: `应为${issue.expected === "string" ? "文本" : issue.expected === "number" ? "数字" : issue.expected}`,
        en: `expected ${issue.expected}`,
      };
    case "unrecognized_keys":
      return {
        zh: `未知的键 ${issue.keys.map((k) => `"${k}"`).join("、")}`,
        en: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
      };
    case "invalid_value":
      return {
        zh: `应为 ${AUDIT_STATUSES.join(" / ")} 之一`,
        en: `expected one of ${AUDIT_STATUSES.join(" / ")} (${AUDIT_STATUSES_EN.join(" / ")})`,
      };
    case "too_small":
      return field === "enterprises" || issue.path.length === 1
        ? { zh: "名单中至少应有一家企业", en: "the list needs at least one enterprise" }
        : { zh: "不能为空", en: "must not be empty" };
    case "too_big":
      return issue.path.length === 1
        ? { zh: `最多 ${MAX_ENTERPRISES} 家企业`, en: `at most ${MAX_ENTERPRISES} enterprises` }
        : {
            zh: `过长（最多 ${String(issue.maximum)} 个字符）`,
            en: `too long (at most ${String(issue.maximum)} characters)`,
          };
    case "invalid_format":
      return field === "deadline"
        ? { zh: "日期应写作 YYYY-MM-DD", en: "write the date as YYYY-MM-DD" }
        : { zh: "格式不符", en: issue.message };
    case "not_multiple_of":
      return { zh: "应为整数", en: "expected a whole number" };
    default:
      return { zh: `格式不符（${issue.message}）`, en: issue.message };
  }
}

/** The four years of a list, or the problem with them. */
function yearProblems(years: readonly number[], json: unknown): ParkDataProblem[] {
  if (years.length !== PARK_DATA_YEARS)
    return [
      problem(["years"], json, {
        zh: `应为 4 个年份（基准年和三个评价年），实际为 ${years.length} 个`,
        en: `expected 4 years (the base year and three evaluation years), got ${years.length}`,
      }),
    ];
  const problems: ParkDataProblem[] = [];
  years.forEach((y, k) => {
    if (y < FIRST_YEAR || y > LAST_YEAR)
      problems.push(
        problem(["years", k], json, {
          zh: `年份应在 ${FIRST_YEAR}–${LAST_YEAR}`,
          en: `expected a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${y}`,
        }),
      );
    const before = years[k - 1];
    if (before !== undefined && y <= before)
      problems.push(
        problem(["years", k], json, {
          zh: `年份应递增：${y} 在 ${before} 之后`,
          en: `years must increase: ${y} after ${before}`,
        }),
      );
  });
  return problems;
}

const ENTERPRISE_ITEM_IDS = new Set(ENTERPRISE_ITEMS.map((i) => i.id));

/** An enterprise's prefilled values and energy, checked as a park data file's (docs/data-file.md) under its path. */
function prefillProblems(
  entry: z.infer<typeof enterpriseSchema>,
  index: number,
  years: readonly number[],
  json: unknown,
): { data?: ParkData; problems: ParkDataProblem[] } {
  if (entry.values === undefined && entry.energy === undefined) return { problems: [] };
  const values = (entry.values ?? {}) as Record<string, unknown>;
  const problems: ParkDataProblem[] = [];
  if (values !== null && typeof values === "object" && !Array.isArray(values))
    for (const key of Object.keys(values))
      if (!ENTERPRISE_ITEM_IDS.has(key))
        problems.push(
          problem(["enterprises", index, "values", key], json, {
            zh: `“${key}”不是企业填报的数据项（园区层面的数据项由园区填写）`,
            en: `"${key}" is not an item enterprises report (park-level items are filled by the park)`,
          }),
        );
  const checked = readParkData({
    years,
    values: entry.values ?? {},
    ...(entry.energy !== undefined ? { energy: entry.energy } : {}),
  });
  if (!checked.ok)
    for (const p of checked.problems)
      problems.push({
        ...p,
        path: `enterprises[${index}].${p.path}`,
        field: {
          zh: `${fieldOf(["enterprises", index], json).zh} ${p.field.zh}`,
          en: `${p.field.en} of ${fieldOf(["enterprises", index], json).en}`,
        },
      });
  if (problems.length > 0 || !checked.ok) return { problems };
  return { data: checked.data, problems };
}

/**
 * Validates a parsed list. `years` from the command line (four: the base year and three evaluation years) is
 * used when given; the list's own `years` must then agree.
 */
export function readEnterpriseList(json: unknown, givenYears?: readonly number[]): EnterpriseListResult {
  const parsed = enterpriseListSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => problem(issue.path, json, describe(issue))) };
  const file = parsed.data;
  const problems: ParkDataProblem[] = [];
  const years = givenYears ?? file.years;
  if (years === undefined)
    problems.push(
      problem(["years"], json, {
        zh: "缺少年份：请在名单中写 years 或使用 --years",
        en: "no years: give years in the list or --years",
      }),
    );
  else problems.push(...yearProblems(years, json));
  if (givenYears && file.years && file.years.join(",") !== givenYears.join(","))
    problems.push(
      problem(["years"], json, {
        zh: `名单中的年份 ${file.years.join(",")} 与 --years ${givenYears.join(",")} 不一致`,
        en: `the list's years ${file.years.join(",")} differ from --years ${givenYears.join(",")}`,
      }),
    );
  const seen = new Map<string, number>();
  const entries: EnterpriseEntry[] = [];
  file.enterprises.forEach((e, i) => {
    const code = normalizeCreditCode(e.code);
    const bad = creditCodeProblem(e.code);
    if (bad) problems.push(problem(["enterprises", i, "code"], json, bad));
    const first = seen.get(code);
    if (first !== undefined)
      problems.push(
        problem(["enterprises", i, "code"], json, {
          zh: `与第 ${first + 1} 家企业（${file.enterprises[first]?.name ?? ""}）的代码重复`,
          en: `the same code as enterprise ${first + 1} (${file.enterprises[first]?.name ?? ""})`,
        }),
      );
    else seen.set(code, i);
    if (e.audit?.year !== undefined && (e.audit.year < FIRST_YEAR || e.audit.year > LAST_YEAR))
      problems.push(
        problem(["enterprises", i, "audit", "year"], json, {
          zh: "应为审核完成的年份",
          en: "expected the year the audit was completed",
        }),
      );
    const prefill = years && years.length === PARK_DATA_YEARS ? prefillProblems(e, i, years, json) : { problems: [] };
    problems.push(...prefill.problems);
    entries.push({
      name: e.name.trim(),
      code,
      key: e.key ?? false,
      ...(e.industry !== undefined ? { industry: e.industry } : {}),
      ...(e.audit !== undefined ? { audit: e.audit } : {}),
      ...(e.contact !== undefined ? { contact: e.contact } : {}),
      ...(prefill.data !== undefined ? { data: prefill.data } : {}),
    });
  });
  if (problems.length > 0 || years === undefined) return { ok: false, problems };
  return {
    ok: true,
    list: {
      ...(file.park ? { parkName: file.park.name } : {}),
      years: years as unknown as readonly [number, number, number, number],
      ...(file.contact ? { contact: file.contact } : {}),
      ...(file.deadline ? { deadline: file.deadline } : {}),
      enterprises: entries,
    },
  };
}

/** Reads a list file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 or GB18030, as the park data file. */
export function parseEnterpriseListBytes(bytes: Uint8Array, givenYears?: readonly number[]): EnterpriseListResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      problems: [
        {
          path: "(root)",
          field: FIELD_WORDS.enterprises ?? { zh: "", en: "" },
          message: decoded.words.en,
          words: decoded.words,
        },
      ],
    };
  const source = decoded.text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const where = jsonSyntaxError(source);
    const words: Text = where
      ? {
          zh: `不是有效的 JSON：第 ${where.line} 行第 ${where.column} 列，${where.words.zh}`,
          en: `not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`,
        }
      : { zh: `不是有效的 JSON：${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` };
    return {
      ok: false,
      problems: [{ path: "(root)", field: { zh: "整个文件", en: "the whole file" }, message: words.en, words }],
    };
  }
  return readEnterpriseList(json, givenYears);
}
