/**
 * Review (issue 7, SPEC §5): run the review engine on the open workbook (Excel) or on an .xlsx the user opens
 * (file mode); a summary, findings grouped by severity and sheet, a filter; click selects the cell; optional
 * highlighting with a clear action.
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
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ChangeEvent } from "react";
import { STRINGS, pick, type Lang } from "../i18n";
import { SEVERITIES, displayValue, groupFindings } from "../model/findings";
import type { PaneFinding, PaneReviewReport, Severity, WorkbookOperations, WorkbookSource } from "../operations";
import { ErrorBar } from "./ErrorBar";
import { FileChooser } from "./FileChooser";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left", width: "100%", gap: tokens.spacingVerticalXXS },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  group: { margin: 0 },
  scores: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface ReviewPanelProps {
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  /** a report already computed (tests, or a report handed over by another panel) */
  readonly initialReport?: PaneReviewReport;
}

export function ReviewPanel({ lang, operations, initialReport }: ReviewPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [report, setReport] = useState<PaneReviewReport | undefined>(initialReport);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [text, setText] = useState("");
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const groups = useMemo(() => (report ? groupFindings(report.findings, { severities, text }) : []), [report, severities, text]);
  const review = operations.review?.bind(operations);
  const severityLabel: Record<Severity, string> = { error: t.errors, warning: t.warnings, info: t.info };

  const run = async (source: WorkbookSource) => {
    if (!review) return;
    setRunning(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setReport(await review(source));
    } catch (e) {
      setError(e);
    } finally {
      setRunning(false);
    }
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await run({ kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
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

  const findingText = (f: PaneFinding) => (
    <>
      <span>
        <strong>{f.cell || "—"}</strong> · <code>{f.code}</code>
      </span>
      <span>{pick(f.message, lang)}</span>
      {(f.expected !== undefined || f.found !== undefined) && (
        <Caption1>
          {t.expected} {displayValue(f.expected)} · {t.found} {displayValue(f.found)}
        </Caption1>
      )}
    </>
  );

  return (
    <section className={styles.panel} aria-labelledby="review-title">
      <Subtitle2 as="h2" id="review-title">
        {t.tabReview}
      </Subtitle2>
      {!review && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.reviewUnavailable}</MessageBarBody>
        </MessageBar>
      )}
      {review && operations.mode === "excel" && (
        <Button appearance="primary" onClick={() => void run({ kind: "open" })} disabled={running}>
          {t.reviewRun}
        </Button>
      )}
      {review && operations.mode === "file" && <FileChooser label={t.reviewOpen} accept=".xlsx" onChange={(e) => void openFile(e)} disabled={running} testId="review-file" />}
      {running && <Spinner size="small" label={t.reviewRunning} />}
      {error !== undefined && <ErrorBar title={t.reviewFailed} error={error} detailsLabel={t.details} />}
      {report && (
        <>
          {report.fileName && <Caption1>{t.findingsOf(report.fileName)}</Caption1>}
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
                  <li key={s.year}>
                    {s.year} {t.totalScore}：{s.score === null ? "—" : s.score.toFixed(2)}
                    {s.expected !== null && s.expected !== s.score && ` (${t.recomputed} ${s.expected.toFixed(2)})`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {operations.highlight && report.findings.length > 0 && (
            <div className={styles.row}>
              <Button onClick={() => void act(async () => t.highlighted(await operations.highlight!(report.findings.filter((f) => severities.has(f.severity)))))}>{t.highlight}</Button>
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
              <Checkbox key={s} checked={severities.has(s)} onChange={(_, d) => toggleSeverity(s, d.checked === true)} label={`${severityLabel[s]} (${report.counts[s]})`} />
            ))}
          </fieldset>
          <Field label={t.filterText}>
            <Input value={text} onChange={(_, d) => setText(d.value)} type="search" data-testid="finding-filter" />
          </Field>
          {report.findings.length === 0 && <Caption1>{t.noFindings}</Caption1>}
          {report.findings.length > 0 && groups.length === 0 && <Caption1>{t.noMatching}</Caption1>}
          <div data-testid="findings">
            {groups.map((group) => (
              <section key={group.severity} aria-label={`${severityLabel[group.severity]} (${group.count})`} data-severity={group.severity}>
                <Subtitle2 as="h3" className={styles.group}>
                  <Badge color={COLORS[group.severity]} appearance="tint">
                    {severityLabel[group.severity]} {group.count}
                  </Badge>
                </Subtitle2>
                {group.sheets.map((sheet) => (
                  <section key={sheet.sheet} aria-label={`${severityLabel[group.severity]} · ${sheet.sheet}`} data-sheet={sheet.sheet}>
                    <h4 className={styles.group}>{sheet.sheet}</h4>
                    <ul className={styles.list}>
                      {sheet.findings.map((f, i) => (
                        <li key={`${f.code}-${f.cell}-${i}`} data-testid="finding">
                          {operations.selectCell ? (
                            <Button appearance="subtle" className={styles.finding} onClick={() => void operations.selectCell!(f.sheet, f.cell).catch(setError)}>
                              {findingText(f)}
                            </Button>
                          ) : (
                            <div className={`${styles.finding} ${styles.plain}`}>{findingText(f)}</div>
                          )}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
