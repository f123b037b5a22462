/**
 * The tab row's "more" menu (TabRow.tsx): the tabs that do not fit in the row. A chunk of its own, loaded
 * after the pane's first paint with the menu and its positioning.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { moreButtonProps } from "./moreButton";

interface MoreTab {
  readonly id: string;
  readonly label: string;
}

function MoreItem({ tab, onChoose }: { tab: MoreTab; onChoose: () => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem onClick={onChoose} data-testid={`more-${tab.id}`}>
      {tab.label}
    </MenuItem>
  );
}

export interface MoreMenuProps {
  readonly tabs: readonly MoreTab[];
  /** the tab at this index in `tabs` was chosen */
  readonly onChoose: (index: number) => void;
  /** the button's accessible name, given how many tabs it holds */
  readonly moreLabel: (count: number) => string;
  /** open at once: the button was clicked before the menu had loaded */
  readonly defaultOpen?: boolean;
}

export function MoreMenu({ tabs, onChoose, moreLabel, defaultOpen = false }: MoreMenuProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} {...moreButtonProps(moreLabel(overflowCount))}>
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab, index) => (
            <MoreItem key={tab.id} tab={tab} onChoose={() => onChoose(index)} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
