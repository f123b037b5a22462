/**
 * The text of a park data file from its bytes (docs/data-file.md): UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark (Notepad's "Unicode"), or GB18030 — the superset of GBK that Chinese
 * Windows, Notepad's "ANSI" and WPS write by default — which is read with a notice, never as garbage.
 * TextDecoder is the web platform's decoder (Node and every browser the pane runs in).
 */

import type { Text } from "../text";

export type TextEncodingName = "UTF-8" | "UTF-16" | "GB18030";

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly message: string; readonly words: Text };

function decode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

const refused = (zh: string, en: string): DecodedText => ({ ok: false, message: en, words: { zh, en } });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode("utf-16le", bytes);
    if (text !== undefined) return { ok: true, text, encoding: "UTF-16" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode("utf-16be", bytes);
    if (text !== undefined) return { ok: true, text, encoding: "UTF-16" };
  }
  if (bytes.includes(0))
    return refused(
      "不是文本文件：含有 NUL 字节（无字节顺序标记的 UTF-16，或二进制文件）；请另存为 UTF-8",
      "not a text file: it contains NUL bytes (UTF-16 without a byte-order mark, or a binary file); save it as UTF-8",
    );
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "UTF-8" };
  const gb = decode("gb18030", bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: "GB18030" };
  return refused(
    "不是 UTF-8 或 GB18030（GBK）文本：请将文件另存为 UTF-8",
    "not text in UTF-8 or GB18030 (GBK): save the file as UTF-8",
  );
}
