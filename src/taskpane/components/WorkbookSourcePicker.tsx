/**
 * Where a panel's workbook comes from: inside Excel the open workbook, read when the user presses the button; in
 * file mode an .xlsx the user chooses, read in the browser (docs/architecture.md "components receive their Excel or
 * file operations as props"). The panel receives the source and hands it to its operation.
 */
import { Button } from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import type { HostMode } from "../hostMode";
import { STRINGS, type Lang } from "../i18n";
import type { WorkbookSource } from "../operations";
import { FileChooser } from "./FileChooser";

export interface WorkbookSourcePickerProps {
  readonly mode: HostMode;
  readonly lang: Lang;
  readonly onSource: (source: WorkbookSource) => void;
  /** the button's words inside Excel (default: read the workbook) */
  readonly readLabel?: string;
  /** the chooser's label in file mode (default: open an .xlsx file) */
  readonly fileLabel?: string;
  /** the primary action of its panel */
  readonly primary?: boolean;
  readonly disabled?: boolean;
  /** the file input's test id in file mode */
  readonly testId?: string;
}

/** The chosen file as a source; nothing when the dialog was closed without a file. */
async function fileSource(event: ChangeEvent<HTMLInputElement>): Promise<WorkbookSource | undefined> {
  const file = event.target.files?.[0];
  return file && { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function WorkbookSourcePicker({
  mode,
  lang,
  onSource,
  readLabel,
  fileLabel,
  primary,
  disabled,
  testId,
}: WorkbookSourcePickerProps) {
  const t = STRINGS[lang];
  if (mode === "excel")
    return (
      <Button
        appearance={primary ? "primary" : "secondary"}
        disabled={disabled}
        onClick={() => onSource({ kind: "open" })}
      >
        {readLabel ?? t.readWorkbook}
      </Button>
    );
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const source = await fileSource(event);
    if (source) onSource(source);
  };
  return (
    <FileChooser
      label={fileLabel ?? t.openXlsx}
      accept=".xlsx"
      onChange={(e) => void choose(e)}
      disabled={disabled}
      testId={testId}
      lang={lang}
    />
  );
}
