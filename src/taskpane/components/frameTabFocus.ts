/**
 * The keyboard's focus kept when the first frame's tab row is replaced (PaneTabs.tsx): by the same row again when the
 * frame starts measuring, by the whole tab row once its chunk has arrived, or by a wrapped row when it has not. A
 * user who reached a tab in those first few hundred milliseconds keeps their place on the new row's tab of the same
 * id.
 *
 * When an element with the focus leaves the page, the browser gives the focus to the page, and not every browser
 * says so with a blur event. So the row being removed notes its focused tab itself, in its layout effect's cleanup,
 * which React runs in the commit that removes it, before it removes it; the new row, mounted in that same commit,
 * reads the note in its own layout effect. The note is dropped at the next microtask, after that commit.
 */
import { useLayoutEffect } from "react";

/** The attribute naming a first-frame tab's id (FrameTabList.tsx). */
export const FRAME_TAB_ATTRIBUTE = "data-frame-tab";

let leaving: string | undefined;

/** Notes the first-frame tab that has the focus now, if one has, until the next microtask. */
function noteFocusedFrameTab(): void {
  const id = document.activeElement?.getAttribute(FRAME_TAB_ATTRIBUTE) ?? null;
  if (id === null) return;
  leaving = id;
  queueMicrotask(() => {
    leaving = undefined;
  });
}

/** The tab noted by a row removed in this commit, when the focus has gone to the page since. */
function tabJustRemoved(): string | undefined {
  const active = document.activeElement;
  return active === null || active === document.body ? leaving : undefined;
}

/**
 * For a row of tabs with ids `tab-ID`: on mounting, takes over the focus a removed first-frame row had, on its tab
 * of the same id (or the selected tab, when that one is in the "more" menu); on unmounting, when it is a first-frame
 * row, notes its focused tab for the row that replaces it.
 */
export function useFocusKept(selected: string, frameRow: boolean): void {
  useLayoutEffect(() => {
    const id = tabJustRemoved();
    if (id !== undefined) {
      const tab = document.getElementById(`tab-${id}`);
      (tab?.getClientRects().length ? tab : document.getElementById(`tab-${selected}`))?.focus();
    }
    return frameRow ? noteFocusedFrameTab : undefined;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once: in the commit that mounts the row, and the one that removes it
  }, []);
}
