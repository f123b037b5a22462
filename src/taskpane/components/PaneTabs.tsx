/**
 * The pane's sections as tabs that fit the task pane (300–350 px): every tab that fits stays in the row, the
 * rest go to a "more" menu at its end (Fluent's Overflow), and the selected tab always keeps its place in the row.
 */
import { Button, Overflow, OverflowItem, Tab, TabList, useOverflowMenu } from "@fluentui/react-components";
import { Fragment, Suspense, lazy, useState } from "react";
import { once } from "../once";
import { frameStyles } from "./frameStyles";
import { moreButtonProps } from "./moreButton";

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

/** The "more" menu comes after the first paint (index.tsx starts it then); until it arrives, its button alone. */
export const loadMoreMenu = once(() => import(/* webpackChunkName: "more-menu" */ "./MoreMenu"));
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

export function PaneTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  moreLabel,
  measure = true,
}: PaneTabsProps<Id>) {
  const [openWanted, setOpenWanted] = useState(false);
  const tabList = (inOverflow: boolean) => (
    <TabList
      style={frameStyles.tabList}
      size="small"
      selectedValue={selected}
      onTabSelect={(_, d) => onSelect(d.value as Id)}
      aria-label={label}
    >
      {tabs.map((tab) => {
        const element = (
          <Tab style={frameStyles.tab} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
            {tab.label}
          </Tab>
        );
        return inOverflow ? (
          // the selected tab is the last to move into the menu
          <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
            {element}
          </OverflowItem>
        ) : (
          <Fragment key={tab.id}>{element}</Fragment>
        );
      })}
    </TabList>
  );
  if (!measure) return <div style={frameStyles.tabRow}>{tabList(false)}</div>;
  return (
    // Overflow measures again when its box resizes, not when the labels change (another language): start afresh then
    <Overflow key={tabs.map((tab) => tab.label).join("\n")} minimumVisible={1}>
      <div style={frameStyles.tabRow}>
        {tabList(true)}
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
