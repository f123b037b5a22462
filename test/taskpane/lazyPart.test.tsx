/** @jest-environment jsdom */
import "./domSetup";
import { act, render, screen } from "@testing-library/react";
import { lazy } from "react";
import { LazyPart } from "../../src/taskpane/components/LazyPart";

// React reports an error its boundary caught on the console; the test asserts what the user sees instead
beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test("a panel whose chunk does not arrive is replaced by the message and a reload, the rest of the pane kept", async () => {
  // what webpack rejects a chunk's import with when its script does not load
  const notArrived = Object.assign(new Error("Loading chunk 512 failed."), { name: "ChunkLoadError" });
  const Missing = lazy(() => Promise.reject(notArrived));
  await act(async () => {
    render(
      <main>
        <h1>frame</h1>
        <LazyPart lang="zh-CN">
          <Missing />
        </LazyPart>
      </main>,
    );
  });
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("frame");
  const alert = screen.getByTestId("part-failed");
  expect(alert.getAttribute("role")).toBe("alert");
  expect(alert.textContent).toContain("加载项的这一部分未能显示。");
  expect(alert.textContent).toContain("这部分的代码未能从加载项服务器载入");
  expect(alert.textContent).toContain("工作簿未被改动");
  expect(alert.textContent).toContain("Loading chunk 512 failed.");
  expect(screen.getByRole("button", { name: "重新加载窗格" })).toBeTruthy();
});

test("a panel that fails while drawing is said in its place too", async () => {
  const Broken = () => {
    throw new Error("boom");
  };
  await act(async () => {
    render(
      <LazyPart lang="en-US">
        <Broken />
      </LazyPart>,
    );
  });
  const alert = screen.getByTestId("part-failed");
  expect(alert.textContent).toContain("This part of the add-in could not be shown.");
  // not a connection's fault: the words say it failed while being shown, and the details say what
  expect(alert.textContent).toContain("It failed while being shown.");
  expect(alert.textContent).not.toContain("connection");
  expect(alert.textContent).toContain("boom");
});

test("a panel that arrives is shown after its spinner", async () => {
  let arrive: (m: { default: () => JSX.Element }) => void = () => undefined;
  const Late = lazy(() => new Promise<{ default: () => JSX.Element }>((resolve) => (arrive = resolve)));
  await act(async () => {
    render(
      <LazyPart lang="en-US">
        <Late />
      </LazyPart>,
    );
  });
  expect(screen.getByText("Loading…")).toBeTruthy();
  await act(async () => {
    arrive({ default: () => <p>panel</p> });
  });
  expect(screen.getByText("panel")).toBeTruthy();
  expect(screen.queryByTestId("part-failed")).toBeNull();
});
