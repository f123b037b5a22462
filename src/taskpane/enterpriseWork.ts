/**
 * The pane's enterprise work for both hosts (docs/enterprises.md "In the pane"), loaded on first use: one
 * enterprise's data-request workbook from the pane's form — the list reader's checks and the request builder and
 * .xlsx writer of `green-audit collect` — and the returned workbooks merged as `green-audit merge` merges them:
 * each file read with the bounded reader and reduced to its numbers before the next is read, the same checks, the
 * findings grouped per enterprise.
 */
import { readEnterpriseList, parseEnterpriseListBytes, type EnterpriseList } from "../domain/enterprise/listFile";
import type { MergeResult } from "../domain/enterprise/merge";
import {
  addReturn,
  mergedParkFile,
  startMerge,
  type ParkForMerge,
  type ReplacedValue,
} from "../domain/enterprise/mergePark";
import { creditCodeProblem } from "../domain/enterprise/creditCode";
import { requestFileName } from "../domain/enterprise/requestFileName";
import { buildRequestSheet } from "../domain/enterprise/requestSheet";
import type { ParkDataFile } from "../domain/schema/parkData";
import type { Text } from "../domain/text";
import { readWorkbookSync, UnreadableWorkbook } from "../xlsx/readWorkbookFile";
import { planToXlsx } from "../xlsx/writePlan";
import {
  FormProblems,
  OperationError,
  type ChosenFile,
  type EnterpriseImportOutcome,
  type EnterpriseRequestForm,
  type FindingGroup,
} from "./operations";

/** A field of the form and what is wrong with it, in both languages. */
export interface FormProblem {
  readonly field: Text;
  readonly words: Text;
}

export interface RequestBuild {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

const AUDIT_YEAR: Text = { zh: "审核完成年份", en: "year the audit was completed" };
const NAME: Text = { zh: "企业名称", en: "enterprise name" };
const CODE: Text = { zh: "统一社会信用代码", en: "unified social credit code" };

/** The form as an enterprise list of one, checked as `collect` checks a list. */
function formList(form: EnterpriseRequestForm): { list?: EnterpriseList; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (form.name.trim() === "") problems.push({ field: NAME, words: { zh: "请填写", en: "fill it in" } });
  const codeProblem = creditCodeProblem(form.code);
  if (codeProblem) problems.push({ field: CODE, words: codeProblem });
  const yearText = form.auditYear.trim();
  const auditYear = yearText === "" ? undefined : Number(yearText);
  if (auditYear !== undefined && !(Number.isInteger(auditYear) && auditYear >= 1990 && auditYear <= 2200))
    problems.push({ field: AUDIT_YEAR, words: { zh: "应为四位数的年份", en: "should be a four-digit year" } });
  const entry = {
    name: form.name.trim(),
    code: form.code,
    ...(form.industry.trim() ? { industry: form.industry.trim() } : {}),
    key: form.key,
    ...(form.auditStatus ? { audit: { status: form.auditStatus, ...(auditYear ? { year: auditYear } : {}) } } : {}),
  };
  if (problems.length > 0) return { problems };
  const read = readEnterpriseList({ years: form.years, enterprises: [entry] });
  if (!read.ok) problems.push(...read.problems.map((p) => ({ field: p.field, words: p.words })));
  return read.ok && problems.length === 0 ? { list: read.list, problems } : { problems };
}

/** The request workbook's bytes and file name; FormProblems says what to correct in the form. */
export async function requestWorkbook(form: EnterpriseRequestForm): Promise<RequestBuild> {
  const { list, problems } = formList(form);
  const enterprise = list?.enterprises[0];
  if (!list || !enterprise) throw new FormProblems(problems);
  const plan = buildRequestSheet({ lang: form.lang, years: form.years, list, enterprise });
  return { bytes: await planToXlsx([plan]), fileName: requestFileName(enterprise) };
}

/** The enterprise list the user chose, checked against the park's years; refused in words. */
async function readList(file: ChosenFile, years: readonly number[]): Promise<EnterpriseList> {
  const read = parseEnterpriseListBytes(await file.bytes(), years);
  if (read.ok) return read.list;
  const shown = read.problems.slice(0, 5);
  const line = (w: "zh" | "en") => shown.map((p) => `${p.field[w]}${w === "zh" ? "：" : ": "}${p.words[w]}`);
  throw new OperationError("file", line("en"), {
    zh: `企业名单 ${file.name} 有误：${line("zh").join("；")}`,
    en: `the enterprise list ${file.name} has problems: ${line("en").join("; ")}`,
  });
}

/** The bounded reader's snapshot, or why not (a damaged file, not an .xlsx, too large). */
function readBytes(
  bytes: Uint8Array,
): { ok: true; snapshot: ReturnType<typeof readWorkbookSync> } | { ok: false; why: Text } {
  try {
    return { ok: true, snapshot: readWorkbookSync(bytes) };
  } catch (error) {
    if (error instanceof UnreadableWorkbook) return { ok: false, why: error.words };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, why: { zh: "读取时发生内部错误", en: `an internal read error: ${message}` } };
  }
}

export interface PaneMerge {
  readonly result: MergeResult;
  /** undefined when nothing could be merged */
  readonly merged?: { readonly file: ParkDataFile; readonly replaced: readonly ReplacedValue[] };
}

/** The returned workbooks, one at a time, into the park: `green-audit merge`'s checks and sums. */
export async function mergeChosen(
  park: ParkForMerge,
  files: readonly ChosenFile[],
  listFile?: ChosenFile,
): Promise<PaneMerge> {
  const list = listFile ? await readList(listFile, park.file.years as number[]) : undefined;
  const run = startMerge(park, list);
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
    } catch {
      run.refuse(file.name, { zh: "无法读取：文件打不开", en: "cannot be read: the file could not be opened" });
      continue;
    }
    const read = readBytes(bytes);
    if (read.ok) addReturn(run, file.name, read.snapshot);
    else run.refuse(file.name, { zh: `无法读取：${read.why.zh}`, en: `cannot be read: ${read.why.en}` });
  }
  const result = run.finish(listFile?.name ?? "");
  return result.enterprises.length === 0 ? { result } : { result, merged: mergedParkFile(park, result) };
}

/** The findings per enterprise (else per file), in the order first found; the replaced park values last. */
export function groupFindings(merge: PaneMerge): FindingGroup[] {
  const groups = new Map<
    string,
    { title: string; file?: string; refused: boolean; lines: FindingGroup["lines"][number][] }
  >();
  for (const f of merge.result.findings) {
    const key = `${f.file}\u0000${f.enterprise ?? ""}`;
    const group = groups.get(key) ?? {
      title: f.enterprise || f.file,
      file: f.file || undefined,
      refused: false,
      lines: [],
    };
    const refused = f.severity === "refused";
    group.refused ||= refused;
    group.lines.push({ ...(f.cell ? { cell: f.cell } : {}), words: f.words, refused });
    groups.set(key, group);
  }
  const out: FindingGroup[] = [...groups.values()].map((g) => ({ ...g, ...(g.file ? { file: g.file } : {}) }));
  const replaced = merge.merged?.replaced ?? [];
  if (replaced.length > 0)
    out.push({
      title: "",
      park: true,
      refused: false,
      lines: replaced.map((r) => ({ words: r.words, refused: false })),
    });
  return out;
}

/** What the pane shows after an import. */
export function importOutcome(
  merge: PaneMerge,
  files: number,
  written: Partial<Pick<EnterpriseImportOutcome, "fileName" | "sheets" | "replacedSheet" | "evidence">>,
): EnterpriseImportOutcome {
  const refused = merge.result.findings.filter((f) => f.severity === "refused").length;
  const { total, audited } = merge.result.keyEnterprises;
  return {
    written: merge.merged !== undefined,
    merged: merge.result.enterprises.length,
    files,
    refused,
    groups: groupFindings(merge),
    keyEnterprises: { total, audited },
    ...written,
  };
}
