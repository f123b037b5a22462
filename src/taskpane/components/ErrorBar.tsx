import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { OperationError } from "../operations";

/** An error in plain words (the title), with the technical details below it. */
export function ErrorBar({ title, error, detailsLabel }: { title: string; error: unknown; detailsLabel: string }) {
  const details =
    error instanceof OperationError ? error.details : [error instanceof Error ? error.message : String(error)];
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
