/**
 * Review (docs/review-codes.md): run the review engine on the open workbook (Excel) or on an .xlsx the user
 * opens (file mode); a summary with the total score recomputed beside the workbook's, findings grouped by
 * severity, sheet and problem (repeated findings once, with their count and cells), in words; a filter; click
 * selects the cell; optional highlighting with a clear action; the listed findings exported as CSV or .xlsx.
 * A file that is not an .xlsx, or an empty workbook, gets a plain message and no stale results.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { findingLabel } from "../../domain/review/findingLabels";
import type { FindingGroup } from "../../domain/review/groups";
import { expectedFoundLine, groupTitle, yearTotalLine } from "../../domain/review/present";
import { CSV_TYPE, XLSX_TYPE, downloadInBrowser } from "../download";
import { STRINGS, type Lang } from "../i18n";
import { textOf } from "../../domain/text";
import { exportFileName, findingsCsv, findingsXlsx } from "../model/exportFindings";
import { SEVERITIES, filterFindings, groupFindings } from "../model/findings";
import {
  OperationError,
  type PaneFinding,
  type PaneReviewReport,
  type Severity,
  type WorkbookOperations,
  type WorkbookSource,
} from "../operations";
import { ErrorBar } from "./ErrorBar";
import { Panel } from "./Panel";
import { WorkbookSourcePicker } from "./WorkbookSourcePicker";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { gap: tokens.spacingVerticalXS },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "left",
    width: "100%",
    boxSizing: "border-box",
    minWidth: 0,
    gap: tokens.spacingVerticalXXS,
  },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  group: { margin: 0 },
  scores: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  each: { paddingLeft: tokens.spacingHorizontalS },
});

/** A .xlsx is a zip archive: anything else (a CSV, an old .xls, a PDF) is not one, whatever its name. */
const isZip = (bytes: Uint8Array) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface ReviewPanelProps {
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  /** a report already computed (tests, or a report handed over by another panel) */
  readonly initialReport?: PaneReviewReport;
  /** saves exported findings (the browser's download unless a test listens) */
  readonly download?: (bytes: Uint8Array, fileName: string, type: string) => void;
}

export function ReviewPanel({ lang, operations, initialReport, download = downloadInBrowser }: ReviewPanelProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const [report, setReport] = useState<PaneReviewReport | undefined>(initialReport);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | undefined>(undefined);
  /** a plain message about the chosen file (not an .xlsx, unreadable) in place of any result */
  const [fileProblem, setFileProblem] = useState<string | undefined>(undefined);
  const groups = useMemo(
    () => (report ? groupFindings(report.findings, { severities, text }) : []),
    [report, severities, text],
  );
  const listed = useMemo(
    () => (report ? filterFindings(report.findings, { severities, text }) : []),
    [report, severities, text],
  );
  const review = operations.review?.bind(operations);
  const severityLabel: Record<Severity, string> = { error: t.errors, warning: t.warnings, info: t.info };

  const run = async (source: WorkbookSource) => {
    if (!review) return;
    setRunning(true);
    // a new review replaces the old results at once: nothing stale stays on screen
    setReport(undefined);
    setError(undefined);
    setNotice(undefined);
    setFileProblem(undefined);
    try {
      setReport(await review(source));
    } catch (e) {
      if (source.kind === "file" && e instanceof OperationError && e.reason === "file")
        setFileProblem(
          e.words ? t.fileUnreadableBecause(source.name, textOf(e.words, lang)) : t.fileUnreadable(source.name),
        );
      else setError(e);
    } finally {
      setRunning(false);
    }
  };

  /** The chosen source reviewed; a file that is not an .xlsx (no zip) is refused before the reader sees it. */
  const choose = async (source: WorkbookSource) => {
    if (source.kind === "file" && !isZip(source.bytes)) {
      setReport(undefined);
      setError(undefined);
      setNotice(undefined);
      setFileProblem(t.notXlsx(source.name));
      return;
    }
    await run(source);
  };

  const exportAs = async (kind: "csv" | "xlsx") => {
    if (!report) return;
    const fileName = exportFileName(report.fileName, lang, kind);
    await act(async () => {
      const bytes = kind === "csv" ? findingsCsv(listed, lang) : await findingsXlsx(listed, lang);
      download(bytes, fileName, kind === "csv" ? CSV_TYPE : XLSX_TYPE);
      return t.exported(fileName);
    });
  };

  const toggleSeverity = (severity: Severity, on: boolean) => {
    const next = new Set(severities);
    if (on) next.add(severity);
    else next.delete(severity);
    setSeverities(next);
  };

  const act = async (action: () => Promise<string>) => {
    try {
      setNotice(await action());
    } catch (e) {
      setError(e);
    }
  };

  const findingText = (f: PaneFinding, words: boolean) => {
    const values = expectedFoundLine(f, lang);
    return (
      <>
        <span>
          <strong>{f.cell || f.sheet || "—"}</strong>
          {words && ` · ${textOf(findingLabel(f.code).name, lang)}`}
        </span>
        <span>{textOf(f.message, lang)}</span>
        {values && <Caption1>{values}</Caption1>}
      </>
    );
  };

  const findingItem = (f: PaneFinding, key: string, words: boolean) => (
    <li key={key} data-testid="finding">
      {operations.selectCell && f.cell ? (
        <Button
          appearance="subtle"
          className={styles.finding}
          onClick={() => void operations.selectCell!(f.sheet, f.cell).catch(setError)}
        >
          {findingText(f, words)}
        </Button>
      ) : (
        <div className={mergeClasses(styles.finding, styles.plain)}>{findingText(f, words)}</div>
      )}
    </li>
  );

  /** A repeated problem: its words and count, its cells, what to do, and each finding on demand. */
  const repeated = (g: FindingGroup<PaneFinding>, key: string) => (
    <li key={key} data-testid="finding-group" className={mergeClasses(styles.finding, styles.plain)}>
      <strong>{groupTitle(g, lang)}</strong>
      <span className={pane.wrap}>{g.cells.join(", ")}</span>
      <span>{textOf(findingLabel(g.code).action, lang)}</span>
      <details>
        <summary>{t.eachFinding(g.findings.length)}</summary>
        <ul className={mergeClasses(pane.plainList, styles.list, styles.each)}>
          {g.findings.map((f, i) => findingItem(f, `${f.cell}-${i}`, false))}
        </ul>
      </details>
    </li>
  );

  return (
    <Panel id="review-title" title={t.tabReview}>
      {!review && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.reviewUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      {review && (
        <WorkbookSourcePicker
          mode={operations.mode}
          lang={lang}
          onSource={(source) => void choose(source)}
          readLabel={t.reviewRun}
          fileLabel={t.reviewOpen}
          primary
          disabled={running}
          testId="review-file"
        />
      )}
      {running && <Spinner size="small" label={t.reviewRunning} />}
      <ErrorBar error={error} lang={lang} title={t.reviewFailed} />
      {fileProblem && (
        <MessageBar intent="warning" role="alert" layout="multiline" data-testid="review-file-problem">
          <MessageBarBody className={pane.wrap}>{fileProblem}</MessageBarBody>
        </MessageBar>
      )}
      {report && !report.templateFound && (
        <>
          {report.fileName && <Caption1 className={pane.wrap}>{t.findingsOf(report.fileName)}</Caption1>}
          <MessageBar intent="warning" layout="multiline" data-testid="review-no-template">
            <MessageBarBody>{t.noTemplate}</MessageBarBody>
          </MessageBar>
        </>
      )}
      {report && report.templateFound && (
        <>
          {report.fileName && <Caption1 className={pane.wrap}>{t.findingsOf(report.fileName)}</Caption1>}
          <section aria-labelledby="review-summary" data-testid="review-summary">
            <Subtitle2 as="h3" id="review-summary">
              {t.summary}
            </Subtitle2>
            <div className={styles.row}>
              <Badge color="danger" appearance="filled">
                {t.errors} {report.counts.error}
              </Badge>
              <Badge color="warning" appearance="filled">
                {t.warnings} {report.counts.warning}
              </Badge>
              <Badge color="informative" appearance="filled">
                {t.info} {report.counts.info}
              </Badge>
            </div>
            {report.totalScores.length > 0 && (
              <ul className={styles.scores} aria-label={t.totalScore}>
                {report.totalScores.map((s) => (
                  <li key={s.year} data-differs={s.differs || undefined}>
                    {yearTotalLine(
                      { year: s.year, recomputed: s.expected, claimed: s.score, differs: s.differs },
                      lang,
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {operations.highlight && report.findings.length > 0 && (
            <div className={styles.row}>
              <Button
                onClick={() =>
                  void act(async () =>
                    t.highlighted(
                      await operations.highlight!(report.findings.filter((f) => severities.has(f.severity))),
                    ),
                  )
                }
              >
                {t.highlight}
              </Button>
              {operations.clearHighlights && (
                <Button
                  onClick={() =>
                    void act(async () => {
                      await operations.clearHighlights!();
                      return t.cleared;
                    })
                  }
                >
                  {t.clearHighlights}
                </Button>
              )}
            </div>
          )}
          {notice && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          <fieldset className={styles.row} style={{ border: "none", padding: 0, margin: 0 }}>
            <legend>{t.severityFilter}</legend>
            {SEVERITIES.map((s) => (
              <Checkbox
                key={s}
                checked={severities.has(s)}
                onChange={(_, d) => toggleSeverity(s, d.checked === true)}
                label={`${severityLabel[s]} (${report.counts[s]})`}
              />
            ))}
          </fieldset>
          <Field label={t.filterText}>
            <Input value={text} onChange={(_, d) => setText(d.value)} type="search" data-testid="finding-filter" />
          </Field>
          {listed.length > 0 && (
            <div className={styles.row} role="group" aria-label={t.exportHint(listed.length)}>
              <Button onClick={() => void exportAs("csv")}>{t.exportCsv}</Button>
              <Button onClick={() => void exportAs("xlsx")}>{t.exportXlsx}</Button>
              <Caption1>{t.exportHint(listed.length)}</Caption1>
            </div>
          )}
          {report.findings.length === 0 && <Caption1>{t.noFindings}</Caption1>}
          {report.findings.length > 0 && groups.length === 0 && <Caption1>{t.noMatching}</Caption1>}
          <div data-testid="findings">
            {groups.map((group) => (
              <section
                key={group.severity}
                aria-label={`${severityLabel[group.severity]} (${group.count})`}
                data-severity={group.severity}
              >
                <Subtitle2 as="h3" className={styles.group}>
                  <Badge color={COLORS[group.severity]} appearance="tint">
                    {severityLabel[group.severity]} {group.count}
                  </Badge>
                </Subtitle2>
                {group.sheets.map((sheet) => (
                  <section
                    key={sheet.sheet}
                    aria-label={`${severityLabel[group.severity]} · ${sheet.sheet}`}
                    data-sheet={sheet.sheet}
                  >
                    <h4 className={styles.group}>{sheet.sheet}</h4>
                    <ul className={mergeClasses(pane.plainList, styles.list)}>
                      {sheet.groups.map((g, i) => {
                        const [only] = g.findings;
                        return g.findings.length > 1 || !only
                          ? repeated(g, `${g.code}-${i}`)
                          : findingItem(only, `${g.code}-${i}`, true);
                      })}
                    </ul>
                  </section>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </Panel>
  );
}
