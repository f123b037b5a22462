/**
 * The pane's sections as tabs that fit the task pane (300–350 px). The first frame draws Fluent's tab row without
 * its keyboard navigation and without measuring which tabs fit (FrameTabList.tsx), so the first paint needs neither
 * Tabster nor the overflow code; the next frames draw the whole tab row (TabRow.tsx), a chunk loaded after that
 * paint. Until it arrives, the first frame's row stays; if it does not arrive, that row wraps onto a second line,
 * so every tab can still be reached.
 */
import { Suspense, lazy } from "react";
import { FrameTabList } from "./FrameTabList";
import { frameStyles } from "./frameStyles";
import { loadTabRow } from "./tabRowChunks";

export interface PaneTab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

export interface PaneTabsProps<Id extends string> {
  readonly tabs: readonly PaneTab<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  /** the tab list's accessible name */
  readonly label: string;
  /** the "more" button's accessible name, given how many tabs it holds */
  readonly moreLabel: (count: number) => string;
  /**
   * false in the pane's first frame: the row is drawn without measuring which tabs fit, which would lay out the
   * page before its first paint; the next frame measures, and tabs that do not fit go to the "more" menu
   */
  readonly measure?: boolean;
}

// the whole tab row comes after the first paint (index.tsx starts it then, tabRowChunks.ts)
// a tab row that does not arrive leaves the first frame's, wrapped: every tab stays in reach, by click and Tab key
const TabRow = lazy(() =>
  loadTabRow().then(
    (m) => ({ default: m.TabRow }),
    () => ({
      default: (props: PaneTabsProps<string>) => (
        <div style={frameStyles.tabRowWrapped}>
          <FrameTabList {...props} style={frameStyles.tabListWrapped} />
        </div>
      ),
    }),
  ),
);

export function PaneTabs<Id extends string>({ measure = true, ...props }: PaneTabsProps<Id>) {
  const frameRow = (
    <div style={frameStyles.tabRow}>
      <FrameTabList {...props} />
    </div>
  );
  if (!measure) return frameRow;
  const { tabs, onSelect } = props;
  // the row's own ids back to this pane's: the loaded row knows them as text
  const select = (id: string) => {
    const tab = tabs.find((t) => t.id === id);
    if (tab) onSelect(tab.id);
  };
  return (
    <Suspense fallback={frameRow}>
      <TabRow {...props} onSelect={select} />
    </Suspense>
  );
}
