/**
 * The layout every panel shares, in one place: a panel's blocks one under another, a list without bullets, the
 * form's groups and year fields, and long words that wrap at task-pane width (320–350 px) instead of widening the
 * pane. A panel's own classes add to these with mergeClasses, so which style wins does not depend on insertion order.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** a list without bullets, one item under another; its gap is the list's own */
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  /** a group of a form's fields, without the browser's frame */
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  /** base year and the three evaluation years, two to a row */
  years: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
  /** a Fluent Input sizes to its native input (about 150 px for a number); let it take the column's width instead */
  input: { width: "100%", minWidth: 0 },
  inputNative: { width: 0, minWidth: 0 },
  /** file names, paths and lists of cells wrap anywhere */
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
});
