/**
 * The chunks of the whole tab row (PaneTabs.tsx), loaded after the first paint: the row itself, and its "more" menu,
 * both at once so that the menu does not wait for the row to arrive before it starts loading.
 */
import { once } from "../once";

export const loadTabRow = once(() => import(/* webpackChunkName: "tab-row" */ "./TabRow"));
export const loadMoreMenu = once(() => import(/* webpackChunkName: "more-menu" */ "./MoreMenu"));

/** Starts loading both; a chunk that does not arrive is said where it is used. */
export function prefetchTabRow(): void {
  loadTabRow().catch(() => undefined);
  loadMoreMenu().catch(() => undefined);
}
