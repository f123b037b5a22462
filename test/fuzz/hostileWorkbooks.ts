/**
 * Generators of hostile workbooks (fast-check): a real GreenAudit workbook (the sample park) with one of
 * the lies a crafted or damaged submission tells — sizes, CRC-32, names in the zip; huge defined names;
 * many or huge metadata records; formulas around and beyond Excel's 8 192 characters; an entry that is a
 * bomb; truncated and bit-flipped bytes. Each case is a name (for the report) and the file's bytes.
 */
import fc from "fast-check";
import { deflateRawSync } from "node:zlib";
import { writeZip, zipParts, type EntryLies } from "../xlsx/zipFixture";

export interface HostileCase {
  readonly kind: string;
  readonly bytes: Uint8Array;
}

const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");
const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The base workbook's parts, and the parts the review reads (their lies make a difference). */
export interface Base {
  readonly bytes: Uint8Array;
  readonly parts: Readonly<Record<string, Uint8Array>>;
  /** the JSON of the options template's metadata record */
  readonly optionsRecord: Record<string, unknown>;
}

export function baseOf(bytes: Uint8Array, optionsRecord: Record<string, unknown>): Base {
  return { bytes, parts: zipParts(bytes), optionsRecord };
}

/** A sheet "fuzz" added to the workbook, with the given cells' XML and defined names. */
function withSheet(base: Base, rows: string, names: string): Record<string, Uint8Array | string> {
  const parts: Record<string, Uint8Array | string> = { ...base.parts };
  parts["xl/workbook.xml"] = text(base.parts["xl/workbook.xml"]!)
    .replace("</sheets>", '<sheet name="fuzz" sheetId="999" r:id="rIdFuzz"/></sheets>')
    .replace(/<definedNames>|<definedNames\/>|(?=<calcPr)/, (m) =>
      m === "<definedNames/>" || m === "" ? `<definedNames>${names}</definedNames>` : `<definedNames>${names}`,
    );
  parts["xl/_rels/workbook.xml.rels"] = text(base.parts["xl/_rels/workbook.xml.rels"]!).replace(
    "</Relationships>",
    '<Relationship Id="rIdFuzz" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetFuzz.xml"/></Relationships>',
  );
  parts["xl/worksheets/sheetFuzz.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  return parts;
}

const zip = (parts: Record<string, Uint8Array | string>, lies: Record<string, EntryLies> = {}) => writeZip(parts, lies);

/** Lies about one entry of the zip: sizes, CRC-32, local name, method, encryption. */
const lyingEntry = (base: Base): fc.Arbitrary<HostileCase> =>
  fc
    .record({
      entry: fc.constantFrom(...Object.keys(base.parts)),
      lie: fc.constantFrom("smaller", "larger", "crc", "localName", "method", "encrypted"),
    })
    .map(({ entry, lie }) => {
      const size = base.parts[entry]!.length;
      const lies: Record<string, EntryLies> = {
        smaller: { declared: Math.max(0, Math.floor(size / 3)) },
        larger: { declared: size + 1 + (size >> 1) },
        crc: { crc: 0xdeadbeef },
        localName: { localName: `x${entry}` },
        method: { method: 12 },
        encrypted: { flags: 1 },
      };
      return { kind: `lying entry (${lie})`, bytes: zip({ ...base.parts }, { [entry]: lies[lie]! }) };
    });

/** An extra entry nobody reads, a bomb declaring a small size (or honest about its ratio). */
const bombEntry = (base: Base): fc.Arbitrary<HostileCase> =>
  fc.record({ megabytes: fc.integer({ min: 1, max: 64 }), honest: fc.boolean() }).map(({ megabytes, honest }) => {
    const zeros = Buffer.alloc(megabytes * 1024 * 1024);
    const lies: EntryLies = { compressed: deflateRawSync(zeros), ...(honest ? {} : { declared: 1024 }) };
    return {
      kind: `bomb entry (${honest ? "honest ratio" : "declares 1 KB"})`,
      bytes: zip({ ...base.parts, "xl/media/image1.png": honest ? zeros : "" }, { "xl/media/image1.png": lies }),
    };
  });

const AREAS = [
  "$A$1:$XFD$1048576",
  "$A$1:$A$1048576",
  "$A$1:$XFD$1",
  "$B$2",
  "$A$1:$ZZ$100000",
  "$C$3:$D$4,'参数'!$A$1:$XFD$1048576",
];

/** Defined names over huge areas (the product's and a user's own), one or several areas. */
const hugeNames = (base: Base): fc.Arbitrary<HostileCase> =>
  fc
    .array(
      fc.record({
        product: fc.boolean(),
        area: fc.constantFrom(...AREAS),
        sheet: fc.constantFrom("'参数'", "fuzz", "'没有'"),
      }),
      { minLength: 1, maxLength: 20 },
    )
    .map((names) => {
      const xml = names
        .map(
          (n, i) =>
            `<definedName name="${n.product ? "GREEN_FUZZ" : "mine"}_${i}">${xmlText(`${n.sheet}!${n.area}`)}</definedName>`,
        )
        .join("");
      return { kind: "huge defined names", bytes: zip(withSheet(base, "", xml)) };
    });

/** Many metadata records, capacities up to the schema's maximum, on a sheet of their own. */
const metadataRecords = (base: Base): fc.Arbitrary<HostileCase> =>
  fc
    .record({
      records: fc.integer({ min: 1, max: 120 }),
      capacity: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(3700, 4000, 50000, 100000)),
    })
    .map(({ records, capacity }) => {
      const rows: string[] = [];
      const names: string[] = [];
      for (let i = 1; i <= records; i++) {
        const json = JSON.stringify({ ...base.optionsRecord, nameSuffix: `_f${i}`, capacity });
        rows.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${xmlText(json)}</t></is></c></row>`);
        names.push(`<definedName name="GREEN_META_options_f${i}">fuzz!$A$${i}</definedName>`);
      }
      return {
        kind: `metadata records (${records} × capacity ${capacity})`,
        bytes: zip(withSheet(base, rows.join(""), names.join(""))),
      };
    });

/** Formulas around and beyond Excel's 8 192 characters, of sheet-qualified references. */
const longFormulas = (base: Base): fc.Arbitrary<HostileCase> =>
  fc
    .record({
      count: fc.integer({ min: 1, max: 40 }),
      length: fc.oneof(fc.integer({ min: 7000, max: 8192 }), fc.integer({ min: 8193, max: 300000 })),
    })
    .map(({ count, length }) => {
      const term = "'参数'!A1+";
      const formula = `${term.repeat(Math.ceil(length / term.length))}`.slice(0, length - 1) + "1";
      const rows = Array.from(
        { length: count },
        (_, i) => `<row r="${i + 1}"><c r="B${i + 1}"><f>${xmlText(formula)}</f><v>1</v></c></row>`,
      ).join("");
      return {
        kind: `long formulas (${count} × ${formula.length})`,
        bytes: zip(withSheet(base, rows, '<definedName name="GREEN_FUZZ">fuzz!$B$1</definedName>')),
      };
    });

/** The bytes truncated, or with bits flipped anywhere. */
const damagedBytes = (base: Base): fc.Arbitrary<HostileCase> =>
  fc.oneof(
    fc
      .integer({ min: 0, max: base.bytes.length - 1 })
      .map((n) => ({ kind: "truncated", bytes: base.bytes.slice(0, n) })),
    fc
      .array(
        fc.record({ at: fc.integer({ min: 0, max: base.bytes.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) }),
        { minLength: 1, maxLength: 8 },
      )
      .map((flips) => {
        const bytes = new Uint8Array(base.bytes);
        for (const f of flips) bytes[f.at]! ^= 1 << f.bit;
        return { kind: "bit-flipped", bytes };
      }),
  );

export const hostileWorkbook = (base: Base): fc.Arbitrary<HostileCase> =>
  fc.oneof(
    lyingEntry(base),
    bombEntry(base),
    hugeNames(base),
    metadataRecords(base),
    longFormulas(base),
    damagedBytes(base),
  );
