/**
 * The zip container (src/xlsx/zip.ts): the central directory checked before anything is inflated; an entry
 * inflated only when read, stopped at its declared size, its CRC-32 and local name checked. Zips written by
 * test/xlsx/zipFixture.ts (node:zlib), the lies spelled out per case.
 */
import { deflateRawSync } from "node:zlib";
import { READ_LIMITS } from "../../src/xlsx/readLimits";
import { UnreadableWorkbook } from "../../src/xlsx/unreadable";
import { XlsxZip } from "../../src/xlsx/zip";
import { writeZip } from "./zipFixture";

const PARTS = { "a.xml": "<a>一二三</a>", "b.xml": "x".repeat(5000) };
const open = (bytes: Uint8Array, limits = READ_LIMITS) => new XlsxZip(bytes, limits);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbook);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error("not refused");
}

test("an honest zip: the entries' bytes, each read on demand", () => {
  const zip = open(writeZip(PARTS));
  expect([...zip.entries.keys()]).toEqual(["a.xml", "b.xml"]);
  expect(zip.text("a.xml")).toBe("<a>一二三</a>");
  expect(zip.text("b.xml")).toBe(PARTS["b.xml"]);
  expect(zip.read("c.xml")).toBeUndefined();
  const stored = open(writeZip(PARTS, { "a.xml": { method: 0 } }));
  expect(stored.text("a.xml")).toBe("<a>一二三</a>");
});

test("the bytes every entry declares, added up before anything is inflated", () => {
  // "a.xml" is 16 bytes of UTF-8 (three Chinese characters of 3 bytes each), "b.xml" 5 000; what a header claims counts
  expect(open(writeZip(PARTS)).declaredBytes).toBe(16 + 5000);
  expect(open(writeZip(PARTS, { "b.xml": { declared: 40000 } })).declaredBytes).toBe(16 + 40000);
});

test("a large entry is handed over as text in pieces, none the whole, that join to the entry", () => {
  // 3 MB of sheet-like rows with Chinese text, so pieces end inside multi-byte characters
  const text = Array.from({ length: 40000 }, (_, i) => `<row r="${i + 1}"><c><is><t>方案${i}</t></is></c></row>`).join(
    "",
  );
  const zip = open(writeZip({ "xl/worksheets/sheet1.xml": text }));
  const pieces: string[] = [];
  expect(zip.textChunks("xl/worksheets/sheet1.xml", (piece) => pieces.push(piece))).toBe(true);
  expect(pieces.length).toBeGreaterThan(1);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length);
  expect(pieces.join("")).toBe(text);
  expect(zip.textChunks("c.xml", () => undefined)).toBe(false);
});

test("a part's text keeps every character: a leading byte-order mark is dropped, one inside the text kept", () => {
  // U+FEFF (3 bytes) and 一 (3 bytes) at every offset, so some fall across any cut the reader makes
  const body = Array.from({ length: 30000 }, (_, i) => `${"x".repeat(i % 7)}\uFEFF一`).join("");
  const text = `<a>${body}</a>`;
  for (const method of [0, 8]) {
    const zip = open(writeZip({ "a.xml": `\uFEFF${text}` }, { "a.xml": { method } }));
    const pieces: string[] = [];
    zip.textChunks("a.xml", (piece) => pieces.push(piece));
    expect(pieces.join("")).toBe(text);
    expect(zip.text("a.xml")).toBe(text);
  }
});

test("bytes that are not UTF-8 are refused, in the middle of a large part or cut short at its end", () => {
  const large = Buffer.from(`<a>${"一".repeat(100000)}</a>`, "utf8");
  const invalid = Uint8Array.from(large);
  invalid[150000] = 0xff;
  const cut = Uint8Array.from([...Buffer.from("<a>一</a>", "utf8"), 0xe4, 0xb8]);
  for (const bytes of [invalid, cut]) {
    const zip = open(writeZip({ "a.xml": bytes }));
    expect(refusal(() => zip.textChunks("a.xml", () => undefined))).toBe("damaged workbook (text that is not UTF-8)");
    expect(refusal(() => zip.text("a.xml"))).toBe("damaged workbook (text that is not UTF-8)");
  }
});

test("damage is reported before what the reader of the pieces made of them", () => {
  const zip = open(writeZip(PARTS, { "b.xml": { crc: 12345 } }));
  const read = () =>
    zip.textChunks("b.xml", () => {
      throw new Error("the reader gave up");
    });
  expect(refusal(read)).toBe("damaged zip (b.xml fails its CRC-32 check)");
  const honest = open(writeZip(PARTS));
  expect(() =>
    honest.textChunks("b.xml", () => {
      throw new Error("the reader gave up");
    }),
  ).toThrow("the reader gave up");
  expect(
    refusal(() => open(writeZip(PARTS, { "b.xml": { declared: 100 } })).textChunks("b.xml", () => undefined)),
  ).toBe("damaged or hostile zip (b.xml inflates beyond its declared size)");
});

test("an entry larger than it declares is stopped and refused; one shorter too", () => {
  expect(refusal(() => open(writeZip(PARTS, { "b.xml": { declared: 100 } })).read("b.xml"))).toBe(
    "damaged or hostile zip (b.xml inflates beyond its declared size)",
  );
  expect(refusal(() => open(writeZip(PARTS, { "b.xml": { declared: 6000 } })).read("b.xml"))).toBe(
    "damaged zip (b.xml is shorter than its declared size)",
  );
});

test("an entry with no compressed data reads as empty when it declares nothing, and is short when it declares more", () => {
  const none = (declared: number) => writeZip(PARTS, { "a.xml": { compressed: new Uint8Array(0), declared, crc: 0 } });
  expect(open(none(0)).read("a.xml")).toEqual(new Uint8Array(0));
  expect(refusal(() => open(none(5)).read("a.xml"))).toBe("damaged zip (a.xml is shorter than its declared size)");
});

test("an entry of stored DEFLATE blocks larger than it declares is refused too", () => {
  // level 0: the data is copied in stored blocks, not coded
  const stored = deflateRawSync(Buffer.from(PARTS["b.xml"]), { level: 0 });
  const lie = (declared: number) => writeZip(PARTS, { "b.xml": { compressed: stored, declared } });
  expect(refusal(() => open(lie(100)).read("b.xml"))).toBe(
    "damaged or hostile zip (b.xml inflates beyond its declared size)",
  );
  expect(refusal(() => open(lie(4999)).read("b.xml"))).toBe(
    "damaged or hostile zip (b.xml inflates beyond its declared size)",
  );
});

test("a bomb that declares a small size is refused as soon as it outgrows it", () => {
  // 50 MB of zeros deflate to ~50 KB; declared as 1 KB
  const bomb = deflateRawSync(Buffer.alloc(50 * 1024 * 1024));
  const bytes = writeZip(
    { ...PARTS, "xl/media/bomb.bin": "" },
    { "xl/media/bomb.bin": { compressed: bomb, declared: 1024 } },
  );
  const zip = open(bytes);
  expect(refusal(() => zip.read("xl/media/bomb.bin"))).toMatch(/inflates beyond its declared size/);
  // an entry that is never read is never inflated
  expect(zip.text("a.xml")).toBe("<a>一二三</a>");
});

test("a CRC-32 that does not match the content is refused", () => {
  expect(refusal(() => open(writeZip(PARTS, { "a.xml": { crc: 12345 } })).read("a.xml"))).toBe(
    "damaged zip (a.xml fails its CRC-32 check)",
  );
});

test("a bit flipped in the compressed data is refused as damaged, not as a zip bomb", () => {
  const bytes = writeZip(PARTS);
  const flipped = new Uint8Array(bytes);
  // b.xml's compressed data starts after a.xml's local record and b.xml's 30-byte header and name
  const at = Buffer.from(bytes).indexOf(Buffer.from("b.xml")) + 5 + 2;
  flipped[at]! ^= 0x10;
  const message = refusal(() => open(flipped).read("b.xml"));
  expect(message).toMatch(/^damaged zip \(b\.xml/);
  expect(message).not.toMatch(/bomb/);
});

test("local and central names that disagree are refused (two readers would see two files)", () => {
  expect(refusal(() => open(writeZip(PARTS, { "a.xml": { localName: "z.xml" } })).read("a.xml"))).toBe(
    "damaged zip (the local and central names of a.xml disagree)",
  );
});

test("encrypted entries, other compression methods, two entries of one name", () => {
  expect(refusal(() => open(writeZip(PARTS, { "a.xml": { flags: 1 } })).read("a.xml"))).toMatch(
    /^encrypted zip entry a\.xml/,
  );
  expect(refusal(() => open(writeZip(PARTS, { "a.xml": { method: 12 } })).read("a.xml"))).toMatch(
    /compression method 12/,
  );
  const twice = writeZip({ "a.xml": "1", "/a.xml": "2" });
  expect(refusal(() => open(twice))).toBe("damaged zip (two entries named a.xml)");
});

test("the central directory's limits hold before anything is inflated", () => {
  expect(refusal(() => open(writeZip(PARTS), { ...READ_LIMITS, zipEntries: 1 }))).toBe(
    "too many zip entries (2; the limit is 1)",
  );
  expect(refusal(() => open(writeZip(PARTS, { "b.xml": { declared: 1100 * 1024 * 1024 } })))).toMatch(
    /uncompressed content too large \(over 1000 MB\): possible zip bomb/,
  );
  expect(refusal(() => open(writeZip({ "big.xml": "x".repeat(3 * 1024 * 1024) })))).toMatch(
    /^an entry expands \d+-fold \(limit 1000\): possible zip bomb$/,
  );
  expect(refusal(() => open(new TextEncoder().encode("这不是工作簿 / not a workbook\n")))).toBe(
    "not an .xlsx file (no zip signature)",
  );
  const bytes = writeZip(PARTS);
  expect(refusal(() => open(bytes.subarray(0, bytes.length - 30)))).toBe(
    "damaged zip (truncated: no end of central directory)",
  );
});

/** The refusal itself: its code and its words in both languages. */
function refused(run: () => unknown): UnreadableWorkbook {
  try {
    run();
  } catch (error) {
    if (error instanceof UnreadableWorkbook) return error;
    throw error;
  }
  throw new Error("not refused");
}

test("every refusal has a code and one line in Chinese and in English, the English line its message", () => {
  const text = refused(() => open(new TextEncoder().encode("这不是工作簿 / not a workbook\n")));
  expect(text.code).toBe("not-xlsx");
  expect(text.words).toEqual({
    zh: "不是 .xlsx 文件（无法作为 zip 读取）",
    en: "not an .xlsx file (no zip signature)",
  });
  expect(text.message).toBe(text.words.en);
  const ole = refused(() =>
    open(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(40).fill(0)])),
  );
  expect(ole.code).toBe("encrypted");
  expect(ole.say("zh")).toBe("受密码保护（已加密）的工作簿或旧版 .xls 文件：请取消保护并另存为 .xlsx");
  const bytes = writeZip(PARTS);
  const truncated = refused(() => open(bytes.subarray(0, bytes.length - 30)));
  expect(truncated.code).toBe("damaged");
  expect(truncated.say("zh")).toBe("zip 压缩包已损坏（文件不完整：缺少 zip 中央目录结尾）");
  const crc = refused(() => open(writeZip(PARTS, { "a.xml": { crc: 1 } })).read("a.xml"));
  expect(crc.words).toEqual({
    zh: "zip 压缩包已损坏（a.xml 未通过 CRC-32 校验）",
    en: "damaged zip (a.xml fails its CRC-32 check)",
  });
  const many = refused(() => open(writeZip(PARTS), { ...READ_LIMITS, zipEntries: 1 }));
  expect(many.code).toBe("too-large");
  expect(many.say("zh")).toBe("zip 条目过多（2 个；上限为 1）");
  const bomb = refused(() => open(writeZip({ "big.xml": "x".repeat(3 * 1024 * 1024) })));
  expect(bomb.code).toBe("possible-zip-bomb");
  expect(bomb.say("zh")).toMatch(/^某个条目解压后膨胀 \d+ 倍（上限 1000）：可能是 zip 炸弹$/);
  for (const refusal of [text, ole, truncated, crc, many, bomb]) {
    expect(refusal.words.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(refusal.words.zh).not.toContain("\n");
  }
});
