/**
 * What the Office.js adapter refuses, each with what the pane needs to say it in words: the pane turns them into its
 * own plain-words errors (src/taskpane/excelOperations.ts). Anything else thrown is Excel's own failure.
 */
import type { Text } from "../domain/text";

/** A plan Excel would refuse; thrown before anything is written. */
export class PlanError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("; "));
  }
}

/** Refresh refused: a template sheet's inputs are no longer where this version would write them; `words` says why. */
export class RefreshError extends Error {
  constructor(readonly words: Text) {
    super(words.en);
  }
}

/** A park data file for other years than the workbook's: nothing was written. */
export class YearsError extends Error {}

/** The workbook holds no template the operation needs; `words`, when given, says which. */
export class NoTemplatesError extends Error {
  constructor(readonly words?: Text) {
    super(words?.en ?? "the workbook holds no GreenAudit template");
  }
}
