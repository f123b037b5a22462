/**
 * The enterprises' figures merged into a park workbook (docs/enterprises.md "Merging"), shared by
 * `green-audit merge` and the pane's "导入企业填报表" in both hosts: the park workbook's inputs read from its
 * snapshot, each returned workbook checked and reduced to its numbers, the park data with the sums (each typed
 * park value they replace reported with both figures), basic requirement 4's evidence, and the sheets to write —
 * 企业汇总 and the data sheet whose summed items are formulas over it.
 */
import {
  DATA_ITEMS,
  findCarrier,
  parameterValue,
  PARAMETER_IDS,
  reportingUnit,
  type BasicRequirementAnswer,
} from "../catalog";
import { convertQuantity } from "../calc";
import type { WorkbookSnapshot } from "../review/snapshot";
import { parkDataFromInputs, readWorkbookInputs } from "../schema/exportParkData";
import type { ParkDataFile } from "../schema/parkData";
import { optionsFromParkData } from "../schema/parkDataOptions";
import type { TemplateMetadata } from "../schema/templateMetadata";
import { templateNames, type TemplateOptions } from "../templates/context";
import type { SheetPlan, TemplateId } from "../templates/sheetPlan";
import { findTemplate, withDependencies } from "../templates/specs";
import type { Lang, Text } from "../text";
import { EnterpriseMerge, type MergeResult } from "./merge";
import { readReturn } from "./readReturn";
import { buildSummarySheet } from "./summarySheet";

export interface ParkForMerge {
  /** the data sheet's metadata: language, formula mode, years, name suffix */
  readonly meta: TemplateMetadata;
  /** the park workbook's inputs as a park data file */
  readonly file: ParkDataFile;
  /** the templates the workbook holds */
  readonly templates: readonly TemplateId[];
  /** defined names of the data sheet whose cell holds a formula already (an earlier merge's sums) */
  readonly formulas: ReadonlySet<string>;
}

export type ParkRead =
  { readonly ok: true; readonly park: ParkForMerge } | { readonly ok: false; readonly words: Text };

const NO_TEMPLATE: Text = {
  zh: "不是用 GreenAudit 模板生成的园区工作簿，找不到可合并的“基础数据”表",
  en: "not a park workbook made from the GreenAudit templates: there is no data sheet (基础数据) to merge into",
};
const NO_DATA_SHEET: Text = {
  zh: "工作簿中没有“基础数据”表，无法合并企业数据",
  en: "the workbook has no data sheet (基础数据) to merge into",
};

/** The park workbook to merge into, from its snapshot (the CLI's reader, the pane's file reader, or Office.js). */
export function readParkForMerge(snapshot: WorkbookSnapshot): ParkRead {
  const read = readWorkbookInputs(snapshot);
  if (!read.ok) return { ok: false, words: NO_TEMPLATE };
  const data = read.set.get("data");
  if (!data) return { ok: false, words: NO_DATA_SHEET };
  const file = parkDataFromInputs(read.set, read.inputs) as unknown as ParkDataFile;
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const formulas = new Set(
    snapshot.names
      .filter((n) => n.name.toUpperCase().startsWith("GREEN_DATA_"))
      .filter((n) => sheets.get(n.sheet)?.cells.get(n.range)?.formula !== undefined)
      .map((n) => n.name.toUpperCase()),
  );
  return { ok: true, park: { meta: data.metadata, file, templates: [...read.set.keys()], formulas } };
}

/** The words of the merge: the language chosen, else the park workbook's. */
export function mergeWords(park: ParkForMerge, chosen?: Lang): "zh" | "en" {
  return (chosen ?? park.meta.lang) === "zh-CN" ? "zh" : "en";
}

/** The jump threshold of the park's parameter sheet (参数), else the catalog's. */
export function jumpThreshold(file: ParkDataFile): number | null {
  const given = file.parameters?.values?.[PARAMETER_IDS.enterpriseJumpThreshold];
  return given === undefined ? parameterValue(PARAMETER_IDS.enterpriseJumpThreshold) : given;
}

/** A merge run over the park's years, jump threshold and (optionally) the enterprise list. */
export function startMerge(
  park: ParkForMerge,
  list?: ConstructorParameters<typeof EnterpriseMerge>[2],
): EnterpriseMerge {
  return new EnterpriseMerge(park.file.years as number[], jumpThreshold(park.file), list);
}

/** One returned workbook, read: merged when it is an enterprise data request, else refused with why. */
export function addReturn(run: EnterpriseMerge, file: string, snapshot: WorkbookSnapshot): void {
  const read = readReturn(snapshot);
  if (read.ok) run.add(file, read.value);
  else run.refuse(file, read.why);
}

/** A typed park value the enterprises' sum replaces. */
export interface ReplacedValue {
  /** the data sheet's defined name of the cell */
  readonly name: string;
  readonly words: Text;
}

type Values = Record<string, (number | string | null)[]>;

const DATA_SHEET: Text = findTemplate("data")?.sheetName ?? { zh: "基础数据", en: "Data" };

/** The park data with the enterprises' sums; each typed park value the sums replace is reported. */
export function mergedParkFile(
  park: ParkForMerge,
  result: MergeResult,
): { file: ParkDataFile; replaced: ReplacedValue[] } {
  const { file } = park;
  const suffix = park.meta.nameSuffix;
  const replaced: ReplacedValue[] = [];
  const years = file.years as number[];
  const typedBefore = (name: string, before: unknown) =>
    before !== null && before !== undefined && before !== "" && !park.formulas.has(name.toUpperCase());
  const values: Values = { ...(file.values as Values) };
  for (const [item, sums] of Object.entries(result.sums.values)) {
    const typed = values[item] ?? [null, null, null, null];
    const name = DATA_ITEMS.find((d) => d.id === item)?.name ?? { zh: item, en: item };
    sums.forEach((sum, k) => {
      const before = typed[k];
      const cell = dataName(item, k, suffix);
      if (typedBefore(cell, before) && before !== sum)
        replaced.push({
          name: cell,
          words: {
            zh: `${DATA_SHEET.zh} ${name.zh}（${years[k]} 年）原填 ${before}，现为企业合计 ${sum ?? "（空）"}`,
            en: `${DATA_SHEET.en} ${name.en} (${years[k]}): the typed ${before} is replaced by the enterprises' sum ${sum ?? "(empty)"}`,
          },
        });
    });
    values[item] = sums;
  }
  const energy = [...(file.energy ?? [])].map((row) => ({ ...row }));
  for (const [carrierId, sums] of Object.entries(result.sums.energy)) {
    const carrier = findCarrier(carrierId);
    if (!carrier) continue;
    const at = energy.findIndex((r) => findCarrier(r.carrier)?.id === carrierId);
    const row = at >= 0 ? energy[at] : undefined;
    const unit = row?.unit ?? reportingUnit(carrier);
    // the sums are in the reporting unit; a row kept in another unit keeps its coefficients' meaning
    const inRowUnit = sums.map((v) => {
      if (v === null) return null;
      const c = convertQuantity(v, reportingUnit(carrier), unit);
      return c.ok ? c.value : v;
    });
    row?.values.forEach((before, k) => {
      const now = inRowUnit[k] ?? null;
      const cell = energyName(carrierId, k, suffix);
      if (
        typedBefore(cell, before) &&
        now !== null &&
        Math.abs((before ?? 0) - now) > 1e-9 * Math.max(1, Math.abs(now))
      )
        replaced.push({
          name: cell,
          words: {
            zh: `${DATA_SHEET.zh} ${carrier.name.zh}（${years[k]} 年）原填 ${before} ${unit}，现为企业合计 ${now}`,
            en: `${DATA_SHEET.en} ${carrier.name.en} (${years[k]}): the typed ${before} ${unit} is replaced by the enterprises' sum ${now}`,
          },
        });
    });
    if (row) energy[at] = { ...row, unit, values: inRowUnit };
    else energy.push({ carrier: carrierId, unit, values: inRowUnit });
  }
  const basic = withAuditEvidence(file, result, park.meta.lang);
  return { file: { ...file, values, energy, basic } as ParkDataFile, replaced };
}

const dataName = (item: string, k: number, suffix: string) => templateNames(suffix).data(item, k);
const energyName = (carrier: string, k: number, suffix: string) => templateNames(suffix).energy(carrier, k);

/** 基础性要求 4 (园区重点企业100%实施清洁生产审核): the evidence from the enterprises, in the workbook's language. */
export function auditEvidence(result: MergeResult, lang: Lang): string | undefined {
  const { total, audited, notAudited } = result.keyEnterprises;
  if (total === 0) return undefined;
  const share = Math.round((audited / total) * 1000) / 10;
  const missing = notAudited.slice(0, 10);
  return lang === "zh-CN"
    ? `企业填报表：重点企业 ${total} 家，已完成清洁生产审核 ${audited} 家（${share}%）${missing.length > 0 ? `；未完成：${missing.join("、")}${notAudited.length > 10 ? " 等" : ""}` : ""}`
    : `Enterprise workbooks: ${audited} of ${total} key enterprises completed a cleaner-production audit (${share} %)${missing.length > 0 ? `; not completed: ${missing.join(", ")}${notAudited.length > 10 ? " …" : ""}` : ""}`;
}

/** Requirement 4 is met when every key enterprise has completed its cleaner-production audit. */
export function auditAnswer(result: MergeResult): BasicRequirementAnswer {
  const { total, audited } = result.keyEnterprises;
  return audited === total ? "符合" : "不符合";
}

/** Requirement 4's answer where none is typed, and its evidence. */
function withAuditEvidence(file: ParkDataFile, result: MergeResult, lang: Lang) {
  const rows = [...((file as { basic?: Record<string, unknown>[] }).basic ?? [])];
  const evidence = auditEvidence(result, lang);
  if (evidence === undefined) return rows;
  const at = rows.findIndex((r) => r.id === "BR4");
  const before = at >= 0 ? rows[at] : undefined;
  const answer = before?.answer ?? auditAnswer(result);
  const row = { ...before, id: "BR4", answer, evidence };
  if (at >= 0) rows[at] = row;
  else rows.push(row);
  return rows;
}

/** The options the merged sheets are built with: the park's, its data, and the items that become sums. */
export function mergedOptions(park: ParkForMerge, file: ParkDataFile, result: MergeResult): TemplateOptions {
  return {
    lang: park.meta.lang,
    mode: park.meta.mode,
    years: park.meta.years,
    nameSuffix: "",
    ...optionsFromParkData(file),
    enterpriseSums: { items: Object.keys(result.sums.values), carriers: Object.keys(result.sums.energy) },
  };
}

/** The park workbook rebuilt with the enterprises' sums, as `template --refresh` rebuilds it, and 企业汇总. */
export function mergedWorkbookPlans(park: ParkForMerge, file: ParkDataFile, result: MergeResult): SheetPlan[] {
  const options = mergedOptions(park, file, result);
  const plans = withDependencies([...park.templates]).map((spec) => spec.build(options));
  plans.push(buildSummarySheet(options, result.enterprises));
  return plans;
}
