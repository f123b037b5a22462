import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneStyles } from "./paneStyles";

/** A panel of the pane: its heading (which names the section for screen readers), a line on what it does, its blocks. */
export function Panel({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  const pane = usePaneStyles();
  return (
    <section className={pane.panel} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {hint && <Caption1>{hint}</Caption1>}
      {children}
    </section>
  );
}
