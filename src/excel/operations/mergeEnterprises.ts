/**
 * Returned enterprise workbooks merged into the open park workbook (docs/enterprises.md "In the pane"): the park read
 * from its snapshot (two syncs), the files merged by the caller, then the data sheet refreshed with the sums, 企业汇总
 * written and basic requirement 4's evidence put on the 基础性要求 sheet of the set, when it has one.
 */
import type { MergeResult } from "../../domain/enterprise/merge";
import { mergeInPlacePlans } from "../../domain/enterprise/mergeInPlace";
import { readParkForMerge, type ParkForMerge } from "../../domain/enterprise/mergePark";
import type { ParkDataFile } from "../../domain/schema/parkData";
import { writeAuditEvidence } from "../auditEvidence";
import { writeEnterpriseSheets } from "../enterpriseSheets";
import { NoTemplatesError } from "../errors";
import { readWorkbookSnapshot } from "../readSnapshot";
import { readTemplates } from "../templates";

/** What the caller's merge gives: the merge's result, and the park's data with the sums when anything merged. */
export interface ParkMerge {
  readonly result: MergeResult;
  readonly merged?: { readonly file: ParkDataFile };
}

/**
 * The merge `mergeFiles` makes for the park, and what was written (nothing when nothing merged). NoTemplatesError
 * (in words) when the workbook is no park workbook.
 */
export async function mergeIntoOpenWorkbook<M extends ParkMerge>(mergeFiles: (park: ParkForMerge) => Promise<M>) {
  const park = readParkForMerge(await Excel.run(readWorkbookSnapshot));
  if (!park.ok) throw new NoTemplatesError(park.words);
  const merge = await mergeFiles(park.park);
  return { merge, written: merge.merged ? await writeMerge(park.park, merge.merged.file, merge.result) : undefined };
}

async function writeMerge(park: ParkForMerge, file: ParkDataFile, result: MergeResult) {
  const set = (await Excel.run(readTemplates)).templates.filter((t) => t.meta.nameSuffix === park.meta.nameSuffix);
  const plans = mergeInPlacePlans(
    park,
    set.map((t) => t.meta),
    file,
    result,
  );
  if (!plans) throw new NoTemplatesError();
  const written = await Excel.run((context) => writeEnterpriseSheets(context, plans.data, plans.summary));
  const basic = set.find((t) => t.meta.templateId === "basic");
  const { evidence } = plans;
  const done =
    basic && evidence
      ? await Excel.run((context) =>
          writeAuditEvidence(context, basic.sheet, evidence.plan, evidence.text, evidence.answer),
        )
      : undefined;
  return {
    sheets: [written.summarySheet, written.dataSheet],
    ...(written.replacedSheet ? { replacedSheet: written.replacedSheet } : {}),
    ...(evidence && done ? { evidence: { text: evidence.text, written: done.written } } : {}),
  };
}
