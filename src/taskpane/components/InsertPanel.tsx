/**
 * Insert: the template gallery with multi-select (templates the chosen ones read are added and
 * shown), the options, and Insert with progress and a clear result. In file mode the same form downloads an .xlsx.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ParkDataFile } from "../../domain/schema/parkData";
import type { FormulaMode, TemplateId } from "../../domain/templates/sheetPlan";
import { STRINGS, type Lang } from "../i18n";
import { textOf } from "../../domain/text";
import { dependenciesOf, type TemplateInfo } from "../model/gallery";
import type { InsertOutcome, InsertRequest, ProgressStep, WorkbookOperations } from "../operations";
import { ErrorBar } from "./ErrorBar";
import { Panel } from "./Panel";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  list: { gap: tokens.spacingVerticalS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemChosen: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: "32px",
    color: tokens.colorNeutralForeground2,
  },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  // a badge's words wrap inside it at task-pane width instead of running over its border
  badge: {
    height: "auto",
    minHeight: "20px",
    whiteSpace: "normal",
    textAlign: "left",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
});

/** 《北京市工业园区绿色诊断工作指南》附件2-1-2 注2: the three evaluation years are, in principle, the three years before the diagnosis. */
export function defaultYears(today = new Date()): [number, number, number, number] {
  const y = today.getFullYear();
  return [y - 4, y - 3, y - 2, y - 1];
}

export function validYears(years: readonly number[]): boolean {
  return (
    years.length === 4 &&
    years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2200) &&
    years.every((y, i) => {
      const before = years[i - 1];
      return before === undefined || y > before;
    })
  );
}

export interface InsertPanelProps {
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  readonly loadTemplates: () => Promise<readonly TemplateInfo[]>;
  /** a park data file imported in the data panel: fills the data sheet */
  readonly parkData?: ParkDataFile;
  /** the workbook's language: chosen apart from the pane's own language */
  readonly sheetLang: Lang;
  readonly onSheetLang: (lang: Lang) => void;
}

export function InsertPanel({ lang, operations, loadTemplates, parkData, sheetLang, onSheetLang }: InsertPanelProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const fileMode = operations.mode === "file";
  const [templates, setTemplates] = useState<readonly TemplateInfo[] | undefined>(undefined);
  const [present, setPresent] = useState<ReadonlySet<TemplateId>>(new Set());
  const [chosen, setChosen] = useState<ReadonlySet<TemplateId>>(new Set(["indicators"]));
  const [parkName, setParkName] = useState("");
  const [yearTexts, setYearTexts] = useState<string[]>(defaultYears().map(String));
  const [formulaMode, setFormulaMode] = useState<FormulaMode>("native");
  const [threshold, setThreshold] = useState("");
  const [refresh, setRefresh] = useState(true);
  const [step, setStep] = useState<ProgressStep | undefined>(undefined);
  const [result, setResult] = useState<InsertOutcome | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [formProblem, setFormProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    loadTemplates().then(
      (list) => live && setTemplates(list),
      (e: unknown) => live && setError(e),
    );
    operations.existingTemplates().then(
      (ids) => live && setPresent(new Set(ids)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loadTemplates, operations]);

  useEffect(() => {
    if (parkData) setYearTexts(parkData.years.map(String));
  }, [parkData]);

  const added = useMemo(() => dependenciesOf(templates ?? [], chosen), [templates, chosen]);
  const years = yearTexts.map((y) => Number(y));
  const busy = step !== undefined;
  const anyPresent = [...chosen, ...added].some((id) => present.has(id));

  const toggle = (id: TemplateId, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const submit = async () => {
    setResult(undefined);
    setError(undefined);
    setFormProblem(undefined);
    if (chosen.size === 0) return setFormProblem(t.selectAtLeastOne);
    if (!validYears(years)) return setFormProblem(t.yearsInvalid);
    const thresholdValue = threshold.trim() === "" ? null : Number(threshold);
    if (thresholdValue !== null && !(Number.isFinite(thresholdValue) && thresholdValue >= 0))
      return setFormProblem(t.thresholdInvalid);
    const request: InsertRequest = {
      templates: (templates ?? []).map((x) => x.id).filter((id) => chosen.has(id)),
      lang: sheetLang,
      mode: formulaMode,
      years: years as unknown as [number, number, number, number],
      ...(parkName.trim() ? { parkName: parkName.trim() } : {}),
      costClassThreshold: thresholdValue,
      refresh: !fileMode && refresh,
      ...(parkData ? { data: parkData } : {}),
    };
    setStep("loading");
    try {
      const outcome = await operations.insertTemplates(request, setStep);
      setResult(outcome);
      if (!fileMode)
        operations.existingTemplates().then(
          (ids) => setPresent(new Set(ids)),
          () => undefined,
        );
    } catch (e) {
      setError(e);
    } finally {
      setStep(undefined);
    }
  };

  const stepText: Record<ProgressStep, string> = {
    loading: t.stepLoading,
    building: t.stepBuilding,
    writing: t.stepWriting,
    saving: t.stepSaving,
  };
  const yearLabels = [t.baseYear, `${t.year} 1`, `${t.year} 2`, `${t.year} 3`];

  return (
    <Panel id="insert-gallery-title" title={t.gallery} hint={t.galleryHint}>
      {!templates && !error && <Spinner size="small" label={t.loading} />}
      {templates && (
        <ul className={mergeClasses(pane.plainList, styles.list)} aria-label={t.gallery} data-testid="gallery">
          {templates.map((info) => {
            const isChosen = chosen.has(info.id);
            const isAdded = added.has(info.id);
            return (
              <li
                key={info.id}
                className={mergeClasses(styles.item, (isChosen || isAdded) && styles.itemChosen)}
                data-testid={`template-${info.id}`}
              >
                <Checkbox
                  checked={isChosen || isAdded}
                  disabled={isAdded || busy}
                  onChange={(_, d) => toggle(info.id, d.checked === true)}
                  label={<strong>{textOf(info.sheetName, lang)}</strong>}
                  aria-describedby={`template-${info.id}-details`}
                />
                <div className={styles.details} id={`template-${info.id}-details`}>
                  <span>{textOf(info.purpose, lang)}</span>
                  <span>{t.labelled(t.source, textOf(info.source, lang))}</span>
                  <span>{t.labelled(t.sheetAdded, textOf(info.sheetName, sheetLang))}</span>
                  <span className={styles.badges}>
                    {isAdded && (
                      <Badge
                        className={styles.badge}
                        appearance="tint"
                        color="informative"
                        data-testid={`dependency-${info.id}`}
                      >
                        {t.dependencyOf}
                      </Badge>
                    )}
                    {present.has(info.id) && (
                      <Badge className={styles.badge} appearance="outline" color="subtle">
                        {t.alreadyPresent}
                      </Badge>
                    )}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <Subtitle2 as="h2">{t.options}</Subtitle2>
      <Field label={t.parkName}>
        <Input
          className={pane.input}
          input={{ className: pane.inputNative }}
          value={parkName}
          onChange={(_, d) => setParkName(d.value)}
          disabled={busy}
        />
      </Field>
      <fieldset className={pane.fieldset}>
        <legend>{t.evaluationYears}</legend>
        <div className={pane.years}>
          {yearLabels.map((label, i) => (
            <Field key={i} label={label}>
              <Input
                className={pane.input}
                input={{ className: pane.inputNative }}
                type="number"
                value={yearTexts[i]}
                disabled={busy || parkData !== undefined}
                onChange={(_, d) => setYearTexts((list) => list.map((y, j) => (j === i ? d.value : y)))}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <Field label={t.sheetLanguage}>
        <Select
          value={sheetLang}
          onChange={(_, d) => onSheetLang(d.value as Lang)}
          disabled={busy}
          data-testid="sheet-language"
        >
          <option value="zh-CN">中文 (zh-CN)</option>
          <option value="en-US">English (en-US)</option>
        </Select>
      </Field>
      <Field label={t.formulaMode}>
        <RadioGroup value={formulaMode} onChange={(_, d) => setFormulaMode(d.value as FormulaMode)} disabled={busy}>
          <Radio value="native" label={t.formulaNative} />
          <Radio value="custom" label={t.formulaCustom} />
        </RadioGroup>
      </Field>
      <Field label={t.threshold} hint={t.thresholdHint}>
        <Input
          className={pane.input}
          input={{ className: pane.inputNative }}
          type="number"
          min={0}
          value={threshold}
          onChange={(_, d) => setThreshold(d.value)}
          disabled={busy}
        />
      </Field>
      {!fileMode && anyPresent && (
        <Switch checked={refresh} onChange={(_, d) => setRefresh(d.checked)} label={t.refresh} disabled={busy} />
      )}
      {parkData && (
        <MessageBar intent="info">
          <MessageBarBody>{t.importAttached(parkData.years.join(", "))}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={() => void submit()} disabled={busy || !templates} data-testid="insert">
        {fileMode ? t.generate : t.insert}
      </Button>
      {busy && (
        <Field validationMessage={stepText[step]} validationState="none">
          <ProgressBar aria-label={t.working} />
        </Field>
      )}
      {formProblem && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{formProblem}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} lang={lang} fileMode={fileMode} />
      {result && (
        <MessageBar intent="success" role="status" layout="multiline" data-testid="insert-result">
          <MessageBarBody>
            <MessageBarTitle>{result.fileName ? t.downloaded(result.fileName) : t.inserted}</MessageBarTitle>
            <ul>
              {result.sheets.map((s) => (
                <li key={s.sheetName}>{s.refreshed ? t.refreshedSheet(s.sheetName) : t.insertedSheet(s.sheetName)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </Panel>
  );
}
