/**
 * The tab row of the pane's first frame: Fluent's TabList and Tab put together from their own styles, context and
 * render functions, so the same elements with the same classes as the tab row that replaces it (TabRow.tsx), but
 * without Tabster's arrow-key navigation, which TabList and Tab bring: Tabster is most of the tab row's code, and
 * the first paint does not need it. A click selects a tab here as there; the Tab key reaches every tab.
 */
import {
  renderTabList_unstable,
  renderTab_unstable,
  slot,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  useTabStyles_unstable,
  useTabListContext_unstable,
  type TabListState,
  type TabProps,
  type TabState,
} from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { frameStyles } from "./frameStyles";
import { FRAME_TAB_ATTRIBUTE, useFocusKept } from "./frameTabFocus";
import type { PaneTab } from "./PaneTabs";

export interface FrameTabListProps<Id extends string> {
  readonly tabs: readonly PaneTab<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  /** the tab list's accessible name */
  readonly label: string;
  /** the tab list's own style: the row's, or wrapping when the measured row could not be loaded (PaneTabs.tsx) */
  readonly style?: CSSProperties;
}

// what TabList's context offers a tab: no tab is registered for the selection's sliding animation, which needs a
// selection already made in this row
const noRegisteredTabs = () => ({ selectedValue: undefined, previousSelectedValue: undefined, registeredTabs: {} });
const ignore = () => undefined;
// the label is the content's child, as in Tab: no content of its own
const noContent: TabProps["content"] = undefined;

function FrameTab({ id, label }: { id: string; label: string }) {
  const selected = useTabListContext_unstable((context) => context.selectedValue === id);
  const onSelect = useTabListContext_unstable((context) => context.onSelect);
  // Fluent's Tab of a small, transparent tab list that reserves the selected tab's space (useTab_unstable)
  const state: TabState = {
    components: { root: "button", icon: "span", content: "span", contentReservedSpace: "span" },
    root: slot.always(
      {
        role: "tab",
        type: "button",
        "aria-selected": `${selected}`,
        value: id,
        id: `tab-${id}`,
        "aria-controls": `panel-${id}`,
        [FRAME_TAB_ATTRIBUTE]: id,
        style: frameStyles.tab,
        onClick: (event) => onSelect(event, { value: id }),
      },
      { elementType: "button" },
    ),
    icon: undefined,
    iconOnly: false,
    content: slot.always(noContent, { defaultProps: { children: label }, elementType: "span" }),
    contentReservedSpace: slot.optional(noContent, {
      renderByDefault: !selected,
      defaultProps: { children: label },
      elementType: "span",
    }),
    appearance: "transparent",
    size: "small",
    disabled: false,
    selected,
    value: id,
    vertical: false,
  };
  useTabStyles_unstable(state);
  return renderTab_unstable(state);
}

export function FrameTabList<Id extends string>({ tabs, selected, onSelect, label, style }: FrameTabListProps<Id>) {
  // the row that replaces this one gives the focus back to its tab (frameTabFocus.ts)
  useFocusKept(selected, true);
  // Fluent's TabList, small and transparent, without the arrow-key navigation (useTabList_unstable)
  const state: TabListState = {
    components: { root: "div" },
    root: slot.always(
      {
        role: "tablist",
        "aria-orientation": "horizontal",
        "aria-label": label,
        style: style ?? frameStyles.tabList,
        children: tabs.map((tab) => <FrameTab key={tab.id} id={tab.id} label={tab.label} />),
      },
      { elementType: "div" },
    ),
    appearance: "transparent",
    reserveSelectedTabSpace: true,
    size: "small",
    disabled: false,
    selectTabOnFocus: false,
    selectedValue: selected,
    onRegister: ignore,
    onUnregister: ignore,
    onSelect: (_, data) => onSelect(data.value as Id),
    getRegisteredTabs: noRegisteredTabs,
    vertical: false,
  };
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);
  return renderTabList_unstable(state, contextValues);
}
