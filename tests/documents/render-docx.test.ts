/**
 * toDocx, read back from the file: page size and margins in twips, the page-number headers (none on page 1), the
 * borderless two-column masthead with grid and cell widths, fonts, the official texts, lists with Word numbering,
 * the vote table (repeated header rows, merged cells), the signature table, images, and the text through mammoth.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../src/core/documents/render';
import { p, pageBreak } from './fixtures/build';
import { closingModel, decision, letter, minutes, withAppendices } from './fixtures/models';
import { attrs, docxFileNames, docxParts, squash, topTables, xmlText } from './fixtures/read';

let parts: Record<string, string>;
let doc: string;
let buf: Buffer;

beforeAll(async () => {
  buf = await toDocx(minutes());
  parts = await docxParts(buf);
  doc = parts['word/document.xml'];
});

/** The header part a section's headerReference of this type points at. */
function headerXml(type: 'default' | 'first'): string {
  const id = attrs(doc, 'w:headerReference').find((a) => a['w:type'] === type)!['r:id'];
  const rel = attrs(parts['word/_rels/document.xml.rels'], 'Relationship').find((r) => r.Id === id)!;
  return parts[`word/${rel.Target}`];
}

describe('toDocx: page', () => {
  it('is A4 portrait with the 20/20/30/15 mm margins, in rounded twips', () => {
    expect(attrs(doc, 'w:pgSz')[0]).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(doc, 'w:pgMar')[0]).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '850',
    });
  });

  it('numbers pages centred in the top margin from page 2 on: titlePg with an empty first-page header', () => {
    expect(doc).toContain('<w:titlePg/>');
    const first = headerXml('first');
    const other = headerXml('default');
    expect(first).not.toMatch(/PAGE|fldChar|fldSimple/);
    expect(xmlText(first)).toBe('');
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(other).toContain('<w:jc w:val="center"/>');
    expect(Number(attrs(doc, 'w:pgMar')[0]['w:header'])).toBeLessThan(1134); // inside the top margin
  });

  it('names Times New Roman and embeds no font', async () => {
    const fonts = [doc, parts['word/styles.xml'], parts['word/numbering.xml']].flatMap((x) => attrs(x, 'w:rFonts'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts)
      for (const [k, v] of Object.entries(f)) if (/ascii|hAnsi|cs|eastAsia/.test(k)) expect(v).toBe('Times New Roman');
    expect((await docxFileNames(buf)).filter((n) => /fonts\/|\.odttf$|\.ttf$/i.test(n))).toEqual([]);
  });
});

describe('toDocx: masthead', () => {
  it('is a borderless two-column table (40/60) with both grid and cell widths', () => {
    const head = topTables(doc)[0];
    const grid = attrs(head, 'w:gridCol').map((a) => Number(a['w:w']));
    expect(grid).toEqual([3742, 5613]); // 9355 twips of text width
    const cells = attrs(head, 'w:tcW').map((a) => Number(a['w:w']));
    expect(cells).toEqual([3742, 5613, 3742, 5613]);
    for (const b of attrs(
      head.match(/<w:tblBorders>.*?<\/w:tblBorders>/)![0],
      'w:(?:top|left|bottom|right|insideH|insideV)',
    ))
      expect(b['w:val']).toBe('none');
    expect(head).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('carries the issuer block left and the national name, motto and italic date right', () => {
    const head = topTables(doc)[0];
    const [row1, row2] = head.split('</w:tr>');
    const [left1, right1] = row1.split('</w:tc>');
    // One paragraph per line: the long names are broken after the organisation type and never inside a word group.
    const paras = (x: string) => x.split('</w:p>').map(xmlText).filter(Boolean);
    expect(paras(left1)).toEqual([
      'CÔNG ĐOÀN',
      'KHU CÔNG NGHIỆP',
      'THĂNG LONG',
      'CÔNG ĐOÀN CƠ SỞ',
      'CÔNG TY TNHH',
      'ĐIỆN TỬ ÁNH DƯƠNG',
    ]);
    expect(left1).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*CÔNG ĐOÀN CƠ SỞ/); // issuer bold
    expect(xmlText(right1)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
    // Both columns end with a short rule: an empty paragraph with a bottom border.
    expect(left1.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(1);
    expect(right1.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(1);
    const [left2, right2] = row2.split('</w:tc>');
    expect(xmlText(left2)).toBe('Số: 07/BB-CĐCS');
    expect(xmlText(right2)).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(right2).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Hà Nội, ngày 05 tháng 02 năm 2026/);
  });

  it('puts a công văn’s “V/v” summary under its number and prints no title', async () => {
    const x = (await docxParts(await toDocx(letter())))['word/document.xml'];
    const left2 = topTables(x)[0].split('</w:tr>')[1].split('</w:tc>')[0];
    expect(xmlText(left2)).toBe('Số: 12/CĐCS-VPV/v đề nghị hỗ trợ kinh phí tổ chức Ngày hội gia đình công nhân');
    expect(xmlText(x)).not.toContain('CÔNG VĂN');
  });
});

describe('toDocx: title, body, signatures', () => {
  it('centres the bold UPPERCASE title and the bold summary', () => {
    const title = doc.match(/<w:p>(?:(?!<w:p>).)*BIÊN BẢN<\/w:t>.*?<\/w:p>/)![0];
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(doc).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Họp Ban Chấp hành Công đoàn cơ sở tháng 02 năm 2026/);
  });

  it('justifies 14 pt body paragraphs with a 1 cm first-line indent and 1.2 line spacing', () => {
    const para = doc.match(/<w:p>(?:(?!<w:p>).)*Hôm nay, vào lúc.*?<\/w:p>/)![0];
    expect(para).toContain('<w:jc w:val="both"/>');
    expect(para).toContain('<w:ind w:firstLine="567"/>');
    // Size and spacing come from the document defaults, which every body paragraph inherits.
    expect(para).not.toMatch(/<w:spacing|<w:sz /);
    const defaults = parts['word/styles.xml'].match(/<w:docDefaults>.*<\/w:docDefaults>/)![0];
    expect(defaults).toMatch(/<w:spacing w:after="120" w:before="0" w:line="288" w:lineRule="auto"\/>/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman"');
  });

  it('numbers lists with real Word numbering, nested by level', () => {
    const num = parts['word/numbering.xml'];
    expect(num).toContain('<w:numFmt w:val="decimal"/>');
    expect(num).toContain('<w:numFmt w:val="bullet"/>');
    const levels = [...doc.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/>/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([0, 0, 1, 1, 1, 2, 2, 0]);
  });

  it('repeats the two header rows of the vote table and merges its cells', () => {
    const vote = topTables(doc)[1];
    const rows = vote.split('</w:tr>').slice(0, -1);
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false, false, false]);
    expect(vote).toContain('<w:gridSpan w:val="3"/>');
    expect(vote).toContain('<w:vMerge w:val="restart"/>');
    expect(vote.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)).toHaveLength(2); // STT and Nội dung, row 2
    const grid = attrs(vote, 'w:gridCol').map((a) => Number(a['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9355);
    expect(grid[1] / grid[0]).toBeCloseTo(260 / 50, 1); // colwidth shares kept
  });

  it('signs minutes left THƯ KÝ, right CHỦ TRÌ (UPPERCASE whatever the input), names as typed, then Nơi nhận', () => {
    const sig = topTables(doc).at(-1)!;
    const [row1, row2] = sig.split('</w:tr>');
    const [left, right] = row1.split('</w:tc>');
    expect(xmlText(left)).toBe('THƯ KÝNguyễn Thị Lan');
    expect(xmlText(right)).toBe('CHỦ TRÌTrần Thị Hoa');
    expect(xmlText(row2)).toBe('Nơi nhận:- BCH CĐCS;- Lưu: VT, hồ sơ.');
    expect(row2).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/>(?:(?!<\/w:r>).)*Nơi nhận:/);
    expect(row2).toMatch(/<w:sz w:val="22"\/>(?:(?!<\/w:r>).)*- BCH CĐCS;/);
    expect(row1).toContain('<w:cantSplit/>');
  });

  it('puts Nơi nhận beside a single signature and adds “Lưu: VT”', async () => {
    const x = (await docxParts(await toDocx(decision())))['word/document.xml'];
    const [left, right] = topTables(x).at(-1)!.split('</w:tc>');
    expect(xmlText(left)).toBe('Nơi nhận:- Như Điều 3;- Công đoàn Khu công nghiệp Thăng Long (để b/c);- Lưu: VT.');
    expect(xmlText(right)).toBe('TM. BAN CHẤP HÀNHCHỦ TỊCHTrần Thị Hoa');
  });

  it('keeps the closing paragraph whole and with the signature; no widow control (pdfmake has none)', async () => {
    const x = (await docxParts(await toDocx(closingModel(9))))['word/document.xml'];
    const closing = x.match(/<w:p>(?:(?!<w:p>).)*Quyết định này có hiệu lực.*?<\/w:p>/)![0];
    expect(closing).toContain('<w:keepNext/>');
    expect(closing).toContain('<w:keepLines/>');
    const filler = x.match(/<w:p>(?:(?!<w:p>).)*Ban Chấp hành thống nhất.*?<\/w:p>/)![0];
    expect(filler).not.toContain('<w:keepNext/>');
    expect(filler).toMatch(/<w:widowControl w:val="(false|0)"\/>/);
  });

  it('embeds images and writes page breaks', async () => {
    const d = await toDocx(decision());
    expect((await docxFileNames(d)).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    const x = (
      await docxParts(
        await toDocx({ ...minutes(), body: { type: 'doc', content: [p('Trang một'), pageBreak, p('Trang hai')] } }),
      )
    )['word/document.xml'];
    expect(x).toContain('<w:br w:type="page"/>');
  });
});

describe('toDocx: appendices (phụ lục)', () => {
  /** The paragraph holding `text`, whole. */
  const paraOf = (xml: string, text: string) =>
    xml.match(new RegExp(`<w:p>(?:(?!<w:p>).)*${text.replace(/[()]/g, '\\$&')}.*?</w:p>`))![0];

  it('follow the signature and Nơi nhận, each from a new page, under "Phụ lục I/II", its name and "(Kèm theo …)"', async () => {
    const x = (await docxParts(await toDocx(withAppendices())))['word/document.xml'];
    const note =
      '(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05 tháng 02 năm 2026 của Công đoàn cơ sở Công ty TNHH Điện tử Ánh Dương)';
    const order = [
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'Trần Thị Hoa',
      'Phụ lục I<',
      'DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP',
      note,
      'Nguyễn Văn An',
      'Phụ lục II<',
      note,
      'Đóng đoàn phí đúng quy định.',
    ];
    let at = 0;
    for (const s of order) {
      const i = x.indexOf(s, at);
      expect(i, s).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    // After the signature table, which ends the signed document.
    const signatureEnd = x.indexOf('</w:tbl>', x.indexOf('Trần Thị Hoa'));
    expect(signatureEnd).toBeLessThan(x.indexOf('Phụ lục I<'));
    for (const label of ['Phụ lục I', 'Phụ lục II']) {
      const head = paraOf(x, `${label}</w:t>`);
      expect(head).toContain('<w:pageBreakBefore/>');
      expect(head).toContain('<w:jc w:val="center"/>');
      expect(head).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Phụ lục/);
    }
    expect(x.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    expect(paraOf(x, 'DANH SÁCH ĐOÀN VIÊN')).toContain('<w:b/>');
    expect(paraOf(x, note.slice(0, 20))).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*\(Kèm theo/);
    // The appendix body is real document content: a Word table and a Word-numbered list.
    expect(topTables(x).some((t) => t.includes('Hoàng Thị Thủy'))).toBe(true);
    expect(paraOf(x, 'Tham gia sinh hoạt')).toContain('<w:numPr>');
  });

  it('read by mammoth: after Nơi nhận and the signature come each appendix’s heading lines, then its body', async () => {
    const text = squash((await mammoth.extractRawText({ buffer: await toDocx(withAppendices()) })).value);
    let at = 0;
    for (const line of [
      'Nơi nhận:',
      'Trần Thị Hoa',
      'Phụ lục I',
      'DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP',
      '(Kèm theo Quyết định số 03/QĐ-CĐCS',
      'STT',
      'Nguyễn Văn An',
      'Phụ lục II',
      '(Kèm theo',
      'Quyền và nghĩa vụ của đoàn viên mới',
    ]) {
      const i = text.indexOf(squash(line), at);
      expect(i, line).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
  });

  it('a single appendix is just "Phụ lục"; a document without appendices has no page break before', async () => {
    const one = { ...withAppendices(), appendices: [withAppendices().appendices![1]] };
    const x = (await docxParts(await toDocx(one)))['word/document.xml'];
    expect(xmlText(paraOf(x, 'Phụ lục</w:t>'))).toBe('Phụ lục');
    expect(x).not.toContain('Phụ lục I');
    expect(doc).not.toContain('<w:pageBreakBefore/>');
  });
});

describe('toDocx: read by mammoth', () => {
  it('gives every official line and the body in reading order', async () => {
    const { value } = await mammoth.extractRawText({ buffer: buf });
    const text = squash(value);
    let at = 0;
    for (const line of [
      'CÔNG ĐOÀN KHU CÔNG NGHIỆP THĂNG LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 07/BB-CĐCS',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      'BIÊN BẢN',
      'Họp Ban Chấp hành',
      'I. THÀNH PHẦN THAM DỰ',
      'Đánh giá kết quả hoạt động',
      'Kết quả biểu quyết',
      '8/9 (88,9%)',
      'nhất trí thông qua',
      'THƯ KÝ',
      'Nguyễn Thị Lan',
      'CHỦ TRÌ',
      'Trần Thị Hoa',
      'Nơi nhận:',
      '- Lưu: VT, hồ sơ.',
    ]) {
      const i = text.indexOf(squash(line), at);
      expect(i, line).toBeGreaterThanOrEqual(0);
      at = i;
    }
  });
});
