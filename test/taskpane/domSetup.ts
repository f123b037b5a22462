import { configure } from "@testing-library/react";

/** What jsdom lacks and Fluent v9 uses (MessageBar reflow): a ResizeObserver that never reports. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = ResizeObserverStub;

/**
 * A `findBy…` waits for what the pane renders, however busy the machine: its limit only ends a test that is
 * broken, so it is the test's own limit (jest.config.js) rather than Testing Library's one second.
 */
configure({ asyncUtilTimeout: 50_000 });
