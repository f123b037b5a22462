/**
 * The tab row's "more" button, drawn alike before its menu has loaded (TabRow.tsx) and as the menu's trigger
 * (MoreMenu.tsx): same place, same size, same name, given how many tabs it holds.
 */
import type { ButtonProps } from "@fluentui/react-components";
import { frameStyles } from "./frameStyles";

export function moreButtonProps(label: string): ButtonProps & { "data-testid": string } {
  return {
    appearance: "transparent",
    style: frameStyles.more,
    "aria-label": label,
    "aria-haspopup": "menu",
    "data-testid": "tab-overflow",
  };
}
