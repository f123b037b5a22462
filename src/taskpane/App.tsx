import { Caption1, Select, Spinner, Subtitle2, useId } from "@fluentui/react-components";
import { lazy, useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { frameStyles } from "./components/frameStyles";
import { PaneTabs } from "./components/PaneTabs";
import { LazyPart, PartFailed } from "./components/LazyPart";
import type { HostMode } from "./hostMode";
import { STRINGS, type Lang } from "./i18n";
import { saveLanguage, type TextStore } from "./languageMemory";
import type { TemplateInfo } from "./model/gallery";
import { once } from "./once";
import type { WorkbookOperations } from "./operations";

// The pane's first render is its frame (header, language, tab row): the template panel, the first tab's, starts
// loading once the frame has painted and fills in when it arrives; each other panel loads when its tab is first opened (the
// data and parameter panels with the catalog, the review panel with the review's words).
export const loadInsertPanel = once(() => import(/* webpackChunkName: "insert-panel" */ "./components/InsertPanel"));
export const loadDataPanel = once(() => import(/* webpackChunkName: "data-panel" */ "./components/DataPanel"));
export const loadParametersPanel = once(
  () => import(/* webpackChunkName: "parameters-panel" */ "./components/ParametersPanel"),
);
export const loadReviewPanel = once(() => import(/* webpackChunkName: "review-panel" */ "./components/ReviewPanel"));
export const loadSubmitPanel = once(() => import(/* webpackChunkName: "submit-panel" */ "./components/SubmitPanel"));
const InsertPanel = lazy(() => loadInsertPanel().then((m) => ({ default: m.InsertPanel })));
const DataPanel = lazy(loadDataPanel);
const ParametersPanel = lazy(loadParametersPanel);
const ReviewPanel = lazy(() => loadReviewPanel().then((m) => ({ default: m.ReviewPanel })));
const SubmitPanel = lazy(() => loadSubmitPanel().then((m) => ({ default: m.SubmitPanel })));

export type TabId = "insert" | "data" | "parameters" | "review" | "submit";
const TABS: readonly TabId[] = ["insert", "data", "parameters", "review", "submit"];

/** The gallery's templates, loaded with the template builders (a separate chunk). */
export const loadTemplateInfos = (): Promise<readonly TemplateInfo[]> =>
  import(/* webpackChunkName: "templates" */ "./templateCatalog").then((m) => m.templateInfos());

export interface AppProps {
  readonly mode: HostMode;
  /** the host's workbook operations; absent while their chunk loads (the pane's frame paints without them) */
  readonly operations?: WorkbookOperations;
  /** why the host's operations or the template panel could not be loaded (index.tsx): shown in place of the panels */
  readonly loadError?: unknown;
  /** the pane's first frame (index.tsx): the tab row without its arrow keys, not measured (PaneTabs.tsx) */
  readonly firstFrame?: boolean;
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
  loadError,
  initialLang = "zh-CN",
  initialWorkbookLang = initialLang,
  loadTemplates = loadTemplateInfos,
  languageStore,
  firstFrame = false,
}: AppProps) {
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
  // a panel's spinner comes with the render after the first paint (index.tsx), as the panels do: that paint is the
  // frame alone
  const loading = <Spinner size="small" label={t.loading} />;

  return (
    <main style={frameStyles.root} aria-label={t.title}>
      <header style={frameStyles.header}>
        <Subtitle2 as="h1" style={frameStyles.title}>
          {t.title}
        </Subtitle2>
        <Caption1 data-testid="host-mode" style={frameStyles.mode}>
          {mode === "excel" ? t.modeExcel : t.modeFile}
        </Caption1>
        <div style={frameStyles.language}>
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
        measure={!firstFrame}
      />
      {TABS.filter((id) => visited.has(id)).map((id) => (
        <div
          key={id}
          style={frameStyles.panel}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={tab !== id}
        >
          {loadError !== undefined && <PartFailed lang={lang} error={loadError} />}
          {loadError === undefined && !operations && !firstFrame && loading}
          {operations && id === "insert" && (
            <LazyPart lang={lang}>
              <InsertPanel
                lang={lang}
                operations={operations}
                loadTemplates={loadTemplates}
                parkData={parkData}
                sheetLang={workbookLang}
                onSheetLang={setWorkbookLang}
              />
            </LazyPart>
          )}
          {operations && id === "data" && (
            <LazyPart lang={lang}>
              <DataPanel
                lang={lang}
                workbookLang={workbookLang}
                operations={operations}
                snapshot={snapshot}
                onSnapshot={setSnapshot}
                parkData={parkData}
                onParkData={setParkData}
              />
            </LazyPart>
          )}
          {operations && id === "parameters" && (
            <LazyPart lang={lang}>
              <ParametersPanel lang={lang} operations={operations} snapshot={snapshot} onSnapshot={setSnapshot} />
            </LazyPart>
          )}
          {operations && id === "review" && (
            <LazyPart lang={lang}>
              <ReviewPanel lang={lang} operations={operations} />
            </LazyPart>
          )}
          {operations && id === "submit" && (
            <LazyPart lang={lang}>
              <SubmitPanel lang={lang} operations={operations} />
            </LazyPart>
          )}
        </div>
      ))}
    </main>
  );
}
