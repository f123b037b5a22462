/**
 * Prepare for submission: custom-mode formulas to native ones (refresh in native mode, inputs kept),
 * or the templates' formulas to values, so the workbook works for people without the add-in.
 */
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { STRINGS, type Lang } from "../i18n";
import type { WorkbookOperations } from "../operations";
import { ErrorBar } from "./ErrorBar";
import { Panel } from "./Panel";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

export function SubmitPanel({ lang, operations }: { lang: Lang; operations: WorkbookOperations }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const prepare = operations.prepareForSubmission?.bind(operations);

  const run = async (kind: "native" | "values") => {
    if (!prepare) return;
    setBusy(true);
    setNotice(undefined);
    setError(undefined);
    try {
      setNotice(t.submitDone(await prepare(kind)));
      setConfirmed(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="submit-title" title={t.submitTitle} hint={t.submitHint}>
      {!prepare ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.excelOnly}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.block}>
            <Button appearance="primary" onClick={() => void run("native")} disabled={busy}>
              {t.toNative}
            </Button>
            <Caption1>{t.toNativeHint}</Caption1>
          </div>
          <div className={styles.block}>
            <Caption1>{t.toValuesHint}</Caption1>
            <Checkbox
              checked={confirmed}
              onChange={(_, d) => setConfirmed(d.checked === true)}
              label={t.confirmValues}
            />
            <Button onClick={() => void run("values")} disabled={busy || !confirmed}>
              {t.toValues}
            </Button>
          </div>
        </>
      )}
      {busy && <Spinner size="small" label={t.working} />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} lang={lang} />
    </Panel>
  );
}
