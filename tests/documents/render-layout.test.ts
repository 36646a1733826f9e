/**
 * The shared pieces every renderer relies on: unit conversions and the legal margin ranges, the printed strings of
 * the official fields (docView), list markers, the table grid with merged cells, image sizes.
 */
import { describe, expect, it } from 'vitest';
import { toDocx, toPdf } from '../../src/core/documents/render';
import { imageSize, listMarker, tableGrid } from '../../src/core/documents/render/body-shared';
import { LAYOUT, mmToPt, mmToTwip, pageGeometry } from '../../src/core/documents/render/layout';
import { docView, recipientLines } from '../../src/core/documents/render/view';
import { mastheadLines, mastheadNames } from '../../src/core/documents/render/masthead-lines';
import { textWidth } from '../../src/core/documents/render/font-metrics';
import { AppError } from '../../src/shared/errors';
import { table, td, th, tr } from './fixtures/build';
import { decision, letter, minutes, voteTable } from './fixtures/models';
import { solidPng } from './fixtures/png';
import { attrs, docxParts, positionedItems } from './fixtures/read';

describe('layout', () => {
  it('converts millimetres to Word’s rounded twips and to points', () => {
    expect([210, 297, 20, 30, 15, 25, 35].map(mmToTwip)).toEqual([11906, 16838, 1134, 1701, 850, 1417, 1984]);
    expect(mmToPt(25.4)).toBe(72);
    expect(pageGeometry().contentTwip).toBe(9355);
    expect(pageGeometry().contentPt).toBeCloseTo(467.72, 2);
  });

  it('accepts margins only within the legal ranges (20–25 / 20–25 / 30–35 / 15–20 mm)', () => {
    expect(pageGeometry({ margins: { top: 25, bottom: 25, left: 35, right: 20 } }).margins).toEqual({
      top: 25,
      bottom: 25,
      left: 35,
      right: 20,
    });
    for (const bad of [{ top: 19 }, { bottom: 26 }, { left: 29.9 }, { right: 21 }, { left: Number.NaN }]) {
      expect(() => pageGeometry({ margins: bad })).toThrow(AppError);
    }
    try {
      pageGeometry({ margins: { left: 40 } });
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION');
      expect((e as AppError).message).toBe('Lề trái phải từ 30 đến 35 mm');
    }
  });

  it('applies overridden margins to the Word file and to the PDF alike', async () => {
    const margins = { top: 25, bottom: 25, left: 35, right: 20 };
    const x = (await docxParts(await toDocx(minutes(), { margins })))['word/document.xml'];
    expect(attrs(x, 'w:pgMar')[0]).toMatchObject({
      'w:top': '1417',
      'w:bottom': '1417',
      'w:left': '1984',
      'w:right': '1134',
    });
    expect(
      attrs(x, 'w:gridCol')
        .slice(0, 2)
        .map((a) => Number(a['w:w']))
        .reduce((a, b) => a + b),
    ).toBe(11906 - 1984 - 1134);
    const items = await positionedItems(await toPdf(minutes(), { margins }), 1);
    expect(Math.min(...items.map((i) => i.x))).toBeGreaterThanOrEqual(mmToPt(35) - 0.5);
    expect(Math.max(...items.map((i) => i.x + i.w))).toBeLessThanOrEqual(595.28 - mmToPt(20) + 1);
  });

  it('keeps the form’s sizes', () => {
    expect(LAYOUT.body).toEqual({ size: 14, firstLineIndentMm: 10, afterPt: 6 });
    expect(LAYOUT.masthead.nationSize).toBeGreaterThanOrEqual(12);
    expect(LAYOUT.masthead.mottoSize).toBeGreaterThanOrEqual(13);
    expect(LAYOUT.recipients).toEqual({ labelSize: 12, itemSize: 11 });
  });
});

describe('docView', () => {
  it('uppercases the header bodies, authority and position (Vietnamese locale), keeps names as typed', () => {
    const v = docView(decision());
    expect(v.upperLevel).toBe('CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG');
    expect(v.issuer).toBe('CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ĐIỆN TỬ ÁNH DƯƠNG');
    expect(v.signers).toEqual([
      {
        authority: 'TM. BAN CHẤP HÀNH',
        position: 'CHỦ TỊCH',
        name: 'Trần Thị Hoa',
        heading: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'],
      },
    ]);
    const m = minutes();
    m.fields.signers[1].name = 'tra\u0302\u0300n thi\u0323 hoa'; // NFD input
    expect(docView(m).signers[1]).toEqual({
      authority: '',
      position: 'CHỦ TRÌ',
      name: 'trần thị hoa',
      heading: ['CHỦ TRÌ'],
    });
    expect(docView(m).title).toBe('BIÊN BẢN');
  });

  it('pads the shorter of two signature headings below, so titles start and names end on one line', () => {
    const m = minutes();
    m.fields.signers = [
      { authority: '', position: 'Người lập', name: 'Trần Thị Mai' },
      { authority: 'TM. Ban Chấp hành', position: 'Chủ tịch', name: 'Nguyễn Văn Hùng' },
    ];
    expect(docView(m).signers.map((s) => s.heading)).toEqual([
      ['NGƯỜI LẬP', ''],
      ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH'],
    ]);
  });

  it('prints the number with its code, a công văn without one, and blanks for a draft', () => {
    expect(docView(minutes()).numberLine).toBe('Số: 07/BB-CĐCS');
    expect(docView(letter()).numberLine).toBe('Số: 12/CĐCS-VP');
    const draft = minutes();
    draft.fields.number = null;
    expect(docView(draft).numberLine).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BB-CĐCS');
  });

  it('makes a công văn’s summary its “V/v” line, and gives it no title', () => {
    const l = letter();
    expect(docView(l)).toMatchObject({
      isLetter: true,
      title: '',
      summary: '',
      letterSummary: 'V/v đề nghị hỗ trợ kinh phí tổ chức Ngày hội gia đình công nhân',
    });
    l.fields.summary = 'đề nghị cử cán bộ tham dự tập huấn';
    expect(docView(l).letterSummary).toBe('V/v đề nghị cử cán bộ tham dự tập huấn');
    l.fields.summary = 'v/v mời họp';
    expect(docView(l).letterSummary).toBe('V/v mời họp');
  });

  it('ends Nơi nhận with “Lưu: VT” and never doubles dashes or punctuation', () => {
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
    expect(recipientLines(['Như trên', '- BCH CĐCS;', 'Lưu: VT, TC.'])).toEqual([
      '- Như trên;',
      '- BCH CĐCS;',
      '- Lưu: VT, TC.',
    ]);
    expect(recipientLines(['Công đoàn KCN (để b/c).'])).toEqual(['- Công đoàn KCN (để b/c);', '- Lưu: VT.']);
  });

  it('rejects a model the schema rejects, with a VALIDATION error naming the field', () => {
    const m = minutes() as unknown as { fields: Record<string, unknown> };
    m.fields.date = '05/02/2026';
    expect(() => docView(m as never)).toThrow(/fields\.date/);
    const bad = minutes();
    (bad.body.content as unknown[]).push({ type: 'image', attrs: { src: 'https://example.com/x.png' } });
    expect(() => docView(bad)).toThrow(AppError);
  });
});

describe('masthead lines', () => {
  const width = pageGeometry().contentPt;
  it('breaks long names after the organisation type, evenly, never inside a word group', () => {
    expect(
      mastheadNames(
        { upperLevel: 'CÔNG ĐOÀN PHƯỜNG LONG BIÊN', issuer: 'CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG' },
        width,
      ),
    ).toEqual({
      upper: ['CÔNG ĐOÀN', 'PHƯỜNG LONG BIÊN'],
      issuer: ['CÔNG ĐOÀN CƠ SỞ', 'CÔNG TY TNHH', 'MAY THÀNH CÔNG'],
    });
    expect(
      mastheadNames(
        { upperLevel: 'CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG', issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH' },
        width,
      ),
    ).toEqual({
      upper: ['CÔNG ĐOÀN', 'KHU CÔNG NGHIỆP', 'THĂNG LONG'],
      issuer: ['LIÊN ĐOÀN LAO ĐỘNG', 'TỈNH BẮC NINH'],
    });
  });

  it('keeps short names whole, honours the user’s own line breaks, and leaves an unbreakable name to the renderer', () => {
    expect(mastheadNames({ upperLevel: '', issuer: 'CÔNG ĐOÀN CƠ SỞ' }, width)).toEqual({
      upper: [],
      issuer: ['CÔNG ĐOÀN CƠ SỞ'],
    });
    expect(mastheadNames({ upperLevel: 'CÔNG ĐOÀN\nKHU CÔNG NGHIỆP THĂNG LONG', issuer: 'X' }, width).upper).toEqual([
      'CÔNG ĐOÀN',
      'KHU CÔNG NGHIỆP',
      'THĂNG LONG',
    ]);
    expect(mastheadLines('A'.repeat(60), 13, 'bold', 170)).toEqual(['A'.repeat(60)]);
  });

  it('measures with the real glyph widths (Times New Roman metrics)', () => {
    expect(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, 'bold')).toBeCloseTo(250.3, 0);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 13, 'bold')).toBeCloseTo(159.1, 0);
  });
});

describe('body pieces', () => {
  it('marks lists the Vietnamese way: 1. a) i. and - + •', () => {
    expect([1, 2, 10].map((n) => listMarker('ordered', 0, n))).toEqual(['1.', '2.', '10.']);
    expect([1, 2, 26, 27].map((n) => listMarker('ordered', 1, n))).toEqual(['a)', 'b)', 'z)', 'aa)']);
    expect([1, 4, 9].map((n) => listMarker('ordered', 2, n))).toEqual(['i.', 'iv.', 'ix.']);
    expect([0, 1, 2, 3].map((l) => listMarker('bullet', l, 1))).toEqual(['-', '+', '•', '-']);
  });

  it('places merged cells on a grid and derives column shares from colwidth', () => {
    const g = tableGrid(voteTable() as Extract<ReturnType<typeof voteTable>, { type: 'table' }>);
    expect(g.columns).toBe(5);
    expect(g.headerRows).toBe(2);
    expect(g.rows[1].map((c) => c.col)).toEqual([2, 3, 4]); // under "Kết quả biểu quyết", beside the row-spanned cells
    expect(g.rows[4].map((c) => [c.col, c.colspan])).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(g.shares.map((s) => Math.round(s * 550))).toEqual([50, 260, 80, 80, 80]);
    const plain = tableGrid(table(tr(td('a'), td('b'), td('c'))) as never);
    expect(plain.shares).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(plain.headerRows).toBe(0);
    const allHeaders = tableGrid(table(tr(th('a')), tr(th('b'))) as never);
    expect(allHeaders.headerRows).toBe(1); // at least one body row is left to repeat the header over
  });

  it('reads PNG and JPEG sizes from their headers', () => {
    expect(imageSize(solidPng(33, 7))).toEqual({ type: 'png', width: 33, height: 7 });
    // SOI, an APP0 segment, then SOF0 with height 0x0102 and width 0x0304.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x02, 0x03, 0x04, 0x03, 0, 0,
      0, 0, 0,
    ]);
    expect(imageSize(jpeg)).toEqual({ type: 'jpg', width: 0x0304, height: 0x0102 });
    expect(imageSize(Buffer.from('not an image'))).toBeNull();
  });
});
