/**
 * Data entry help: import a park data file (docs/data-file.md) with per-field messages; per year, the
 * mandatory inputs still missing, each clickable to go to its cell (Excel).
 */
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ChangeEvent } from "react";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import {
  SHOWN_PROBLEMS,
  isWholeFile,
  parseParkDataBytes,
  type ParkDataFile,
  type ParkDataProblem,
} from "../../domain/schema/parkData";
import { STRINGS, type Lang, type Strings } from "../i18n";
import { textOf, type Text } from "../../domain/text";
import { SECTION_IDS } from "../../domain/schema/parkDataSections";
import { findTemplate } from "../../domain/templates/specs";
import type { TemplateId } from "../../domain/templates/sheetPlan";
import { missingInDataFile, missingInWorkbook } from "../model/missingInputs";
import {
  OperationError,
  type DataImportOutcome,
  type FileDataImportOutcome,
  type WorkbookOperations,
  type WorkbookSource,
} from "../operations";
import { downloadInBrowser, JSON_TYPE } from "../download";
import { EnterprisesSection } from "./EnterprisesSection";
import { ErrorBar } from "./ErrorBar";
import { Panel } from "./Panel";
import { FileChooser } from "./FileChooser";
import { WorkbookSourcePicker } from "./WorkbookSourcePicker";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalXXS },
  year: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", margin: 0 },
  // a long name wraps inside the button instead of widening the pane
  item: {
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    minWidth: 0,
    maxWidth: "100%",
    whiteSpace: "normal",
  },
});

/** The sheets of the file's sections (parameters, carbon data, options, …) whose templates are not among `present`. */
function sectionsOutside(file: ParkDataFile, present: readonly TemplateId[]): Text[] {
  const ids = [
    ...(file.parameters !== undefined ? (["params"] as const) : []),
    ...(file.carbon !== undefined ? (["carbon"] as const) : []),
    ...SECTION_IDS.filter((id) => file[id] !== undefined),
  ].filter((id) => !present.includes(id));
  return ids.map(sheetNameOf);
}

const sheetNameOf = (id: TemplateId): Text => findTemplate(id)?.sheetName ?? { zh: id, en: id };

/** What the last import did, worded in the pane's current language when shown. */
type Notice = (
  | {
      readonly kind: "written";
      readonly count: number;
      readonly overwritten: number;
      readonly sheets: readonly string[];
      readonly notWritten: readonly Text[];
      readonly unplaced: number;
      /** file mode: the updated workbook downloaded, and the opened workbook's sheets not in it */
      readonly downloaded?: { readonly fileName: string; readonly notCopied: readonly string[] };
    }
  | { readonly kind: "inserted"; readonly sheets: readonly string[]; readonly notWritten?: readonly Text[] }
  | { readonly kind: "attached"; readonly years: readonly number[] }
  | { readonly kind: "exported"; readonly problems: number }
) & { readonly encoding?: string };

function downloadedText(d: { readonly fileName: string; readonly notCopied: readonly string[] }, t: Strings): string {
  const notCopied = d.notCopied.length > 0 ? ` ${t.importNotCopied(d.notCopied.join(t.listSeparator))}` : "";
  return t.importDownloaded(d.fileName) + notCopied;
}

/** The notice of an import into the templates a workbook already has (Excel, or file mode's opened workbook). */
function writtenNotice(outcome: DataImportOutcome, encoding: string | undefined): Extract<Notice, { kind: "written" }> {
  return {
    kind: "written",
    count: outcome.written,
    overwritten: outcome.overwritten ?? 0,
    sheets: (outcome.filled ?? []).map((f) => f.sheetName),
    notWritten: (outcome.absent ?? []).map(sheetNameOf),
    unplaced: outcome.unplaced ?? 0,
    encoding,
  };
}

/** The notice of file mode's import into the opened workbook, which is downloaded. */
function fileImportNotice(outcome: FileDataImportOutcome, encoding: string | undefined): Notice {
  return {
    ...writtenNotice(outcome, encoding),
    downloaded: { fileName: outcome.fileName, notCopied: outcome.notCopied },
  };
}

function noticeText(notice: Notice, t: Strings, lang: Lang): string {
  const encoding = notice.encoding ? ` ${t.importEncoding(notice.encoding)}` : "";
  const notWritten = (n: { readonly notWritten?: readonly Text[] }) =>
    n.notWritten && n.notWritten.length > 0
      ? ` ${t.importAbsent(n.notWritten.map((w) => textOf(w, lang)).join(t.listSeparator))}`
      : "";
  if (notice.kind === "written") {
    const sheets = notice.sheets.map((s) => `“${s}”`).join(t.listSeparator);
    const unplaced = notice.unplaced > 0 ? ` ${t.importUnplaced(notice.unplaced)}` : "";
    const downloaded = notice.downloaded ? ` ${downloadedText(notice.downloaded, t)}` : "";
    return t.importOk(notice.count, notice.overwritten, sheets) + unplaced + notWritten(notice) + downloaded + encoding;
  }
  if (notice.kind === "exported") return t.exportDataOk(notice.problems);
  if (notice.kind === "inserted")
    return notice.sheets.map((sheet) => t.insertedSheet(sheet)).join(t.listSeparator) + notWritten(notice) + encoding;
  return t.importAttached(notice.years.join(", ")) + encoding;
}

export interface DataPanelProps {
  /** the pane's language */
  readonly lang: Lang;
  /** the language of a data sheet the import inserts (the workbook's, chosen apart from the pane's) */
  readonly workbookLang: Lang;
  readonly operations: WorkbookOperations;
  readonly snapshot?: WorkbookSnapshot;
  readonly onSnapshot: (snapshot: WorkbookSnapshot) => void;
  readonly parkData?: ParkDataFile;
  readonly onParkData: (data: ParkDataFile) => void;
  /** saves an exported data file (the browser's download by default) */
  readonly download?: (bytes: Uint8Array, fileName: string, type: string) => void;
}

export default function DataPanel({
  lang,
  workbookLang,
  operations,
  snapshot,
  onSnapshot,
  parkData,
  onParkData,
  download = downloadInBrowser,
}: DataPanelProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const [problems, setProblems] = useState<readonly ParkDataProblem[] | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  // file mode: the workbook opened below, which a data file is then imported into
  const [opened, setOpened] = useState<WorkbookSource | undefined>(undefined);
  const fromWorkbook = useMemo(() => (snapshot ? missingInWorkbook(snapshot) : undefined), [snapshot]);
  const years = fromWorkbook ?? (parkData ? missingInDataFile(parkData) : undefined);

  const read = async (source: WorkbookSource) => {
    setError(undefined);
    try {
      onSnapshot(await operations.readWorkbook(source));
      if (source.kind === "file") setOpened(source);
    } catch (e) {
      setError(e);
    }
  };

  /** The read workbook's inputs as a park data file, downloaded (docs/data-file.md "Export"). */
  const exportInputs = async () => {
    if (!snapshot) return;
    setNotice(undefined);
    setError(undefined);
    const { exportParkData } = await import(/* webpackChunkName: "review" */ "../../domain/schema/exportParkData");
    const result = exportParkData(snapshot);
    if (!result.ok) return setError(new OperationError("no-templates", [result.message]));
    const text = `${JSON.stringify(result.file, null, 2)}\n`;
    download(new TextEncoder().encode(text), "park-data.json", JSON_TYPE);
    setNotice({ kind: "exported", problems: result.problems.length });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblems(undefined);
    setNotice(undefined);
    setError(undefined);
    // the same reading as the command line: UTF-8, or GB18030/GBK with a notice; problems by JSON path
    const result = parseParkDataBytes(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setProblems(result.problems);
    if (opened && operations.importDataInto) {
      try {
        const outcome = await operations.importDataInto(opened, result.data);
        setNotice(fileImportNotice(outcome, result.encoding));
        const updated: WorkbookSource = { kind: "file", ...outcome.workbook };
        setOpened(updated);
        onSnapshot(await operations.readWorkbook(updated));
      } catch (e) {
        setError(e);
      }
    } else if (operations.importData) {
      try {
        const outcome = await operations.importData(result.data, workbookLang);
        // every template of the workbook takes the file's inputs; the file's sections without a template are named
        setNotice(
          outcome.inserted
            ? {
                kind: "inserted",
                sheets: outcome.inserted.map((s) => s.sheetName),
                notWritten: sectionsOutside(
                  result.data,
                  outcome.inserted.map((s) => s.templateId),
                ),
                encoding: result.encoding,
              }
            : writtenNotice(outcome, result.encoding),
        );
        onSnapshot(await operations.readWorkbook({ kind: "open" }));
      } catch (e) {
        setError(e);
      }
    } else {
      onParkData(result.data);
      setNotice({ kind: "attached", years: result.data.years, encoding: result.encoding });
    }
  };

  return (
    <Panel id="data-title" title={t.importData} hint={t.importHint}>
      {opened?.kind === "file" && operations.importDataInto && (
        <Caption1 data-testid="data-into">{t.importIntoOpened(opened.name)}</Caption1>
      )}
      <FileChooser
        label={t.importData}
        accept=".json,application/json"
        onChange={(e) => void importFile(e)}
        testId="data-file"
        lang={lang}
      />
      {problems && (
        <MessageBar intent="error" role="alert" layout="multiline" data-testid="data-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.importProblems}</MessageBarTitle>
            <ul>
              {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>
                  {!isWholeFile(p) && (
                    <>
                      {textOf(p.field, lang)} · <code className={pane.wrap}>{p.path}</code>
                      {t.colon}
                    </>
                  )}
                  {textOf(p.words, lang)}
                </li>
              ))}
              {problems.length > SHOWN_PROBLEMS && <li>{t.importMoreProblems(problems.length - SHOWN_PROBLEMS)}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{noticeText(notice, t, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} lang={lang} fileMode={operations.mode === "file"} />

      <Subtitle2 as="h2">{t.missingTitle}</Subtitle2>
      <Caption1>{t.missingHint}</Caption1>
      <WorkbookSourcePicker
        mode={operations.mode}
        lang={lang}
        onSource={(source) => void read(source)}
        testId="data-xlsx"
      />
      {snapshot && (
        <>
          <Caption1>{t.exportDataHint}</Caption1>
          <Button onClick={() => void exportInputs()} data-testid="data-export">
            {t.exportDataFile}
          </Button>
        </>
      )}
      {!years && <Caption1>{t.missingNoData}</Caption1>}
      {years && years.every((y) => y.missing.length === 0) && <Caption1>{t.missingNone}</Caption1>}
      {years?.map((y) => (
        <section
          key={y.k}
          aria-label={`${y.k === 0 ? t.baseYearLabel(y.year) : String(y.year)}: ${t.missingCount(y.missing.length)}`}
          data-testid={`missing-${y.k}`}
        >
          <h3 className={styles.year}>
            {y.k === 0 ? t.baseYearLabel(y.year) : y.year}
            <Badge color={y.missing.length > 0 ? "warning" : "success"} appearance="tint">
              {t.missingCount(y.missing.length)}
            </Badge>
          </h3>
          <ul className={mergeClasses(pane.plainList, styles.list)}>
            {y.missing.map((m) => (
              <li key={m.item}>
                {operations.selectCell && m.sheet && m.cell ? (
                  <Button
                    appearance="subtle"
                    size="small"
                    className={styles.item}
                    onClick={() => void operations.selectCell!(m.sheet!, m.cell!).catch(setError)}
                    aria-label={t.goTo(textOf(m.name, lang), m.cell)}
                  >
                    {t.withUnit(textOf(m.name, lang), m.unit)} · {m.cell}
                  </Button>
                ) : (
                  <span>
                    {t.withUnit(textOf(m.name, lang), m.unit)}
                    {m.cell ? ` · ${m.cell}` : ""}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <EnterprisesSection
        lang={lang}
        workbookLang={workbookLang}
        operations={operations}
        years={years?.map((y) => y.year)}
      />
    </Panel>
  );
}
