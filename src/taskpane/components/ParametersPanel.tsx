/**
 * Parameters: every value of the parameter sheet with its default, source and status — and the two choices made once
 * for the workbook (the synergy output basis, the carbon inventory's grid factor) with the words to choose from — a visible
 * "待确认 / to confirm" badge — and the values that differ from the default highlighted. One card per value, so
 * the list reads at task-pane width (300–350 px) as well as wider.
 */
import { Badge, Button, Subtitle2, Switch, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookSnapshot } from "../../domain/review/snapshot";
import { ANSWER_WORDS, readAnswer, shownIfAnswer } from "../../domain/calc/answers";
import { STRINGS, type Lang } from "../i18n";
import { textOf, type Text } from "../../domain/text";
import { unitText } from "../../domain/templates/labels";
import { parameterRows, type ParameterRow, type ParameterSection } from "../model/parameters";
import type { WorkbookOperations, WorkbookSource } from "../operations";
import { ErrorBar } from "./ErrorBar";
import { Panel } from "./Panel";
import { WorkbookSourcePicker } from "./WorkbookSourcePicker";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  cards: { gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  changed: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  fact: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  value: { fontWeight: tokens.fontWeightSemibold },
  cell: { minWidth: 0, height: "auto", padding: 0, justifyContent: "flex-start" },
});

const SECTIONS: Record<ParameterSection, Text> = {
  indicators: { zh: "指标引领值", en: "Leading values" },
  scalars: { zh: "计算参数", en: "Calculation parameters" },
  coefficients: { zh: "折标准煤系数", en: "Standard-coal coefficients" },
  choices: { zh: "计算口径", en: "Calculation bases" },
};

export interface ParametersPanelProps {
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  readonly snapshot?: WorkbookSnapshot;
  readonly onSnapshot: (snapshot: WorkbookSnapshot) => void;
}

const show = (v: unknown) => (v === undefined || v === null || v === "" ? "—" : String(v));

/** A value in the pane's language: an answer word (具备, "具备 (available)", "available") shown as that language shows it. */
const inLanguage = (v: unknown, lang: Lang) =>
  typeof v === "string" ? shownIfAnswer(readAnswer(v, ANSWER_WORDS) ?? v, lang) : v;

interface CardProps {
  readonly row: ParameterRow;
  readonly lang: Lang;
  readonly operations: WorkbookOperations;
  readonly onError: (error: unknown) => void;
}

/** One parameter: name and status, then value, default, unit, source (and its cell, inside Excel). */
function ParameterCard({ row: r, lang, operations, onError }: CardProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const name = textOf(r.label, lang);
  const selectCell = operations.selectCell;
  const defaultShown = r.choice ? textOf(r.choice.default, lang) : r.defaultValue;
  return (
    <li
      className={mergeClasses(styles.card, r.changed && styles.changed)}
      data-changed={r.changed || undefined}
      aria-label={name}
    >
      <div className={styles.header}>
        <span className={mergeClasses(pane.wrap, styles.name)}>{name}</span>
        {r.status === "to-confirm" && (
          <Badge color="warning" appearance="tint" data-testid="to-confirm">
            {t.toConfirm}
          </Badge>
        )}
        {r.status === "to-fill" && (
          <Badge color="important" appearance="tint" data-testid="to-fill">
            {t.toFill}
          </Badge>
        )}
        {r.status === "confirmed" && (
          <Badge color="success" appearance="tint">
            {t.confirmed}
          </Badge>
        )}
        {r.projectConfirmed && (
          <Badge color="success" appearance="filled" data-testid="project-confirmed">
            {t.projectConfirmed}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.colValue}</dt>
        <dd className={styles.fact}>
          <span className={styles.value}>{show(inLanguage(r.value ?? defaultShown, lang))}</span>
          {r.changed && (
            <>
              {" "}
              <Badge color="warning" appearance="filled" size="small">
                {t.changed}
              </Badge>
            </>
          )}
        </dd>
        <dt className={styles.term}>{t.colDefault}</dt>
        <dd className={styles.fact}>{defaultShown === null ? t.noDefault : show(inLanguage(defaultShown, lang))}</dd>
        {r.choice ? (
          <>
            <dt className={styles.term}>{t.colChoices}</dt>
            <dd className={styles.fact} data-testid="choices">
              {r.choice.choices.map((c) => textOf(c, lang)).join(" / ")}
            </dd>
          </>
        ) : (
          <>
            <dt className={styles.term}>{t.colUnit}</dt>
            <dd className={styles.fact}>{show(unitText(r.unit, lang))}</dd>
          </>
        )}
        <dt className={styles.term}>{t.colSource}</dt>
        <dd className={styles.fact}>{textOf(r.source, lang)}</dd>
        {r.status === "to-confirm" && (
          <>
            <dt className={styles.term}>{t.colToCheck}</dt>
            <dd className={styles.fact} data-testid="to-check">
              {textOf(r.statusText, lang).replace(/^[^：:]*[：:]\s*/, "")}
            </dd>
          </>
        )}
        {selectCell && r.sheet && r.cell && (
          <>
            <dt className={styles.term}>{t.colCell}</dt>
            <dd className={styles.fact}>
              <Button
                className={styles.cell}
                size="small"
                appearance="transparent"
                onClick={() => void selectCell(r.sheet!, r.cell!).catch(onError)}
                aria-label={t.goTo(name, r.cell)}
              >
                {r.cell}
              </Button>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

export default function ParametersPanel({ lang, operations, snapshot, onSnapshot }: ParametersPanelProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const [onlyNotable, setOnlyNotable] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const rows = useMemo(() => parameterRows(snapshot), [snapshot]);

  const read = async (source: WorkbookSource) => {
    setError(undefined);
    try {
      onSnapshot(await operations.readWorkbook(source));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Panel id="parameters-title" title={t.parametersTitle} hint={t.parametersHint}>
      <WorkbookSourcePicker
        mode={operations.mode}
        lang={lang}
        onSource={(source) => void read(source)}
        testId="parameters-xlsx"
      />
      <ErrorBar error={error} lang={lang} fileMode={operations.mode === "file"} />
      <Switch checked={onlyNotable} onChange={(_, d) => setOnlyNotable(d.checked)} label={t.showOnlyChanged} />
      {(Object.keys(SECTIONS) as ParameterSection[]).map((section) => {
        const list = rows.filter(
          (r) => r.section === section && (!onlyNotable || r.changed || r.status !== "confirmed"),
        );
        if (list.length === 0) return null;
        const headingId = `parameters-${section}-title`;
        return (
          <section
            key={section}
            className={styles.section}
            aria-labelledby={headingId}
            data-testid={`parameters-${section}`}
          >
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              {textOf(SECTIONS[section], lang)}
            </Subtitle2>
            <ul className={mergeClasses(pane.plainList, styles.cards)}>
              {list.map((r) => (
                <ParameterCard key={r.key} row={r} lang={lang} operations={operations} onError={setError} />
              ))}
            </ul>
          </section>
        );
      })}
    </Panel>
  );
}
