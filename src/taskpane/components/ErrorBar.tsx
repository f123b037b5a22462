import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type Lang } from "../i18n";
import { textOf } from "../../domain/text";
import { OperationError } from "../operations";

/**
 * An error in plain words (the title), with the details below it: the reason in the pane's language when the
 * error has one in words (a file the reader refuses), else the technical details.
 */
export function ErrorBar({
  title,
  error,
  detailsLabel,
  lang,
}: {
  title: string;
  error: unknown;
  detailsLabel: string;
  lang?: Lang;
}) {
  const details =
    error instanceof OperationError
      ? error.words && lang
        ? [textOf(error.words, lang)]
        : error.details
      : [error instanceof Error ? error.message : String(error)];
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {details.length > 0 && (
          <details>
            <summary>{detailsLabel}</summary>
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
