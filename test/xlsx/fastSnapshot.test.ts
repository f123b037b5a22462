/**
 * The bounded reader (src/xlsx/fastSnapshot.ts) against ExcelJS (test/xlsx/excelJsReference.ts): the
 * same WorkbookSnapshot — sheets, cells in the same order, values, formulas, names — for the product's
 * workbooks (every template from examples/sample-park.json, both languages, both formula modes), the same
 * files after a LibreOffice round trip, and a hand-written workbook with the constructs other programs
 * write (shared formulas, inline and rich strings, dates, errors, entities, quoted sheet names…). What used
 * to send a file to ExcelJS (a hyperlink, a name of two areas) it reads itself; what no spreadsheet program
 * writes it refuses in one line; the read limits hold while it reads.
 */
import type { WorkbookSnapshot } from "../../src/domain/review/snapshot";
import type { TemplateOptions } from "../../src/domain/templates/context";
import { TEMPLATES } from "../../src/domain/templates/specs";
import { READ_LIMITS, UnreadableWorkbook, readWorkbookBytes, readWorkbookSync } from "../../src/xlsx/readWorkbookFile";
import { planToXlsx } from "../../src/xlsx/writePlan";
import { SAMPLE_DATA, sampleWorkbook } from "../domain/review/reviewFixtures";
import { readWithExcelJS } from "./excelJsReference";
import { recalculateWithLibreOffice } from "./libreOffice";
import { writeZip } from "./zipFixture";

/* ---------------------------------------------------------------- the comparison */

/** The snapshot with its cells as [address, cell] lists: toEqual then checks their order too. */
const ordered = (s: WorkbookSnapshot) => ({
  sheets: s.sheets.map((sheet) => ({ name: sheet.name, cells: [...sheet.cells.entries()] })),
  names: s.names,
});

const readAll = (bytes: Uint8Array, limits = READ_LIMITS) => readWorkbookSync(bytes, limits, { sheets: "all" });

async function expectSameAsExcelJS(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const reference = await readWithExcelJS(bytes);
  expect(ordered(readAll(bytes))).toEqual(ordered(reference));
  return reference;
}

const LANGS = ["zh-CN", "en-US"] as const;
const MODES = ["native", "custom"] as const;
const VARIANTS = LANGS.flatMap((lang) => MODES.map((mode) => ({ lang, mode })));

/** The templates from examples/sample-park.json alone (as `npm run bench` builds them). */
function parkWorkbook(lang: TemplateOptions["lang"], mode: TemplateOptions["mode"]): Promise<Uint8Array> {
  const options: TemplateOptions = {
    lang,
    mode,
    years: SAMPLE_DATA.years,
    nameSuffix: "",
    data: SAMPLE_DATA,
    parkName: SAMPLE_DATA.park.name,
  };
  return planToXlsx(TEMPLATES.map((t) => t.build(options)));
}

describe("the product's workbooks", () => {
  test.each(VARIANTS)("the sample park, %o: the fast snapshot is ExcelJS's", async ({ lang, mode }) => {
    const bytes = await parkWorkbook(lang, mode);
    const snapshot = await expectSameAsExcelJS(bytes);
    expect(snapshot.sheets).toHaveLength(TEMPLATES.length);
    // what verify reads: the template sheets, here all of them
    expect(ordered(await readWorkbookBytes(bytes))).toEqual(ordered(snapshot));
    expect(snapshot.names.length).toBeGreaterThan(100);
    if (mode === "custom")
      expect(snapshot.sheets.some((s) => [...s.cells.values()].some((c) => c.formula?.includes("GREEN.")))).toBe(true);
  });

  test.each(VARIANTS)(
    "a complete submission (list rows, team, evidence), %o, as saved and after a LibreOffice round trip",
    async ({ lang, mode }) => {
      const original = await sampleWorkbook({ lang, mode });
      await expectSameAsExcelJS(original);
      const saved = new Uint8Array(await recalculateWithLibreOffice(original, `park-${lang}-${mode}.xlsx`));
      const snapshot = await expectSameAsExcelJS(saved);
      expect(snapshot.sheets).toHaveLength(TEMPLATES.length);
    },
    180000,
  );
});

/* ---------------------------------------------------------------- constructs other programs write */

const MAIN =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const WORKBOOK = `${DECLARATION}<workbook ${MAIN}><workbookPr date1904="false"/>
<sheets><sheet name="A &amp;amp; B" sheetId="3" state="visible" r:id="rId1"/><sheet name="O'Brien" sheetId="1" state="hidden" r:id="rId2"/><sheet name="Chart" sheetId="7" r:id="rId9"/></sheets>
<definedNames>
<definedName name="_xlnm.Print_Area" localSheetId="0">'A &amp; B'!$A$1:$D$9</definedName>
<definedName name="_xlnm.Print_Titles" localSheetId="0">'A &amp; B'!$1:$2</definedName>
<definedName name="GREEN_ONE">'A &amp; B'!$B$2</definedName>
<definedName name="GREEN_RANGE">'O''Brien'!$C$3:$A$1</definedName>
<definedName name="Plain">Sheet2!$AB$12</definedName>
<definedName name="relative">'O''Brien'!A1</definedName>
<definedName name="local" localSheetId="0">'O''Brien'!$A$2</definedName>
<definedName name="local" localSheetId="1">'O''Brien'!$A$3</definedName>
<definedName name="constant">0.5</definedName>
<definedName name="formula">SUM('O''Brien'!$A$1:$A$2)</definedName>
<definedName name="broken">#REF!</definedName>
<definedName name="comma">'a,b'!$D$4</definedName>
</definedNames><calcPr calcId="191029"/></workbook>`;

const RELS = `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;

const STYLES = `${DECLARATION}<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="&quot;d&quot;0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>`;

const SHARED = `${DECLARATION}<sst ${MAIN} count="6" uniqueCount="6"><si><t>plain</t></si>
<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><r><rPr><i/></rPr></r></si>
<si><t>line_x000D_break</t><rPh sb="0" eb="1"><t>ph</t></rPh><phoneticPr fontId="0"/></si>
<si><t/></si><si><t>a &amp;amp; b</t></si><si><t xml:space="preserve"> 两 端 </t></si></sst>`;

// \r\n raw (an XML parser reads \n) and as character references (kept)
const SHEET1 =
  `${DECLARATION}<worksheet ${MAIN}><sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1:G10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>
<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="12" customWidth="1"/></cols>
<sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s" s="0"><v>5</v></c></row>
<row r="2"><c r="A2"><v>42</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><v>x &amp;amp; y\r\nz&#13;&#10;w</v></c><c r="F2" t="n"><v>1.5E-3</v></c></row>
<row r="3"><c r="A3" s="1"><v>45000</v></c><c r="B3" s="2"><v>45000.75</v></c><c r="C3" s="3"><v>1.5</v></c><c r="D3" s="4"><v>0.25</v></c><c r="E3" s="7"><v>3</v></c></row>
<row r="4"><c r="A4"><f>SUM(A2,1)</f><v>43</v></c><c r="B4" t="b"><f>A2=42</f><v>1</v></c><c r="C4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E4"><f>_xldudf_GREEN_SCORE(A2)</f><v>0</v></c><c r="F4"><f>A2</f></c><c r="G4" s="1"><f>TODAY()</f><v>45001</v></c><c r="H4" t="b"><f>FALSE()</f><v>0</v></c></row>
<row r="5"><c r="A5"><f t="shared" ref="A5:C7" si="0">A2+$A$2+B$1+$C1+'O''Brien'!A1+_xldudf_GREEN_X(A1)&amp;"A1"</f><v>1</v></c><c r="B5"><f t="shared" si="0"/><v>2</v></c><c r="D5"><f t="shared" ref="D5:D6" si="1">SUM(A1:B2)</f><v>0</v></c></row>
<row r="6"><c r="A6"><f t="shared" si="0"/></c><c r="D6"><f t="shared" si="1"/><v>5</v></c><c r="E6"><f t="shared" si="9"/><v>6</v></c><c r="F6"><f t="shared" si="0">A1*2</f><v>7</v></c></row>
<row r="7"><c r="C7"><f t="shared" si="0"/><v>3</v></c><c r="D7"><f t="array" ref="D7:D8">TRANSPOSE(A1:A2)</f><v>9</v></c><c r="E7"><f t="normal"/><v>4</v></c></row>
<row r="8"><c r="A8" t="inlineStr"><is><t>inline &amp;amp;</t></is></c><c r="B8" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t>ch_x0041_</t></r></is></c><c r="C8" t="inlineStr" s="1"><is><t></t></is></c><c r="D8"><v>9</v></c></row>
<row r="9" ht="20" customHeight="1"><c r="A9" s="1"/><c r="B9"/><c r="C9"><v></v></c><c r="D9" s="2"><v/></c></row>
<row r="10"><c r="A10"><v> 7 </v></c><c r="B10" t="inlineStr"><v>from v</v></c><c r="C10" t="d"><v>2024-01-15</v></c></row>
<row r="12"/>
</sheetData><mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`.replace(
    /\n(?=<row|<\/sheetData)/g,
    "\r\n",
  );

// comments and whitespace inside <sheetData> (the full scan), single-quoted attributes, a 1904 serial-free sheet
const SHEET2 = `${DECLARATION}<worksheet ${MAIN}>
  <sheetData>
    <!-- written by hand -->
    <row r='1'>
      <c r='A1' t='s'><v>0</v></c>
      <c r="C1"><v>3</v></c>
    </row>
    <row r="3"><c r="A3" s="1"><f>A1</f><v>45292</v></c></row>
  </sheetData>
  <dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"a,b"</formula1></dataValidation></dataValidations>
  <conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>
  <extLst><ext uri="{x}"><x14:id xmlns:x14="urn:x14">1</x14:id></ext></extLst>
</worksheet>`;

const CHART = `${DECLARATION}<chartsheet ${MAIN}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;

const HANDWRITTEN: Record<string, string> = {
  "[Content_Types].xml": `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  "xl/workbook.xml": WORKBOOK,
  "xl/_rels/workbook.xml.rels": RELS,
  "xl/styles.xml": STYLES,
  "xl/sharedStrings.xml": SHARED,
  "xl/worksheets/sheet1.xml": SHEET1,
  "xl/worksheets/sheet2.xml": SHEET2,
  "xl/chartsheets/sheet1.xml": CHART,
};

describe("a hand-written workbook", () => {
  test("shared formulas, inline and rich strings, dates, booleans, errors, entities, names: the fast snapshot is ExcelJS's", async () => {
    const snapshot = await expectSameAsExcelJS(writeZip(HANDWRITTEN));
    // a few of the readings spelled out (both readers agree on them, as above)
    // in the order of <sheets> (not of the sheet ids), the chartsheet left out
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["A & B", "O'Brien"]);
    const cells = snapshot.sheets[0]!.cells;
    expect(cells.get("B1")).toEqual({ value: "rich text" });
    expect(cells.get("E2")).toEqual({ value: "x & y\nz\r\nw" });
    expect(cells.get("A3")).toEqual({ value: "2023-03-15" });
    expect(cells.get("E4")).toEqual({ value: 0, formula: "GREEN.SCORE(A2)" });
    expect(cells.get("B5")?.formula).toBe("B2+$A$2+C$1+$C1+'O''Brien'!B1+GREEN.X(B1)&\"B1\"");
    expect(cells.get("C7")?.formula).toBe("C4+$A$2+D$1+$C3+'O''Brien'!C3+GREEN.X(C3)&\"C3\"");
    expect(cells.get("D6")).toEqual({ value: 5, formula: "SUM(A2:B3)" });
    expect(cells.has("C9")).toBe(false);
    expect(snapshot.names).toEqual(
      expect.arrayContaining([
        { name: "GREEN_ONE", sheet: "A & B", range: "B2" },
        { name: "GREEN_RANGE", sheet: "O'Brien", range: "A1:C3" },
        { name: "local", sheet: "O'Brien", range: "A3" },
        { name: "comma", sheet: "a,b", range: "D4" },
      ]),
    );
    expect(snapshot.names.map((n) => n.name)).not.toContain("relative");
  });

  test("the same cells in the shape ExcelJS and LibreOffice write (read by one regular expression): the fast snapshot is ExcelJS's", async () => {
    const regular = SHEET1.replace(/\r/g, "").replace(/<row r="8">.*?<\/row>/, "");
    const snapshot = await expectSameAsExcelJS(writeZip({ ...HANDWRITTEN, "xl/worksheets/sheet1.xml": regular }));
    expect(snapshot.sheets[0]!.cells.get("C7")?.formula).toBe("C4+$A$2+D$1+$C3+'O''Brien'!C3+GREEN.X(C3)&\"C3\"");
  });

  test("a 1904 workbook reads its dates from 1904", async () => {
    await expectSameAsExcelJS(
      writeZip({ ...HANDWRITTEN, "xl/workbook.xml": WORKBOOK.replace('date1904="false"', 'date1904="1"') }),
    );
  });

  test("a hyperlink: read by the lean reader, the cell's own value kept (ExcelJS makes it a hyperlink value)", () => {
    const plain = readAll(writeZip(HANDWRITTEN));
    const linked = readAll(
      writeZip({
        ...HANDWRITTEN,
        "xl/worksheets/sheet2.xml": SHEET2.replace(
          "</sheetData>",
          '</sheetData><hyperlinks><hyperlink ref="C1" location="\'O\'\'Brien\'!C1"/><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
        ),
      }),
    );
    expect(ordered(linked)).toEqual(ordered(plain));
    expect(linked.sheets[1]!.cells.get("C1")).toEqual({ value: 3 });
  });

  test("CDATA: read as the text it holds, as XML says", () => {
    const snapshot = readAll(
      writeZip({ ...HANDWRITTEN, "xl/worksheets/sheet2.xml": SHEET2.replace("<v>3</v>", "<v><![CDATA[3]]></v>") }),
    );
    expect(snapshot.sheets[1]!.cells.get("C1")).toEqual({ value: 3 });
  });

  test("a name of two areas: its first area, as ExcelJS reports a name's first range", () => {
    const snapshot = readAll(
      writeZip({
        ...HANDWRITTEN,
        "xl/workbook.xml": WORKBOOK.replace("'A &amp; B'!$B$2", "'A &amp; B'!$B$2,'A &amp; B'!$D$4:$E$5"),
      }),
    );
    expect(snapshot.names).toContainEqual({ name: "GREEN_ONE", sheet: "A & B", range: "B2" });
  });

  test.each([
    [
      "a DOCTYPE",
      "xl/workbook.xml",
      WORKBOOK.replace("<workbook ", '<!DOCTYPE x [<!ENTITY a "b">]><workbook '),
      /a DOCTYPE/,
    ],
    [
      "a row numbered 0",
      "xl/worksheets/sheet2.xml",
      SHEET2.replace('<row r="3">', '<row r="0">'),
      /a row without a number/,
    ],
    [
      "rows out of order",
      "xl/worksheets/sheet2.xml",
      SHEET2.replace("<row r='1'>", '<row r="4"><c r="A4"><v>1</v></c></row><row r=\'1\'>'),
      /rows out of order/,
    ],
    [
      "an unknown entity",
      "xl/sharedStrings.xml",
      SHARED.replace("<t>plain</t>", "<t>&nbsp;</t>"),
      /\(malformed XML: undefined entity\)/,
    ],
    ...["A03", "AAAA3", "A4", "A", "3", "a3", "A3 ", "$A$3", "A3B"].map((address): [string, string, string, RegExp] => [
      `a cell addressed ${address} in row 3`,
      "xl/worksheets/sheet2.xml",
      SHEET2.replace('<c r="A3" ', `<c r="${address}" `),
      /a cell without its address in its row/,
    ]),
    [
      "a cell beyond column XFD",
      "xl/worksheets/sheet2.xml",
      SHEET2.replace('<c r="A3" ', '<c r="XFE3" '),
      /cells out of order/,
    ],
    ["a control character", "xl/sharedStrings.xml", SHARED.replace("<t>plain</t>", "<t>&#1;</t>"), /malformed XML/],
    ["mismatched tags", "xl/worksheets/sheet2.xml", SHEET2.replace("</row>", "</rows>"), /malformed XML/],
  ])("%s: refused in one line naming the part, never read by another reader", (_what, part, xml, why) => {
    const bytes = writeZip({ ...HANDWRITTEN, [part]: xml });
    let message = "";
    try {
      readAll(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableWorkbook);
      message = (error as Error).message;
    }
    expect(message).toContain(`unusual content in ${part} (`);
    expect(message).toMatch(why);
    expect(message).not.toContain("\n");
  });

  // the Chinese refusal is Chinese throughout: no English words, only the part's path and XML names as the file spells them
  test.each([
    [
      "a DOCTYPE",
      "xl/workbook.xml",
      WORKBOOK.replace("<workbook ", '<!DOCTYPE x [<!ENTITY a "b">]><workbook '),
      "DOCTYPE 声明",
    ],
    [
      "rows out of order",
      "xl/worksheets/sheet2.xml",
      SHEET2.replace("<row r='1'>", '<row r="4"><c r="A4"><v>1</v></c></row><row r=\'1\'>'),
      "行的顺序错乱",
    ],
    ["an unknown entity", "xl/sharedStrings.xml", SHARED.replace("<t>plain</t>", "<t>&nbsp;</t>"), "XML 格式错误（第 "],
    ["mismatched tags", "xl/worksheets/sheet2.xml", SHEET2.replace("</row>", "</rows>"), "XML 格式错误（第 "],
    ["an element in a cell", "xl/worksheets/sheet2.xml", SHEET2.replace("<v>3</v>", "<v>3</v><x/>"), "单元格中的 <x>"],
  ])("%s: the Chinese reason has no English words, the English one no Chinese", (_what, part, xml, zh) => {
    let refusal: UnreadableWorkbook | undefined;
    try {
      readAll(writeZip({ ...HANDWRITTEN, [part]: xml }));
    } catch (error) {
      if (error instanceof UnreadableWorkbook) refusal = error;
    }
    expect(refusal?.code).toBe("unusual-content");
    const chinese = refusal?.say("zh") ?? "";
    expect(chinese).toContain(`${part} 中有电子表格程序不会写入的内容（`);
    expect(chinese).toContain(zh);
    const words = chinese
      .replace(part, "")
      .replace(/<[^>]*>/g, "")
      .replace(/\b(?:XML|DOCTYPE|Excel|WPS)\b/g, "");
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
    expect(refusal?.say("en") ?? "").not.toMatch(/[\u3400-\u9fff]/);
  });
});

/* ---------------------------------------------------------------- limits */

describe("the read limits, kept while reading", () => {
  test("a sheet over the row, column or cell limit is refused at the first row or cell beyond it", () => {
    const bytes = writeZip(HANDWRITTEN);
    expect(() => readAll(bytes, { ...READ_LIMITS, rows: 10 })).toThrow(
      /^sheet "A & B" too large \(row 12; the limit is 10 rows\)$/,
    );
    expect(() => readAll(bytes, { ...READ_LIMITS, columns: 5 })).toThrow(
      /^sheet "A & B" too large \(column 6; the limit is 5 columns\)$/,
    );
    expect(() => readAll(bytes, { ...READ_LIMITS, cells: 10 })).toThrow(
      /^sheet "A & B" too large \(over 10 cells in the sheets read\)$/,
    );
  });

  test("a product's defined name over the same limits is refused; a user's own is left out", async () => {
    const bytes = await parkWorkbook("zh-CN", "native");
    expect(() => readAll(bytes, { ...READ_LIMITS, rows: 20 })).toThrow(
      /^the defined name GREEN_\w+ covers \d+ rows × 1 columns \(limits 20 × 2000, 3000000 cells\)$/,
    );
    const whole = WORKBOOK.replace(
      "</definedNames>",
      "<definedName name=\"mine\">'A &amp; B'!$A$1:$XFD$1048576</definedName></definedNames>",
    );
    expect(readAll(writeZip({ ...HANDWRITTEN, "xl/workbook.xml": whole })).names.map((n) => n.name)).not.toContain(
      "mine",
    );
    const product = WORKBOOK.replace("'A &amp; B'!$B$2", "'A &amp; B'!$A$1:$XFD$1048576");
    expect(() => readAll(writeZip({ ...HANDWRITTEN, "xl/workbook.xml": product }))).toThrow(
      "the defined name GREEN_ONE covers 1048576 rows × 16384 columns",
    );
  });

  test("an entry that inflates beyond the size its central directory declares is refused", () => {
    const bytes = writeZip(HANDWRITTEN, { "xl/worksheets/sheet1.xml": { declared: 100 } });
    expect(() => readAll(bytes)).toThrow(/xl\/worksheets\/sheet1\.xml inflates beyond its declared size/);
  });
});
