import { Caption1, Select, Spinner, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { InsertPanel } from "./components/InsertPanel";
import { PaneTabs } from "./components/PaneTabs";
import type { HostMode } from "./hostMode";
import { STRINGS, type Lang } from "./i18n";
import { saveLanguage, type TextStore } from "./languageMemory";
import type { TemplateInfo } from "./model/gallery";
import type { WorkbookOperations } from "./operations";

/** Starts a load once; React.lazy and anyone who waits for the panel (a test, a prefetch) share its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= load());
}

// Only the first tab's panel comes with the pane's first render; each other panel loads when its tab is first
// opened (the data and parameter panels with the catalog, the review panel with the review's words).
export const loadDataPanel = once(() => import(/* webpackChunkName: "data-panel" */ "./components/DataPanel"));
export const loadParametersPanel = once(
  () => import(/* webpackChunkName: "parameters-panel" */ "./components/ParametersPanel"),
);
export const loadReviewPanel = once(() => import(/* webpackChunkName: "review-panel" */ "./components/ReviewPanel"));
export const loadSubmitPanel = once(() => import(/* webpackChunkName: "submit-panel" */ "./components/SubmitPanel"));
const DataPanel = lazy(loadDataPanel);
const ParametersPanel = lazy(loadParametersPanel);
const ReviewPanel = lazy(() => loadReviewPanel().then((m) => ({ default: m.ReviewPanel })));
const SubmitPanel = lazy(() => loadSubmitPanel().then((m) => ({ default: m.SubmitPanel })));

const useStyles = makeStyles({
  // designed for the task pane's 300–350 px first; wider panes only get more room
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  mode: { color: tokens.colorNeutralForeground2 },
  language: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  panel: { minWidth: 0 },
});

export type TabId = "insert" | "data" | "parameters" | "review" | "submit";
const TABS: readonly TabId[] = ["insert", "data", "parameters", "review", "submit"];

/** The gallery's templates, loaded with the template builders (a separate chunk). */
export const loadTemplateInfos = (): Promise<readonly TemplateInfo[]> =>
  import(/* webpackChunkName: "templates" */ "./templateCatalog").then((m) => m.templateInfos());

export interface AppProps {
  readonly mode: HostMode;
  readonly operations: WorkbookOperations;
  /** the pane's language */
  readonly initialLang?: Lang;
  /** the language of the sheets the pane writes: Office's display language (the browser's in file mode) by default, chosen apart from the pane's */
  readonly initialWorkbookLang?: Lang;
  readonly loadTemplates?: () => Promise<readonly TemplateInfo[]>;
  /** where the two language choices are remembered for the next session (languageMemory.ts) */
  readonly languageStore?: TextStore;
}

export function App({
  mode,
  operations,
  initialLang = "zh-CN",
  initialWorkbookLang = initialLang,
  loadTemplates = loadTemplateInfos,
  languageStore,
}: AppProps) {
  const styles = useStyles();
  const [lang, setPaneLang] = useState<Lang>(initialLang);
  const [workbookLang, setSheetLang] = useState<Lang>(initialWorkbookLang);
  const setLang = (chosen: Lang) => {
    setPaneLang(chosen);
    void saveLanguage(languageStore, "pane", chosen);
  };
  const setWorkbookLang = (chosen: Lang) => {
    setSheetLang(chosen);
    void saveLanguage(languageStore, "workbook", chosen);
  };
  const [tab, setTab] = useState<TabId>("insert");
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(["insert"]));
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | undefined>(undefined);
  const [parkData, setParkData] = useState<ParkDataFile | undefined>(undefined);
  const languageId = useId("language");
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const select = (next: TabId) => {
    setTab(next);
    setVisited((v) => new Set([...v, next]));
  };
  const tabLabel: Record<TabId, string> = {
    insert: t.tabInsert,
    data: t.tabData,
    parameters: t.tabParameters,
    review: t.tabReview,
    submit: t.tabSubmit,
  };
  const loading = <Spinner size="small" label={t.loading} />;

  return (
    <main className={styles.root} aria-label={t.title}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {t.title}
        </Subtitle2>
        <Caption1 data-testid="host-mode" className={styles.mode}>
          {mode === "excel" ? t.modeExcel : t.modeFile}
        </Caption1>
        <div className={styles.language}>
          <label htmlFor={languageId}>{t.language}</label>
          <Select
            id={languageId}
            size="small"
            value={lang}
            onChange={(_, d) => setLang(d.value as Lang)}
            data-testid="language"
          >
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </div>
      </header>
      <PaneTabs
        tabs={TABS.map((id) => ({ id, label: tabLabel[id] }))}
        selected={tab}
        onSelect={select}
        label={t.tabs}
        moreLabel={t.moreTabs}
      />
      {TABS.filter((id) => visited.has(id)).map((id) => (
        <div
          key={id}
          className={styles.panel}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={tab !== id}
        >
          {id === "insert" && (
            <InsertPanel
              lang={lang}
              operations={operations}
              loadTemplates={loadTemplates}
              parkData={parkData}
              sheetLang={workbookLang}
              onSheetLang={setWorkbookLang}
            />
          )}
          {id === "data" && (
            <Suspense fallback={loading}>
              <DataPanel
                lang={lang}
                workbookLang={workbookLang}
                operations={operations}
                snapshot={snapshot}
                onSnapshot={setSnapshot}
                parkData={parkData}
                onParkData={setParkData}
              />
            </Suspense>
          )}
          {id === "parameters" && (
            <Suspense fallback={loading}>
              <ParametersPanel lang={lang} operations={operations} snapshot={snapshot} onSnapshot={setSnapshot} />
            </Suspense>
          )}
          {id === "review" && (
            <Suspense fallback={loading}>
              <ReviewPanel lang={lang} operations={operations} />
            </Suspense>
          )}
          {id === "submit" && (
            <Suspense fallback={loading}>
              <SubmitPanel lang={lang} operations={operations} />
            </Suspense>
          )}
        </div>
      ))}
    </main>
  );
}
