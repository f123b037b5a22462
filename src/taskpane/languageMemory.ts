/**
 * The pane's language and the workbook's language, remembered between sessions (docs/architecture.md,
 * "Languages"). Inside Office: OfficeRuntime.storage, the add-in's own persistent storage of the shared
 * runtime (SharedRuntime 1.1) — Office's roaming settings exist for Outlook only. In a plain browser (file
 * mode): the page's localStorage. Whatever is stored, only "zh-CN" or "en-US" is ever taken; a store that
 * fails (private browsing, storage full) is ignored: the choice then lasts for the session only.
 */
import type { Lang } from "./i18n";

/** An asynchronous key-value store of texts: OfficeRuntime.storage, or localStorage behind promises. */
export interface TextStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export interface LanguageChoice {
  readonly pane?: Lang;
  readonly workbook?: Lang;
}

export const LANGUAGE_KEYS = { pane: "green-audit.paneLanguage", workbook: "green-audit.workbookLanguage" } as const;

const asLang = (value: string | null): Lang | undefined => (value === "zh-CN" || value === "en-US" ? value : undefined);

/** localStorage (or any Web Storage) as a TextStore. */
export function webTextStore(storage: Pick<Storage, "getItem" | "setItem">): TextStore {
  return {
    getItem: async (key) => storage.getItem(key),
    setItem: async (key, value) => storage.setItem(key, value),
  };
}

/** The store of this host: OfficeRuntime.storage inside Office when present, else localStorage, else none. */
export function hostTextStore(inOffice: boolean): TextStore | undefined {
  if (inOffice && typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) return OfficeRuntime.storage;
  try {
    return typeof localStorage === "undefined" ? undefined : webTextStore(localStorage);
  } catch {
    // a browser that refuses storage to this page
    return undefined;
  }
}

/** The languages chosen in an earlier session; nothing when none were, or the store cannot be read. */
export async function loadLanguages(store: TextStore | undefined): Promise<LanguageChoice> {
  if (!store) return {};
  try {
    const [pane, workbook] = await Promise.all([
      store.getItem(LANGUAGE_KEYS.pane),
      store.getItem(LANGUAGE_KEYS.workbook),
    ]);
    return { pane: asLang(pane), workbook: asLang(workbook) };
  } catch {
    return {};
  }
}

/** Remembers one choice; a store that fails leaves the choice for this session only. */
export async function saveLanguage(
  store: TextStore | undefined,
  which: keyof LanguageChoice,
  lang: Lang,
): Promise<void> {
  if (!store) return;
  try {
    await store.setItem(LANGUAGE_KEYS[which], lang);
  } catch {
    // not remembered: nothing else depends on it
  }
}
