import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

/** What jsdom lacks and Fluent v9 uses (MessageBar reflow): a ResizeObserver that never reports. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = ResizeObserverStub;

/** What jsdom lacks and every browser the pane runs in has: the Encoding Standard's decoder, which the .xlsx reader uses. */
const encoding = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof encoding.TextDecoder === "undefined") encoding.TextDecoder = NodeTextDecoder;
if (typeof encoding.TextEncoder === "undefined") encoding.TextEncoder = NodeTextEncoder;

/**
 * A `findBy…` waits for what the pane renders, however busy the machine: its limit only ends a test that is
 * broken, so it is the test's own limit (jest.config.js) rather than Testing Library's one second.
 */
configure({ asyncUtilTimeout: 50_000 });
