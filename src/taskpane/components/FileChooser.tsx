import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ChangeEvent } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  input: { color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
});

/** A labelled native file input (keyboard-reachable, read by screen readers; reading stays local). */
export function FileChooser({
  label,
  accept,
  onChange,
  disabled,
  testId,
}: {
  label: string;
  accept: string;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const styles = useStyles();
  const id = useId("file");
  return (
    <div className={styles.root}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          onChange(e);
          // the same file can be chosen again after it changed on disk
          e.target.value = "";
        }}
      />
    </div>
  );
}
