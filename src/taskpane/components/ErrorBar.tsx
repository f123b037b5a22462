import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { STRINGS, type Lang, type Strings } from "../i18n";
import { textOf } from "../../domain/text";
import { OperationError } from "../operations";

/** What failed, in the pane's words, by the error's reason (file mode makes files where Excel inserts sheets). */
export function errorTitle(error: unknown, t: Strings, fileMode: boolean): string {
  if (error instanceof OperationError) {
    if (error.reason === "plan") return fileMode ? t.generateFailed : t.insertFailed;
    if (error.reason === "years") return t.yearsMismatch;
    if (error.reason === "no-templates") return t.noTemplates;
    if (error.reason === "excel") return t.excelFailed;
    if (error.reason === "refresh") return t.refreshRefused;
  }
  return fileMode ? t.generateFailed : t.excelFailed;
}

/**
 * An error in plain words (the title), with the details below it: the reason in the pane's language when the
 * error has one in words (a file the reader refuses), else the technical details. Nothing while there is no error;
 * the title says what failed, by the error's reason, unless the panel gives its own.
 */
export function ErrorBar({
  error,
  lang,
  title,
  fileMode = false,
}: {
  error: unknown;
  lang: Lang;
  title?: string;
  /** file mode's words for a failure ("the file could not be made") rather than Excel's */
  fileMode?: boolean;
}) {
  if (error === undefined) return null;
  const t = STRINGS[lang];
  const details =
    error instanceof OperationError
      ? error.words
        ? [textOf(error.words, lang)]
        : error.details
      : [error instanceof Error ? error.message : String(error)];
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? errorTitle(error, t, fileMode)}</MessageBarTitle>
        {details.length > 0 && (
          <details>
            <summary>{t.details}</summary>
            <ul>
              {details.slice(0, 20).map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
