/**
 * The fast .xlsx reader against exceljs, the reader it replaces: the same grid for every workbook the import
 * tests build (parseXlsx in fixtures.ts checks each of those too), then what only hand-made files hold, then the
 * way back to exceljs for what the fast reader leaves alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { membersToXlsx } from '../../src/core/members/export/xlsx';
import { openXlsxFast, Unsupported } from '../../src/core/members/import/xlsx-fast';
import { readXlsx } from '../../src/core/members/import/xlsx';
import { bigWorkbook } from './big';
import { BOOKS } from './books';
import { handmade, type Handmade } from './handmade';
import { messyBook } from './messy';
import { expectReadersAgree, fastSheets, slowSheets } from './readers';

const UNREADABLE = 'Không đọc được tệp Excel: tệp hỏng hoặc không phải định dạng .xlsx';
const rowsOf = (data: Buffer) => fastSheets(data)[0].rows;

/** Cell styles: 1 .VnTime, 2 a built-in date, 3 a custom date, 4 id 14 redefined as a number, 5 VNI. */
const styles = (p: string) =>
  `<${p}numFmts count="2"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><${p}numFmt numFmtId="14" formatCode="0.00"/></${p}numFmts>` +
  `<${p}fonts count="3"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font><${p}font><${p}name val=".VnTime"/></${p}font><${p}font><${p}name val="VNI-Times"/></${p}font></${p}fonts>` +
  `<${p}cellXfs count="6"><${p}xf numFmtId="0" fontId="0"/><${p}xf numFmtId="0" fontId="1" applyFont="1"/><${p}xf numFmtId="15" fontId="0"/>` +
  `<${p}xf numFmtId="164" fontId="0"/><${p}xf numFmtId="14" fontId="0"/><${p}xf fontId="2" numFmtId="0"/></${p}cellXfs>`;

/** Merges over rows the file never wrote, row and column styles, hyperlinks on empty cells, an error-only row. */
const sheet = (p: string): Handmade => ({
  p,
  styles: styles(p),
  strings: ['Họ và tên', 'Ngày sinh', 'Tổ công đoàn', 'Nguyễn Văn An', 'Tæ B¶o vÖ', 'Nguyeãn Vaên Baûy'].map(
    (t) => `<${p}t>${t}</${p}t>`,
  ),
  before: `<${p}cols><${p}col min="3" max="3" width="20" style="1" customWidth="1"/></${p}cols>`,
  rows:
    `<${p}row r="1"><${p}c r="A1" t="s"><${p}v>0</${p}v></${p}c><${p}c r="B1" t="s"><${p}v>1</${p}v></${p}c><${p}c r="C1" t="s"><${p}v>2</${p}v></${p}c></${p}row>` +
    `<${p}row r="2"><${p}c r="A2" t="s"><${p}v>3</${p}v></${p}c><${p}c r="B2" s="2"><${p}v>32000</${p}v></${p}c><${p}c r="C2" t="s"><${p}v>4</${p}v></${p}c>` +
    `<${p}c r="D2" s="3"><${p}v>32001</${p}v></${p}c><${p}c s="4" r="E2"><${p}v>32002</${p}v></${p}c><${p}c r="F2"><${p}f>E2*2</${p}f><${p}v>64004</${p}v></${p}c></${p}row>` +
    `<${p}row r="3" s="5" customFormat="1"><${p}c r="A3" t="s"><${p}v>5</${p}v></${p}c></${p}row>` +
    `<${p}row r="6"><${p}c r="A6" s="1"/><${p}c r="B6"/></${p}row><${p}row r="7"><${p}c r="A7" t="e"><${p}v>#N/A</${p}v></${p}c></${p}row>` +
    `<${p}row r="8"><${p}c r="B8" s="1"/></${p}row><${p}row r="9"><${p}c r="A9" s="1"/></${p}row>`,
  after:
    `<${p}mergeCells count="2"><${p}mergeCell ref="C2:C5"/><${p}mergeCell ref="A3:B4"/></${p}mergeCells>` +
    `<${p}hyperlinks><${p}hyperlink ref="B8" r:id="rId1"/><${p}hyperlink ref="A9" location="'DS'!A1"/></${p}hyperlinks>`,
  parts: {
    'xl/worksheets/_rels/sheet1.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:a@x.vn" TargetMode="External"/></Relationships>',
  },
});

describe('the fast reader gives the grid exceljs gives', () => {
  it.each(Object.keys(BOOKS))('%s', async (name) => expectReadersAgree(await BOOKS[name]()));

  it('the messy sheet, the 10,000-row list and our own export', async () => {
    await expectReadersAgree(await messyBook());
    await expectReadersAgree(await bigWorkbook());
    const member = {
      fullName: 'Nguyễn Văn An',
      gender: 'male' as const,
      dateOfBirth: '1985-02-05',
      idNumber: '001085012345',
      status: 'active' as const,
    };
    await expectReadersAgree(
      await membersToXlsx({
        org: { name: 'CĐCS ABC', upperLevelName: 'LĐLĐ quận' },
        members: [member],
        includeSensitive: true,
        generatedAt: new Date(Date.UTC(2025, 4, 31)),
      }),
    );
  });

  it('a hand-made sheet: merges over unwritten rows, row and column fonts, links on empty cells', async () => {
    const data = handmade(sheet(''));
    await expectReadersAgree(data);
    const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    expect(rowsOf(data)).toStrictEqual([
      { row: 1, values: ['Họ và tên', 'Ngày sinh', 'Tổ công đoàn'], fonts: null },
      // C2 is a cell of its own, unstyled: no font (a column's style reaches only cells a merge creates)
      { row: 2, values: ['Nguyễn Văn An', utc(1987, 8, 11), 'Tæ B¶o vÖ', utc(1987, 8, 12), 32002, 64004], fonts: null },
      // C3 has no cell of its own: the merge makes one with the row's style (VNI) before the column's (.VnTime)
      { row: 3, values: ['Nguyeãn Vaên Baûy', 'Nguyeãn Vaên Baûy', 'Tæ B¶o vÖ'], fonts: [, 'vni', 'vni'] },
      { row: 4, values: ['Nguyeãn Vaên Baûy', 'Nguyeãn Vaên Baûy', 'Tæ B¶o vÖ'], fonts: [, , 'tcvn3'] },
      { row: 5, values: [null, null, 'Tæ B¶o vÖ'], fonts: [, , 'tcvn3'] },
      { row: 7, values: [null], fonts: null },
      { row: 8, values: [null, null], fonts: null },
    ]);
  });
  it('odd but valid cells: empty items, formulas without results, repeated and unordered rows', async () => {
    const data = handmade({
      styles: styles(''),
      strings: [
        '',
        '<t/>',
        '<rPh sb="0" eb="1"><t>x</t></rPh>',
        '<r><t>a</t></r><r><rPr><rFont val=".VnTime"/></rPr><t>Ô</t></r>',
      ],
      rows:
        '<row r="4"><c r="A4"><v>4</v></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>' +
        '<row r="5"><c r="A5" t="s"><v>0</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="s"><v>2</v></c><c r="D5" t="s"><v>3</v></c><c r="E5" t="s"><v></v></c></row>' +
        '<row r="6"><c r="A6"><f>NOW()</f></c><c r="B6" s="2"><f>A6</f><v>40000</v></c><c r="C6" t="b"><f>TRUE()</f><v>1</v></c><c r="D6" t="str"><f>"x"</f><v></v></c></row>' +
        '<row r="7"><c r="A7" t="inlineStr"><is><r><t></t></r></is></c><c r="B7" s="99"><v>5</v></c><c r="C7" s="0"/><c r="D7"><v xml:space="preserve"> 7 </v></c></row>',
    });
    await expectReadersAgree(data);
    expect(rowsOf(data).map((r) => r.row)).toEqual([2, 4, 5, 6, 7]);
  });
});

describe('what only other writers produce', () => {
  it('reads elements with a namespace prefix (the OpenXML SDK writes <x:c>) exactly like plain ones', () => {
    expect(fastSheets(handmade(sheet('x:')))).toStrictEqual(fastSheets(handmade(sheet(''))));
  });

  it('inline strings, _xHHHH_ escapes, entities, character references, phonetic runs', () => {
    const data = handmade({
      strings: [
        '<t>A_x000D_B_x005F_x000D_C</t>',
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="0"/>',
        '<t>a&#13;&#10;b&#xD;c\r\nd</t>',
      ],
      rows:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> dòng 1_x000D_&#10;dòng 2 </t></is></c>' +
        '<c r="C1" t="inlineStr"><is><r><rPr><b/><rFont val=".VnTime"/></rPr><t>NguyÔn</t></r><r><t xml:space="preserve"> V¨n</t></r></is></c><c r="D1" t="inlineStr"><is><t></t></is></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="str"><f>X1</f><v>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#7840;&#x1EA0;</v></c></row>',
    });
    expect(rowsOf(data)).toStrictEqual([
      { row: 1, values: ['Họ và tên', ' dòng 1\r\ndòng 2 ', 'NguyÔn V¨n'], fonts: [, , 'tcvn3'] },
      { row: 2, values: ['A\rB_x000D_C', '漢字', 'a\r\nb\rc\nd', `<a> & "b" 'c' ẠẠ`], fonts: null },
    ]);
  });

  it('rows and cells without r, self-closing cells, and every value type', () => {
    const data = handmade({
      rows:
        '<row><c t="inlineStr"><is><t>a</t></is></c><c s="0"/><c><v>3</v></c></row><row spans="1:2"/><row><c r="B3"><v>1</v></c><c><v>2</v></c></row>' +
        '<row r="5"><c r="A5" t="d"><v>2020-05-01</v></c><c r="B5" t="d"><v>2020-05-01T10:30:00</v></c><c r="C5" t="b"><v>1</v></c><c r="D5" t="e"><v>#REF!</v></c><c r="E5" t="n"><v>1.5E3</v></c></row>',
    });
    expect(rowsOf(data)).toStrictEqual([
      { row: 1, values: ['a', null, 3], fonts: null },
      { row: 3, values: [null, 1, 2], fonts: null },
      {
        row: 5,
        values: [new Date(Date.UTC(2020, 4, 1)), new Date(Date.UTC(2020, 4, 1, 10, 30)), true, null, 1500],
        fonts: null,
      },
    ]);
  });

  it('reads East Asian built-in date formats (27–36, 50–58) as dates, and date1904="true" like "1" (exceljs reads neither)', () => {
    const data = handmade({
      workbookPr: '<workbookPr date1904="true"/>',
      styles:
        '<fonts count="1"><font/></fonts><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="31" fontId="0"/><xf numFmtId="57" fontId="0"/></cellXfs>',
      rows: '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="0"><v>1</v></c></row>',
    });
    expect(rowsOf(data)).toStrictEqual([
      { row: 1, values: [new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(1904, 0, 2, 12)), 1], fonts: null },
    ]);
  });

  it('follows relationships to parts wherever they are, absolute or relative', () => {
    const data = handmade({
      workbookPath: 'excel/book.xml',
      workbookTarget: '/excel/book.xml',
      sheetTarget: '/excel/sheets/danh-sach.xml',
      sheetPath: 'excel/sheets/danh-sach.xml',
      strings: ['<t>Họ và tên</t>'],
      rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    });
    expect(fastSheets(data)).toStrictEqual([
      { name: 'Danh sách', hidden: false, rows: [{ row: 1, values: ['Họ và tên'], fonts: null }] },
    ]);
  });
});

describe('falling back to exceljs', () => {
  const strict = () =>
    handmade({
      ns: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
      relType: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
      strings: ['<t>Họ và tên</t>'],
      rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row>',
    });

  it('strict OOXML is left to exceljs, which reads it', async () => {
    expect(() => openXlsxFast(strict())).toThrow(Unsupported);
    const grid = await readXlsx(strict(), () => true);
    expect(grid.rows).toStrictEqual((await slowSheets(strict()))[0].rows);
    expect(grid.rows).toStrictEqual([{ row: 1, values: ['Họ và tên', 7], fonts: null }]);
  });

  it('overlapping merges are refused as before (exceljs cannot read them either)', async () => {
    const data = handmade({
      rows: '<row r="1"><c r="A1"><v>1</v></c></row>',
      after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
    });
    expect(() => openXlsxFast(data)[0].grid()).toThrow(Unsupported);
    await expect(readXlsx(data, () => true)).rejects.toThrow(UNREADABLE);
  });

  it('a damaged or foreign file gets the same Vietnamese message as before', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRow(['Họ và tên']);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    for (const bad of [
      Buffer.from('PK\x03\x04 không phải zip'),
      good.subarray(0, good.length >> 1),
      Buffer.from('%PDF-1.7'),
      Buffer.alloc(0),
    ]) {
      await expect(readXlsx(bad, () => true)).rejects.toThrow(UNREADABLE);
    }
  });

  it('the fast path does not load exceljs; the fallback does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ud-xlsx-'));
    const run = (data: Buffer) => {
      const file = path.join(dir, 'book.xlsx');
      fs.writeFileSync(file, data);
      const code = `import { createRequire } from 'node:module'; import fs from 'node:fs';
        const { readXlsx } = await import('./src/core/members/import/xlsx.ts');
        const grid = await readXlsx(fs.readFileSync(process.env.BOOK), () => true);
        const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('exceljs'));
        console.log(JSON.stringify({ rows: grid.rows.length, loaded }));`;
      const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
        cwd: path.resolve(__dirname, '../..'),
        env: { PATH: process.env.PATH ?? '', TMPDIR: os.tmpdir(), BOOK: file },
        encoding: 'utf8',
      });
      return JSON.parse(out.stdout.trim().split('\n').pop() ?? 'null');
    };
    expect(run(handmade(sheet('')))).toEqual({ rows: 7, loaded: false });
    expect(run(strict())).toEqual({ rows: 1, loaded: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
