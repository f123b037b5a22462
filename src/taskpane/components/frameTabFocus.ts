/**
 * The first frame's tab that had the keyboard's focus when its row was taken away (PaneTabs.tsx): the whole tab row
 * that replaces it gives the focus to its own tab of the same id, so a keyboard user who reached a tab in the first
 * few hundred milliseconds keeps their place. A browser moves the focus to the page when a focused element is
 * removed, after a blur event; the blur is remembered until the end of the task that removed the element, which is
 * the task in which the new row mounts.
 */

/** The attribute naming a first-frame tab's id (FrameTabList.tsx). */
export const FRAME_TAB_ATTRIBUTE = "data-frame-tab";

let leaving: string | undefined;
let watching = false;

/** Starts remembering blurs of first-frame tabs; once per page. */
export function watchFrameTabFocus(): void {
  if (watching || typeof document === "undefined") return;
  watching = true;
  document.addEventListener(
    "focusout",
    (event) => {
      const id = event.target instanceof Element ? event.target.getAttribute(FRAME_TAB_ATTRIBUTE) : null;
      if (id === null) return;
      leaving = id;
      queueMicrotask(() => {
        leaving = undefined;
      });
    },
    true,
  );
}

/**
 * The id of the first-frame tab removed while it had the focus, in this task, when the focus has gone to the page
 * since; undefined otherwise (the user moved the focus elsewhere, or no tab had it).
 */
export function frameTabJustRemoved(): string | undefined {
  const active = document.activeElement;
  return active === null || active === document.body ? leaving : undefined;
}
