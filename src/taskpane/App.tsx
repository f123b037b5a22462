import { Body1, Select, Spinner, Tab, TabList, Title3, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../domain/review/snapshot";
import type { ParkDataFile } from "../domain/schema/parkData";
import { InsertPanel } from "./components/InsertPanel";
import { ReviewPanel } from "./components/ReviewPanel";
import { SubmitPanel } from "./components/SubmitPanel";
import type { HostMode } from "./hostMode";
import { STRINGS, type Lang } from "./i18n";
import type { TemplateInfo } from "./model/gallery";
import type { WorkbookOperations } from "./operations";

/** Starts a load once; React.lazy and anyone who waits for the panel (a test, a prefetch) share its promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= load());
}

// The panels that read the catalog load with it, after the first render.
export const loadDataPanel = once(() => import(/* webpackChunkName: "data-panel" */ "./components/DataPanel"));
export const loadParametersPanel = once(() => import(/* webpackChunkName: "parameters-panel" */ "./components/ParametersPanel"));
const DataPanel = lazy(loadDataPanel);
const ParametersPanel = lazy(loadParametersPanel);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  language: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "120px" },
  mode: { color: tokens.colorNeutralForeground2 },
});

export type TabId = "insert" | "data" | "parameters" | "review" | "submit";
const TABS: readonly TabId[] = ["insert", "data", "parameters", "review", "submit"];

/** The gallery's templates, loaded with the template builders (a separate chunk). */
export const loadTemplateInfos = (): Promise<readonly TemplateInfo[]> =>
  import(/* webpackChunkName: "templates" */ "./templateCatalog").then((m) => m.templateInfos());

export interface AppProps {
  readonly mode: HostMode;
  readonly operations: WorkbookOperations;
  readonly initialLang?: Lang;
  readonly loadTemplates?: () => Promise<readonly TemplateInfo[]>;
}

export function App({ mode, operations, initialLang = "zh-CN", loadTemplates = loadTemplateInfos }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
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
  const tabLabel: Record<TabId, string> = { insert: t.tabInsert, data: t.tabData, parameters: t.tabParameters, review: t.tabReview, submit: t.tabSubmit };
  const loading = <Spinner size="small" label={t.loading} />;

  return (
    <main className={styles.root} aria-label={t.title}>
      <div className={styles.header}>
        <Title3 as="h1">{t.title}</Title3>
        <div className={styles.language}>
          <label htmlFor={languageId}>{t.language}</label>
          <Select id={languageId} value={lang} onChange={(_, d) => setLang(d.value as Lang)} data-testid="language">
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </div>
      </div>
      <Body1 data-testid="host-mode" className={styles.mode}>
        {mode === "excel" ? t.modeExcel : t.modeFile}
      </Body1>
      <TabList selectedValue={tab} onTabSelect={(_, d) => select(d.value as TabId)} aria-label={t.tabs}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {tabLabel[id]}
          </Tab>
        ))}
      </TabList>
      {TABS.filter((id) => visited.has(id)).map((id) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          {id === "insert" && <InsertPanel lang={lang} operations={operations} loadTemplates={loadTemplates} parkData={parkData} />}
          {id === "data" && (
            <Suspense fallback={loading}>
              <DataPanel lang={lang} operations={operations} snapshot={snapshot} onSnapshot={setSnapshot} parkData={parkData} onParkData={setParkData} />
            </Suspense>
          )}
          {id === "parameters" && (
            <Suspense fallback={loading}>
              <ParametersPanel lang={lang} operations={operations} snapshot={snapshot} onSnapshot={setSnapshot} />
            </Suspense>
          )}
          {id === "review" && <ReviewPanel lang={lang} operations={operations} />}
          {id === "submit" && <SubmitPanel lang={lang} operations={operations} />}
        </div>
      ))}
    </main>
  );
}
