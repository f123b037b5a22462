/**
 * Parameters (issue 7): every value of the parameter sheet with its default, source and status — a visible
 * "待确认 / to confirm" badge (SPEC §1) — and the values that differ from the default highlighted.
 */
import { Badge, Button, Caption1, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ChangeEvent } from "react";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import { STRINGS, pick, type Lang } from "../i18n";
import { parameterRows, type ParameterSection } from "../model/parameters";
import type { WorkbookOperations } from "../operations";
import { ErrorBar } from "./ErrorBar";
import { FileChooser } from "./FileChooser";
import { errorTitle } from "./InsertPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS, textAlign: "left", verticalAlign: "top" },
  changed: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2, color: tokens.colorNeutralForeground1 },
  source: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
});

const SECTIONS: Record<ParameterSection, { zh: string; en: string }> = {
  indicators: { zh: "指标引领值", en: "Leading values" },
  scalars: { zh: "计算参数", en: "Calculation parameters" },
  coefficients: { zh: "折标准煤系数", en: "Standard-coal coefficients" },
};

export interface ParametersPanelProps {
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  readonly snapshot?: WorkbookSnapshot;
  readonly onSnapshot: (snapshot: WorkbookSnapshot) => void;
}

const show = (v: unknown) => (v === undefined || v === null || v === "" ? "—" : String(v));

export default function ParametersPanel({ lang, operations, snapshot, onSnapshot }: ParametersPanelProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [onlyNotable, setOnlyNotable] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const rows = useMemo(() => parameterRows(snapshot), [snapshot]);

  const read = async (event?: ChangeEvent<HTMLInputElement>) => {
    setError(undefined);
    try {
      const file = event?.target.files?.[0];
      if (event && !file) return;
      onSnapshot(await operations.readWorkbook(file ? { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { kind: "open" }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="parameters-title">
      <Subtitle2 as="h2" id="parameters-title">
        {t.parametersTitle}
      </Subtitle2>
      <Caption1>{t.parametersHint}</Caption1>
      {operations.mode === "excel" ? <Button onClick={() => void read()}>{t.readWorkbook}</Button> : <FileChooser label={t.openXlsx} accept=".xlsx" onChange={(e) => void read(e)} testId="parameters-xlsx" />}
      {error !== undefined && <ErrorBar title={errorTitle(error, t, operations.mode === "file")} error={error} detailsLabel={t.details} />}
      <Switch checked={onlyNotable} onChange={(_, d) => setOnlyNotable(d.checked)} label={t.showOnlyChanged} />
      {(Object.keys(SECTIONS) as ParameterSection[]).map((section) => {
        const list = rows.filter((r) => r.section === section && (!onlyNotable || r.changed || r.status === "to-confirm"));
        if (list.length === 0) return null;
        return (
          <table key={section} className={styles.table} data-testid={`parameters-${section}`}>
            <caption className={styles.caption}>{pick(SECTIONS[section], lang)}</caption>
            <thead>
              <tr>
                {[t.colParameter, t.colValue, t.colDefault, t.colStatus, t.colSource].map((h) => (
                  <th key={h} scope="col" className={styles.cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.key} className={r.changed ? styles.changed : undefined} data-changed={r.changed || undefined}>
                  <th scope="row" className={styles.cell}>
                    {pick(r.label, lang)} <Caption1>{r.unit}</Caption1>
                    {operations.selectCell && r.sheet && r.cell && (
                      <Button size="small" appearance="transparent" onClick={() => void operations.selectCell!(r.sheet!, r.cell!).catch(setError)} aria-label={t.goTo(pick(r.label, lang), r.cell)}>
                        {r.cell}
                      </Button>
                    )}
                  </th>
                  <td className={styles.cell}>
                    {show(r.value ?? r.defaultValue)}
                    {r.changed && (
                      <>
                        {" "}
                        <Badge color="warning" appearance="filled" size="small">
                          {t.changed}
                        </Badge>
                      </>
                    )}
                  </td>
                  <td className={styles.cell}>{r.defaultValue === null ? t.noDefault : show(r.defaultValue)}</td>
                  <td className={styles.cell}>
                    {r.status === "to-confirm" ? (
                      <Badge color="warning" appearance="tint" data-testid="to-confirm">
                        {t.toConfirm}
                      </Badge>
                    ) : (
                      <Badge color="success" appearance="tint">
                        {t.confirmed}
                      </Badge>
                    )}
                  </td>
                  <td className={`${styles.cell} ${styles.source}`}>{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
