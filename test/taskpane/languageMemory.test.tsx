/** @jest-environment jsdom */
/**
 * The two language choices remembered between sessions (src/taskpane/languageMemory.ts): in a plain browser
 * in jsdom's localStorage, inside Office in OfficeRuntime.storage (a fake here, of the same asynchronous
 * shape); junk in the store is never taken, a failing store never breaks the pane.
 */
import "./domSetup";
import { act, fireEvent, render, screen } from "@testing-library/react";
import {
  LANGUAGE_KEYS,
  hostTextStore,
  loadLanguages,
  saveLanguage,
  webTextStore,
  type TextStore,
} from "../../src/taskpane/languageMemory";
import { Pane } from "../../src/taskpane/Pane";
import { templateInfos } from "../../src/taskpane/templateCatalog";
import { fakeOperations } from "./fakeOperations";

const loadTemplates = async () => templateInfos();

/** One session of the pane, started as index.tsx starts it: the remembered languages, else the host's. */
async function session(store: TextStore, hostLang: "zh-CN" | "en-US" = "zh-CN"): Promise<() => void> {
  const remembered = await loadLanguages(store);
  let unmount = () => undefined as void;
  await act(async () => {
    unmount = render(
      <Pane
        mode="file"
        operations={fakeOperations({ mode: "file" })}
        loadTemplates={loadTemplates}
        initialLang={remembered.pane ?? hostLang}
        initialWorkbookLang={remembered.workbook ?? hostLang}
        languageStore={store}
      />,
    ).unmount;
  });
  return unmount;
}

const sheetLanguage = () => (screen.getByTestId("sheet-language") as HTMLSelectElement).value;
/** the stored writes settle (they are fire-and-forget in the pane) */
const settle = () => act(async () => undefined);

beforeEach(() => localStorage.clear());

test("file mode: the pane's and the workbook's languages chosen in one session open the next (localStorage)", async () => {
  const store = webTextStore(localStorage);
  const first = await session(store);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("GreenAudit 园区绿色诊断与清洁生产审核");
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  fireEvent.change(screen.getByTestId("sheet-language"), { target: { value: "zh-CN" } });
  await settle();
  expect(localStorage.getItem(LANGUAGE_KEYS.pane)).toBe("en-US");
  expect(localStorage.getItem(LANGUAGE_KEYS.workbook)).toBe("zh-CN");
  first();
  // the next session on a Chinese host: English pane, Chinese sheets, as chosen
  await session(store, "zh-CN");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
  expect(sheetLanguage()).toBe("zh-CN");
});

test("nothing remembered: the host's language for both", async () => {
  await session(webTextStore(localStorage), "en-US");
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
  expect(sheetLanguage()).toBe("en-US");
});

test("inside Office: OfficeRuntime.storage is the store; a value not a language is never taken", async () => {
  const items = new Map<string, string>([
    [LANGUAGE_KEYS.pane, "fr-FR"],
    [LANGUAGE_KEYS.workbook, "en-US"],
  ]);
  const storage = {
    getItem: async (key: string) => items.get(key) ?? null,
    setItem: async (key: string, value: string) => void items.set(key, value),
  };
  Object.assign(globalThis, { OfficeRuntime: { storage } });
  try {
    const store = hostTextStore(true) as TextStore;
    expect(store).toBe(storage);
    expect(await loadLanguages(store)).toEqual({ pane: undefined, workbook: "en-US" });
    await saveLanguage(store, "pane", "en-US");
    expect(items.get(LANGUAGE_KEYS.pane)).toBe("en-US");
    // outside Office the page's own storage, even where OfficeRuntime is loaded
    await hostTextStore(false)?.setItem("k", "v");
    expect(localStorage.getItem("k")).toBe("v");
  } finally {
    delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
  }
});

test("a store that fails to read or write: the host's language, and the choice lasts for the session", async () => {
  const broken: TextStore = {
    getItem: async () => {
      throw new Error("storage disabled");
    },
    setItem: async () => {
      throw new Error("quota exceeded");
    },
  };
  expect(await loadLanguages(broken)).toEqual({});
  await session(broken, "zh-CN");
  fireEvent.change(screen.getByLabelText("界面语言"), { target: { value: "en-US" } });
  await settle();
  expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("green diagnosis");
});
