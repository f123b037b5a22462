/**
 * Enterprise workbooks in the pane (docs/enterprises.md "In the pane"): a small stacked form that makes one
 * enterprise's data-request workbook, and the import of the returned workbooks — several files at once, checked as
 * `green-audit merge` checks them, the findings listed per enterprise in words.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState, type ChangeEvent } from "react";
import { AUDIT_STATUSES, type AuditStatus } from "../../domain/enterprise/listFile";
import { textOf } from "../../domain/text";
import { STRINGS, type Lang, type Strings } from "../i18n";
import {
  FormProblems,
  OperationError,
  type ChosenFile,
  type EnterpriseImportOutcome,
  type EnterpriseRequestOutcome,
  type FindingGroup,
  type WorkbookOperations,
} from "../operations";
import { ErrorBar } from "./ErrorBar";
import { FileChooser } from "./FileChooser";
import { defaultYears, validYears } from "./InsertPanel";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  groupTitle: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
});

/** Groups shown at most; the rest are counted (2 000 enterprises would make the pane unusable). */
const SHOWN_GROUPS = 50;

export interface EnterprisesSectionProps {
  /** the pane's language */
  readonly lang: Lang;
  /** the language of the request workbook (the workbook's, chosen apart from the pane's) */
  readonly workbookLang: Lang;
  readonly operations: WorkbookOperations;
  /** the park workbook's years when the pane has read it */
  readonly years?: readonly number[];
}

const chosenFiles = (list: FileList | null): ChosenFile[] =>
  [...(list ?? [])].map((file) => ({ name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));

function RequestForm({ lang, workbookLang, operations, years: parkYears }: EnterprisesSectionProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  const [industry, setIndustry] = useState("");
  const [key, setKey] = useState(false);
  const [audit, setAudit] = useState<AuditStatus | "">("");
  const [auditYear, setAuditYear] = useState("");
  const [yearTexts, setYearTexts] = useState<string[]>((parkYears ?? defaultYears()).map(String));
  // the park workbook's years once the pane has read it
  const parkYearsText = parkYears?.join(",");
  useEffect(() => {
    if (parkYearsText) setYearTexts(parkYearsText.split(","));
  }, [parkYearsText]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<EnterpriseRequestOutcome | undefined>(undefined);
  const [problems, setProblems] = useState<FormProblems | undefined>(undefined);
  const [yearsProblem, setYearsProblem] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const create = operations.createEnterpriseRequest;
  if (!create) return null;

  const submit = async () => {
    setDone(undefined);
    setProblems(undefined);
    setError(undefined);
    const years = yearTexts.map(Number);
    setYearsProblem(!validYears(years));
    if (!validYears(years)) return;
    setBusy(true);
    try {
      setDone(
        await create({
          name,
          code,
          industry,
          key,
          auditStatus: audit,
          auditYear,
          years: years as unknown as [number, number, number, number],
          lang: workbookLang,
        }),
      );
    } catch (e) {
      if (e instanceof FormProblems) setProblems(e);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const yearLabels = [t.baseYear, `${t.year} 1`, `${t.year} 2`, `${t.year} 3`];

  return (
    <section className={styles.section} aria-labelledby="enterprise-request-title" data-testid="enterprise-request">
      <Subtitle2 as="h3" id="enterprise-request-title">
        {t.requestTitle}
      </Subtitle2>
      <Caption1>{operations.mode === "excel" ? t.requestHintExcel : t.requestHintFile}</Caption1>
      <fieldset className={pane.fieldset}>
        <Field label={t.entName} required className={styles.field}>
          <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="ent-name" />
        </Field>
        <Field label={t.entCode} required className={styles.field}>
          <Input value={code} onChange={(_, d) => setCode(d.value)} data-testid="ent-code" />
        </Field>
        <Field label={t.entIndustry} className={styles.field}>
          <Input value={industry} onChange={(_, d) => setIndustry(d.value)} data-testid="ent-industry" />
        </Field>
        <Checkbox
          label={t.entKey}
          checked={key}
          onChange={(_, d) => setKey(d.checked === true)}
          data-testid="ent-key"
        />
        <Field label={t.entAudit} className={styles.field}>
          <Select value={audit} onChange={(_, d) => setAudit(d.value as AuditStatus | "")} data-testid="ent-audit">
            <option value="">{t.entAuditNone}</option>
            {AUDIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.auditStatuses[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.entAuditYear} className={styles.field}>
          <Input
            value={auditYear}
            inputMode="numeric"
            onChange={(_, d) => setAuditYear(d.value)}
            data-testid="ent-audit-year"
          />
        </Field>
        <fieldset className={pane.fieldset}>
          <legend>{t.evaluationYears}</legend>
          <div className={pane.years}>
            {yearLabels.map((label, i) => (
              <Field key={label} label={label} className={styles.field}>
                <Input
                  className={pane.input}
                  input={{ className: pane.inputNative }}
                  value={yearTexts[i]}
                  inputMode="numeric"
                  onChange={(_, d) => setYearTexts((list) => list.map((y, j) => (j === i ? d.value : y)))}
                  data-testid={`ent-year-${i}`}
                />
              </Field>
            ))}
          </div>
          {yearsProblem && (
            <Caption1 role="alert" className={pane.wrap}>
              {t.yearsInvalid}
            </Caption1>
          )}
        </fieldset>
      </fieldset>
      <Button appearance="primary" disabled={busy} onClick={() => void submit()} data-testid="ent-create">
        {t.requestCreate}
      </Button>
      {busy && <Spinner size="tiny" label={t.working} />}
      {done && (
        <MessageBar intent="success" role="status" data-testid="ent-created">
          <MessageBarBody className={pane.wrap}>
            {done.how === "opened" ? t.requestOpened(done.fileName) : t.requestDownloaded(done.fileName)}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems && (
        <MessageBar intent="error" role="alert" layout="multiline" data-testid="ent-problems">
          <MessageBarBody>
            <MessageBarTitle>{t.requestProblems}</MessageBarTitle>
            <ul className={styles.list}>
              {problems.problems.map((p, i) => (
                <li key={i} className={pane.wrap}>
                  {textOf(p.field, lang)}
                  {t.colon}
                  {textOf(p.words, lang)}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} lang={lang} title={t.requestFailed} />
    </section>
  );
}

function Findings({ groups, lang }: { groups: readonly FindingGroup[]; lang: Lang }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  return (
    <section className={styles.section} aria-labelledby="enterprise-findings-title" data-testid="ent-findings">
      <Subtitle2 as="h4" id="enterprise-findings-title">
        {t.importEntFindings}
      </Subtitle2>
      {groups.slice(0, SHOWN_GROUPS).map((g, i) => (
        <section key={i} className={styles.group} aria-label={g.park ? t.parkValues : g.title}>
          <h5 className={styles.groupTitle}>
            <span className={pane.wrap}>{g.park ? t.parkValues : g.title}</span>
            {g.refused && (
              <Badge color="danger" appearance="tint">
                {t.notMerged}
              </Badge>
            )}
          </h5>
          {g.file && g.file !== g.title && <Caption1 className={pane.wrap}>{g.file}</Caption1>}
          <ul className={styles.list}>
            {g.lines.map((l, j) => (
              <li key={j} className={pane.wrap}>
                {l.cell ? `${l.cell} · ` : ""}
                {textOf(l.words, lang)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length > SHOWN_GROUPS && <Caption1>{t.moreGroups(groups.length - SHOWN_GROUPS)}</Caption1>}
    </section>
  );
}

function outcomeLines(o: EnterpriseImportOutcome, t: Strings): string[] {
  if (!o.written) return [t.importEntNothing];
  return [
    t.importEntDone(o.merged, o.files),
    ...(o.fileName ? [t.importEntDownloaded(o.fileName)] : []),
    ...(o.sheets ? [t.importEntSheets(o.sheets.map((s) => `“${s}”`).join(t.listSeparator))] : []),
    ...(o.replacedSheet ? [t.importEntReplaced(o.replacedSheet)] : []),
    ...(o.keyEnterprises.total > 0 ? [t.importEntKey(o.keyEnterprises.audited, o.keyEnterprises.total)] : []),
    ...(o.evidence
      ? [o.evidence.written ? t.importEntEvidence(o.evidence.text) : t.importEntEvidenceKept(o.evidence.text)]
      : []),
    ...(o.groups.length === 0 ? [t.importEntClean] : []),
  ];
}

function ImportForm({ lang, operations }: EnterprisesSectionProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [park, setPark] = useState<ChosenFile | undefined>(undefined);
  const [list, setList] = useState<ChosenFile | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [ask, setAsk] = useState(false);
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<EnterpriseImportOutcome | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const importEnterprises = operations.importEnterprises;
  if (!importEnterprises) return null;
  const fileMode = operations.mode === "file";

  const run = async (confirmed: boolean) => {
    setOutcome(undefined);
    setError(undefined);
    setAsk(false);
    setMissing(fileMode && !park ? t.importEntNeedPark : files.length === 0 ? t.importEntNeedFiles : undefined);
    if ((fileMode && !park) || files.length === 0) return;
    setBusy(true);
    try {
      // an earlier 企业汇总 is rebuilt from these files: asked first, as corrections typed there are replaced
      if (!fileMode && !confirmed && (await operations.existingTemplates()).includes("enterprises"))
        return setAsk(true);
      setOutcome(await importEnterprises({ files, ...(list ? { list } : {}), ...(park ? { park } : {}) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const pick = (set: (f: ChosenFile | undefined) => void) => (e: ChangeEvent<HTMLInputElement>) =>
    set(chosenFiles(e.target.files)[0]);

  return (
    <section className={styles.section} aria-labelledby="enterprise-import-title" data-testid="enterprise-import">
      <Subtitle2 as="h3" id="enterprise-import-title">
        {t.importEntTitle}
      </Subtitle2>
      <Caption1>{fileMode ? t.importEntHintFile : t.importEntHintExcel}</Caption1>
      {fileMode && (
        <FileChooser label={t.parkWorkbook} accept=".xlsx" onChange={pick(setPark)} testId="ent-park" lang={lang} />
      )}
      <FileChooser
        label={t.enterpriseFiles}
        accept=".xlsx"
        multiple
        onChange={(e) => setFiles(chosenFiles(e.target.files))}
        testId="ent-files"
        lang={lang}
      />
      <FileChooser
        label={t.enterpriseList}
        accept=".json,application/json"
        onChange={pick(setList)}
        testId="ent-list"
        lang={lang}
      />
      <Button appearance="primary" disabled={busy} onClick={() => void run(false)} data-testid="ent-import">
        {t.importEntRun}
      </Button>
      {busy && <Spinner size="tiny" label={t.importEntWorking} />}
      {missing && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{missing}</MessageBarBody>
        </MessageBar>
      )}
      {ask && (
        <MessageBar intent="warning" role="alert" layout="multiline" data-testid="ent-ask">
          <MessageBarBody className={pane.wrap}>{t.importEntAsk}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void run(true)} data-testid="ent-replace">
              {t.importEntReplace}
            </Button>
            <Button size="small" onClick={() => setAsk(false)}>
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar
          intent={outcome.written ? "success" : "error"}
          role="status"
          layout="multiline"
          data-testid="ent-outcome"
        >
          <MessageBarBody className={pane.wrap}>{outcomeLines(outcome, t).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && outcome.groups.length > 0 && <Findings groups={outcome.groups} lang={lang} />}
      <ErrorBar
        error={error}
        lang={lang}
        title={error instanceof OperationError && error.reason === "no-templates" ? t.noTemplates : t.importEntFailed}
      />
    </section>
  );
}

/** The two enterprise actions, each shown where the host offers it. */
export function EnterprisesSection(props: EnterprisesSectionProps) {
  const styles = useStyles();
  const t = STRINGS[props.lang];
  if (!props.operations.createEnterpriseRequest && !props.operations.importEnterprises) return null;
  return (
    <section className={styles.section} aria-labelledby="enterprises-title">
      <Subtitle2 as="h2" id="enterprises-title">
        {t.enterprisesTitle}
      </Subtitle2>
      <Caption1>{t.enterprisesHint}</Caption1>
      <RequestForm {...props} />
      <ImportForm {...props} />
    </section>
  );
}
