/**
 * The layout of the pane's frame (header, language choice, tab row), designed for the task pane's 300–350 px
 * first; wider panes only get more room. Inline styles over Fluent's theme tokens (CSS variables), not
 * makeStyles: the frame is the pane's first paint, and inline styles ask no style rules to be computed and
 * inserted at run time, nor the style compiler to come with the first script. The panels keep makeStyles.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

export const frameStyles = {
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
  // the tab list may shrink below its tabs' width; Overflow then moves tabs into the menu beside it
  tabRow: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabList: { flex: "0 1 auto", minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
  tab: { flexShrink: 0 },
  /** the first frame's row when the whole tab row could not be loaded (PaneTabs.tsx): tabs wrap, none is hidden */
  tabRowWrapped: { display: "flex", alignItems: "center", minWidth: 0 },
  tabListWrapped: { flex: "1 1 auto", minWidth: 0, flexWrap: "wrap" },
  /** the "more" button, the same before and after its menu has loaded */
  more: { flexShrink: 0, minWidth: "auto" },
  /** a part of the pane that could not be shown (LazyPart.tsx) */
  failed: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  reload: { alignSelf: "flex-start" },
} satisfies Record<string, CSSProperties>;
