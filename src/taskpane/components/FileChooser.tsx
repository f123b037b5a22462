import { Button, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { STRINGS, type Lang } from "../i18n";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  // the browser's own control (its words are the browser's, not the pane's) stays out of sight and of the tab order
  hidden: { display: "none" },
});

/**
 * A labelled file chooser in the pane's language: a button that opens the browser's file dialog and the chosen
 * file's name beside it. The native input stays hidden — its "Choose file / No file chosen" are the browser's
 * words, English in a Chinese pane. The button is the keyboard's way in; reading stays local.
 */
export function FileChooser({
  label,
  accept,
  onChange,
  disabled,
  testId,
  lang,
  multiple = false,
}: {
  label: string;
  accept: string;
  /** several files at once (the chosen count is shown) */
  multiple?: boolean;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  testId?: string;
  lang: Lang;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const t = STRINGS[lang];
  const labelId = useId("file-label");
  const buttonId = useId("file-button");
  const nameId = useId("file-name");
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  return (
    <div className={styles.root}>
      <span id={labelId}>{label}</span>
      <div className={styles.row}>
        <Button
          id={buttonId}
          // the name starts with the words the button shows, then says what is chosen (WCAG 2.5.3 label in name)
          aria-labelledby={`${buttonId} ${labelId}`}
          aria-describedby={nameId}
          disabled={disabled}
          onClick={() => input.current?.click()}
          data-testid={testId ? `${testId}-button` : undefined}
        >
          {t.chooseFile}
        </Button>
        <Caption1 id={nameId} className={pane.wrap} aria-live="polite">
          {chosen ?? t.noFileChosen}
        </Caption1>
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const files = e.target.files;
          setChosen(files && files.length > 1 ? t.filesChosen(files.length) : files?.[0]?.name);
          onChange(e);
          // the same file can be chosen again after it changed on disk
          e.target.value = "";
        }}
      />
    </div>
  );
}
