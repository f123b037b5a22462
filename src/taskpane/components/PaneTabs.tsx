/**
 * The pane's sections as tabs that fit the task pane (300–350 px): every tab that fits stays in the row, the
 * rest go to a "more" menu at its end (Fluent's Overflow), and the selected tab always keeps its place in the row.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  // the tab list may shrink below its tabs' width; Overflow then moves tabs into the menu beside it
  row: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  list: { flex: "0 1 auto", minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
  tab: { flexShrink: 0 },
  more: { flexShrink: 0, minWidth: "auto" },
});

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
}

function MoreItem<Id extends string>({ tab, onSelect }: { tab: PaneTab<Id>; onSelect: (id: Id) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(tab.id)} data-testid={`more-${tab.id}`}>
      {tab.label}
    </MenuItem>
  );
}

function MoreMenu<Id extends string>({
  tabs,
  onSelect,
  moreLabel,
}: Pick<PaneTabsProps<Id>, "tabs" | "onSelect" | "moreLabel">) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={styles.more}
          aria-label={moreLabel(overflowCount)}
          aria-haspopup="menu"
          data-testid="tab-overflow"
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MoreItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function PaneTabs<Id extends string>({ tabs, selected, onSelect, label, moreLabel }: PaneTabsProps<Id>) {
  const styles = useStyles();
  return (
    // Overflow measures again when its box resizes, not when the labels change (another language): start afresh then
    <Overflow key={tabs.map((tab) => tab.label).join("\n")} minimumVisible={1}>
      <div className={styles.row}>
        <TabList
          className={styles.list}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(d.value as Id)}
          aria-label={label}
        >
          {tabs.map((tab) => (
            // the selected tab is the last to move into the menu
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab className={styles.tab} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
                {tab.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        {/* beside the tab list, not in it: a tab list holds only tabs */}
        <MoreMenu tabs={tabs} onSelect={onSelect} moreLabel={moreLabel} />
      </div>
    </Overflow>
  );
}
