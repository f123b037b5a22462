/**
 * A part of the pane loaded on demand (a panel's chunk), with a spinner while it comes, and what the pane says
 * when it could not be shown: its code did not arrive from the add-in's server (the connection
 * dropped, or the add-in was updated while the pane was open), or it failed while drawing. The pane says so in
 * the frame's own light styles (no chunk is needed to say a chunk is missing) and offers to reload the pane; the
 * workbook is not touched. `PartBoundary` catches the failure of one panel, so the frame and the other tabs stay.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { STRINGS, type Lang } from "../i18n";
import { frameStyles } from "./frameStyles";

/** Webpack's error for a chunk that did not arrive (its name), as against an error while drawing or starting. */
const notArrived = (error: unknown) => error instanceof Error && error.name === "ChunkLoadError";

export function PartFailed({ lang, error }: { lang: Lang; error: unknown }) {
  const t = STRINGS[lang];
  return (
    <div role="alert" style={frameStyles.failed} data-testid="part-failed">
      <strong>{t.partFailed}</strong>
      <span>{notArrived(error) ? t.partNotArrived : t.partBroke}</span>
      <details>
        <summary>{t.details}</summary>
        {error instanceof Error ? error.message : String(error)}
      </details>
      <Button appearance="primary" style={frameStyles.reload} onClick={() => window.location.reload()}>
        {t.reloadPane}
      </Button>
    </div>
  );
}

interface BoundaryProps {
  readonly lang: Lang;
  readonly children: ReactNode;
}

/** One panel's failure (a chunk that did not load, an error while drawing) shown in place of the panel. */
export class PartBoundary extends Component<BoundaryProps, { error?: unknown; failed: boolean }> {
  override state: { error?: unknown; failed: boolean } = { failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <PartFailed lang={this.props.lang} error={this.state.error} /> : this.props.children;
  }
}

/** A panel loaded on demand: a spinner until its chunk has arrived, its failure said in its place. */
export function LazyPart({ lang, children }: BoundaryProps) {
  return (
    <PartBoundary lang={lang}>
      <Suspense fallback={<Spinner size="small" label={STRINGS[lang].loading} />}>{children}</Suspense>
    </PartBoundary>
  );
}
