/**
 * Why a submitted file cannot or may not be read: a code (listed in docs/review-codes.md, "Limits of every
 * reading of a workbook") and one line in each language, so that `green-audit verify` and the pane's 复核 say
 * it in the user's language. The English line is also the error's message.
 */

import type { Text } from "../domain/text";

export type UnreadableCode =
  | "not-xlsx"
  | "encrypted"
  | "damaged"
  | "too-large"
  | "possible-zip-bomb"
  | "unusual-content"
  | "not-a-file"
  | "cannot-open"
  | "check-stopped";

/** A submitted file that cannot or may not be read; the message is one line (English) saying why. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly code: UnreadableCode,
    readonly words: Text,
  ) {
    super(words.en);
  }

  /** the reason in the user's language */
  say(lang: "zh" | "en"): string {
    return this.words[lang];
  }
}

const refuse = (code: UnreadableCode, zh: string, en: string) => new UnreadableWorkbook(code, { zh, en });
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** What a damaged zip shows, named for the user (the entry's name is the part's, as in the file). */
export const ZIP_DAMAGE = {
  truncated: { zh: "文件不完整：缺少 zip 中央目录结尾", en: "truncated: no end of central directory" },
  directoryOutside: { zh: "中央目录位于文件之外", en: "central directory outside the file" },
  badDirectoryEntry: { zh: "中央目录条目有误", en: "bad central directory entry" },
  twoEntries: (name: string) => ({ zh: `有两个名为 ${name} 的条目`, en: `two entries named ${name}` }),
  badLocalHeader: (name: string) => ({ zh: `${name} 的本地文件头有误`, en: `bad local header of ${name}` }),
  namesDisagree: (name: string) => ({
    zh: `${name} 的本地文件名与中央目录不一致`,
    en: `the local and central names of ${name} disagree`,
  }),
  beyondPlace: (name: string) => ({
    zh: `${name} 超出其在文件中的位置`,
    en: `${name} runs beyond its place in the file`,
  }),
  storedTwoSizes: (name: string) => ({
    zh: `未压缩条目 ${name} 有两个大小`,
    en: `stored entry ${name} with two sizes`,
  }),
  crc: (name: string) => ({ zh: `${name} 未通过 CRC-32 校验`, en: `${name} fails its CRC-32 check` }),
  corrupt: (name: string) => ({ zh: `${name} 的压缩数据已损坏`, en: `${name}: corrupt compressed data` }),
  shorter: (name: string) => ({ zh: `${name} 比声明的大小短`, en: `${name} is shorter than its declared size` }),
} as const;

export const UNREADABLE = {
  notXlsx: (why: Text) => refuse("not-xlsx", `不是 .xlsx 文件（${why.zh}）`, `not an .xlsx file (${why.en})`),
  noZipSignature: () => UNREADABLE.notXlsx({ zh: "无法作为 zip 读取", en: "no zip signature" }),
  noWorkbookPart: () =>
    UNREADABLE.notXlsx({ zh: "缺少工作簿部件 xl/workbook.xml", en: "no workbook part xl/workbook.xml" }),
  noWorkbookRelationships: () => UNREADABLE.notXlsx({ zh: "缺少工作簿关系部件", en: "no workbook relationships" }),
  oleFile: () =>
    refuse(
      "encrypted",
      "受密码保护（已加密）的工作簿或旧版 .xls 文件：请取消保护并另存为 .xlsx",
      "password-protected (encrypted) workbook or legacy .xls (OLE compound file): save it unprotected as .xlsx",
    ),
  encryptedEntry: (name: string) =>
    refuse(
      "encrypted",
      `zip 条目 ${name} 已加密：请取消保护并另存为 .xlsx`,
      `encrypted zip entry ${name}: save the workbook unprotected as .xlsx`,
    ),
  damagedZip: (why: Text) => refuse("damaged", `zip 压缩包已损坏（${why.zh}）`, `damaged zip (${why.en})`),
  notUtf8: () => refuse("damaged", "工作簿已损坏（含非 UTF-8 文本）", "damaged workbook (text that is not UTF-8)"),
  sheetWithoutPart: (sheet: string, part: string) =>
    refuse(
      "damaged",
      `工作簿已损坏（工作表“${sheet}”缺少部件 ${part}）`,
      `damaged workbook (the sheet "${sheet}" has no part ${part})`,
    ),
  twoSheetsOnePart: (part: string) =>
    refuse(
      "damaged",
      `工作簿已损坏（两个工作表指向同一部件 ${part}）`,
      `damaged workbook (two sheets on the part ${part})`,
    ),
  compressionMethod: (name: string, method: number) =>
    refuse(
      "damaged",
      `zip 条目 ${name} 使用了压缩方法 ${method}，.xlsx 文件不使用该方法`,
      `zip entry ${name} uses compression method ${method}, which .xlsx files do not use`,
    ),
  fileTooLarge: (size: number, limit: number) =>
    refuse(
      "too-large",
      `文件过大（${mb(size)}；上限为 ${mb(limit)}）`,
      `file too large (${mb(size)}; the limit is ${mb(limit)})`,
    ),
  fileOverLimit: (limit: number) =>
    refuse("too-large", `文件过大（超过 ${mb(limit)}）`, `file too large (over ${mb(limit)})`),
  fileGrew: () => refuse("too-large", "读取期间文件在变大", "the file grew while it was read"),
  zip64Archive: () =>
    refuse(
      "too-large",
      "zip64 压缩包：超过本工具所读任何工作簿的大小",
      "zip64 archive: larger than any workbook this tool reads",
    ),
  zip64Entry: () =>
    refuse(
      "too-large",
      "zip64 条目：超过本工具所读任何工作簿的大小",
      "zip64 entry: larger than any workbook this tool reads",
    ),
  tooManyEntries: (count: number, limit: number) =>
    refuse(
      "too-large",
      `zip 条目过多（${count} 个；上限为 ${limit}）`,
      `too many zip entries (${count}; the limit is ${limit})`,
    ),
  sheetTooLarge: (sheet: string, what: Text) =>
    refuse("too-large", `工作表“${sheet}”过大（${what.zh}）`, `sheet "${sheet}" too large (${what.en})`),
  nameTooLarge: (
    name: string,
    rows: number,
    columns: number,
    limits: { rows: number; columns: number; cells: number },
  ) =>
    refuse(
      "too-large",
      `定义的名称 ${name} 覆盖 ${rows} 行 × ${columns} 列（上限 ${limits.rows} × ${limits.columns}，${limits.cells} 个单元格）`,
      `the defined name ${name} covers ${rows} rows × ${columns} columns (limits ${limits.rows} × ${limits.columns}, ${limits.cells} cells)`,
    ),
  formulaTooLong: (sheet: string, address: string, length: number, limit: number) =>
    refuse(
      "too-large",
      `“${sheet}”!${address} 的公式有 ${length} 个字符；Excel 的上限为 ${limit}`,
      `the formula in "${sheet}"!${address} has ${length} characters; Excel's limit is ${limit}`,
    ),
  uncompressedTooLarge: (limit: number) =>
    refuse(
      "possible-zip-bomb",
      `解压后内容过大（超过 ${mb(limit)}）：可能是 zip 炸弹`,
      `uncompressed content too large (over ${mb(limit)}): possible zip bomb`,
    ),
  expands: (ratio: number, limit: number) =>
    refuse(
      "possible-zip-bomb",
      `某个条目解压后膨胀 ${ratio} 倍（上限 ${limit}）：可能是 zip 炸弹`,
      `an entry expands ${ratio}-fold (limit ${limit}): possible zip bomb`,
    ),
  inflatesBeyond: (name: string) =>
    refuse(
      "possible-zip-bomb",
      `zip 已损坏或被恶意构造（${name} 解压后超过声明的大小）`,
      `damaged or hostile zip (${name} inflates beyond its declared size)`,
    ),
  /** content no spreadsheet program writes; the detail, in both languages, names the XML as it is in the file */
  unusualContent: (part: string, detail: Text) =>
    refuse(
      "unusual-content",
      `${part} 中有电子表格程序不会写入的内容（${detail.zh}）：请在 Excel 或 WPS 中打开此工作簿并重新保存`,
      `unusual content in ${part} (${detail.en}): open the workbook in Excel or WPS and save it again`,
    ),
  notAFile: (what: Text) => refuse("not-a-file", what.zh, what.en),
  cannotOpen: (what: Text) => refuse("cannot-open", what.zh, what.en),
} as const;

/** What a path leads to when it is not a regular file. */
export const NOT_A_FILE = {
  directory: { zh: "这是文件夹，不是文件", en: "a directory, not a file" },
  pipe: { zh: "这是命名管道，不是普通文件", en: "a named pipe, not a regular file" },
  device: { zh: "这是设备，不是普通文件", en: "a device, not a regular file" },
  socket: { zh: "这是套接字，不是普通文件", en: "a socket, not a regular file" },
  other: { zh: "不是普通文件", en: "not a regular file" },
} as const;

/** Why a file could not be opened or read, by the system's error code. */
export const OPEN_ERRORS: Readonly<Record<string, Text>> = {
  ENOENT: { zh: "没有这个文件", en: "no such file" },
  ENOTDIR: { zh: "没有这个文件", en: "no such file" },
  EISDIR: NOT_A_FILE.directory,
  EACCES: { zh: "没有读取权限", en: "permission denied" },
  EPERM: { zh: "没有读取权限", en: "permission denied" },
  ELOOP: { zh: "符号链接指向不存在之处（循环）", en: "a symbolic link that leads nowhere (a loop)" },
  ENAMETOOLONG: { zh: "文件名过长", en: "file name too long" },
  ENXIO: NOT_A_FILE.other,
  EMFILE: { zh: "打开的文件过多", en: "too many open files" },
};
