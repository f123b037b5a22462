import { act } from "@testing-library/react";

/**
 * Waiting on the event itself, not on a clock: a test that starts slow work in the pane (building templates,
 * reading a workbook, exporting) waits until that work has settled, so a busy machine makes it slower, never red.
 */
export interface Watched<A extends unknown[], R> {
  /** the operation, handed to the pane in place of the original */
  readonly op: (...args: A) => Promise<R>;
  /** settles once the first call of `op` has settled, whether it resolved or failed */
  readonly settled: Promise<void>;
}

export function watched<A extends unknown[], R>(operation: (...args: A) => Promise<R> | R): Watched<A, R> {
  let fire = (): void => undefined;
  const settled = new Promise<void>((resolve) => (fire = resolve));
  const op = async (...args: A): Promise<R> => {
    try {
      return await operation(...args);
    } finally {
      fire();
    }
  };
  return { op, settled };
}

/** A callback the pane calls at the end of its work (a download, say), and the promise of that call. */
export function signal<A extends unknown[]>(then: (...args: A) => void = () => undefined) {
  let fire = (): void => undefined;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  const callback = (...args: A): void => {
    then(...args);
    fire();
  };
  return { callback, fired };
}

/**
 * Waits for `event`, then lets the pane finish what follows it: the pane's own continuations are promise
 * callbacks, all run before the next task (a zero-delay timeout orders, it does not race), and `act` commits
 * the state they set.
 */
export async function afterSettled(event: Promise<void>): Promise<void> {
  await act(async () => {
    await event;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  });
}
