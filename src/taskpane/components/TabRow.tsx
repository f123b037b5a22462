/**
 * The pane's tab row once the first frame has painted (PaneTabs.tsx): Fluent's TabList with its keyboard
 * navigation; every tab that fits stays in the row, the rest go to a "more" menu at its end (Fluent's Overflow),
 * and the selected tab always keeps its place in the row. A chunk of its own, with Tabster and the overflow code.
 */
import { Button, Overflow, OverflowItem, Tab, TabList, useOverflowMenu } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { frameStyles } from "./frameStyles";
import { useFocusKept } from "./frameTabFocus";
import { loadMoreMenu } from "./tabRowChunks";
import { moreButtonProps } from "./moreButton";
import type { PaneTabsProps } from "./PaneTabs";

// the "more" menu is a chunk of its own, loaded with this row (tabRowChunks.ts); until it arrives, its button alone
// a menu that does not arrive leaves its button in its place: the pane keeps its tabs in the row and its panels
const MoreMenu = lazy(() =>
  loadMoreMenu().then(
    (m) => ({ default: m.MoreMenu }),
    () => ({
      default: ({ moreLabel }: { moreLabel: (count: number) => string }) => (
        <MoreButton moreLabel={moreLabel} onOpen={() => undefined} />
      ),
    }),
  ),
);

/** The "more" button before its menu has loaded: same place, same size, same name; a click opens the menu once it is there. */
function MoreButton({ moreLabel, onOpen }: { moreLabel: (count: number) => string; onOpen: () => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Button ref={ref} {...moreButtonProps(moreLabel(overflowCount))} onClick={onOpen}>
      ⋯
    </Button>
  );
}

export function TabRow({ tabs, selected, onSelect, label, moreLabel }: PaneTabsProps<string>) {
  const [openWanted, setOpenWanted] = useState(false);
  // the focus a first-frame tab had when this row replaced it (frameTabFocus.ts)
  useFocusKept(selected, false);
  return (
    // Overflow measures again when its box resizes, not when the labels change (another language): start afresh then
    <Overflow key={tabs.map((tab) => tab.label).join("\n")} minimumVisible={1}>
      <div style={frameStyles.tabRow}>
        <TabList
          style={frameStyles.tabList}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(String(d.value))}
          aria-label={label}
        >
          {tabs.map((tab) => (
            // the selected tab is the last to move into the menu
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab style={frameStyles.tab} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
                {tab.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        {/* beside the tab list, not in it: a tab list holds only tabs */}
        <Suspense fallback={<MoreButton moreLabel={moreLabel} onOpen={() => setOpenWanted(true)} />}>
          <MoreMenu
            tabs={tabs}
            onChoose={(index) => {
              const tab = tabs[index];
              if (tab) onSelect(tab.id);
            }}
            moreLabel={moreLabel}
            defaultOpen={openWanted}
          />
        </Suspense>
      </div>
    </Overflow>
  );
}
